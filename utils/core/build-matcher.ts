/**
 * A multi-pattern matcher (Aho–Corasick over folded text): every term of a
 * dictionary is found in one linear pass, with word-boundary and case rules
 * checked at each hit. Plain TypeScript, no DOM.
 */
import { codeClass, foldKey, isLower, isUpper, isWordChar, LOWER, UPPER, WORD, type FoldedText } from './normalise-text';

export interface DictEntry<T> {
  term: string;
  value: T;
  /** The term may be followed by more letters ("terror" matches "terrorism"). */
  prefix?: boolean;
}

/** Pattern flags (Matcher.flags). */
const PREFIX = 1;
/** Has all-caps tokens (US, CIA, TTP) that must match with their case. */
const CASED = 2;
/** Capitalised names may be glued to a lower-case word ("Pakistanfrom"). */
const NAME_LIKE = 4;
const STARTS_WITH_LETTER = 8;
const ENDS_WITH_LETTER = 16;
/** The last word starts with a capital ("Pakistan", "Tehreek-e-Taliban Pakistan"; not "Pakistani man"): a name that may run into the next word. */
const ENDS_WITH_NAME = 32;

export interface Matcher<T> {
  /** Number of patterns (the terms kept); pattern ids are 0..count-1, in dictionary order. */
  count: number;
  values: T[];
  /** Folded length of each pattern. */
  length: Int32Array;
  flags: Uint8Array;
  /**
   * Case-sensitive patterns: [exactStart[id], exactStart[id + 1]) indexes
   * exactRanges, pairs of [start, end) offsets of the all-caps tokens that must
   * match with their case, as spelt in cased[id].
   */
  exactStart: Int32Array;
  exactRanges: number[];
  cased: string[];
  /**
   * The trie's edges. Most nodes sit on a chain: node + 1 is their child by
   * chainCode[node] (0 = none); other edges are in an open-addressing hash
   * table: slot -> parent node + 1 (0 = empty), char code, child node.
   */
  chainCode: Uint16Array;
  edgeFrom: Int32Array;
  edgeCode: Uint16Array;
  edgeTo: Int32Array;
  /** Table size - 1 (a power of two minus one), and 32 - log2(size). */
  mask: number;
  shift: number;
  /** 1 for nodes with edges in the hash table (others have their chain child only). */
  hashed: Uint8Array;
  /** The root's child by each ASCII code, or -1. */
  rootNext: Int32Array;
  /** Number of nodes (the root is 0); each node's parent and the char code of the edge into it. */
  nodes: number;
  parent: Int32Array;
  nodeCode: Uint16Array;
  /**
   * Failure links and output links, computed lazily (a node at a time, when a
   * scan first reaches it): building stays one pass over the terms. A node is
   * resolved when dict[node] !== UNRESOLVED; then so is every node on its
   * fail and dict chains.
   */
  fail: Int32Array;
  /** Nearest node on the fail chain with an output, or -1. */
  dict: Int32Array;
  /** First pattern id ending at each node (own only) or -1; more in outNext, in insertion order. */
  outFirst: Int32Array;
  outNext: Int32Array;
  /** The complete transition table, when built (withDfa). */
  dfa?: Dfa;
}

/**
 * A deterministic automaton over the trie: every node's next node for every
 * class of code unit, failure links folded in, so matching is one table
 * lookup per unit.
 */
export interface Dfa {
  /** Class of each UTF-16 code unit up to the largest in a term: 0 for units in no term (and all the larger ones). */
  classOf: Uint8Array;
  classes: number;
  /** next[node * classes + class]. */
  next: Int32Array;
  /** The first node with outputs on each node's output chain (itself included), or -1. */
  firstOut: Int32Array;
}

const UNRESOLVED = -2;

export interface Hit<T> {
  /** [start, end) in folded text. */
  start: number;
  end: number;
  value: T;
}

/** Inflections that make a glued lower-case tail part of the same word. */
const INFLECTIONS = new Set(['i', 'is', 'is', 's', 'n', 'an', 'ans', 'ian', 'ians', 'ese', 'ism', 'isms', 'ist', 'ists', 'ite', 'ites', 'ity', 'ize', 'ise', 'ized', 'ised', 'ish', 'ic', 'ics', 'es', 'ed', 'ing', 'er', 'ers', 'a', 'as', 'o', 'e', 'y', 'ia', 'ns']);

