/**
 * A cheap fingerprint of what a page shows, so a content script on a
 * single-page site never analyses the same content twice: FNV-1a over the
 * URL (without its fragment), the headline and the first paragraph.
 */

/** Hex FNV-1a 32-bit hash of a string. */
export function fnv1a(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

/** The key of the content now on the page. */
export function contentKey(doc: Document, url: string): string {
  let u = String(url ?? '');
  const hash = u.indexOf('#');
  if (hash >= 0) u = u.slice(0, hash);
  let headline = '';
  let first = '';
  try {
    const og = doc.querySelector('meta[property="og:title"]')?.getAttribute('content');
    headline = (doc.querySelector('h1')?.textContent ?? og ?? doc.title ?? '').trim().slice(0, 300);
    first = (doc.querySelector('article p, main p, p')?.textContent ?? '').trim().slice(0, 300);
  } catch {
    /* a broken page still gets a key from its URL */
  }
  return fnv1a(u + '\u0000' + headline + '\u0000' + first);
}
