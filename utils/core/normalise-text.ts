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

const utf16 = typeof TextDecoder !== 'undefined' ? new TextDecoder('utf-16le') : undefined;

function decode(buf: Uint16Array, len: number): string {
  if (utf16) return utf16.decode(buf.subarray(0, len));
  let out = '';
  for (let i = 0; i < len; i += 4096) out += String.fromCharCode.apply(null, Array.from(buf.subarray(i, Math.min(len, i + 4096))));
  return out;
}

/** Folded text as UTF-16 code units (no strings built): what the matcher walks. */
export interface FoldedCodes {
  /** Folded code units with case kept, and lower-cased; valid in [0, length). */
  cased: Uint16Array;
  lower: Uint16Array;
  starts: Int32Array;
  ends: Int32Array;
  length: number;
}

// Per BMP code unit (surrogates excluded), what foldChar + lowerChar make of it,
// filled on first sight: 0 not seen, 1 one unit (FOLD_CASED/FOLD_LOWER), 2 dropped,
// 3 a space, 4 anything else (several units: the general path).
let foldKind: Uint8Array | undefined;
let foldCased: Uint16Array | undefined;
let foldLower: Uint16Array | undefined;

function foldTables(): Uint8Array {
  if (!foldKind) {
    foldKind = new Uint8Array(0x10000);
    foldCased = new Uint16Array(0x10000);
    foldLower = new Uint16Array(0x10000);
  }
  return foldKind;
}

function learnFold(code: number): number {
  foldTables();
  const f = foldChar(String.fromCharCode(code));
  let kind: number;
  if (f.length === 0) kind = 2;
  else if (f === ' ') kind = 3;
  else if (f.length === 1) {
    const l = lowerChar(f);
    kind = 1;
    foldCased![code] = f.charCodeAt(0);
    foldLower![code] = l.charCodeAt(0);
  } else kind = 4;
  foldKind![code] = kind;
  return kind;
}

/** What a non-ASCII BMP code unit folds to when lower-cased: the unit, or FOLD_DROP, FOLD_SPACE, FOLD_SEVERAL. */
export const FOLD_DROP = -1;
export const FOLD_SPACE = -2;
export const FOLD_SEVERAL = -3;

export function foldLowerUnit(code: number): number {
  let kind = foldKind ? foldKind[code] : 0;
  if (kind === 0) kind = learnFold(code);
  return kind === 1 ? foldLower![code] : kind === 2 ? FOLD_DROP : kind === 3 ? FOLD_SPACE : FOLD_SEVERAL;
}

/**
 * foldText without building strings: the folded code units (cased and lower)
 * with the offset map. Buffers may be longer than `length`.
 */
export function foldCodes(text: string): FoldedCodes {
  const n = text.length;
  // One unit in gives at most one unit out, except on the general path, which
  // grows the buffers to hold the rest of the text too: no checks elsewhere.
  let cap = n + 16;
  // The four arrays share one buffer: one allocation per text.
  const buffer = new ArrayBuffer(12 * cap);
  let st = new Int32Array(buffer, 0, cap);
  let en = new Int32Array(buffer, 4 * cap, cap);
  let cu = new Uint16Array(buffer, 8 * cap, cap);
  let lo = new Uint16Array(buffer, 10 * cap, cap);
  let len = 0;
  let lastSpace = true; // drop leading spaces
  let surrogates = false;
  const kinds = foldTables();
  const foldedCased = foldCased!;
  const foldedLower = foldLower!;
  for (let i = 0; i < n; ) {
    const code = text.charCodeAt(i);
    if (code < 0x80) {
      if (code <= 0x20 || code === 0x2d || code === 0x5f || code === 0x7f) {
        if (!lastSpace) {
          st[len] = i; en[len] = i + 1; cu[len] = 32; lo[len] = 32; len++;
          lastSpace = true;
        }
      } else {
        const c = code === 0x60 ? 0x27 : code;
        st[len] = i; en[len] = i + 1; cu[len] = c; lo[len] = c >= 65 && c <= 90 ? c + 32 : c; len++;
        lastSpace = false;
      }
      i++;
      continue;
    }
    if (code < 0xd800 || code > 0xdfff) {
      // one BMP unit: the table says what it folds to (learnt once per code)
      let kind = kinds[code];
      if (kind === 0) kind = learnFold(code);
      if (kind === 1) {
        st[len] = i; en[len] = i + 1; cu[len] = foldedCased[code]; lo[len] = foldedLower[code]; len++;
        lastSpace = false;
        i++;
        continue;
      }
      if (kind === 2) {
        i++;
        continue;
      }
      if (kind === 3) {
        if (!lastSpace) {
          st[len] = i; en[len] = i + 1; cu[len] = 32; lo[len] = 32; len++;
          lastSpace = true;
        }
        i++;
        continue;
      }
    }
    const w = code >= 0xd800 && code <= 0xdbff && i + 1 < n ? 2 : 1;
    const folded = foldChar(text.slice(i, i + w));
    const need = len + folded.length + (n - i - w) + 16;
    if (need > cap) {
      cap = Math.max(2 * cap, need);
      const s2 = new Int32Array(cap), e2 = new Int32Array(cap), c2 = new Uint16Array(cap), l2 = new Uint16Array(cap);
      s2.set(st); e2.set(en); c2.set(cu); l2.set(lo);
      st = s2; en = e2; cu = c2; lo = l2;
    }
    for (const c of folded) {
      if (c === ' ') {
        if (lastSpace) continue;
        lastSpace = true;
      } else lastSpace = false;
      const l = lowerChar(c);
      for (let k = 0; k < c.length; k++) {
        st[len] = i; en[len] = i + w; cu[len] = c.charCodeAt(k); lo[len] = l.charCodeAt(k); len++;
      }
    }
    if (code >= 0xd800 && code <= 0xdfff) surrogates = true;
    i += w;
  }
  // foldText's strings come from a UTF-16 decoder, which turns lone surrogates into U+FFFD: so do the units
  if (surrogates && utf16) {
    replaceLoneSurrogates(cu, len);
    replaceLoneSurrogates(lo, len);
  }
  return { cased: cu, lower: lo, starts: st, ends: en, length: len };
}

