/**
 * The joined form of a name ("Khyber Pakhtunkhwa" -> "KhyberPakhtunkhwa"):
 * pages that lose the spaces between words still name it. In Urdu, where
 * every space follows a letter that never joins the next ("پرویز مشرف"):
 * such a space cannot be seen, and pages often leave it out ("پرویزمشرف").
 */

/** Urdu letters that never join the letter after them: alef, dal, reh, waw, bari yeh and their kin, and hamza. */
export const NON_JOINING_URDU = new Set('اآأإدڈذرڑزژوؤےۓۃء');
/** A letter (or mark) of the Arabic block, in which Urdu is written. */
export const isArabicLetter = (c: string) => c >= '\u0620' && c <= '\u06ff';

const NAME_WORD = /^\p{Lu}\p{Ll}+$/u;

/** Two to four capitalised words split on single spaces, joined; undefined for anything else. */
export function joinedName(alias: string): string | undefined {
  // two to four words, each /^\p{Lu}\p{Ll}+$/u, split on single spaces
  let words = 1;
  for (let i = alias.indexOf(' '); i !== -1; i = alias.indexOf(' ', i + 1)) words++;
  if (words < 2 || words > 4) return undefined;
  if (isArabicLetter(alias.charAt(0))) return joinedUrdu(alias);
  let joined = '';
  for (let start = 0; start <= alias.length; ) {
    let end = alias.indexOf(' ', start);
    if (end === -1) end = alias.length;
    const w = alias.slice(start, end);
    if (!isNameWord(w)) return undefined;
    joined += w;
    start = end + 1;
  }
  return joined;
}

/** Two to four Urdu words, each space after a non-joining letter, joined; undefined for anything else. */
function joinedUrdu(alias: string): string | undefined {
  let joined = '';
  for (let i = 0; i < alias.length; i++) {
    const c = alias.charAt(i);
    if (c === ' ') {
      if (!NON_JOINING_URDU.has(alias.charAt(i - 1)) || !isArabicLetter(alias.charAt(i + 1))) return undefined;
    } else if (!isArabicLetter(c)) return undefined;
    else joined += c;
  }
  return joined;
}

/** NAME_WORD.test(w), without the regex for ASCII words. */
function isNameWord(w: string): boolean {
  if (w.length < 2) return false;
  let c = w.charCodeAt(0);
  if (c >= 0x80) return NAME_WORD.test(w);
  if (c < 65 || c > 90) return false;
  for (let i = 1; i < w.length; i++) {
    c = w.charCodeAt(i);
    if (c >= 0x80) return NAME_WORD.test(w);
    if (c < 97 || c > 122) return false;
  }
  return true;
}
