/**
 * The windows of folded text, hashed: a term whose folded form has a window
 * the text lacks cannot occur in it. The text's 4-unit windows go into a
 * bitset (false positives possible, no false negatives); dictionaries index
 * their terms by a window or two each (compileAliases), and mayOccur tests
 * all of a term's windows. Terms of two or three
 * units have no such window; most are acronyms that match with their case
 * ("TTP", "US"), so short texts also get a bitset of their 2- and 3-unit
 * windows of cased units that start with a capital A-Z, and such terms are
 * read only when the text may have them.
 */
import { FOLD_DROP, FOLD_SEVERAL, FOLD_SPACE, foldLowerUnit } from './normalise-text';

/** Bitsets of the hashes of a folded text's windows. */
export interface Grams {
  /** The 4-unit windows. */
  bits: Int32Array;
  /** 32 - log2(bits in each set). */
  shift: number;
  /** The 2- and 3-unit windows of cased units starting with A-Z (shortGramHash), on texts of up to SHORT_TEXT units; undefined on longer ones. */
  short?: Int32Array;
}

/** A hash of the window a b c d (folded code units); its top bits pick its bit in a set. */
export const gramHash = (a: number, b: number, c: number, d: number) => Math.imul(((a << 16) | b) ^ Math.imul((c << 16) | d, 0x85ebca6b), 0x9e3779b1);
/** The bit of the window a b c d in a set of 2^(32 - shift) bits. */
export const gramOf = (a: number, b: number, c: number, d: number, shift: number) => gramHash(a, b, c, d) >>> shift;
export const hasGram = (bits: Int32Array, h: number) => (bits[h >>> 5] & (1 << (h & 31))) !== 0;

/** A hash of the window a b (c = -1) or a b c. */
export const shortGramHash = (a: number, b: number, c: number) => Math.imul(((a << 16) | b) ^ Math.imul(c, 0x27d4eb2d), 0x9e3779b1);

/**
 * The hash (shortGramHash) of a cased form of two or three units starting
 * with A-Z, as the short set has it; 0 for any other form (read on every
 * text).
 */
export function shortFormHash(cased: string | undefined): number {
  if (cased === undefined || cased.length < 2 || cased.length > 3) return 0;
  const a = cased.charCodeAt(0);
  if (a < 65 || a > 90) return 0;
  return shortGramHash(a, cased.charCodeAt(1), cased.length === 3 ? cased.charCodeAt(2) : -1);
}

/** Texts up to this many units get the short windows' set (on longer ones, the short terms cost little beside the text). */
export const SHORT_TEXT = 1 << 12;

/** Working memory for the two sets of texts up to SHORT_TEXT units (8 bits per unit each; larger texts get their own). */
const scratch = new Int32Array(SHORT_TEXT / 2);

/**
 * The windows of the first n folded units (lower-cased and cased). The sets
 * are working memory, reused by the next call: read them before calling
 * again.
 */
export function textGrams(lower: Uint16Array, cased: Uint16Array, n: number): Grams {
  let log = 12;
  while (1 << log < 8 * n && log < 22) log++;
  const words = 1 << (log - 5);
  const shift = 32 - log;
  if (n > SHORT_TEXT) {
    const bits = new Int32Array(words);
    for (let i = 3; i < n; i++) {
      // gramOf, inline
      const h = Math.imul(((lower[i - 3] << 16) | lower[i - 2]) ^ Math.imul((lower[i - 1] << 16) | lower[i], 0x85ebca6b), 0x9e3779b1) >>> shift;
      bits[h >>> 5] |= 1 << (h & 31);
    }
    return { bits, shift };
  }
  const bits = scratch.subarray(0, words).fill(0);
  const short = scratch.subarray(words, 2 * words).fill(0);
  for (let i = 0; i < n; i++) {
    if (i >= 3) {
      // gramOf, inline
      const h = Math.imul(((lower[i - 3] << 16) | lower[i - 2]) ^ Math.imul((lower[i - 1] << 16) | lower[i], 0x85ebca6b), 0x9e3779b1) >>> shift;
      bits[h >>> 5] |= 1 << (h & 31);
    }
    const a = cased[i];
    if (a < 65 || a > 90 || i + 1 === n) continue;
    // shortGramHash, inline: the window from i of two units, then of three
    const ab = (a << 16) | cased[i + 1];
    let h = Math.imul(ab ^ Math.imul(-1, 0x27d4eb2d), 0x9e3779b1) >>> shift;
    short[h >>> 5] |= 1 << (h & 31);
    if (i + 2 < n) {
      h = Math.imul(ab ^ Math.imul(cased[i + 2], 0x27d4eb2d), 0x9e3779b1) >>> shift;
      short[h >>> 5] |= 1 << (h & 31);
    }
  }
  return { bits, shift, short };
}