/** What a UTF-16 decoder does to lone surrogates: U+FFFD in their place. */
function replaceLoneSurrogates(u: Uint16Array, len: number): void {
  for (let i = 0; i < len; i++) {
    const c = u[i];
    if (c < 0xd800 || c > 0xdfff) continue;
    if (c <= 0xdbff && i + 1 < len && u[i + 1] >= 0xdc00 && u[i + 1] <= 0xdfff) i++;
    else u[i] = 0xfffd;
  }
}

/** Folds text for matching and keeps the offset map back into the original. */
export function foldText(text: string): FoldedText {
  const f = foldCodes(text);
  const len = f.length;
  return { cased: decode(f.cased, len), lower: decode(f.lower, len), starts: f.starts.subarray(0, len), ends: f.ends.subarray(0, len) };
}

/** True when an ASCII key needs no folding beyond lower case (no runs of spaces, hyphens, controls, backticks). */
function plainAsciiKey(s: string): boolean {
  let prevSpace = true;
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    if (code >= 0x80 || code < 0x20 || code === 0x2d || code === 0x5f || code === 0x7f || code === 0x60) return false;
    if (code === 0x20) {
      if (prevSpace) return false;
      prevSpace = true;
    } else prevSpace = false;
  }
  return !prevSpace || s.length === 0;
}

let keyCased = new Uint16Array(64);
let keyLower = new Uint16Array(64);

/** foldKey for a key without surrogates: one unit at a time, with the fold table. */
function foldBmpKey(s: string): { cased: string; lower: string } {
  if (keyCased.length < 3 * s.length + 4) {
    keyCased = new Uint16Array(3 * s.length + 4);
    keyLower = new Uint16Array(3 * s.length + 4);
  }
  let len = 0;
  let space = true;
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    let kind: number;
    let c = 0;
    let l = 0;
    if (code < 0x80) {
      if (code <= 0x20 || code === 0x2d || code === 0x5f || code === 0x7f) kind = 3;
      else {
        kind = 1;
        c = code === 0x60 ? 0x27 : code;
        l = c >= 65 && c <= 90 ? c + 32 : c;
      }
    } else {
      kind = foldKind ? foldKind[code] : 0;
      if (kind === 0) kind = learnFold(code);
      if (kind === 1) {
        c = foldCased![code];
        l = foldLower![code];
      }
    }
    if (kind === 1) {
      keyCased[len] = c;
      keyLower[len] = l;
      len++;
      space = false;
    } else if (kind === 3) {
      if (!space) {
        keyCased[len] = 32;
        keyLower[len] = 32;
        len++;
        space = true;
      }
    } else if (kind === 4) {
      // several units (NFKD expansions): at most as many as foldChar gives
      const folded = foldChar(s[i]);
      if (keyCased.length < len + 2 * folded.length + 3 * (s.length - i) + 4) {
        const c2 = new Uint16Array(2 * (len + 2 * folded.length + 3 * (s.length - i) + 4));
        const l2 = new Uint16Array(c2.length);
        c2.set(keyCased);
        l2.set(keyLower);
        keyCased = c2;
        keyLower = l2;
      }
      for (const ch of folded) {
        if (ch === ' ') {
          if (space) continue;
          space = true;
        } else space = false;
        const lc = lowerChar(ch);
        for (let k = 0; k < ch.length; k++) {
          keyCased[len] = ch.charCodeAt(k);
          keyLower[len] = lc.charCodeAt(k);
          len++;
        }
      }
    }
  }
  if (space && len > 0) len--;
  return { cased: unitsToString(keyCased, len), lower: unitsToString(keyLower, len) };
}

