/**
 * The alias dictionary in a compact form: the aliases' text in one string,
 * and an index from a 4-unit window of each folded form (or, for acronyms,
 * the whole form) to the aliases, so finding the aliases a page may name
 * costs in proportion to the page's text and those aliases, not to the
 * dictionary. Built once per dataset (the background keeps it). Strings and
 * numbers only, so it survives any messaging or storage: Chrome's extension
 * messaging serialises with JSON (typed arrays would not survive it),
 * Firefox's with structured clone, and both carry a few long strings
 * cheaply. The index is unpacked into typed arrays on first use and kept
 * with the dictionary object.
 */
import type { AliasEntry, NamedKind, Side } from './analysis';
import { prepareTerms, wholeCased } from './build-matcher';
import { joinedName } from './joined-name';
import { foldKey } from './normalise-text';
import { gramHash, mayOccur, shortFormHash, type Grams } from './text-grams';

const FORMAT = 'backstory-aliases/3';

/**
 * Integer arrays are packed into strings, two units per value (below 2^30),
 * 15 bits each, stored as U+0800 + the bits: no control character, quote,
 * backslash or surrogate, so JSON carries each unit as itself.
 */
export interface CompiledAliases {
  format: typeof FORMAT;
  /** Number of aliases; alias i is the i-th valid entry of the list compiled. */
  count: number;
  /** Each alias followed by its record's id, one after the other. */
  text: string;
  /** Packed, two values per alias: where its alias and its id end in text (each alias starts where the previous id ends). */
  ends: string;
  /** Packed: each alias's kind, an index into kindNames. */
  kinds: string;
  kindNames: string[];
  /** The side of each record that has one (AliasEntry.side), keyed by kind, NUL and id. */
  sides?: Record<string, Side>;
  /**
   * The index. Each form the matcher gets from an alias (the alias folded,
   * and its joined form folded, see joinedName) has a key and two checks:
   * of the form's 4-unit windows, the one that occurs least often in the
   * dictionary's forms and the next two (repeated when the form has fewer),
   * each as gramHash(...) >>> 2. keys (packed) lists the distinct keys, in
   * the order of their slots; key k's forms are the triples (alias, check,
   * check) from member memberStarts[k] to memberStarts[k + 1] - 1 in members
   * (packed, three values each), in dictionary order.
   */
  keyCount: number;
  keys: string;
  memberStarts: string;
  members: string;
  /** Open addressing over the keys: 2^slotBits slots (packed), each a key index + 1 or 0 when empty; a key's first slot is its top slotBits bits. */
  slotBits: number;
  slots: string;
  /** Packed pairs: an alias with a form of two or three units that matches with its case, and that form's hash (shortFormHash) >>> 2. */
  short: string;
  /** Packed: aliases with any other form shorter than a window, candidates on every text. */
  always: string;
}

const BASE = 0x800;
/** BASE in both units of a value. */
const BASES = (BASE << 15) | BASE;

/** Value i of a packed string (garbage, never an exception, past its end). */
const at = (s: string, i: number) => ((s.charCodeAt(2 * i) << 15) + s.charCodeAt(2 * i + 1) - BASES) | 0;

function pack(values: ArrayLike<number>, n = values.length): string {
  const units = new Uint16Array(2 * n);
  for (let i = 0; i < n; i++) {
    const v = values[i];
    units[2 * i] = BASE + ((v >>> 15) & 0x7fff);
    units[2 * i + 1] = BASE + (v & 0x7fff);
  }
  let out = '';
  for (let i = 0; i < units.length; i += 8192) out += String.fromCharCode.apply(null, units.subarray(i, i + 8192) as unknown as number[]);
  return out;
}

/** The key of the window ending at unit k of a folded form. */
const windowKey = (s: string, k: number) => gramHash(s.charCodeAt(k - 3), s.charCodeAt(k - 2), s.charCodeAt(k - 1), s.charCodeAt(k)) >>> 2;

/**
 * Compiles an alias list (aliasesFromDataset). Entries without a string
 * alias, id and kind are left out. Deterministic: the same list gives the
 * same strings.
 */
