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
  const next = new Map<number, number>();
  const outs: Array<number[] | undefined> = [undefined];
  const patterns: Pattern<T>[] = [];
  let nodes = 1;
  for (let i = 0; i < entries.length; i++) {
    const e = entries[i];
    if (!e || typeof e.term !== 'string') continue;
    const { cased, lower } = foldKey(e.term);
    if (lower.length === 0 || lower.length > 300 || !/[\p{L}\p{N}]/u.test(lower)) continue;
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
      startsWithLetter: /^\p{L}/u.test(cased),
      endsWithLetter: /\p{L}$/u.test(cased),
    });
    let node = 0;
    for (let k = 0; k < lower.length; k++) {
      const key = node * 0x10000 + lower.charCodeAt(k);
      let to = next.get(key);
      if (to === undefined) {
        to = nodes++;
        next.set(key, to);
        outs.push(undefined);
      }
      node = to;
    }
    (outs[node] ??= []).push(id);
  }
  return linkFailures(next, outs, nodes, patterns);
}

function linkFailures<T>(next: Map<number, number>, out: Array<number[] | undefined>, nodes: number, patterns: Pattern<T>[]): Matcher<T> {
  const fail = new Int32Array(nodes);
  const dict = new Int32Array(nodes).fill(-1);
  // children per node, for the breadth-first walk
  const children: Array<Array<[number, number]> | undefined> = new Array(nodes);
  for (const [key, to] of next) {
    const from = Math.floor(key / 0x10000);
    (children[from] ??= []).push([key - from * 0x10000, to]);
  }
  const queue: number[] = [];
  for (const [, to] of children[0] ?? []) {
    fail[to] = 0;
    queue.push(to);
  }
  for (let qi = 0; qi < queue.length; qi++) {
    const u = queue[qi];
    for (const [code, v] of children[u] ?? []) {
      let f = fail[u];
      let t = next.get(f * 0x10000 + code);
      while (t === undefined && f !== 0) {
        f = fail[f];
        t = next.get(f * 0x10000 + code);
      }
      fail[v] = t !== undefined && t !== v ? t : 0;
      dict[v] = out[fail[v]] ? fail[v] : dict[fail[v]];
      queue.push(v);
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
  for (let k = 0; k < p.exact.length; k++) {
    const [a, b] = p.exact[k];
    if (cased.slice(s + a, s + b) !== p.cased.slice(a, b)) return false;
  }
  return leftOk(p, cased, s) && rightOk(p, cased, s, e);
}

function leftOk<T>(p: Pattern<T>, t: string, s: number): boolean {
  const prev = t[s - 1];
  if (s === 0 || !isWordChar(prev)) return true;
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
  const nx = t[e];
  if (e >= t.length || !isWordChar(nx)) return true;
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