function hasSurrogate(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdfff) return true;
  }
  return false;
}

function unitsToString(units: Uint16Array, len: number): string {
  if (len > 64) return decode(units, len);
  let out = '';
  for (let i = 0; i < len; i++) out += String.fromCharCode(units[i]);
  return out;
}

/** Folds a dictionary key the same way as text, without the offset map. */
export function foldKey(s: string): { cased: string; lower: string } {
  if (plainAsciiKey(s)) return { cased: s, lower: s.toLowerCase() };
  if (!hasSurrogate(s)) return foldBmpKey(s);
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
  // copies runs of kept text with slice (a single space between words stays in its run)
  let out = '';
  let space = false;
  let run = -1; // start of the run being kept, or -1
  const n = s.length;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (isCleanSpace(c)) {
      if (c === 32 && run !== -1 && i + 1 < n) {
        const d = s.charCodeAt(i + 1);
        if (!isCleanSpace(d) && !isInvisible(d)) continue; // "word word": part of the run
      }
      if (run !== -1) {
        out += s.slice(run, i);
        run = -1;
      }
      space = true;
    } else if (isInvisible(c)) {
      if (run !== -1) {
        out += s.slice(run, i);
        run = -1;
      }
    } else if (run === -1) {
      if (space && out.length > 0) out += ' ';
      space = false;
      run = i;
    }
  }
  if (run !== -1) out = run === 0 ? (out.length === 0 ? s : out + s) : out + s.slice(run);
  return out;
}

const isCleanSpace = (c: number) => c === 32 || c === 10 || c === 9 || c === 13 || c === 12 || c === 0xa0 || c === 0x202f || c === 0x2009 || c === 0x2028 || c === 0x2029;
const isInvisible = (c: number) => c === 0x200b || c === 0xad || c === 0xfeff || c === 0x2060;

/** What \s matches in a regular expression. */
export function isRegExpSpace(c: number): boolean {
  if (c < 0x80) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * s.split(/\s+/), without the regular expression (split copies its pattern,
 * which then has to be compiled again after each garbage collection).
 */
export function splitSpaces(s: string): string[] {
  const out: string[] = [];
  let start = 0;
  for (let i = 0; i < s.length; ) {
    if (!isRegExpSpace(s.charCodeAt(i))) {
      i++;
      continue;
    }
    out.push(s.slice(start, i));
    while (i < s.length && isRegExpSpace(s.charCodeAt(i))) i++;
    start = i;
  }
  out.push(s.slice(start));
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

/** codeClass bits: a letter or digit, an upper-case letter, a lower-case letter. */
export const WORD = 1;
export const UPPER = 2;
export const LOWER = 4;

const ASCII_CLASS = new Uint8Array(128);
for (let c = 48; c <= 57; c++) ASCII_CLASS[c] = WORD;
for (let c = 65; c <= 90; c++) ASCII_CLASS[c] = WORD | UPPER;
for (let c = 97; c <= 122; c++) ASCII_CLASS[c] = WORD | LOWER;
// non-ASCII code units: 0 not yet seen, else 8 | the bits (filled on first sight)
let codeClasses: Uint8Array | undefined;

/** isWordChar / isUpper / isLower of one UTF-16 code unit, as bits (WORD, UPPER, LOWER). */
export function codeClass(code: number): number {
  if (code < 0x80) return ASCII_CLASS[code];
  if (!codeClasses) codeClasses = new Uint8Array(0x10000);
  let v = codeClasses[code];
  if (v === 0) {
    const c = String.fromCharCode(code);
    v = 8 | (isWordChar(c) ? WORD : 0) | (isUpper(c) ? UPPER : 0) | (isLower(c) ? LOWER : 0);
    codeClasses[code] = v;
  }
  return v & 7;
}