export function compileAliases(aliases: readonly AliasEntry[]): CompiledAliases {
  const list = Array.isArray(aliases) ? aliases : [];
  const parts: string[] = [];
  const ends: number[] = [];
  const kinds: number[] = [];
  const kindNames: string[] = [];
  /** The folded forms of each alias kept, and the terms they come from. */
  const forms: string[][] = [];
  const terms: string[][] = [];
  let length = 0;
  const sides: Record<string, Side> = {};
  for (let i = 0; i < list.length; i++) {
    const a = list[i];
    if (!a || typeof a.alias !== 'string' || typeof a.id !== 'string' || typeof a.kind !== 'string') continue;
    if (a.side === 'pk' || a.side === 'us' || a.side === 'pair') sides[a.kind + '\u0000' + a.id] = a.side;
    parts.push(a.alias, a.id);
    length += a.alias.length;
    ends.push(length);
    length += a.id.length;
    ends.push(length);
    let kind = kindNames.indexOf(a.kind);
    if (kind === -1) kind = kindNames.push(a.kind) - 1;
    kinds.push(kind);
    const t = [a.alias];
    const joined = joinedName(a.alias);
    if (joined !== undefined) t.push(joined);
    const f: string[] = [];
    for (const term of t) f.push(foldKey(term).lower);
    forms.push(f);
    terms.push(t);
  }
  const count = forms.length;
  // how often each window occurs in the forms
  const shared = new Map<number, number>();
  for (let i = 0; i < count; i++) {
    for (const form of forms[i]) {
      for (let k = 3; k < form.length; k++) {
        const key = windowKey(form, k);
        shared.set(key, (shared.get(key) ?? 0) + 1);
      }
    }
  }
  // each form's key; forms too short for a window go by their own hash, or on every text
  const short: number[] = [];
  const always: number[] = [];
  /** Per alias, its forms' triples (key index, check, check). */
  const aliasKeys: number[][] = [];
  const keyIndex = new Map<number, number>();
  const keyList: number[] = [];
  const sizes: number[] = [];
  for (let i = 0; i < count; i++) {
    const own: number[] = [];
    for (let f = 0; f < forms[i].length; f++) {
      const form = forms[i][f];
      if (form.length < 4) {
        // as the matcher classifies the term
        const prepared = prepareTerms([{ term: terms[i][f], value: 0 }]);
        const h = prepared.count === 1 ? shortFormHash(wholeCased(prepared, 0)) : 0;
        if (h !== 0) short.push(i, h >>> 2);
        else always.push(i);
        continue;
      }
      // the form's three distinct windows that occur least often (first ones on ties; repeated when the form has fewer)
      const rare = [windowKey(form, 3), 0, 0];
      const rareShared = [shared.get(rare[0])!, Infinity, Infinity];
      for (let k = 4; k < form.length; k++) {
        const key = windowKey(form, k);
        if (key === rare[0] || key === rare[1] || key === rare[2]) continue;
        const n = shared.get(key)!;
        let pos = 2;
        while (pos > 0 && n < rareShared[pos - 1]) pos--;
        if (n >= rareShared[pos]) continue;
        rare.splice(pos, 0, key);
        rareShared.splice(pos, 0, n);
        rare.length = rareShared.length = 3;
      }
      if (rareShared[1] === Infinity) rare[1] = rare[0];
      if (rareShared[2] === Infinity) rare[2] = rare[1];
      let index = keyIndex.get(rare[0]);
      if (index === undefined) {
        index = keyList.push(rare[0]) - 1;
        keyIndex.set(rare[0], index);
        sizes.push(0);
      }
      let known = false;
      for (let o = 0; o < own.length; o += 3) if (own[o] === index && own[o + 1] === rare[1] && own[o + 2] === rare[2]) known = true;
      if (!known) own.push(index, rare[1], rare[2]);
    }
    for (let o = 0; o < own.length; o += 3) sizes[own[o]]++;
    aliasKeys.push(own);
  }
  const keyCount = keyList.length;
  // the table, then the keys numbered in table order: a scan of the text's windows in increasing order reads every array forwards
  let slotBits = 4;
  while (1 << slotBits < 2 * keyCount) slotBits++;
  const mask = (1 << slotBits) - 1;
  const slots = new Int32Array(mask + 1);
  for (let k = 0; k < keyCount; k++) {
    let s = keyList[k] >>> (30 - slotBits);
    while (slots[s] !== 0) s = (s + 1) & mask;
    slots[s] = k + 1;
  }
  const renumbered = new Int32Array(keyCount);
  const keysInOrder = new Int32Array(keyCount);
  for (let s = 0, next = 0; s <= mask; s++) {
    if (slots[s] === 0) continue;
    renumbered[slots[s] - 1] = next;
    keysInOrder[next] = keyList[slots[s] - 1];
    slots[s] = ++next;
  }
  const memberStarts = new Int32Array(keyCount + 1);
  for (let k = 0; k < keyCount; k++) memberStarts[renumbered[k] + 1] = sizes[k];
  for (let k = 0; k < keyCount; k++) memberStarts[k + 1] += memberStarts[k];
  const members = new Int32Array(3 * memberStarts[keyCount]);
  const fill = memberStarts.slice(0, keyCount);
  for (let i = 0; i < count; i++) {
    const own = aliasKeys[i];
    for (let o = 0; o < own.length; o += 3) {
      const m = fill[renumbered[own[o]]]++;
      members[3 * m] = i;
      members[3 * m + 1] = own[o + 1];
      members[3 * m + 2] = own[o + 2];
    }
  }
  return {
    format: FORMAT,
    count,
    text: parts.join(''),
    ends: pack(ends),
    kinds: pack(kinds),
    kindNames,
    keyCount,
    keys: pack(keysInOrder),
    memberStarts: pack(memberStarts),
    members: pack(members),
    slotBits,
    slots: pack(slots),
    short: pack(short),
    always: pack(always),
    sides,
  };
}

