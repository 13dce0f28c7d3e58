/**
 * The first look at a page, run by the content script on every matched page:
 * does the address, the title, the head's descriptive meta tags, the first
 * h1 or the first paragraphs mention Pakistan (in English or Urdu)? Plain
 * string searches (no regular expression to compile in a fresh script, a
 * handful of elements read through one selector), so that a page that is not
 * about Pakistan costs the reader almost nothing. `quickCheck` (which also
 * applies the address rules) and the full analysis come only after it.
 */

/** Lower-case needles; a match anywhere counts. */
const NAMES = ['pakistan', 'islamabad', 'rawalpindi', 'balochistan', 'baluchistan', 'khyber', 'waziristan', 'پاکستان', 'اسلام آباد', 'اسلامآباد', 'راولپنڈی', 'بلوچستان', 'خیبر', 'وزیرستان'];

const HEAD_KEYS = ['og:title', 'og:description', 'description', 'twitter:title', 'twitter:description', 'keywords', 'news_keywords', 'og:url'];
const HEAD_SELECTOR = HEAD_KEYS.map((k) => `meta[property="${k}" i],meta[name="${k}" i]`).join(',');

const isWordChar = (c: string) => (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c === '_';
const isSpace = (c: string) => c === ' ' || c === '\n' || c === '\t' || c === '\r' || c === '\f' || c === '\u00a0' || c === '\u200c';

/** True when the text names Pakistan, one of its cities or provinces, or "Pak-"/"Pak " as a word. */
export function mentionsPakistan(text: string): boolean {
  const s = text.toLowerCase();
  for (const n of NAMES) if (s.includes(n)) return true;
  // "Pak-US", "Pak Army": "pak" starting a word, followed by a hyphen or a space.
  for (let i = s.indexOf('pak'); i !== -1; i = s.indexOf('pak', i + 3)) {
    const next = s.charAt(i + 3);
    if ((i === 0 || !isWordChar(s.charAt(i - 1))) && (next === '-' || isSpace(next))) return true;
  }
  // Urdu "پاک" followed by a space.
  for (let i = s.indexOf('پاک'); i !== -1; i = s.indexOf('پاک', i + 3)) if (isSpace(s.charAt(i + 3))) return true;
  return false;
}

/** False means: nothing on the page's surface mentions Pakistan, stop here. Never throws. */
export function firstLook(doc: Document, url: string): boolean {
  try {
    let s = safeDecode(String(url ?? '')) + ' ' + String(doc.title ?? '');
    if (mentionsPakistan(s)) return true;
    // Few element types and few elements: every one read in a fresh isolated world costs a wrapper.
    const metas = doc.head ? doc.head.querySelectorAll(HEAD_SELECTOR) : [];
    s = '';
    for (let i = 0; i < metas.length && i < 40; i++) s += ' ' + (metas[i].getAttribute('content') ?? '').slice(0, 500);
    if (s && mentionsPakistan(s)) return true;
    const h1 = doc.getElementsByTagName('h1')[0];
    s = h1 ? (h1.textContent ?? '').slice(0, 600) : '';
    const ps = doc.getElementsByTagName('p');
    for (let i = 0; i < 3 && i < ps.length; i++) s += ' ' + (ps[i].textContent ?? '').slice(0, 600);
    return mentionsPakistan(s);
  } catch {
    return false;
  }
}

function safeDecode(u: string): string {
  if (u.indexOf('%') === -1) return u;
  try {
    return decodeURIComponent(u);
  } catch {
    return u;
  }
}
