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

interface Pattern<T> {
  cased: string;
  /** The folded, lower-cased term: the path in the trie. */
  lower: string;
  length: number;
  value: T;
  prefix: boolean;
  /** [start, end) ranges of all-caps tokens (US, CIA, TTP) that must match with their case. */
  exact: Array<[number, number]>;
  caseSensitive: boolean;
  /** Capitalised names may be glued to a lower-case word ("Pakistanfrom"). */
  nameLike: boolean;
  startsWithLetter: boolean;
  endsWithLetter: boolean;
}

export interface Matcher<T> {
  /**
   * The trie's edges in an open-addressing hash table: slot -> parent node + 1
   * (0 = empty), the edge's char code and the child node.
   */
  edgeFrom: Int32Array;
  edgeCode: Uint16Array;
  edgeTo: Int32Array;
  /** Table size - 1 (a power of two minus one). */
  mask: number;
  /** Number of nodes (the root is 0). */
  nodes: number;
  fail: Int32Array;
  /** First pattern id ending at each node (own only) or -1; more in outNext, in insertion order. */
  outFirst: Int32Array;
  outNext: Int32Array;
  /** Nearest node on the fail chain with an output, or -1. */
  dict: Int32Array;
  patterns: Pattern<T>[];
}

export interface Hit<T> {
  /** [start, end) in folded text. */
  start: number;
  end: number;
  value: T;
}

/** Inflections that make a glued lower-case tail part of the same word. */
const INFLECTIONS = new Set(['i', 'is', 'is', 's', 'n', 'an', 'ans', 'ian', 'ians', 'ese', 'ism', 'isms', 'ist', 'ists', 'ite', 'ites', 'ity', 'ize', 'ise', 'ized', 'ised', 'ish', 'ic', 'ics', 'es', 'ed', 'ing', 'er', 'ers', 'a', 'as', 'o', 'e', 'y', 'ia', 'ns']);

/** isUpper / isLower of the code point at i (a whole surrogate pair when there is one). */
function caseAt(s: string, i: number): { cp: string; upper: boolean; lower: boolean } {
  const code = s.charCodeAt(i);
  if (code < 0x80) return { cp: s[i], upper: code >= 65 && code <= 90, lower: code >= 97 && code <= 122 };
  const cp = String.fromCodePoint(s.codePointAt(i)!);
  return { cp, upper: isUpper(cp), lower: isLower(cp) };
}

/**
 * Case rules: a token of two or more capitals and no lower-case letter
 * ("US", "U.S.", "CIA", "TTP") must match with its case, and so must a short
 * capitalised word ("Pak"); everything else matches in any case.
 */
function classify(term: string): { exact: Array<[number, number]>; nameLike: boolean } {
  const exact: Array<[number, number]> = [];
  let letters = 0;
  let lowers = 0;
  let spaced = false;
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
        if (code >= 65 && code <= 90) up++;
        else if (code >= 97 && code <= 122) low++;
        i++;
      } else {
        const c = caseAt(term, i);
        if (c.upper) up++;
        else if (c.lower) low++;
        i += c.cp.length;
      }
    }
    letters += up + low;
    lowers += low;
    if (up >= 2 && low === 0) exact.push([start, i]);
  }
  if (exact.length === 0 && letters <= 3 && isUpper(term[0]) && !spaced) exact.push([0, term.length]);
  const nameLike = isUpper(term[0]) && lowers > 0 && letters >= 5;
  return { exact, nameLike };
}

/** A dictionary term folded and classified once: what the automaton needs of it. */
function compile<T>(e: DictEntry<T> | undefined): Pattern<T> | undefined {
  if (!e || typeof e.term !== 'string') return undefined;
  const { cased, lower } = foldKey(e.term);
  if (lower.length === 0 || lower.length > 300 || !hasWordChar(cased)) return undefined;
  const cls = classify(cased);
  return {
    cased,
    lower,
    length: lower.length,
    value: e.value,
    prefix: !!e.prefix,
    exact: cls.exact,
    caseSensitive: cls.exact.length > 0,
    nameLike: cls.nameLike,
    startsWithLetter: isLetter(cased[0]),
    endsWithLetter: isLetter(cased[cased.length - 1]),
  };
}

