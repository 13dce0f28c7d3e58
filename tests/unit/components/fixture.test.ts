import { expect, test } from 'vitest';
import { validateRecord } from '../../../utils/core/schema';
import { sampleData } from './helpers';

// The sample SidebarData must hold records the dataset schema accepts, so
// screenshots show what real data can look like.
test('sample SidebarData records are valid dataset records', () => {
  const d = sampleData();
  const problems: string[] = [];
  const check = (kind: Parameters<typeof validateRecord>[0], rec: unknown) => {
    const r = validateRecord(kind, rec);
    if (!r.ok) problems.push(`${kind} ${(rec as { id: string }).id}: ${JSON.stringify(r.issues)}`);
  };
  for (const n of d.named) check(n.kind, n.record);
  for (const s of d.series) check('series', s);
  for (const s of Object.values(d.sources)) check('sources', s);
  for (const c of d.figureChecks) if (c.claim) check('claims', c.claim);
  expect(problems).toEqual([]);
  expect(d.dataset.version).toBe('0.0.1');
  expect(Object.values(d.sources).every((s) => s.publisher === 'Sample')).toBe(true);
});

test('every source id the sample cites is in its sources map', () => {
  const d = sampleData();
  const cited = new Set<string>();
  for (const n of d.named) n.record.sources.forEach((s) => cited.add(s));
  for (const s of d.series) s.sources.forEach((x) => cited.add(x));
  for (const c of d.figureChecks) {
    c.references.forEach((r) => r.sources.forEach((x) => cited.add(x)));
    c.claim?.sources.forEach((x) => cited.add(x));
  }
  expect([...cited].filter((id) => !d.sources[id])).toEqual([]);
});