const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;

/** Whether a value is a well-formed compiled dictionary (as received: it may be anything). */
export function isCompiledAliases(v: unknown): v is CompiledAliases {
  if (!v || typeof v !== 'object') return false;
  const d = v as Partial<CompiledAliases>;
  return (
    d.format === FORMAT &&
    isCount(d.count) &&
    isCount(d.keyCount) &&
    isCount(d.slotBits) &&
    d.slotBits >= 4 &&
    d.slotBits <= 28 &&
    typeof d.text === 'string' &&
    typeof d.ends === 'string' &&
    d.ends.length === 4 * d.count &&
    typeof d.kinds === 'string' &&
    d.kinds.length === 2 * d.count &&
    Array.isArray(d.kindNames) &&
    typeof d.keys === 'string' &&
    d.keys.length === 2 * d.keyCount &&
    typeof d.memberStarts === 'string' &&
    d.memberStarts.length === 2 * (d.keyCount + 1) &&
    typeof d.members === 'string' &&
    d.members.length % 6 === 0 &&
    typeof d.slots === 'string' &&
    d.slots.length === 2 << d.slotBits &&
    typeof d.short === 'string' &&
    d.short.length % 4 === 0 &&
    typeof d.always === 'string' &&
    d.always.length % 2 === 0 &&
    (d.sides === undefined || (typeof d.sides === 'object' && d.sides !== null && !Array.isArray(d.sides)))
  );
}

/** Working memory: the candidates' alias ids. */
let found = new Int32Array(256);

/** found, with room for `more` ids after the first `size`. */
function room(size: number, more: number): Int32Array {
  if (size + more > found.length) {
    const f2 = new Int32Array(Math.max(2 * found.length, size + more));
    f2.set(found.subarray(0, size));
    found = f2;
  }
  return found;
}

/** The index of a compiled dictionary as integer arrays (unpacked once per dictionary object, see indexOf). */
interface Index {
  keys: Int32Array;
  memberStarts: Int32Array;
  /** Triples (alias, check, check), as in CompiledAliases.members. */
  members: Int32Array;
  /** Unpacked when first needed (by long texts). */
  slots?: Int32Array;
}
const indexes = new WeakMap<CompiledAliases, Index>();

/** The values packed in s. */
function unpack(s: string): Int32Array {
  const out = new Int32Array(s.length >> 1);
  for (let i = 0; i < out.length; i++) out[i] = at(s, i);
  return out;
}

/**
 * The dictionary's index, unpacked on first use and kept while the
 * dictionary is: reading typed arrays takes about half the time of reading the
 * packed strings, and the background keeps one dictionary object per
 * dataset version.
 */
function indexOf(d: CompiledAliases): Index {
  let x = indexes.get(d);
  if (!x) {
    const keys = unpack(d.keys);
    // the starts are clamped to the members there are and never go back (a well-formed dictionary's do neither), so no
    // member is read for more than one key, however the values are scrambled
    const memberStarts = unpack(d.memberStarts);
    const members = unpack(d.members);
    const m = members.length / 3;
    for (let k = 0, low = 0; k < memberStarts.length; k++) low = memberStarts[k] = Math.max(low, Math.min(memberStarts[k], m));
    x = { keys, memberStarts, members };
    indexes.set(d, x);
  }
  return x;
}