/** UPPER / LOWER bits of the code point at i (a whole surrogate pair when there is one). */
function caseAt(s: string, i: number): number {
  const code = s.charCodeAt(i);
  if (code < 0xd800 || code > 0xdfff) return codeClass(code);
  const cp = String.fromCodePoint(s.codePointAt(i)!);
  return (isUpper(cp) ? UPPER : 0) | (isLower(cp) ? LOWER : 0);
}

/** Code units of the code point at i. */
const unitsAt = (s: string, i: number) => {
  const code = s.charCodeAt(i);
  return code >= 0xd800 && code <= 0xdbff && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
};

/**
 * Case rules: a token of two or more capitals and no lower-case letter
 * ("US", "U.S.", "CIA", "TTP") must match with its case, and so must a short
 * capitalised word ("Pak"); everything else matches in any case. Appends the
 * exact ranges to `ranges` and returns the NAME_LIKE flag.
 */
function classify(term: string, ranges: number[]): number {
  let letters = 0;
  let lowers = 0;
  let spaced = false;
  let found = false;
  const n = term.length;
  for (let i = 0; i < n; ) {
    if (term.charCodeAt(i) === 32) {
      spaced = true;
      i++;
      continue;
    }
    const start = i;
    let up = 0;
    let low = 0;
    while (i < n) {
      const code = term.charCodeAt(i);
      if (code === 32) break;
      if (code < 0x80) {
        if (code >= 97 && code <= 122) low++;
        else if (code >= 65 && code <= 90) up++;
        i++;
        continue;
      }
      const c = caseAt(term, i);
      if (c & UPPER) up++;
      else if (c & LOWER) low++;
      i += unitsAt(term, i);
    }
    letters += up + low;
    lowers += low;
    if (up >= 2 && low === 0) {
      ranges.push(start, i);
      found = true;
    }
  }
  if (!found && letters <= 3 && isUpper(term[0]) && !spaced) ranges.push(0, term.length);
  return isUpper(term[0]) && lowers > 0 && letters >= 5 ? NAME_LIKE : 0;
}

/**
 * Working memory for building, reused from one build to the next (fresh
 * typed arrays cost more to allocate and fault in than the build itself);
 * kept only up to a modest size.
 */
const SCRATCH_KEEP = 1 << 18;
let scratchNodes = 0;
let sParent = new Int32Array(0);
let sNodeCode = new Uint16Array(0);
let sChain = new Uint16Array(0);
let sOutFirst = new Int32Array(0);
let sOutLast = new Int32Array(0);

function scratchFor(maxNodes: number): void {
  if (scratchNodes >= maxNodes) return;
  const n = Math.max(maxNodes, Math.min(2 * scratchNodes, SCRATCH_KEEP));
  sParent = new Int32Array(n);
  sNodeCode = new Uint16Array(n);
  sChain = new Uint16Array(n);
  sOutFirst = new Int32Array(n);
  sOutLast = new Int32Array(n);
  scratchNodes = n;
}

function releaseScratch(): void {
  if (scratchNodes <= SCRATCH_KEEP) return;
  sParent = sOutFirst = sOutLast = new Int32Array(0);
  sNodeCode = sChain = new Uint16Array(0);
  scratchNodes = 0;
}

/**
 * A dictionary's terms, folded and classified, in flat arrays (no object per
 * term): what building a trie needs, so a fixed dictionary is prepared once
 * and tries are built from any selection of it.
 */
export interface Terms<T> {
  count: number;
  values: T[];
  /** Folded, lower-cased form of each term. */
  lowers: string[];
  length: Int32Array;
  flags: Uint8Array;
  exactStart: Int32Array;
  exactRanges: number[];
  cased: string[];
}

