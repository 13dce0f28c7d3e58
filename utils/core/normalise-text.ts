/**
 * Text folding for matching: one pass that turns any text into a canonical
 * form (NFKD, Latin diacritics and Arabic harakat dropped, curly quotes and
 * dashes straightened, hyphens and whitespace runs as one space, Arabic-script
 * letter variants unified) and keeps, for every folded character, the span
 * of the original text it came from, so matches can be highlighted in place.
 * Plain TypeScript, no DOM.
 */

export interface FoldedText {
  /** Folded text with case kept (for case-sensitive acronyms). */
  cased: string;
  /** The same text lower-cased, character for character. */
  lower: string;
  /** starts[i], ends[i]: the original [start, end) behind folded char i. */
  starts: Int32Array;
  ends: Int32Array;
}

/** Arabic-script variants folded onto the letters Urdu text normally uses. */
const ARABIC_FOLD: Record<string, string> = {
  '\u064A': '\u06CC', // Arabic yeh -> Farsi yeh
  '\u0649': '\u06CC', // alef maksura -> Farsi yeh
  '\u0643': '\u06A9', // Arabic kaf -> keheh
  '\u0647': '\u06C1', // heh -> heh goal
  '\u06D5': '\u06C1', // ae -> heh goal
  '\u06C3': '\u06C1', // teh marbuta goal -> heh goal
  '\u0629': '\u06C1', // teh marbuta -> heh goal
  '\u0623': '\u0627', // alef with hamza above -> alef
  '\u0625': '\u0627', // alef with hamza below -> alef
  '\u0622': '\u0627', // alef madda -> alef
  '\u0671': '\u0627', // alef wasla -> alef
  '\u06C2': '\u06C1', // heh goal with hamza -> heh goal
  '\u0624': '\u0648', // waw with hamza -> waw
  '\u0626': '\u06CC', // yeh with hamza -> Farsi yeh
};

const SPACE_LIKE = /^[\s\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000\u2010-\u2015\u2212\uFE58\uFE63\uFF0D_-]$/u;
const DROP = /^[\p{Mn}\p{Me}\u200B-\u200F\u202A-\u202E\u2060-\u2064\uFEFF\u00AD\u0640]$/u;
const QUOTES: Record<string, string> = {
  '\u2018': "'", '\u2019': "'", '\u201A': "'", '\u201B': "'", '\u2032': "'", '\u00B4': "'", '\u0060': "'",
  '\u201C': '"', '\u201D': '"', '\u201E': '"', '\u201F': '"', '\u2033': '"', '\u00AB': '"', '\u00BB': '"',
};

const cache = new Map<string, string>();

/** The folded form of one non-ASCII code point (may be empty or longer). */
function foldChar(ch: string): string {
  const hit = cache.get(ch);
  if (hit !== undefined) return hit;
  let out: string;
  if (QUOTES[ch] !== undefined) out = QUOTES[ch];
  else if (SPACE_LIKE.test(ch)) out = ' ';
  else if (DROP.test(ch)) out = '';
  else {
    out = '';
    for (const c of ch.normalize('NFKD')) {
      if (DROP.test(c)) continue;
      out += ARABIC_FOLD[c] ?? (SPACE_LIKE.test(c) ? ' ' : QUOTES[c] ?? c);
    }
  }
  if (cache.size < 5000) cache.set(ch, out);
  return out;
}

/** Lower-cases one character only when that keeps its length. */
function lowerChar(c: string): string {
  const l = c.toLowerCase();
  return l.length === c.length ? l : c;
}

