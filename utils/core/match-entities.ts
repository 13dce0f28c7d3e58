/**
 * Finds dataset records (actors, agreements, events) named in a text, and
 * the topic vocabulary, in one linear pass of one automaton. Offsets point
 * back into the original text so the page can highlight them.
 */
import type { AliasEntry, EntityMatch } from './analysis';
import { buildMatcher, findMatches, longestHits, type DictEntry, type Matcher } from './build-matcher';
import { foldText } from './normalise-text';
import { TOPIC_TERMS, type TopicTerm } from './topic-terms';

type Payload = { term: TopicTerm; entry?: undefined } | { entry: AliasEntry; term?: undefined };

/** A hit with [start, end) offsets into the original text. */
export interface TextHit<T> {
  start: number;
  end: number;
  value: T;
}

export interface Scan {
  terms: TextHit<TopicTerm>[];
  entities: TextHit<AliasEntry>[];
}

/** Where the headline and the lede end in the analysed text. */
export interface Zones {
  headlineEnd: number;
  ledeEnd: number;
}

const NO_ALIASES: AliasEntry[] = [];
const matchers = new WeakMap<readonly AliasEntry[], Matcher<Payload>>();

/**
 * The automaton for the topic terms plus these aliases, built once per alias
 * list: pass the same array (aliasesFromDataset's result) on every call.
 */
export function scannerFor(aliases: readonly AliasEntry[]): Matcher<Payload> {
  const list = Array.isArray(aliases) && aliases.length > 0 ? aliases : NO_ALIASES;
  let m = matchers.get(list);
  if (m) return m;
  const entries: DictEntry<Payload>[] = [];
  for (let i = 0; i < TOPIC_TERMS.length; i++) {
    const t = TOPIC_TERMS[i];
    entries.push({ term: t.term, prefix: t.prefix, value: { term: t } });
  }
  for (let i = 0; i < list.length; i++) {
    const a = list[i];
    if (!a || typeof a.alias !== 'string' || typeof a.id !== 'string') continue;
    entries.push({ term: a.alias, value: { entry: a } });
    const joined = joinedName(a.alias);
    if (joined) entries.push({ term: joined, value: { entry: a } });
  }
  m = buildMatcher(entries);
  matchers.set(list, m);
  return m;
}

/** "Khyber Pakhtunkhwa" -> "KhyberPakhtunkhwa": names whose spaces were lost. */
function joinedName(alias: string): string | undefined {
  const words = alias.split(' ');
  if (words.length < 2 || words.length > 4) return undefined;
  for (const w of words) if (!/^\p{Lu}\p{Ll}+$/u.test(w)) return undefined;
  return words.join('');
}

/** One pass over the text: topic terms and dataset aliases, longest hits kept. */
export function scanText(text: string, aliases: readonly AliasEntry[]): Scan {
  const folded = foldText(text);
  const hits = longestHits(findMatches(scannerFor(aliases), folded), (v) => (v.term ? 't' : 'e'));
  const terms: TextHit<TopicTerm>[] = [];
  const entities: TextHit<AliasEntry>[] = [];
  for (let i = 0; i < hits.length; i++) {
    const h = hits[i];
    const start = folded.starts[h.start];
    const end = folded.ends[h.end - 1];
    if (h.value.term) terms.push({ start, end, value: h.value.term });
    else if (h.value.entry) entities.push({ start, end, value: h.value.entry });
  }
  return { terms, entities };
}

/** Groups alias hits by record, in order of prominence. */
export function groupEntities(text: string, hits: TextHit<AliasEntry>[], zones: Zones): EntityMatch[] {
  const byId = new Map<string, EntityMatch>();
  for (let i = 0; i < hits.length; i++) {
    const h = hits[i];
    const key = h.value.kind + ':' + h.value.id;
    let m = byId.get(key);
    if (!m) {
      m = { id: h.value.id, kind: h.value.kind, aliases: [], count: 0, inHeadline: false, inLede: false, offsets: [] };
      byId.set(key, m);
    }
    const found = text.slice(h.start, h.end);
    if (!m.aliases.includes(found)) m.aliases.push(found);
    m.count++;
    if (h.start < zones.headlineEnd) m.inHeadline = true;
    else if (h.start < zones.ledeEnd) m.inLede = true;
    m.offsets.push([h.start, h.end]);
  }
  return [...byId.values()].sort(
    (a, b) => +b.inHeadline - +a.inHeadline || +b.inLede - +a.inLede || b.count - a.count || a.offsets[0][0] - b.offsets[0][0],
  );
}

/** The dataset records a text names. Zones default to "no headline, no lede". */
export function matchEntities(text: string, aliases: readonly AliasEntry[], zones: Zones = { headlineEnd: 0, ledeEnd: 0 }): EntityMatch[] {
  return groupEntities(text, scanText(text, aliases).entities, zones);
}