/** Folds and classifies a dictionary's terms; empty or unfoldable terms are skipped. */
export function prepareTerms<T>(entries: ReadonlyArray<DictEntry<T>>): Terms<T> {
  const max = entries.length;
  const values: T[] = [];
  const lowers: string[] = [];
  const length = new Int32Array(max);
  const flags = new Uint8Array(max);
  const exactStart = new Int32Array(max + 1);
  const exactRanges: number[] = [];
  const casedOf: string[] = [];
  let count = 0;
  for (let i = 0; i < max; i++) {
    const e = entries[i];
    if (!e || typeof e.term !== 'string') continue;
    const { cased, lower } = foldKey(e.term);
    if (lower.length === 0 || lower.length > 300 || !hasWordChar(cased)) continue;
    const id = count++;
    exactStart[id] = exactRanges.length;
    let f = classify(cased, exactRanges);
    if (exactRanges.length > exactStart[id]) {
      f |= CASED;
      casedOf[id] = cased;
    }
    if (e.prefix) f |= PREFIX;
    if (isLetter(cased[0])) f |= STARTS_WITH_LETTER;
    if (isLetter(cased[cased.length - 1])) f |= ENDS_WITH_LETTER;
    if (isUpper(cased.charAt(cased.lastIndexOf(' ') + 1))) f |= ENDS_WITH_NAME;
    flags[id] = f;
    length[id] = lower.length;
    values.push(e.value);
    lowers.push(lower);
  }
  exactStart[count] = exactRanges.length;
  return { count, values, lowers, length, flags, exactStart, exactRanges, cased: casedOf };
}

/**
 * The folded form term id matches with its case over its whole length
 * ("TTP", "US", "T20": a hit is that form in the text's folded cased
 * units), or undefined when some of it matches in any case.
 */
export function wholeCased<T>(t: Terms<T>, id: number): string | undefined {
  const s = t.exactStart[id];
  if (!(t.flags[id] & CASED) || t.exactStart[id + 1] - s !== 2 || t.exactRanges[s] !== 0 || t.exactRanges[s + 1] !== t.length[id]) return undefined;
  return t.cased[id];
}

/**
 * Builds the automaton for a dictionary; empty or unfoldable terms are
 * skipped. One pass over the terms: the trie only (failure links come lazily,
 * see Matcher.fail).
 */
export function buildMatcher<T>(entries: ReadonlyArray<DictEntry<T>>): Matcher<T> {
  return buildFrom([prepareTerms(entries)]);
}

/**
 * The automaton for prepared terms: each part's terms, or only those whose
 * ids are listed (in increasing order), the parts one after the other;
 * pattern ids follow that order.
 */
