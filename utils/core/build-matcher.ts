/**
 * A multi-pattern matcher (Aho–Corasick over folded text): every term of a
 * dictionary is found in one linear pass, with word-boundary and case rules
 * checked at each hit. Plain TypeScript, no DOM.
 */
import { foldKey, isLower, isUpper, isWordChar, type FoldedText } from './normalise-text';

export interface DictEntry<T> {
  term: string;
  value: T;
  /** The term may be followed by more letters ("terror" matches "terrorism"). */
  prefix?: boolean;
}

interface Pattern<T> {
  cased: string;
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
  /** Transition table: node * 0x10000 + char code -> node. */
  next: Map<number, number>;
  fail: Int32Array;
  /** Pattern ids ending at each node (own only). */
  out: Array<number[] | undefined>;
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

/**
 * Case rules: a token of two or more capitals and no lower-case letter
 * ("US", "U.S.", "CIA", "TTP") must match with its case, and so must a short
 * capitalised word ("Pak"); everything else matches in any case.
 */
function classify(term: string): { exact: Array<[number, number]>; nameLike: boolean } {
  const exact: Array<[number, number]> = [];
  let letters = 0;
  let lowers = 0;
  const tokenRe = /[^ ]+/g;
  for (let m = tokenRe.exec(term); m; m = tokenRe.exec(term)) {
    let up = 0;
    let low = 0;
    for (const c of m[0]) {
      if (isUpper(c)) up++;
      else if (isLower(c)) low++;
    }
    letters += up + low;
    lowers += low;
    if (up >= 2 && low === 0) exact.push([m.index, m.index + m[0].length]);
  }
  if (exact.length === 0 && letters <= 3 && isUpper(term[0]) && !term.includes(' ')) exact.push([0, term.length]);
  const nameLike = isUpper(term[0]) && lowers > 0 && letters >= 5;
  return { exact, nameLike };
}

/** Builds the automaton for a dictionary; empty or unfoldable terms are skipped. */
export function buildMatcher<T>(entries: ReadonlyArray<DictEntry<T>>): Matcher<T> {
  const trie = new Trie();
  const out: Array<number[] | undefined> = [undefined];
  const patterns: Pattern<T>[] = [];
  for (let i = 0; i < entries.length; i++) {
    const e = entries[i];
    if (!e || typeof e.term !== 'string') continue;
    const { cased, lower } = foldKey(e.term);
    if (lower.length === 0 || lower.length > 300 || !hasWordChar(cased)) continue;
    const cls = classify(cased);
    const id = patterns.length;
    patterns.push({
      cased,
      length: lower.length,
      value: e.value,
      prefix: !!e.prefix,
      exact: cls.exact,
      caseSensitive: cls.exact.length > 0,
      nameLike: cls.nameLike,
      startsWithLetter: isLetter(cased[0]),
      endsWithLetter: isLetter(cased[cased.length - 1]),
    });
    let node = 0;
    for (let k = 0; k < lower.length; k++) node = trie.child(node, lower.charCodeAt(k));
    while (out.length < trie.size) out.push(undefined);
    (out[node] ??= []).push(id);
  }
  while (out.length < trie.size) out.push(undefined);
  return linkFailures(trie, out, patterns);
}

const hasWordChar = (s: string) => {
  for (const c of s) if (isWordChar(c)) return true;
  return false;
};
const isLetter = (c: string | undefined) => isWordChar(c) && !(c! >= '0' && c! <= '9');

/** A trie with child lists in typed arrays (cheap to build, cheap to walk). */
class Trie {
  next = new Map<number, number>();
  firstChild = new Int32Array(1024).fill(-1);
  sibling = new Int32Array(1024).fill(-1);
  code = new Int32Array(1024);
  size = 1;
  child(node: number, code: number): number {
    const key = node * 0x10000 + code;
    const hit = this.next.get(key);
    if (hit !== undefined) return hit;
    const id = this.size++;
    if (id >= this.code.length) this.grow();
    this.next.set(key, id);
    this.code[id] = code;
    this.sibling[id] = this.firstChild[node];
    this.firstChild[node] = id;
    return id;
  }
  private grow(): void {
    const n = this.code.length * 2;
    const f = new Int32Array(n).fill(-1);
    const s = new Int32Array(n).fill(-1);
    const c = new Int32Array(n);
    f.set(this.firstChild);
    s.set(this.sibling);
    c.set(this.code);
    this.firstChild = f;
    this.sibling = s;
    this.code = c;
  }
}

function linkFailures<T>(trie: Trie, out: Array<number[] | undefined>, patterns: Pattern<T>[]): Matcher<T> {
  const nodes = trie.size;
  const { next, firstChild, sibling, code } = trie;
  const fail = new Int32Array(nodes);
  const dict = new Int32Array(nodes).fill(-1);
  const queue = new Int32Array(nodes);
  let tail = 0;
  for (let c = firstChild[0]; c !== -1; c = sibling[c]) queue[tail++] = c;
  for (let head = 0; head < tail; head++) {
    const u = queue[head];
    for (let v = firstChild[u]; v !== -1; v = sibling[v]) {
      let f = fail[u];
      let t = next.get(f * 0x10000 + code[v]);
      while (t === undefined && f !== 0) {
        f = fail[f];
        t = next.get(f * 0x10000 + code[v]);
      }
      fail[v] = t !== undefined && t !== v ? t : 0;
      dict[v] = out[fail[v]] ? fail[v] : dict[fail[v]];
      queue[tail++] = v;
    }
  }
  return { next, fail, out, dict, patterns };
}

/** Every dictionary hit in folded text that passes the boundary and case rules. */
export function findMatches<T>(m: Matcher<T>, f: FoldedText): Hit<T>[] {
  const hits: Hit<T>[] = [];
  const text = f.lower;
  const { next, fail, out, dict } = m;
  let node = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    let t = next.get(node * 0x10000 + code);
    while (t === undefined && node !== 0) {
      node = fail[node];
      t = next.get(node * 0x10000 + code);
    }
    node = t ?? 0;
    for (let o = out[node] ? node : dict[node]; o > 0; o = dict[o]) {
      const ids = out[o];
      if (!ids) continue;
      for (let k = 0; k < ids.length; k++) {
        const p = m.patterns[ids[k]];
        const start = i + 1 - p.length;
        if (accept(p, f.cased, start, i + 1)) hits.push({ start, end: i + 1, value: p.value });
      }
    }
  }
  return hits;
}

