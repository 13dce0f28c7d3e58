/**
 * The first look at a page, run by the content script on every matched page:
 * does the address, the title, the head's descriptive meta tags, the first
 * h1 or the first paragraphs mention Pakistan (in English or Urdu)? Plain
 * string searches (no regular expression to compile in a fresh script), so
 * that a page that is not about Pakistan costs the reader almost nothing.
 * `quickCheck` (which also applies the address rules) and the full analysis
 * come only after it.
 */

/** Lower-case needles; a match anywhere counts. */
const NAMES = ['pakistan', 'islamabad', 'rawalpindi', 'balochistan', 'baluchistan', 'khyber', 'waziristan', 'پاکستان', 'اسلام آباد', 'اسلامآباد', 'راولپنڈی', 'بلوچستان', 'خیبر', 'وزیرستان'];

/** The head's descriptive meta tags, by `property` or `name` (compared case-insensitively), first of each. */
const HEAD_KEYS = ['og:title', 'og:description', 'description', 'twitter:title', 'twitter:description', 'keywords', 'news_keywords', 'og:url'];
/** Characters kept of each meta tag's content and of each heading or paragraph. */
const META_CHARS = 500;
const TEXT_CHARS = 600;
const PARAGRAPHS = 3;
/** Meta tags read at most (news pages have up to about a hundred). */
const MAX_METAS = 200;

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

/** The descriptive meta tags, the first h1 and the first paragraphs, as one string. */
export function surfaceText(doc: Document): string {
  const parts: string[] = HEAD_KEYS.map(() => '');
  const found: boolean[] = HEAD_KEYS.map(() => false);
  const metas = doc.head?.getElementsByTagName('meta');
  // Item by item: a live collection's length would make the browser count them all first.
  for (let i = 0; metas && i < MAX_METAS; i++) {
    const m = metas[i];
    if (!m) break;
    const property = (m.getAttribute('property') ?? '').toLowerCase();
    const name = (m.getAttribute('name') ?? '').toLowerCase();
    for (let k = 0; k < HEAD_KEYS.length; k++) {
      if (found[k] || (property !== HEAD_KEYS[k] && name !== HEAD_KEYS[k])) continue;
      found[k] = true;
      parts[k] = (m.getAttribute('content') ?? '').slice(0, META_CHARS);
    }
  }
  const h1 = doc.getElementsByTagName('h1')[0];
  parts.push(h1 ? (h1.textContent ?? '').slice(0, TEXT_CHARS) : '');
  const ps = doc.getElementsByTagName('p');
  for (let i = 0; i < PARAGRAPHS; i++) parts.push((ps[i]?.textContent ?? '').slice(0, TEXT_CHARS));
  return parts.join(' ');
}

/** False means: nothing on the page's surface mentions Pakistan, stop here. Never throws. */
export function firstLook(doc: Document, url: string): boolean {
  try {
    const title = doc.title;
    if (mentionsPakistan(safeDecode(String(url ?? '')) + ' ' + (typeof title === 'string' ? title : ''))) return true;
    return mentionsPakistan(surfaceText(doc));
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