export function buildFrom<T>(parts: ReadonlyArray<Terms<T>>, picks: ReadonlyArray<ArrayLike<number> | undefined> = []): Matcher<T> {
  let max = 0;
  for (let p = 0; p < parts.length; p++) max += picks[p]?.length ?? parts[p].count;
  const values: T[] = [];
  const lowers: string[] = [];
  const length = new Int32Array(max);
  const flags = new Uint8Array(max);
  const exactStart = new Int32Array(max + 1);
  const exactRanges: number[] = [];
  const casedOf: string[] = [];
  let count = 0;
  let chars = 0;
  for (let p = 0; p < parts.length; p++) {
    const t = parts[p];
    const pick = picks[p];
    const n = pick ? pick.length : t.count;
    for (let j = 0; j < n; j++) {
      const k = pick ? pick[j] : j;
      const id = count++;
      exactStart[id] = exactRanges.length;
      for (let r = t.exactStart[k]; r < t.exactStart[k + 1]; r++) exactRanges.push(t.exactRanges[r]);
      if (t.cased[k] !== undefined) casedOf[id] = t.cased[k];
      flags[id] = t.flags[k];
      length[id] = t.length[k];
      values.push(t.values[k]);
      lowers.push(t.lowers[k]);
      chars += t.length[k];
    }
  }
  exactStart[count] = exactRanges.length;
  // At most chars + 1 nodes. A node made right after its parent is the parent's
  // chain child (node + 1), so each pattern adds at most one edge to the hash
  // table (where it leaves the existing trie): a table for 2 * patterns slots.
  scratchFor(chars + 1);
  let bits = 4;
  while (1 << bits < 2 * count) bits++;
  const mask = (1 << bits) - 1;
  const shift = 32 - bits;
  const edgeFrom = new Int32Array(mask + 1);
  const edgeCode = new Uint16Array(mask + 1);
  const edgeTo = new Int32Array(mask + 1);
  const chain = sChain;
  const parent = sParent;
  const nodeCode = sNodeCode;
  const outFirst = sOutFirst;
  const outLast = sOutLast;
  const outNext = new Int32Array(count).fill(-1);
  outFirst[0] = -1;
  chain[0] = 0;
  let size = 1;
  for (let id = 0; id < count; id++) {
    const lower = lowers[id];
    let node = 0;
    let k = 0;
    // follow the existing trie
    for (; k < lower.length; k++) {
      const code = lower.charCodeAt(k);
      if (chain[node] === code) {
        node++;
        continue;
      }
      const key = node + 1;
      let child = -1;
      for (let h = slotOf(node, code, shift); ; h = (h + 1) & mask) {
        const f = edgeFrom[h];
        if (f === 0) break;
        if (f === key && edgeCode[h] === code) {
          child = edgeTo[h];
          break;
        }
      }
      if (child === -1) break;
      node = child;
    }
    // then grow it: new nodes, each the chain child of the one before
    for (; k < lower.length; k++) {
      const code = lower.charCodeAt(k);
      const child = size++;
      if (child === node + 1 && chain[node] === 0) chain[node] = code;
      else {
        let h = slotOf(node, code, shift);
        while (edgeFrom[h] !== 0) h = (h + 1) & mask;
        edgeFrom[h] = node + 1;
        edgeCode[h] = code;
        edgeTo[h] = child;
      }
      parent[child] = node;
      nodeCode[child] = code;
      chain[child] = 0;
      outFirst[child] = -1;
      node = child;
    }
    if (outFirst[node] === -1) outFirst[node] = id;
    else outNext[outLast[node]] = id;
    outLast[node] = id;
  }
  const nodes = size;
  const hashed = new Uint8Array(nodes);
  const rootNext = new Int32Array(128).fill(-1);
  if (chain[0] !== 0 && chain[0] < 128) rootNext[chain[0]] = 1;
  for (let h = 0; h <= mask; h++) {
    const from = edgeFrom[h];
    if (from === 0) continue;
    hashed[from - 1] = 1;
    if (from === 1 && edgeCode[h] < 128) rootNext[edgeCode[h]] = edgeTo[h];
  }
  const dict = new Int32Array(nodes).fill(UNRESOLVED);
  dict[0] = -1;
  const m: Matcher<T> = {
    count,
    values,
    length: length.subarray(0, count),
    flags: flags.subarray(0, count),
    exactStart: exactStart.subarray(0, count + 1),
    exactRanges,
    cased: casedOf,
    chainCode: chain.slice(0, nodes),
    edgeFrom,
    edgeCode,
    edgeTo,
    mask,
    shift,
    hashed,
    rootNext,
    nodes,
    parent: parent.slice(0, nodes),
    nodeCode: nodeCode.slice(0, nodes),
    fail: new Int32Array(nodes),
    dict,
    outFirst: outFirst.slice(0, nodes),
    outNext,
  };
  releaseScratch();
  return m;
}

/** The child of `node` by `code`, or -1. */
function goTo<T>(m: Matcher<T>, node: number, code: number): number {
  if (m.chainCode[node] === code) return node + 1;
  const { edgeFrom, edgeCode, mask } = m;
  const key = node + 1;
  for (let h = slotOf(node, code, m.shift); ; h = (h + 1) & mask) {
    const f = edgeFrom[h];
    if (f === 0) return -1;
    if (f === key && edgeCode[h] === code) return m.edgeTo[h];
  }
}

let pending = new Int32Array(512);

/**
 * Computes fail[] and dict[] of node v and of the shallower nodes they rest on
 * (the classic breadth-first rule, one node at a time): fail[v] is goto(f, c)
 * for the first f on the fail chain of v's parent that has a child by v's char
 * c, else the root. Iterative: every node waiting on the stack is deeper than
 * the ones above it, so the stack stays within the longest term.
 */