function accept<T>(p: Pattern<T>, cased: string, s: number, e: number): boolean {
  // fast reject: a lower-case match glued to a letter on the left ("because" for "us")
  if (s > 0) {
    const prev = cased.charCodeAt(s - 1);
    const first = cased.charCodeAt(s);
    if (prev >= 97 && prev <= 122 && !(first >= 65 && first <= 90)) return false;
  }
  for (let k = 0; k < p.exact.length; k++) {
    const [a, b] = p.exact[k];
    for (let j = a; j < b; j++) if (cased.charCodeAt(s + j) !== p.cased.charCodeAt(j)) return false;
  }
  return leftOk(p, cased, s) && rightOk(p, cased, s, e);
}

function leftOk<T>(p: Pattern<T>, t: string, s: number): boolean {
  if (s === 0) return true;
  const prev = t[s - 1];
  if (!isWordChar(prev)) return true;
  const first = t[s];
  // camel join: "theUS", "KhyberPakhtunkhwa", "USChargé"
  if (isUpper(first) && (p.caseSensitive || p.nameLike)) {
    if (isLower(prev)) return true;
    if (p.nameLike && isUpper(prev) && isLower(t[s + 1])) return true;
  }
  // number glued to a word: "699terrorist incidents"
  return p.startsWithLetter && p.length >= 3 && prev >= '0' && prev <= '9';
}

function rightOk<T>(p: Pattern<T>, t: string, s: number, e: number): boolean {
  if (e >= t.length) return true;
  const nx = t[e];
  if (!isWordChar(nx)) return true;
  if (p.prefix) return true;
  const last = t[e - 1];
  // camel join: "USChargé", "PakistanForeign"
  if (isUpper(nx) && isLower(t[e + 1]) && (p.caseSensitive || p.nameLike)) return true;
  if (isUpper(nx) && isLower(last) && p.nameLike) return true;
  // word glued to a number: "Pakistan2025"
  if (p.endsWithLetter && p.length >= 3 && nx >= '0' && nx <= '9') return true;
  // run-together words: "Pakistanfrom", but not "Pakistani" or "Americans"
  if (p.nameLike && isLower(nx) && isUpper(t[s])) {
    let k = e;
    while (k < t.length && isLower(t[k])) k++;
    if (k < t.length && isWordChar(t[k])) return false;
    const tail = t.slice(e, k);
    return tail.length >= 3 && !INFLECTIONS.has(tail);
  }
  return false;
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
