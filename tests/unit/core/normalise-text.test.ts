import { describe, expect, it } from 'vitest';
import { cleanText, foldKey, foldText, splitSpaces } from '../../../utils/core/normalise-text';

describe('foldText', () => {
  it.each([
    ['Chargé d’Affaires', "charge d'affaires"],
    ['Tehreek-e-Taliban', 'tehreek e taliban'],
    ['ＦＵＬＬ width', 'full width'],
    ['a  \n\t b', 'a b'],
    ['zero\u200bwidth', 'zerowidth'],
    ['“quoted”', '"quoted"'],
    ['امریكه', 'امریکہ'],
    ['پاکستان', 'پاکستان'],
    ['ﷲ', 'اللہ'],
  ])('%s -> %s', (input, lower) => {
    expect(foldText(input).lower).toBe(lower);
  });

  it('keeps case in `cased` and maps offsets back', () => {
    const text = 'The  Chargé d’Affaires';
    const f = foldText(text);
    expect(f.cased).toBe("The Charge d'Affaires");
    const i = f.cased.indexOf('Charge');
    expect(text.slice(f.starts[i], f.ends[i + 'Charge'.length - 1])).toBe('Chargé');
  });

  it('handles astral characters and empty input', () => {
    expect(foldText('').lower).toBe('');
    const f = foldText('a😀b');
    expect(f.lower).toBe('a😀b');
    expect(f.ends[1] - f.starts[1]).toBe(2);
  });

  it('folds keys exactly like text', () => {
    for (const s of ['U.S.', 'ISIS-K', 'Chargé d’Affaires', ' trailing ']) expect(foldKey(s).lower).toBe(foldText(s).lower.trimEnd());
  });
});

describe('cleanText', () => {
  it('collapses spaces and drops invisible characters, keeping the text as shown', () => {
    expect(cleanText('  Pakistan’s\u00a0army\u200b  chief ')).toBe('Pakistan’s army chief');
  });
});

describe('splitSpaces', () => {
  it('is split(/\\s+/)', () => {
    const spaces = [' ', '\t', '\n', '\v', '\f', '\r', '\u00a0', '\u1680', '\u2000', '\u200a', '\u2028', '\u2029', '\u202f', '\u205f', '\u3000', '\ufeff', '\u200b', '\u0085'];
    const cases = ['', ' ', 'a', ' a', 'a ', 'a  b', '  a \t b  ', ...spaces.map((s) => `x${s}y${s}${s}z`), ...spaces.map((s) => s + 'w' + s)];
    for (const s of cases) expect(splitSpaces(s)).toEqual(s.split(/\s+/));
  });
});