function resolve<T>(m: Matcher<T>, v: number): void {
  const { fail, dict, parent, nodeCode, outFirst } = m;
  let sp = 0;
  pending[sp++] = v;
  outer: while (sp > 0) {
    const x = pending[sp - 1];
    if (dict[x] !== UNRESOLVED) {
      sp--;
      continue;
    }
    if (sp + 2 >= pending.length) {
      const p2 = new Int32Array(pending.length * 2);
      p2.set(pending);
      pending = p2;
    }
    const p = parent[x];
    let fv = 0;
    if (p !== 0) {
      if (dict[p] === UNRESOLVED) {
        pending[sp++] = p;
        continue;
      }
      const c = nodeCode[x];
      let f = fail[p];
      let t = goTo(m, f, c);
      while (t === -1 && f !== 0) {
        if (dict[f] === UNRESOLVED) {
          pending[sp++] = f;
          continue outer;
        }
        f = fail[f];
        t = goTo(m, f, c);
      }
      fv = t !== -1 && t !== x ? t : 0;
      if (dict[fv] === UNRESOLVED) {
        pending[sp++] = fv;
        continue;
      }
    }
    fail[x] = fv;
    dict[x] = outFirst[fv] !== -1 ? fv : dict[fv];
    sp--;
  }
}

const hasWordChar = (s: string) => {
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    if (code < 0x80) {
      if ((code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122)) return true;
    } else {
      if (code < 0xd800 || code > 0xdfff) {
        if (codeClass(code) & WORD) return true;
        continue;
      }
      const cp = String.fromCodePoint(s.codePointAt(i)!);
      if (isWordChar(cp)) return true;
      i += cp.length - 1;
    }
  }
  return false;
};
const isLetter = (c: string | undefined) => isWordChar(c) && !(c! >= '0' && c! <= '9');

/** Fibonacci hashing of an edge (node, char code) into a table of 2^bits slots. */
const slotOf = (node: number, code: number, shift: number) => (Math.imul(node ^ Math.imul(code, 0x2c1b3c6d), 0x9e3779b1) >>> shift);

/** Every dictionary hit in folded text that passes the boundary and case rules. */
export function findMatches<T>(m: Matcher<T>, f: FoldedText): Hit<T>[] {
  const n = f.lower.length;
  const lower = new Uint16Array(n);
  const cased = new Uint16Array(n);
  for (let i = 0; i < n; i++) {
    lower[i] = f.lower.charCodeAt(i);
    cased[i] = f.cased.charCodeAt(i);
  }
  const hits: Hit<T>[] = [];
  matchCodes(m, lower, cased, n, hits);
  return hits;
}

/**
 * findMatches on folded code units (foldCodes): appends the hits to `hits`
 * in the order they end.
 */
export function matchCodes<T>(m: Matcher<T>, lower: Uint16Array, cased: Uint16Array, n: number, hits: Hit<T>[], split = Infinity, rest: Hit<T>[] = hits): void {
  if (m.dfa) return matchDfa(m, m.dfa, lower, cased, n, hits, split, rest);
  const { chainCode, edgeFrom, edgeCode, edgeTo, mask, shift, hashed, rootNext, fail, outFirst, outNext, dict, length } = m;
  const rootHashed = hashed[0] === 1;
  let node = 0; // always resolved (see Matcher.fail)
  for (let i = 0; i < n; i++) {
    const code = lower[i];
    let t = -1;
    for (;;) {
      if (chainCode[node] === code) {
        t = node + 1;
        break;
      }
      if (node === 0 && code < 128) {
        t = rootNext[code];
        break;
      }
      if (node === 0 ? rootHashed : hashed[node] === 1) {
        const key = node + 1;
        // slotOf, inline
        for (let h = Math.imul(node ^ Math.imul(code, 0x2c1b3c6d), 0x9e3779b1) >>> shift; ; h = (h + 1) & mask) {
          const from = edgeFrom[h];
          if (from === 0) break;
          if (from === key && edgeCode[h] === code) {
            t = edgeTo[h];
            break;
          }
        }
      }
      if (t !== -1 || node === 0) break;
      node = fail[node];
    }
    node = t === -1 ? 0 : t;
    if (dict[node] === UNRESOLVED) resolve(m, node);
    for (let o = outFirst[node] !== -1 ? node : dict[node]; o > 0; o = dict[o]) {
      for (let id = outFirst[o]; id !== -1; id = outNext[id]) {
        const start = i + 1 - length[id];
        if (accept(m, id, cased, n, start, i + 1)) (id < split ? hits : rest).push({ start, end: i + 1, value: m.values[id] });
      }
    }
  }
}

