/**
 * The matcher's dictionary from a dataset: every actor, agreement and event
 * by its name and each alias (acronyms and Urdu spellings included).
 */
import type { AliasEntry, NamedKind } from './analysis';

interface NamedLike {
  id?: unknown;
  name?: unknown;
  aliases?: unknown;
}

const KINDS: NamedKind[] = ['actors', 'agreements', 'events'];

/** AliasEntry[] for a dataset-shaped object; tolerant of missing parts. */
export function aliasesFromDataset(dataset: unknown): AliasEntry[] {
  const out: AliasEntry[] = [];
  if (!dataset || typeof dataset !== 'object') return out;
  const seen = new Set<string>();
  for (const kind of KINDS) {
    const records = (dataset as Record<string, unknown>)[kind];
    if (!Array.isArray(records)) continue;
    for (const r of records as NamedLike[]) {
      if (!r || typeof r.id !== 'string') continue;
      const names = [r.name, ...(Array.isArray(r.aliases) ? r.aliases : [])];
      for (const n of names) {
        if (typeof n !== 'string') continue;
        const alias = n.trim();
        const key = kind + '\u0000' + r.id + '\u0000' + alias;
        if (alias.length < 2 || seen.has(key)) continue;
        seen.add(key);
        out.push({ alias, id: r.id, kind });
      }
    }
  }
  return out;
}
