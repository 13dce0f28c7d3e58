/**
 * The topic vocabulary (topic-terms.ts) prepared for matching: its terms
 * folded and classified (prepareTerms) and the 4-unit windows of each term
 * (see textScanner in match-entities.ts). Folding and classifying 700-odd
 * terms is the largest part of the engine's start-up in a fresh page, so
 * the folded terms ship ready in PACKED_TOPIC_TABLE (topic-table-packed.ts,
 * written by `npm run topic-table`; a unit test holds it equal to what
 * buildTopicTable computes). A packed table that no longer fits the
 * vocabulary is ignored and the table is built instead.
 */
import { prepareTerms, wholeCased, type DictEntry, type Terms } from './build-matcher';
import { gramHash, shortFormHash } from './text-grams';
import { TOPIC_TERMS, type TermSpec, type TopicTerm } from './topic-terms';
import { PACKED_TOPIC_TABLE } from './topic-table-packed';

export interface TopicTable {
  terms: Terms<TopicTerm>;
  /** The windows' hashes (gramHash) of term id are grams[gramStart[id]] .. grams[gramStart[id + 1] - 1]. */
  gramStart: Int32Array;
  grams: Int32Array;
  /** Each term's window the fewest terms have (tested first: most texts lack it); 0 for terms without one. */
  rarest: Int32Array;
  /** Each term's short hash (shortFormHash of its whole-cased form, see wholeCased); 0 for terms read on every text. */
  short: Int32Array;
  /** Working memory: the ids of the terms kept for a text. */
  keep: Int32Array;
}

const FORMAT = 'backstory-topics/1';

/** What ships: the folded terms and their classes; the windows are recomputed from them (cheap). */
export interface PackedTopicTable {
  format: string;
  /** The vocabulary's length when packed. */
  source: number;
  /** Each term's index in the vocabulary; empty when every term is kept, in order. */
  src: number[];
  /** Each term's folded, lower-cased form; null when that is its term's toLowerCase(). */
  lowers: Array<string | null>;
  flags: number[];
  exactStart: number[];
  exactRanges: number[];
  /** The cased form of terms matched with their case, null for the others. */
  cased: Array<string | null>;
  /** Which of a term's windows is its rarest (an index among its windows), -1 for none. */
  rarestAt: number[];
}

/** The 4-unit windows of each term, and each term's short hash. */
function windowsOf(terms: Terms<TopicTerm>): Pick<TopicTable, 'gramStart' | 'grams' | 'short'> {
  const gramStart = new Int32Array(terms.count + 1);
  let total = 0;
  for (let id = 0; id < terms.count; id++) total += Math.max(0, terms.length[id] - 3);
  const grams = new Int32Array(total);
  const short = new Int32Array(terms.count);
  let g = 0;
  for (let id = 0; id < terms.count; id++) {
    gramStart[id] = g;
    const l = terms.lowers[id];
    for (let k = 3; k < l.length; k++) grams[g++] = gramHash(l.charCodeAt(k - 3), l.charCodeAt(k - 2), l.charCodeAt(k - 1), l.charCodeAt(k));
    short[id] = shortFormHash(wholeCased(terms, id));
  }
  gramStart[terms.count] = g;
  return { gramStart, grams, short };
}

/** The table computed from the vocabulary. */
export function buildTopicTable(vocabulary: readonly TermSpec[] = TOPIC_TERMS): TopicTable {
  const entries: DictEntry<TopicTerm>[] = [];
  for (let i = 0; i < vocabulary.length; i++) {
    const t = vocabulary[i];
    entries.push({ term: t.term, prefix: t.prefix, value: t });
  }
  const terms = prepareTerms(entries);
  const { gramStart, grams, short } = windowsOf(terms);
  const shared = new Map<number, number>();
  for (let g = 0; g < grams.length; g++) shared.set(grams[g], (shared.get(grams[g]) ?? 0) + 1);
  const rarest = new Int32Array(terms.count);
  for (let id = 0; id < terms.count; id++) {
    let best = Infinity;
    for (let k = gramStart[id]; k < gramStart[id + 1]; k++) {
      const n = shared.get(grams[k])!;
      if (n < best) {
        best = n;
        rarest[id] = grams[k];
      }
    }
  }
  return { terms, gramStart, grams, rarest, short, keep: new Int32Array(terms.count) };
}

/** The table as it ships (see PackedTopicTable). */
export function packTopicTable(table: TopicTable, vocabulary: readonly TermSpec[] = TOPIC_TERMS): PackedTopicTable {
  const { terms, gramStart, grams, rarest } = table;
  const rarestAt: number[] = [];
  for (let id = 0; id < terms.count; id++) {
    let at = -1;
    for (let k = gramStart[id]; k < gramStart[id + 1]; k++)
      if (grams[k] === rarest[id]) {
        at = k - gramStart[id];
        break;
      }
    rarestAt.push(at);
  }
  const src = terms.values.map((v) => vocabulary.indexOf(v as TermSpec));
  return {
    format: FORMAT,
    source: vocabulary.length,
    src: src.every((k, id) => k === id) && src.length === vocabulary.length ? [] : src,
    lowers: terms.lowers.map((l, id) => (l === vocabulary[src[id]].term.toLowerCase() ? null : l)),
    flags: [...terms.flags.subarray(0, terms.count)],
    exactStart: [...terms.exactStart.subarray(0, terms.count + 1)],
    exactRanges: terms.exactRanges,
    cased: Array.from({ length: terms.count }, (_, id) => terms.cased[id] ?? null),
    rarestAt,
  };
}

/** The table from its packed form, or undefined when the packed form does not fit the vocabulary. */
export function unpackTopicTable(p: PackedTopicTable, vocabulary: readonly TermSpec[] = TOPIC_TERMS): TopicTable | undefined {
  const count = p.lowers.length;
  const src = p.src.length === 0 ? undefined : p.src;
  if (p.format !== FORMAT || p.source !== vocabulary.length || (src ? src.length !== count : count !== vocabulary.length) || p.flags.length !== count || p.exactStart.length !== count + 1 || p.rarestAt.length !== count) return undefined;
  const values: TopicTerm[] = [];
  const lowers: string[] = [];
  const length = new Int32Array(count);
  const cased: string[] = [];
  for (let id = 0; id < count; id++) {
    const v = vocabulary[src ? src[id] : id];
    if (v === undefined) return undefined;
    values.push(v);
    const l = p.lowers[id] ?? v.term.toLowerCase();
    lowers.push(l);
    length[id] = l.length;
    const c = p.cased[id];
    if (typeof c === 'string') cased[id] = c;
  }
  const terms: Terms<TopicTerm> = {
    count,
    values,
    lowers,
    length,
    flags: Uint8Array.from(p.flags),
    exactStart: Int32Array.from(p.exactStart),
    exactRanges: p.exactRanges,
    cased,
  };
  const { gramStart, grams, short } = windowsOf(terms);
  const rarest = new Int32Array(count);
  for (let id = 0; id < count; id++) if (p.rarestAt[id] >= 0) rarest[id] = grams[gramStart[id] + p.rarestAt[id]];
  return { terms, gramStart, grams, rarest, short, keep: new Int32Array(count) };
}

let table: TopicTable | undefined;

/** The vocabulary's table, once per script: unpacked when the shipped form fits, else built. */
export function topicTable(): TopicTable {
  if (table) return table;
  let packed: TopicTable | undefined;
  try {
    packed = unpackTopicTable(JSON.parse(PACKED_TOPIC_TABLE) as PackedTopicTable);
  } catch {
    // Unreadable: built instead.
  }
  table = packed ?? buildTopicTable();
  return table;
}
