/** Words of a text, lower case, split on anything that is not a letter or a digit. */
export const wordsOf = (s: string) => s.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);

/**
 * How much of a reference text an extraction recovered, word by word (each
 * reference word counted as often as it occurs): precision (the share of the
 * extracted words that are the reference's), recall (the share of the
 * reference's words extracted) and F1.
 */
export function wordOverlap(got: string, reference: string): { precision: number; recall: number; f1: number; referenceWords: number } {
  const left = new Map<string, number>();
  let referenceWords = 0;
  for (const w of wordsOf(reference)) {
    left.set(w, (left.get(w) ?? 0) + 1);
    referenceWords++;
  }
  const words = wordsOf(got);
  let hit = 0;
  for (const w of words) {
    const n = left.get(w) ?? 0;
    if (n > 0) {
      hit++;
      left.set(w, n - 1);
    }
  }
  const precision = words.length ? hit / words.length : 0;
  const recall = referenceWords ? hit / referenceWords : 0;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0, referenceWords };
}
