import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { analysePage } from '../../../utils/core/analyse-page';
import { applySensitivity } from '../../../utils/core/apply-sensitivity';
import type { Analysis } from '../../../utils/core/analysis';

const page = (slug: string): Analysis => {
  const dir = path.resolve(import.meta.dirname, '../../fixtures/pages', slug);
  const { url } = JSON.parse(readFileSync(path.join(dir, 'expected.json'), 'utf8'));
  const { document } = parseHTML(readFileSync(path.join(dir, 'source.html'), 'utf8'));
  return analysePage(document as unknown as Document, url, []);
};

const withScore = (a: Analysis, score: number, relevant: boolean, extra: string[] = []): Analysis => ({
  ...a,
  topic: { ...a.topic, score, relevant, reasons: [...a.topic.reasons.filter((r) => !r.startsWith('score ')), ...extra] },
});

describe('applySensitivity', () => {
  const seed = page('seed-000-dawn-security-border-management');
  const threshold = seed.topic.threshold;

  it('leaves the engine’s decision alone at normal sensitivity', () => {
    expect(applySensitivity(seed, 'normal')).toBe(seed);
  });
  it('strict raises the bar: a page just over the threshold is no longer relevant', () => {
    const a = applySensitivity(withScore(seed, threshold + 1, true), 'strict');
    expect(a.topic.relevant).toBe(false);
    expect(a.topic.reasons.at(-1)).toBe(`score ${threshold + 1} is below ${threshold * 1.5} (strict sensitivity)`);
  });
  it('broad lowers only the score bar', () => {
    const low = threshold - 2;
    const a = applySensitivity(withScore(seed, low, false, [`score ${low} is below ${threshold}`]), 'broad');
    expect(a.topic.relevant).toBe(true);
  });
  it('broad never overrides the engine’s other gates', () => {
    for (const slug of ['trade-tariffs-deal', 'india-us-defence-framework', 'ttp-clash-waziristan', 'tag-page-pakistan-us-relations', 'cricket-pakistan-usa']) {
      const a = page(slug);
      expect(a.topic.relevant, slug).toBe(false);
      expect(applySensitivity(a, 'broad').topic.relevant, slug).toBe(false);
    }
  });
});
