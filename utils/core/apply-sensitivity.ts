/**
 * The reader's sensitivity setting on top of the engine's decision. The
 * engine's gates (both states are parties, security terms, not mostly about
 * something else) always hold; sensitivity only moves the score bar.
 */
import type { Analysis } from './analysis';

export type Sensitivity = 'strict' | 'normal' | 'broad';

const FACTOR: Record<Sensitivity, number> = { strict: 1.5, normal: 1, broad: 0.6 };

export function applySensitivity(a: Analysis, sensitivity: Sensitivity): Analysis {
  const t = a.topic;
  const bar = Math.round(t.threshold * FACTOR[sensitivity] * 10) / 10;
  if (sensitivity === 'normal' || bar === t.threshold) return a;
  const scoreBlocker = `score ${t.score} is below ${t.threshold}`;
  const otherBlockers = !t.relevant && t.reasons.some((r) => r !== scoreBlocker && isBlocker(r));
  const relevant = a.article.isArticle && !otherBlockers && (t.relevant || t.reasons.includes(scoreBlocker)) && t.score >= bar;
  const reasons = t.reasons.filter((r) => r !== scoreBlocker);
  if (!relevant && t.score < bar) reasons.push(`score ${t.score} is below ${bar} (${sensitivity} sensitivity)`);
  return { ...a, topic: { ...t, relevant, threshold: bar, reasons } };
}

/** Reasons that say why a page is not relevant, as the engine words them. */
function isBlocker(r: string): boolean {
  return /not named|only in passing|never named together|too few security terms|no security terms|mostly about|mainly about|not a single article|analysis failed/.test(r);
}
