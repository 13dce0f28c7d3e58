import { describe, expect, it } from 'vitest';
import { buildMatcher, findMatches, matchCodes, withDfa, type Hit } from '../../../utils/core/build-matcher';
import { scannerFor } from '../../../utils/core/match-entities';
import { foldCodes, foldKey, foldText } from '../../../utils/core/normalise-text';

const spans = <T>(hits: Hit<T>[]) => hits.map((h) => `${h.start}-${h.end}:${String(h.value)}`).sort();

/** Every occurrence of every term between word boundaries, found the slow way (lower-case terms, letters and spaces only). */
function bruteForce(text: string, terms: string[]): string[] {
  const out: string[] = [];
  const word = (c: string | undefined) => c !== undefined && c !== ' ';
  terms.forEach((t, id) => {
    for (let s = text.indexOf(t); s !== -1; s = text.indexOf(t, s + 1)) {
      if (!word(text[s - 1]) && !word(text[s + t.length])) out.push(`${s}-${s + t.length}:${id}`);
    }
  });
  return out.sort();
}

describe('buildMatcher', () => {
  it('follows failure links across overlapping terms', () => {
    const m = buildMatcher([
      { term: 'a b c', value: 0 },
      { term: 'b c d', value: 1 },
      { term: 'c', value: 2 },
      { term: 'b c d e f', value: 3 },
    ]);
    expect(spans(findMatches(m, foldText('a b c d e f')))).toEqual(['0-5:0', '2-11:3', '2-7:1', '4-5:2'].sort());
  });

  it('finds what a brute-force search finds (random dictionaries and texts)', () => {
    let seed = 7;
    const rnd = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
    const word = () => ['a', 'b', 'ab', 'ba', 'aab', 'abb', 'bab'][Math.floor(rnd() * 7)];
    for (let round = 0; round < 300; round++) {
      const terms: string[] = [];
      for (let i = 0, n = 1 + Math.floor(rnd() * 12); i < n; i++) {
        let t = word();
        while (rnd() < 0.4) t += ' ' + word();
        terms.push(t);
      }
      let text = word();
      for (let i = 0, n = Math.floor(rnd() * 40); i < n; i++) text += ' ' + word();
      const m = buildMatcher(terms.map((term, value) => ({ term, value })));
      // twice: failure links are resolved lazily on the first scan and reused on the second
      expect(spans(findMatches(m, foldText(text))), `${JSON.stringify(terms)} in ${JSON.stringify(text)}`).toEqual(bruteForce(text, terms));
      expect(spans(findMatches(m, foldText(text)))).toEqual(bruteForce(text, terms));
      // and with the full transition table, in the same order
      const d = buildMatcher(terms.map((term, value) => ({ term, value })));
      expect(withDfa(d)).toBe(true);
      expect(findMatches(d, foldText(text))).toEqual(findMatches(m, foldText(text)));
    }
  });

  it('automata with full transition tables, used in turn, find what each finds alone', () => {
    const texts = ['pakistan and the united states', 'پاکستان اور امریکہ', 'Köln São Paulo ＦＵＬＬ', 'abc abd abe'];
    const dicts = [['pakistan', 'united states', 'states'], ['پاکستان', 'امریکہ'], ['köln', 'sao paulo', 'full'], ['abc', 'abd', 'bd a', 'e']];
    const alone = dicts.map((terms, i) => {
      const m = buildMatcher(terms.map((term, value) => ({ term, value })));
      return findMatches(m, foldText(texts[i]));
    });
    const built = dicts.map((terms) => {
      const m = buildMatcher(terms.map((term, value) => ({ term, value })));
      expect(withDfa(m)).toBe(true);
      return m;
    });
    for (let round = 0; round < 3; round++) {
      for (let i = dicts.length - 1; i >= 0; i--) {
        expect(findMatches(built[i], foldText(texts[i]))).toEqual(alone[i]);
        expect(findMatches(built[i], foldText(texts[(i + 1) % texts.length]))).toEqual(findMatches(buildMatcher(dicts[i].map((term, value) => ({ term, value }))), foldText(texts[(i + 1) % texts.length])));
      }
    }
    // a table that would be too large leaves the others intact
    const wide = buildMatcher(Array.from({ length: 300 }, (_, i) => ({ term: String.fromCharCode(0x4e00 + i) + 'x', value: i })));
    expect(withDfa(wide)).toBe(false);
    expect(findMatches(built[0], foldText(texts[0]))).toEqual(alone[0]);
  });

  it('keeps every term that folds to the same key, in dictionary order', () => {
    const m = buildMatcher([
      { term: 'Pakistan', value: 'a' },
      { term: 'pakistan', value: 'b' },
      { term: 'PAKISTAN', value: 'c' },
    ]);
    const hits = findMatches(m, foldText('in pakistan'));
    expect(hits.map((h) => h.value)).toEqual(['a', 'b']); // the all-caps one must match with its case
  });

  it('skips junk entries and handles an empty dictionary', () => {
    const m = buildMatcher([null, { term: 5 }, { term: '' }, { term: '---' }, { term: 'x'.repeat(301) }] as never);
    expect(m.count).toBe(0);
    const hits: Hit<unknown>[] = [];
    const f = foldCodes('anything at all');
    matchCodes(m, f.lower, f.cased, f.length, hits);
    expect(hits).toEqual([]);
  });

  it('grows linearly with the dictionary', () => {
    const letters = (i: number) => {
      let s = '';
      do {
        s += String.fromCharCode(97 + (i % 26));
        i = Math.floor(i / 26);
      } while (i > 0);
      return s;
    };
    const names = (n: number) => {
      const out = [];
      for (let i = 0; i < n; i++) out.push({ alias: `Zorblax${letters(i)} Quentara${letters(i * 7919)}`, id: `z${i}`, kind: 'actors' as const });
      return out;
    };
    scannerFor(names(500)); // warm up
    const t0 = performance.now();
    scannerFor(names(2000));
    const small = performance.now() - t0;
    const t1 = performance.now();
    const big = scannerFor(names(40000));
    const large = performance.now() - t1;
    expect(big.names.count).toBe(80000); // each name and its joined form
    // 20× the names: well under 20× squared; generous for noisy machines
    expect(large).toBeLessThan(Math.max(60 * small, 1500));
  });
});

describe('foldCodes / foldKey', () => {
  it('foldCodes is foldText without the strings', () => {
    for (const s of ['', 'The  Chargé d’Affaires', 'a😀b', 'پاکستان اور امریكه', '\ud800x\u00a0-y', 'ﷲ ＦＵＬＬ']) {
      const a = foldCodes(s);
      const b = foldText(s);
      expect(String.fromCharCode(...a.lower.subarray(0, a.length))).toBe(b.lower);
      expect(String.fromCharCode(...a.cased.subarray(0, a.length))).toBe(b.cased);
      expect([...a.starts.subarray(0, a.length)]).toEqual([...b.starts]);
      expect([...a.ends.subarray(0, a.length)]).toEqual([...b.ends]);
    }
  });

  it('folds keys with and without the fast paths alike', () => {
    for (const s of ['Pakistan', 'U.S.', ' two  words ', 'Tehreek-e-Taliban', 'Chargé', 'ﬁne', 'پاکستان', 'a`b', '\u00a0x\u00a0', '𝐀bc']) {
      expect(foldKey(s).lower).toBe(foldText(s).lower.trimEnd());
      expect(foldKey(s).cased).toBe(foldText(s).cased.trimEnd());
    }
  });
});
