import { describe, expect, test } from 'vitest';
import { labelIndexes, niceMax, shortPeriod } from '../../../components/chart-scale';
import {
  firstSentence,
  formatDate,
  formatMoney,
  formatNumber,
  formatPeriod,
  formatValue,
  httpUrl,
  httpsUrl,
  statusLabel,
} from '../../../components/format';

describe('formatMoney', () => {
  test.each([
    [1.5e9, '$1.5bn'],
    [4.5e8, '$450m'],
    [8e9, '$8bn'],
    [1.4908e9, '$1.5bn'],
    [12_345_678, '$12.3m'],
    [25_000, '$25k'],
    [999, '$999'],
    [0, '$0'],
    [-2e6, '−$2m'],
    [2.3e12, '$2.3tn'],
  ])('%d → %s', (n, s) => expect(formatMoney(n)).toBe(s));
  test('pkr', () => expect(formatMoney(3e9, 'pkr')).toBe('Rs 3bn'));
});

test.each([
  [1034, 'count', '1,034'],
  [34, 'percent', '34%'],
  [39.8, 'percent', '39.8%'],
  [4, 'rank', '#4'],
  [2500, 'km', '2,500 km'],
  [7.25, 'score', '7.25'],
  [1.5e9, 'usd', '$1.5bn'],
])('formatValue(%d, %s) → %s', (v, u, s) => expect(formatValue(v, u)).toBe(s));

test('formatNumber', () => {
  expect(formatNumber(1234567)).toBe('1,234,567');
  expect(formatNumber(Number.NaN)).toBe('–');
});

test.each([
  ['2025-08-12', '12 Aug 2025'],
  ['2025-01-01', '1 Jan 2025'],
  ['2025-08', 'Aug 2025'],
  ['2025', '2025'],
  ['2025-13', '2025-13'],
  ['soon', 'soon'],
])('formatDate(%s) → %s', (d, s) => expect(formatDate(d)).toBe(s));

test.each([
  ['FY2010', 'FY2010'],
  ['2002/2023', '2002–2023'],
  ['2025-edition', '2025 edition'],
])('formatPeriod(%s) → %s', (p, s) => expect(formatPeriod(p)).toBe(s));

describe('URL safety', () => {
  test.each([
    ['https://example.org/a', 'https://example.org/a'],
    ['http://example.org/a', undefined],
    ['javascript:alert(1)', undefined],
    ['JaVaScRiPt:alert(1)', undefined],
    ['data:text/html,<script>alert(1)</script>', undefined],
    ['//example.org/a', undefined],
    ['not a url', undefined],
    ['', undefined],
  ])('httpsUrl(%s)', (u, out) => expect(httpsUrl(u)).toBe(out));
  test('httpUrl allows http and https only', () => {
    expect(httpUrl('http://example.org/')).toBe('http://example.org/');
    expect(httpUrl('https://example.org/')).toBe('https://example.org/');
    expect(httpUrl('javascript:alert(1)')).toBeUndefined();
    expect(httpUrl('file:///etc/passwd')).toBeUndefined();
  });
});

test.each([
  ['matches', undefined, 'matches'],
  ['differs', -14.6, 'differs by 15% (lower)'],
  ['differs', 6.4, 'differs by 6.4% (higher)'],
  ['differs', undefined, 'differs'],
  ['disputed', undefined, 'disputed'],
  ['false', undefined, 'known false claim'],
  ['unverifiable', undefined, 'unverifiable'],
  ['no-reference', undefined, 'no reference'],
] as const)('statusLabel(%s, %s) → %s', (s, d, out) => expect(statusLabel(s, d)).toBe(out));

describe('firstSentence', () => {
  test('keeps abbreviations together', () => {
    expect(firstSentence('The U.S. and Pakistan met. Then more.').text).toBe('The U.S. and Pakistan met.');
    expect(firstSentence('Gen. Munir spoke. More.').text).toBe('Gen. Munir spoke.');
  });
  test('says when it cut', () => {
    expect(firstSentence('One. Two.')).toEqual({ text: 'One.', truncated: true });
    expect(firstSentence('Only one.')).toEqual({ text: 'Only one.', truncated: false });
    const long = firstSentence('word '.repeat(100), 50);
    expect(long.text.length).toBeLessThanOrEqual(50);
    expect(long.text.endsWith('…')).toBe(true);
  });
});

describe('chart scale', () => {
  test.each([
    [1873, 2000],
    [699, 1000],
    [1190, 2000],
    [1.5e9, 2e9],
    [0.7, 1],
    [0, 1],
    [250, 250],
  ])('niceMax(%d) → %d', (m, n) => expect(niceMax(m)).toBe(n));
  test('labelIndexes keeps first and last and at most room', () => {
    expect(labelIndexes(5, 6)).toEqual([0, 1, 2, 3, 4]);
    const idx = labelIndexes(22, 6);
    expect(idx[0]).toBe(0);
    expect(idx[idx.length - 1]).toBe(21);
    expect(idx.length).toBeLessThanOrEqual(6);
  });
  test('shortPeriod', () => {
    expect(shortPeriod('FY2010')).toBe('FY10');
    expect(shortPeriod('2002/2023')).toBe('02–23');
    expect(shortPeriod('2025')).toBe('2025');
  });
});
