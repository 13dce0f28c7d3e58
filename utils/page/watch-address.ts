/**
 * In-page navigation (pushState, replaceState, hash changes): the address is
 * compared once a second (`document.URL`, which follows
 * them as `location.href` does, without making the browser set up `location` in a
 * content script's world), and `onSettled` runs 400 ms after a change, when the
 * new content has had time to arrive. Returns the function that stops it.
 */
export function watchAddress(onSettled: () => void): () => void {
  let href = document.URL;
  const id = setInterval(() => {
    if (document.URL === href) return;
    href = document.URL;
    setTimeout(onSettled, 400);
  }, 1000);
  return () => clearInterval(id);
}
