/**
 * Finds dataset records (actors, agreements, events) named in a text, and
 * the topic vocabulary: the text is folded once and walked by two
 * Aho–Corasick automata, each in one linear pass (the vocabulary's, built
 * once per script; the aliases', built once per alias list). Offsets point back into the original
 * text so the page can highlight them.
 */
import type { AliasEntry, EntityMatch } from './analysis';
import { buildMatcher, longestHitsOfOneGroup, matchCodes, type DictEntry, type Hit, type Matcher } from './build-matcher';
import { foldCodes } from './normalise-text';
import { TOPIC_TERMS, type TopicTerm } from './topic-terms';

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

/**
 * The two automata one scan runs: the topic vocabulary (built once per
 * script, on first use) and the dataset's aliases (built once per alias list).
 * Hits never compete across the two (longest-hit selection is per group), so
 * two small automata find exactly what one merged automaton would.
 */
export interface Scanner {
  terms: Matcher<TopicTerm>;
  names: Matcher<AliasEntry>;
}

const NO_ALIASES: AliasEntry[] = [];
const nameMatchers = new WeakMap<readonly AliasEntry[], Matcher<AliasEntry>>();
let termMatcher: Matcher<TopicTerm> | undefined;

/** The topic vocabulary's automaton, built on first use and kept for the life of the script. */
export function topicMatcher(): Matcher<TopicTerm> {
  if (termMatcher) return termMatcher;
  const entries: DictEntry<TopicTerm>[] = [];
  for (let i = 0; i < TOPIC_TERMS.length; i++) {
    const t = TOPIC_TERMS[i];
    entries.push({ term: t.term, prefix: t.prefix, value: t });
  }
  termMatcher = buildMatcher(entries);
  return termMatcher;
}

/**
 * The automata for the topic terms plus these aliases, the aliases' built
 * once per alias list: pass the same array (aliasesFromDataset's result) on
 * every call.
 */
export function scannerFor(aliases: readonly AliasEntry[]): Scanner {
  const list = Array.isArray(aliases) && aliases.length > 0 ? aliases : NO_ALIASES;
  const terms = topicMatcher();
  let names = nameMatchers.get(list);
  if (!names) {
    const entries: DictEntry<AliasEntry>[] = [];
    for (let i = 0; i < list.length; i++) {
      const a = list[i];
      if (!a || typeof a.alias !== 'string' || typeof a.id !== 'string') continue;
      entries.push({ term: a.alias, value: a });
      const joined = joinedName(a.alias);
      if (joined) entries.push({ term: joined, value: a });
    }
    names = buildMatcher(entries);
    nameMatchers.set(list, names);
  }
  return { terms, names };
}

const NAME_WORD = /^\p{Lu}\p{Ll}+$/u;

/** "Khyber Pakhtunkhwa" -> "KhyberPakhtunkhwa": names whose spaces were lost. */
function joinedName(alias: string): string | undefined {
  // two to four words, each /^\p{Lu}\p{Ll}+$/u, split on single spaces
  let words = 1;
  for (let i = alias.indexOf(' '); i !== -1; i = alias.indexOf(' ', i + 1)) words++;
  if (words < 2 || words > 4) return undefined;
  let joined = '';
  for (let start = 0; start <= alias.length; ) {
    let end = alias.indexOf(' ', start);
    if (end === -1) end = alias.length;
    const w = alias.slice(start, end);
    if (!isNameWord(w)) return undefined;
    joined += w;
    start = end + 1;
  }
  return joined;
}

/** NAME_WORD.test(w), without the regex for ASCII words. */
function isNameWord(w: string): boolean {
  if (w.length < 2) return false;
  let c = w.charCodeAt(0);
  if (c >= 0x80) return NAME_WORD.test(w);
  if (c < 65 || c > 90) return false;
  for (let i = 1; i < w.length; i++) {
    c = w.charCodeAt(i);
    if (c >= 0x80) return NAME_WORD.test(w);
    if (c < 97 || c > 122) return false;
  }
  return true;
}

/** Topic terms and dataset aliases in the text (folded once), longest hits kept. */
export function scanText(text: string, aliases: readonly AliasEntry[]): Scan {
  const scanner = scannerFor(aliases);
  const folded = foldCodes(text);
  const { lower, cased, length, starts, ends } = folded;
  const termHits: Hit<TopicTerm>[] = [];
  matchCodes(scanner.terms, lower, cased, length, termHits);
  const nameHits: Hit<AliasEntry>[] = [];
  if (scanner.names.count > 0) matchCodes(scanner.names, lower, cased, length, nameHits);
  return { terms: toText(longestHitsOfOneGroup(termHits), starts, ends), entities: toText(longestHitsOfOneGroup(nameHits), starts, ends) };
}

/** Hits with offsets mapped back into the original text. */
function toText<T>(hits: Hit<T>[], starts: Int32Array, ends: Int32Array): TextHit<T>[] {
  const out: TextHit<T>[] = [];
  for (let i = 0; i < hits.length; i++) {
    const h = hits[i];
    out.push({ start: starts[h.start], end: ends[h.end - 1], value: h.value });
  }
  return out;
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
