/**
 * In-page navigation (pushState, replaceState, hash changes): the address is
 * compared once a second, and `onSettled` runs 400 ms after a change, when the
 * new content has had time to arrive. Returns the function that stops it.
 */
export function watchAddress(onSettled: () => void): () => void {
  let href = location.href;
  const id = setInterval(() => {
    if (location.href === href) return;
    href = location.href;
    setTimeout(onSettled, 400);
  }, 1000);
  return () => clearInterval(id);
}