/** Appends key k's aliases whose checks the text's windows have (bits: 2^(30 - shift) of them, a window's bit its value >>> shift) to found[0, size); returns the new size. */
function addKey(x: Index, k: number, size: number, bits: Int32Array, shift: number): number {
  const { members, memberStarts } = x;
  const from = memberStarts[k];
  const to = memberStarts[k + 1];
  if (to <= from) return size;
  const f = room(size, to - from);
  for (let m = from; m < to; m++) {
    let h = members[3 * m + 1] >>> shift;
    if ((bits[h >>> 5] & (1 << (h & 31))) === 0) continue;
    h = members[3 * m + 2] >>> shift;
    if ((bits[h >>> 5] & (1 << (h & 31))) !== 0) f[size++] = members[3 * m];
  }
  return size;
}

/**
 * The aliases that may occur in a folded text, in dictionary order: those
 * with a key and check among the text's windows (every form with a hit in
 * the text has all its windows there), those with a short form the text may
 * have (every one, when the text has no set of short windows) and the other
 * short ones, less those with a window the text lacks in each form
 * (mayOccur; its answer for each alias returned goes to `mays`, if given). A superset of the aliases with a hit. The keys are read either
 * all, each tested in the text's bitset, when there are at most eight per
 * unit of text (they are read forwards, so that is the cheaper way), or else
 * by looking the text's distinct windows up in the index, in increasing
 * order (the index is read forwards too).
 */
export function aliasesInText(d: CompiledAliases, lower: Uint16Array, n: number, grams: Grams, mays?: number[]): AliasEntry[] {
  const { keyCount, always, short } = d;
  let size = 0;
  let f = room(0, (always.length >> 1) + (short.length >> 2));
  for (let i = 0, m = always.length >> 1; i < m; i++) f[size++] = at(always, i);
  const shortBits = grams.short;
  const shift = grams.shift - 2;
  for (let i = 0, m = short.length >> 1; i < m; i += 2) {
    const h = at(short, i + 1) >>> shift;
    if (!shortBits || (shortBits[h >>> 5] & (1 << (h & 31))) !== 0) f[size++] = at(short, i);
  }
  const x = indexOf(d);
  const { bits } = grams;
  if (keyCount <= 8 * n) {
    const { keys } = x;
    for (let k = 0; k < keys.length; k++) {
      const h = keys[k] >>> shift;
      if ((bits[h >>> 5] & (1 << (h & 31))) !== 0) size = addKey(x, k, size, bits, shift);
    }
  } else {
    // the text's distinct windows in increasing order: each looked up once, the index read forwards
    const { slotBits } = d;
    const { keys } = x;
    const slots = (x.slots ??= unpack(d.slots));
    const mask = (1 << slotBits) - 1;
    const first = 30 - slotBits;
    const windows = new Int32Array(Math.max(0, n - 3));
    for (let i = 3; i < n; i++) {
      // gramHash, inline
      windows[i - 3] = Math.imul(((lower[i - 3] << 16) | lower[i - 2]) ^ Math.imul((lower[i - 1] << 16) | lower[i], 0x85ebca6b), 0x9e3779b1) >>> 2;
    }
    windows.sort();
    for (let j = 0, last = -1; j < windows.length; j++) {
      const key = windows[j];
      if (key === last) continue;
      last = key;
      for (let s = key >>> first, probes = 0; probes <= mask; s = (s + 1) & mask, probes++) {
        const k1 = slots[s];
        if (k1 <= 0 || k1 > keyCount) break;
        const k = k1 - 1;
        if (keys[k] !== key) continue;
        size = addKey(x, k, size, bits, shift);
        break;
      }
    }
  }
  f = found;
  const ids = f.subarray(0, size).sort();
  const { text, ends, kinds, kindNames, count } = d;
  const out: AliasEntry[] = [];
  let last = -1;
  for (let j = 0; j < size; j++) {
    const i = ids[j];
    if (i === last || i < 0 || i >= count) continue;
    last = i;
    const start = i === 0 ? 0 : at(ends, 2 * i - 1);
    const aliasEnd = at(ends, 2 * i);
    const alias = text.slice(start, aliasEnd);
    const may = mayOccur(alias, grams);
    if (may === 0) continue;
    mays?.push(may);
    out.push({ alias, id: text.slice(aliasEnd, at(ends, 2 * i + 1)), kind: kindNames[at(kinds, i)] as NamedKind });
  }
  return out;
}
