/**
 * The joined form of a name ("Khyber Pakhtunkhwa" -> "KhyberPakhtunkhwa"):
 * pages that lose the spaces between words still name it.
 */

const NAME_WORD = /^\p{Lu}\p{Ll}+$/u;

/** Two to four capitalised words split on single spaces, joined; undefined for anything else. */
export function joinedName(alias: string): string | undefined {
  // two to four words, each /^\p{Lu}\p{Ll}+$/u, split on single spaces
  let words = 1;
  for (let i = alias.indexOf(' '); i !== -1; i = alias.indexOf(' ', i + 1)) words++;
  if (words < 2 || words > 4) return undefined;
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