/** Builds the automaton for a dictionary; empty or unfoldable terms are skipped. */
export function buildMatcher<T>(entries: ReadonlyArray<DictEntry<T>>): Matcher<T> {
  const patterns: Pattern<T>[] = [];
  let chars = 0;
  for (let i = 0; i < entries.length; i++) {
    const p = compile(entries[i]);
    if (!p) continue;
    patterns.push(p);
    chars += p.length;
  }
  const trie = new Trie(chars + 1);
  const outFirst = new Int32Array(chars + 1).fill(-1);
  const outLast = new Int32Array(chars + 1);
  const outNext = new Int32Array(patterns.length).fill(-1);
  for (let id = 0; id < patterns.length; id++) {
    const lower = patterns[id].lower;
    let node = 0;
    for (let k = 0; k < lower.length; k++) node = trie.child(node, lower.charCodeAt(k));
    if (outFirst[node] === -1) outFirst[node] = id;
    else outNext[outLast[node]] = id;
    outLast[node] = id;
  }
  return linkFailures(trie, outFirst, outNext, patterns);
}

const hasWordChar = (s: string) => {
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    if (code < 0x80) {
      if ((code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122)) return true;
    } else {
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

/** A trie whose edges live in a hash table and whose child lists are linked (for the BFS); all typed arrays. */
class Trie {
  firstChild: Int32Array;
  sibling: Int32Array;
  code: Uint16Array;
  size = 1;
  edgeFrom: Int32Array;
  edgeCode: Uint16Array;
  edgeTo: Int32Array;
  bits: number;
  mask: number;
  /** maxNodes bounds the node count (total pattern length + 1). */
  constructor(maxNodes: number) {
    this.firstChild = new Int32Array(maxNodes).fill(-1);
    this.sibling = new Int32Array(maxNodes);
    this.code = new Uint16Array(maxNodes);
    // at most half full: 2 * edges rounded up to a power of two
    let bits = 4;
    while (1 << bits < 2 * maxNodes) bits++;
    this.bits = bits;
    this.mask = (1 << bits) - 1;
    this.edgeFrom = new Int32Array(1 << bits);
    this.edgeCode = new Uint16Array(1 << bits);
    this.edgeTo = new Int32Array(1 << bits);
  }
  child(node: number, code: number): number {
    const { edgeFrom, edgeCode, mask } = this;
    let h = slotOf(node, code, 32 - this.bits);
    const key = node + 1;
    for (;;) {
      const f = edgeFrom[h];
      if (f === 0) break;
      if (f === key && edgeCode[h] === code) return this.edgeTo[h];
      h = (h + 1) & mask;
    }
    const id = this.size++;
    edgeFrom[h] = key;
    edgeCode[h] = code;
    this.edgeTo[h] = id;
    this.code[id] = code;
    this.sibling[id] = this.firstChild[node];
    this.firstChild[node] = id;
    return id;
  }
}

/** The child of `node` by `code`, or -1. */
function step<T>(m: Matcher<T>, node: number, code: number, shift: number): number {
  const { edgeFrom, edgeCode, mask } = m;
  const key = node + 1;
  for (let h = slotOf(node, code, shift); ; h = (h + 1) & mask) {
    const f = edgeFrom[h];
    if (f === 0) return -1;
    if (f === key && edgeCode[h] === code) return m.edgeTo[h];
  }
}

function linkFailures<T>(trie: Trie, outFirst: Int32Array, outNext: Int32Array, patterns: Pattern<T>[]): Matcher<T> {
  const nodes = trie.size;
  const { firstChild, sibling, code } = trie;
  const fail = new Int32Array(nodes);
  const dict = new Int32Array(nodes).fill(-1);
  const queue = new Int32Array(nodes);
  const m: Matcher<T> = {
    edgeFrom: trie.edgeFrom,
    edgeCode: trie.edgeCode,
    edgeTo: trie.edgeTo,
    mask: trie.mask,
    nodes,
    fail,
    outFirst: outFirst.subarray(0, nodes),
    outNext,
    dict,
    patterns,
  };
  const shift = 32 - trie.bits;
  let tail = 0;
  for (let c = firstChild[0]; c !== -1; c = sibling[c]) queue[tail++] = c;
  for (let head = 0; head < tail; head++) {
    const u = queue[head];
    for (let v = firstChild[u]; v !== -1; v = sibling[v]) {
      const c = code[v];
      let f = fail[u];
      let t = step(m, f, c, shift);
      while (t === -1 && f !== 0) {
        f = fail[f];
        t = step(m, f, c, shift);
      }
      const fv = t !== -1 && t !== v ? t : 0;
      fail[v] = fv;
      dict[v] = outFirst[fv] !== -1 ? fv : dict[fv];
      queue[tail++] = v;
    }
  }
  return m;
}

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
export function matchCodes<T>(m: Matcher<T>, lower: Uint16Array, cased: Uint16Array, n: number, hits: Hit<T>[]): void {
  const { edgeFrom, edgeCode, edgeTo, mask, fail, outFirst, outNext, dict, patterns } = m;
  let shift = 0;
  while (mask >>> shift !== 0) shift++;
  shift = 32 - shift;
  let node = 0;
  for (let i = 0; i < n; i++) {
    const code = lower[i];
    let t = -1;
    for (;;) {
      const key = node + 1;
      for (let h = slotOf(node, code, shift); ; h = (h + 1) & mask) {
        const from = edgeFrom[h];
        if (from === 0) break;
        if (from === key && edgeCode[h] === code) {
          t = edgeTo[h];
          break;
        }
      }
      if (t !== -1 || node === 0) break;
      node = fail[node];
    }
    node = t === -1 ? 0 : t;
    for (let o = outFirst[node] !== -1 ? node : dict[node]; o > 0; o = dict[o]) {
      for (let id = outFirst[o]; id !== -1; id = outNext[id]) {
        const p = patterns[id];
        const start = i + 1 - p.length;
        if (accept(p, cased, n, start, i + 1)) hits.push({ start, end: i + 1, value: p.value });
      }
    }
  }
}

function accept<T>(p: Pattern<T>, cased: Uint16Array, n: number, s: number, e: number): boolean {
  // fast reject: a lower-case match glued to a letter on the left ("because" for "us")
  if (s > 0) {
    const prev = cased[s - 1];
    const first = cased[s];
    if (prev >= 97 && prev <= 122 && !(first >= 65 && first <= 90)) return false;
  }
  const exact = p.exact;
  for (let k = 0; k < exact.length; k++) {
    const a = exact[k][0];
    const b = exact[k][1];
    for (let j = a; j < b; j++) if (cased[s + j] !== p.cased.charCodeAt(j)) return false;
  }
  return leftOk(p, cased, n, s) && rightOk(p, cased, n, s, e);
}

/** codeClass of the unit at i, 0 outside [0, n). */
const classAt = (t: Uint16Array, n: number, i: number) => (i >= 0 && i < n ? codeClass(t[i]) : 0);

function leftOk<T>(p: Pattern<T>, t: Uint16Array, n: number, s: number): boolean {
  if (s === 0) return true;
  const prevCode = t[s - 1];
  const prev = codeClass(prevCode);
  if (!(prev & WORD)) return true;
  const first = codeClass(t[s]);
  // camel join: "theUS", "KhyberPakhtunkhwa", "USChargé"
  if (first & UPPER && (p.caseSensitive || p.nameLike)) {
    if (prev & LOWER) return true;
    if (p.nameLike && prev & UPPER && classAt(t, n, s + 1) & LOWER) return true;
  }
  // number glued to a word: "699terrorist incidents"
  return p.startsWithLetter && p.length >= 3 && prevCode >= 48 && prevCode <= 57;
}

function rightOk<T>(p: Pattern<T>, t: Uint16Array, n: number, s: number, e: number): boolean {
  if (e >= n) return true;
  const nxCode = t[e];
  const nx = codeClass(nxCode);
  if (!(nx & WORD)) return true;
  if (p.prefix) return true;
  const last = codeClass(t[e - 1]);
  // camel join: "USChargé", "PakistanForeign"
  if (nx & UPPER && classAt(t, n, e + 1) & LOWER && (p.caseSensitive || p.nameLike)) return true;
  if (nx & UPPER && last & LOWER && p.nameLike) return true;
  // word glued to a number: "Pakistan2025"
  if (p.endsWithLetter && p.length >= 3 && nxCode >= 48 && nxCode <= 57) return true;
  // run-together words: "Pakistanfrom", but not "Pakistani" or "Americans"
  if (p.nameLike && nx & LOWER && codeClass(t[s]) & UPPER) {
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