/** Folds text for matching and keeps the offset map back into the original. */
export function foldText(text: string): FoldedText {
  const n = text.length;
  const starts = new Int32Array(n + 8);
  const ends = new Int32Array(n + 8);
  let cased = '';
  let lower = '';
  let len = 0;
  let chunkC = '';
  let chunkL = '';
  let cap = starts.length;
  let st = starts;
  let en = ends;
  const grow = (need: number) => {
    if (need <= cap) return;
    cap = Math.max(need, cap * 2);
    const s2 = new Int32Array(cap);
    const e2 = new Int32Array(cap);
    s2.set(st);
    e2.set(en);
    st = s2;
    en = e2;
  };
  let lastSpace = true; // drop leading spaces
  const emit = (c: string, l: string, s: number, e: number) => {
    if (c === ' ') {
      if (lastSpace) return;
      lastSpace = true;
    } else lastSpace = false;
    grow(len + 2);
    for (let k = 0; k < c.length; k++) {
      st[len] = s;
      en[len] = e;
      len++;
    }
    chunkC += c;
    chunkL += l;
    if (chunkC.length > 4096) {
      cased += chunkC;
      lower += chunkL;
      chunkC = '';
      chunkL = '';
    }
  };
  for (let i = 0; i < n; ) {
    const code = text.charCodeAt(i);
    if (code < 0x80) {
      if (code <= 0x20 || code === 0x2d || code === 0x5f || code === 0x7f) emit(' ', ' ', i, i + 1);
      else if (code === 0x60) emit("'", "'", i, i + 1);
      else {
        const c = text[i];
        emit(c, code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : c, i, i + 1);
      }
      i++;
      continue;
    }
    const cp = text.codePointAt(i) ?? code;
    const w = cp > 0xffff ? 2 : 1;
    const folded = foldChar(text.slice(i, i + w));
    for (const c of folded) emit(c, lowerChar(c), i, i + w);
    i += w;
  }
  cased += chunkC;
  lower += chunkL;
  return { cased, lower, starts: st.subarray(0, len), ends: en.subarray(0, len) };
}

/** Folds a dictionary key the same way as text, without the offset map. */
export function foldKey(s: string): { cased: string; lower: string } {
  let cased = '';
  let lower = '';
  let space = true;
  for (const ch of s) {
    const code = ch.charCodeAt(0);
    let f: string;
    if (code < 0x80) f = code <= 0x20 || code === 0x2d || code === 0x5f || code === 0x7f ? ' ' : code === 0x60 ? "'" : ch;
    else f = foldChar(ch);
    for (const c of f) {
      if (c === ' ') {
        if (space) continue;
        space = true;
      } else space = false;
      cased += c;
      lower += lowerChar(c);
    }
  }
  if (space && cased.length > 0) {
    cased = cased.slice(0, -1);
    lower = lower.slice(0, -1);
  }
  return { cased, lower };
}

/**
 * Display-level clean-up that keeps the text as the page shows it:
 * whitespace runs collapsed, invisible characters removed, quotes and
 * letters untouched (the matcher folds on its own), so offsets stay close
 * to the page's text for highlighting.
 */
export function cleanText(s: string): string {
  let out = '';
  let space = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 32 || c === 10 || c === 9 || c === 13 || c === 12 || c === 0xa0 || c === 0x202f || c === 0x2009 || c === 0x2028 || c === 0x2029) {
      space = true;
    } else if (c === 0x200b || c === 0xad || c === 0xfeff || c === 0x2060) {
      continue;
    } else {
      if (space && out.length > 0) out += ' ';
      space = false;
      out += s[i];
    }
  }
  return out;
}

const WORD_CHAR = /^[\p{L}\p{N}]$/u;

/** True for letters and digits in any script. */
export function isWordChar(c: string | undefined): boolean {
  if (!c) return false;
  const code = c.charCodeAt(0);
  if (code < 0x80) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return WORD_CHAR.test(c);
}

export function isUpper(c: string | undefined): boolean {
  if (!c) return false;
  const code = c.charCodeAt(0);
  if (code < 0x80) return code >= 65 && code <= 90;
  return c !== c.toLowerCase() && c === c.toUpperCase();
}

export function isLower(c: string | undefined): boolean {
  if (!c) return false;
  const code = c.charCodeAt(0);
  if (code < 0x80) return code >= 97 && code <= 122;
  return c !== c.toUpperCase() && c === c.toLowerCase();
}
