/**
 * Finds dataset records (actors, agreements, events) named in a text, and
 * the topic vocabulary: the text is folded once and walked in one linear
 * pass by an Aho–Corasick automaton of the vocabulary and aliases that may
 * occur in it (built per text, see textScanner). Offsets point back into the
 * original text so the page can highlight them.
 */
import type { AliasEntry, EntityMatch, Side } from './analysis';
import { buildFrom, buildMatcher, longestHitsOfOneGroup, matchCodes, prepareTerms, withDfa, type DictEntry, type Hit, type Matcher, type Terms } from './build-matcher';
import { aliasesInText, compileAliases, isCompiledAliases, type CompiledAliases } from './compile-aliases';
import { joinedName } from './joined-name';
import { foldCodes } from './normalise-text';
import { JOINED, mayOccur, SPACED, textGrams, type Grams } from './text-grams';
import { topicTable } from './topic-table';
import { type TopicTerm } from './topic-terms';

/** The alias dictionary: the list (aliasesFromDataset), or its compiled form (compileAliases), which the extension's background keeps per dataset version. */
export type AliasDictionary = readonly AliasEntry[] | CompiledAliases;

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
 * The automata of every topic term and every alias: the topic vocabulary's
 * (built once per script, on first use) and the dataset's aliases' (built
 * once per alias list, by scannerFor). Hits never compete across the two
 * groups (longest-hit selection is per group), so two automata find exactly
 * what one merged automaton does, and so does textScanner's.
 */
export interface Scanner {
  terms: Matcher<TopicTerm>;
  names: Matcher<AliasEntry>;
}

const NO_ALIASES: AliasEntry[] = [];
const nameMatchers = new WeakMap<readonly AliasEntry[], Matcher<AliasEntry>>();
/** Each alias list compiled, once per list. */
const compiledLists = new WeakMap<readonly AliasEntry[], CompiledAliases>();
/** Per dictionary, the automaton of the last text scanned (see textScanner). */
const textMatchers = new WeakMap<AliasDictionary, { text: string; scanner: TextScanner }>();
let termMatcher: Matcher<TopicTerm> | undefined;

/** The topic vocabulary's automaton, built on first use and kept for the life of the script. */
export function topicMatcher(): Matcher<TopicTerm> {
  termMatcher ??= buildFrom([topicTable().terms]);
  return termMatcher;
}

const aliasList = (aliases: unknown): readonly AliasEntry[] => (Array.isArray(aliases) && aliases.length > 0 ? aliases : NO_ALIASES);

/** A dictionary as given, or the empty list for anything else. */
const dictionaryOf = (aliases: unknown): AliasDictionary => (isCompiledAliases(aliases) ? aliases : aliasList(aliases));

/** The compiled form of a dictionary (a list is compiled once and kept). */
function compiledOf(d: AliasDictionary): CompiledAliases {
  if (!Array.isArray(d)) return d as CompiledAliases;
  let c = compiledLists.get(d);
  if (!c) {
    c = compileAliases(d);
    compiledLists.set(d, c);
  }
  return c;
}

/**
 * The automata for the topic terms plus every one of these aliases, the
 * aliases' built once per alias list and kept: pass the same array on every
 * call. scanText uses it when it exists; otherwise it builds a smaller
 * automaton for the text at hand (see textScanner).
 */
export function scannerFor(aliases: readonly AliasEntry[]): Scanner {
  const list = aliasList(aliases);
  const terms = topicMatcher();
  let names = nameMatchers.get(list);
  if (!names) {
    names = buildMatcher(aliasEntries(list));
    nameMatchers.set(list, names);
  }
  return { terms, names };
}

/**
 * The dictionary entries of an alias list: each alias, and its joined form
 * ("KhyberPakhtunkhwa"); with the text's windows, only the forms that may
 * occur in it (mayOccur, or its answers already in `mays`, one per alias).
 */
function aliasEntries(list: readonly AliasEntry[], grams?: Grams, mays?: readonly number[]): DictEntry<AliasEntry>[] {
  const entries: DictEntry<AliasEntry>[] = [];
  for (let i = 0; i < list.length; i++) {
    const a = list[i];
    if (!a || typeof a.alias !== 'string') continue;
    const may = mays ? mays[i] : grams ? mayOccur(a.alias, grams) : SPACED | JOINED;
    if (may === 0 || typeof a.id !== 'string') continue;
    if (may & SPACED) entries.push({ term: a.alias, value: a });
    const joined = may & JOINED ? joinedName(a.alias) : undefined;
    if (joined) entries.push({ term: joined, value: a });
  }
  return entries;
}

/** One automaton for the topic terms and the aliases of one text; pattern ids below `split` are topic terms. */
interface TextScanner {
  m: Matcher<TopicTerm | AliasEntry>;
  split: number;
}