function matchDfa<T>(m: Matcher<T>, dfa: Dfa, lower: Uint16Array, cased: Uint16Array, n: number, hits: Hit<T>[], split: number, rest: Hit<T>[]): void {
  const { classOf, classes, next, firstOut } = dfa;
  const { outFirst, outNext, dict, length } = m;
  const units = classOf.length;
  let node = 0;
  for (let i = 0; i < n; i++) {
    const u = lower[i];
    node = next[node * classes + (u < units ? classOf[u] : 0)];
    for (let o = firstOut[node]; o > 0; o = dict[o]) {
      for (let id = outFirst[o]; id !== -1; id = outNext[id]) {
        const start = i + 1 - length[id];
        if (accept(m, id, cased, n, start, i + 1)) (id < split ? hits : rest).push({ start, end: i + 1, value: m.values[id] });
      }
    }
  }
}

/**
 * Builds m.dfa (and resolves every failure and output link, breadth first)
 * when the table stays within maxCells entries and the terms use at most 255
 * distinct code units; returns whether it did. Cheap for the small automata
 * built per text.
 */
export function withDfa<T>(m: Matcher<T>, maxCells = 1 << 21): boolean {
  if (m.dfa) return true;
  const { nodes, parent, nodeCode, fail, dict, outFirst } = m;
  let largest = 0;
  for (let v = 1; v < nodes; v++) if (nodeCode[v] > largest) largest = nodeCode[v];
  const classOf = new Uint8Array(largest + 1);
  let classes = 1;
  for (let v = 1; v < nodes; v++) {
    const code = nodeCode[v];
    if (classOf[code] === 0) {
      if (classes === 256) return false;
      classOf[code] = classes++;
    }
  }
  if (nodes * classes > maxCells) return false;
  // children lists from the parent links, then the nodes in breadth-first order
  const firstChild = new Int32Array(nodes).fill(-1);
  const sibling = new Int32Array(nodes);
  for (let v = nodes - 1; v >= 1; v--) {
    sibling[v] = firstChild[parent[v]];
    firstChild[parent[v]] = v;
  }
  const next = new Int32Array(nodes * classes);
  const firstOut = new Int32Array(nodes);
  const queue = new Int32Array(nodes);
  let head = 0;
  let tail = 1;
  queue[0] = 0;
  fail[0] = 0;
  dict[0] = -1;
  firstOut[0] = -1;
  while (head < tail) {
    const u = queue[head++];
    const row = u * classes;
    if (u !== 0) next.copyWithin(row, fail[u] * classes, fail[u] * classes + classes);
    for (let v = firstChild[u]; v !== -1; v = sibling[v]) {
      const c = classOf[nodeCode[v]];
      const f = u === 0 ? 0 : next[fail[u] * classes + c];
      fail[v] = f;
      dict[v] = outFirst[f] !== -1 ? f : dict[f];
      firstOut[v] = outFirst[v] !== -1 ? v : dict[v];
      next[row + c] = v;
      queue[tail++] = v;
    }
  }
  m.dfa = { classOf, classes, next, firstOut };
  return true;
}

function accept<T>(m: Matcher<T>, id: number, cased: Uint16Array, n: number, s: number, e: number): boolean {
  // fast reject: a lower-case match glued to a letter on the left ("because" for "us")
  if (s > 0) {
    const prev = cased[s - 1];
    const first = cased[s];
    if (prev >= 97 && prev <= 122 && !(first >= 65 && first <= 90)) return false;
  }
  const f = m.flags[id];
  if (f & CASED) {
    const term = m.cased[id];
    const ranges = m.exactRanges;
    for (let k = m.exactStart[id]; k < m.exactStart[id + 1]; k += 2) {
      for (let j = ranges[k]; j < ranges[k + 1]; j++) if (cased[s + j] !== term.charCodeAt(j)) return false;
    }
  }
  return leftOk(f, m.length[id], cased, n, s) && rightOk(f, m.length[id], cased, n, s, e);
}