/** Folded lower-case unit of each ASCII code; -1 for those that fold to a space (controls, space, "-", "_", DEL). */
const ASCII_FOLD = new Int32Array(128);
for (let c = 0; c < 128; c++) ASCII_FOLD[c] = c <= 0x20 || c === 0x2d || c === 0x5f || c === 0x7f ? -1 : c === 0x60 ? 0x27 : c >= 65 && c <= 90 ? c + 32 : c;

export const SPACED = 1;
export const JOINED = 2;

/**
 * Which forms of a term may occur in the text: SPACED unless its folded,
 * lower-cased form (foldKey(term).lower) has a 4-unit window the text lacks;
 * JOINED likewise for that form without its spaces, and only when it has
 * spaces. Terms with code points that fold to several units are kept.
 */
export function mayOccur(term: string, g: Grams): number {
  const { bits, shift } = g;
  // the first window of a term starting with four ASCII units that fold to no space: most terms stop here
  if (term.length >= 4) {
    const c0 = term.charCodeAt(0), c1 = term.charCodeAt(1), c2 = term.charCodeAt(2), c3 = term.charCodeAt(3);
    if ((c0 | c1 | c2 | c3) < 0x80) {
      const u0 = ASCII_FOLD[c0], u1 = ASCII_FOLD[c1], u2 = ASCII_FOLD[c2], u3 = ASCII_FOLD[c3];
      if ((u0 | u1 | u2 | u3) >= 0 && !hasGram(bits, gramOf(u0, u1, u2, u3, shift))) return 0;
    }
  }
  let may = SPACED;
  let spaces = false;
  // the last three units of each form, and how many units each has
  let a = 0, b = 0, c = 0, have = 0;
  let ja = 0, jb = 0, jc = 0, jhave = 0;
  let started = false;
  let space = false;
  for (let i = 0; i < term.length; i++) {
    const code = term.charCodeAt(i);
    let u: number;
    if (code < 0x80) {
      u = ASCII_FOLD[code];
      if (u < 0) {
        space = started;
        continue;
      }
    } else {
      if (code >= 0xd800 && code <= 0xdfff) return SPACED | JOINED;
      u = foldLowerUnit(code);
      if (u === FOLD_DROP) continue;
      if (u === FOLD_SPACE) {
        space = started;
        continue;
      }
      if (u === FOLD_SEVERAL) return SPACED | JOINED;
    }
    if (space) {
      space = false;
      if (!spaces) {
        // the joined form so far is the spaced one
        spaces = true;
        may |= JOINED;
        ja = a; jb = b; jc = c; jhave = have;
      }
      if (may & SPACED) {
        if (have >= 3 && !hasGram(bits, gramOf(a, b, c, 32, shift))) may &= ~SPACED;
        a = b; b = c; c = 32; have++;
      }
    }
    started = true;
    if (may & SPACED) {
      // before the first space both forms are the same
      if (have >= 3 && !hasGram(bits, gramOf(a, b, c, u, shift))) {
        if (!spaces) return 0;
        may &= ~SPACED;
      }
      a = b; b = c; c = u; have++;
    }
    if (spaces && may & JOINED) {
      if (jhave >= 3 && !hasGram(bits, gramOf(ja, jb, jc, u, shift))) may &= ~JOINED;
      ja = jb; jb = jc; jc = u; jhave++;
    }
    if (may === 0) return 0;
  }
  return may;
}