/**
 * The automaton for one folded text. Without a kept automaton for the whole
 * alias list (scannerFor), only the topic terms and aliases that may occur
 * in the text go into it: a term whose folded form has a 4-unit window the
 * text lacks cannot match, nor can an acronym of two or three units the
 * text lacks with its case (known on short texts, see textGrams). The hits
 * are the same as with every term (an automaton finds each term's
 * occurrences on its own, and the kept terms keep their order); the aliases
 * come from the compiled dictionary's index (aliasesInText), then one cheap
 * pass over them. When the automaton is small beside the text, it gets a
 * full transition table, so the text is walked one lookup per unit;
 * otherwise failure links are followed as they are met. The last text's
 * automaton is kept per dictionary.
 */
function textScanner(dictionary: AliasDictionary, text: string, lower: Uint16Array, cased: Uint16Array, n: number): TextScanner {
  const last = textMatchers.get(dictionary);
  if (last && last.text === text) return last.scanner;
  const grams = textGrams(lower, cased, n);
  const { bits, shift } = grams;
  const table = topicTable();
  const { keep, gramStart, rarest, short } = table;
  const termGrams = table.grams;
  const shortBits = grams.short;
  let kept = 0;
  for (let id = 0; id < table.terms.count; id++) {
    const r = rarest[id];
    if (r !== 0) {
      // hasGram, inline: the rarest window first, then all of them
      let h = r >>> shift;
      if ((bits[h >>> 5] & (1 << (h & 31))) === 0) continue;
      let may = true;
      for (let g = gramStart[id]; g < gramStart[id + 1]; g++) {
        h = termGrams[g] >>> shift;
        if ((bits[h >>> 5] & (1 << (h & 31))) === 0) {
          may = false;
          break;
        }
      }
      if (may) keep[kept++] = id;
    } else if (gramStart[id] === gramStart[id + 1]) {
      // no 4-unit window: a short term
      const h = short[id] >>> shift;
      if (short[id] === 0 || !shortBits || (shortBits[h >>> 5] & (1 << (h & 31))) !== 0) keep[kept++] = id;
    } else keep[kept++] = id;
  }
  const mays: number[] = [];
  const candidates = aliasesInText(compiledOf(dictionary), lower, n, grams, mays);
  const names: Terms<TopicTerm | AliasEntry> = prepareTerms(aliasEntries(candidates, grams, mays));
  const m = buildFrom<TopicTerm | AliasEntry>([table.terms, names], [keep.subarray(0, kept)]);
  // A full transition table pays off when it is small beside the text. The limit of 4 cells per unit
  // is measured, not derived (Chromium, analysePage, warm): with it, the seed articles (about 8 cells
  // per unit: many terms may occur in them) go without a table and take 15–25% less than with a
  // limit of 16; long texts and pages off the topic (under 1 cell per unit) keep theirs.
  withDfa(m, Math.min(1 << 21, 4 * n));
  const scanner = { m, split: kept };
  textMatchers.set(dictionary, { text, scanner });
  return scanner;
}

/** The side of each record that has one (compileAliases), keyed by kind, NUL and id; empty for anything else. */
export function recordSides(aliases: AliasDictionary): Readonly<Record<string, Side>> {
  const sides = compiledOf(dictionaryOf(aliases)).sides;
  return sides && typeof sides === 'object' ? sides : NO_SIDES;
}
const NO_SIDES: Readonly<Record<string, Side>> = Object.freeze({});

/** Topic terms and dataset aliases in the text (folded once), longest hits kept. */
export function scanText(text: string, aliases: AliasDictionary): Scan {
  const dictionary = dictionaryOf(aliases);
  const folded = foldCodes(text);
  const { lower, cased, length, starts, ends } = folded;
  const termHits: Hit<TopicTerm>[] = [];
  const nameHits: Hit<AliasEntry>[] = [];
  const full = Array.isArray(dictionary) ? nameMatchers.get(dictionary) : undefined;
  if (full) {
    matchCodes(topicMatcher(), lower, cased, length, termHits);
    if (full.count > 0) matchCodes(full, lower, cased, length, nameHits);
  } else {
    const { m, split } = textScanner(dictionary, text, lower, cased, length);
    matchCodes(m, lower, cased, length, termHits as Hit<TopicTerm | AliasEntry>[], split, nameHits as Hit<TopicTerm | AliasEntry>[]);
  }
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
export function matchEntities(text: string, aliases: AliasDictionary, zones: Zones = { headlineEnd: 0, ledeEnd: 0 }): EntityMatch[] {
  return groupEntities(text, scanText(text, aliases).entities, zones);
}