/** codeClass of the unit at i, 0 outside [0, n). */
const classAt = (t: Uint16Array, n: number, i: number) => (i >= 0 && i < n ? codeClass(t[i]) : 0);

function leftOk(f: number, length: number, t: Uint16Array, n: number, s: number): boolean {
  if (s === 0) return true;
  const prevCode = t[s - 1];
  const prev = codeClass(prevCode);
  if (!(prev & WORD)) return true;
  const first = codeClass(t[s]);
  // camel join: "theUS", "KhyberPakhtunkhwa", "USChargé"
  if (first & UPPER && f & (CASED | NAME_LIKE)) {
    if (prev & LOWER) return true;
    if (f & NAME_LIKE && prev & UPPER && classAt(t, n, s + 1) & LOWER) return true;
  }
  // number glued to a word: "699terrorist incidents"
  return (f & STARTS_WITH_LETTER) !== 0 && length >= 3 && prevCode >= 48 && prevCode <= 57;
}

function rightOk(f: number, length: number, t: Uint16Array, n: number, s: number, e: number): boolean {
  if (e >= n) return true;
  const nxCode = t[e];
  const nx = codeClass(nxCode);
  if (!(nx & WORD)) return true;
  if (f & PREFIX) return true;
  const last = codeClass(t[e - 1]);
  // camel join: "USChargé", "PakistanForeign"
  if (nx & UPPER && classAt(t, n, e + 1) & LOWER && f & (CASED | NAME_LIKE)) return true;
  if (nx & UPPER && last & LOWER && f & NAME_LIKE) return true;
  // word glued to a number: "Pakistan2025"
  if (f & ENDS_WITH_LETTER && length >= 3 && nxCode >= 48 && nxCode <= 57) return true;
  // run-together words: "Pakistanfrom", but not "Pakistani" or "Americans", nor "Pakistani man" in "Pakistani manpower"
  if (f & NAME_LIKE && f & ENDS_WITH_NAME && nx & LOWER && codeClass(t[s]) & UPPER) {
    let k = e;
    while (k < n && codeClass(t[k]) & LOWER) k++;
    if (k < n && codeClass(t[k]) & WORD) return false;
    if (k - e < 3) return false;
    let tail = '';
    for (let j = e; j < k; j++) tail += String.fromCharCode(t[j]);
    return !INFLECTIONS.has(tail);
  }
  return false;
}

const byStartThenLongest = <T>(a: Hit<T>, b: Hit<T>) => a.start - b.start || b.end - a.end;

/** longestHits for hits that all belong to one group; sorts `hits` in place. */
export function longestHitsOfOneGroup<T>(hits: Hit<T>[]): Hit<T>[] {
  hits.sort(byStartThenLongest);
  const kept: Hit<T>[] = [];
  let reachStart = -1;
  let reachEnd = -1;
  for (let i = 0; i < hits.length; i++) {
    const h = hits[i];
    const same = reachStart === h.start && reachEnd === h.end;
    if (reachEnd !== -1 && h.end <= reachEnd && !same) continue;
    if (!same) {
      reachStart = h.start;
      reachEnd = h.end;
    }
    kept.push(h);
  }
  return kept;
}

/**
 * Keeps the longest hits: a hit lying wholly inside a longer hit of the same
 * group is dropped ("Pakistan" inside "Tehreek-e-Taliban Pakistan").
 */
export function longestHits<T>(hits: Hit<T>[], group: (v: T) => string): Hit<T>[] {
  const sorted = hits.slice().sort((a, b) => a.start - b.start || b.end - a.end);
  const reach = new Map<string, [number, number]>();
  const kept: Hit<T>[] = [];
  for (const h of sorted) {
    const g = group(h.value);
    const r = reach.get(g);
    const same = r !== undefined && r[0] === h.start && r[1] === h.end;
    if (r !== undefined && h.end <= r[1] && !same) continue;
    if (!same) reach.set(g, [h.start, h.end]);
    kept.push(h);
  }
  return kept;
}
