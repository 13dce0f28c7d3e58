/**
 * The 4-unit windows of folded text, hashed: a term whose folded form has a
 * window the text lacks cannot occur in it. The text's windows go into a
 * bitset (false positives possible, no false negatives); dictionaries index
 * their terms by one window each (compileAliases).
 */

/** A bitset of the hashes of a folded text's 4-unit windows. */
export interface Grams {
  bits: Int32Array;
  /** 32 - log2(bits in the set). */
  shift: number;
}

/** A hash of the window a b c d (folded code units); its top bits pick its bit in a set. */
export const gramHash = (a: number, b: number, c: number, d: number) => Math.imul(((a << 16) | b) ^ Math.imul((c << 16) | d, 0x85ebca6b), 0x9e3779b1);
/** The bit of the window a b c d in a set of 2^(32 - shift) bits. */
export const gramOf = (a: number, b: number, c: number, d: number, shift: number) => gramHash(a, b, c, d) >>> shift;
export const hasGram = (bits: Int32Array, h: number) => (bits[h >>> 5] & (1 << (h & 31))) !== 0;

/** Working memory for the sets of texts up to ~16k units (larger ones get their own). */
const scratch = new Int32Array(1 << 12);

/**
 * The windows of the first n folded units. The set is working memory, reused
 * by the next call: read it before calling again.
 */
export function textGrams(lower: Uint16Array, n: number): Grams {
  let log = 12;
  while (1 << log < 8 * n && log < 22) log++;
  const words = 1 << (log - 5);
  const bits = words <= scratch.length ? scratch.subarray(0, words).fill(0) : new Int32Array(words);
  const shift = 32 - log;
  for (let i = 3; i < n; i++) {
    // gramOf, inline
    const h = Math.imul(((lower[i - 3] << 16) | lower[i - 2]) ^ Math.imul((lower[i - 1] << 16) | lower[i], 0x85ebca6b), 0x9e3779b1) >>> shift;
    bits[h >>> 5] |= 1 << (h & 31);
  }
  return { bits, shift };
}
