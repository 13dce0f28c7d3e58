/** What changed between two datasets, by `kind/id`. Plain TypeScript. */
import { KIND_NAMES, type Dataset } from './schema';
import { canonicalJson } from './dataset-hash';

export interface DatasetChanges {
  added: string[];
  changed: string[];
  removed: string[];
}

export function diffDatasets(prev: Omit<Dataset, 'meta'>, next: Omit<Dataset, 'meta'>): DatasetChanges {
  const out: DatasetChanges = { added: [], changed: [], removed: [] };
  for (const k of KIND_NAMES) {
    const before = new Map(prev[k].map((r) => [r.id, canonicalJson(r)]));
    const after = new Map(next[k].map((r) => [r.id, canonicalJson(r)]));
    for (const [id, json] of after) {
      if (!before.has(id)) out.added.push(`${k}/${id}`);
      else if (before.get(id) !== json) out.changed.push(`${k}/${id}`);
    }
    for (const id of before.keys()) if (!after.has(id)) out.removed.push(`${k}/${id}`);
  }
  return out;
}
