import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../utils/core/extract-figures';

const one = (text: string, published?: string) => {
  const f = extractFigures(text, { published });
  expect(f.length).toBeGreaterThan(0);
  return f[0];
};

describe('extractFigures', () => {
  it.each([
    ['US security aid to Pakistan from 2002 to 2023 totaled over $8 billion.', 8e9, 'usd', 'total', { from: '2002', to: '2023' }],
    ['The sale is worth US$450 million in FY2024.', 450e6, 'usd', 'total', { from: 'FY2024', to: 'FY2024' }],
    ['Pakistan got $1.5bn in Foreign Military Financing from 2005-2009.', 1.5e9, 'usd', 'total', { from: '2005', to: '2009' }],
    ['The province set aside Rs 10 billion for the force in 2025.', 1e10, 'pkr', 'total', { from: '2025', to: '2025' }],
    ['a 34percent surge in terrorist attacks in 2025', 34, 'percent', 'change-percent', { from: '2025', to: '2025' }],
    ['accounting for over 95 percent of attacks', 95, 'percent', 'share-percent', undefined],
    ['with 699terrorist incidents recorded nationwide in 2025', 699, 'count', 'count', { from: '2025', to: '2025' }],
    ['the capture of over 700al-Qaida operatives since 2001', 700, 'count', 'count', { from: '2001' }],
    ['1,313 militant deaths in 2025', 1313, 'count', 'count', { from: '2025', to: '2025' }],
    ['more than 33 million people were affected', 33e6, 'count', 'count', undefined],
    ['deaths rose 12 percent last year', 12, 'percent', 'change-percent', { from: '2024', to: '2024' }],

  ])('%s', (text, value, unit, kind, period) => {
    const f = one(text, '2025-06-01');
    expect(f).toMatchObject({ value, unit, kind });
    expect(f.period).toEqual(period);
    expect(text.slice(f.offset, f.offset + f.text.length)).toBe(f.text);
  });

  it('reads the scale as headlines write it: capitalised or abbreviated', () => {
    const cases: Array<[string, number, string]> = [
      ['US Confirms Withholding $225 Million Military Aid To Pakistan', 225e6, 'usd'],
      ['US Approves Possible $450Mln Sale To Sustain F-16s', 450e6, 'usd'],
      ['Pentagon clears $1.5B package', 1.5e9, 'usd'],
      ['Pakistan Got 33 Billion Dollars In Aid', 33e9, 'usd'],
      ['Rs 10 Billion Set Aside For The Force', 1e10, 'pkr'],
      ['the US blocked $300-million military aid', 3e8, 'usd'],
    ];
    for (const [text, value, unit] of cases) {
      expect(extractFigures(text), text).toHaveLength(1);
      expect(one(text), text).toMatchObject({ value, unit, kind: 'total' });
    }
    for (const [text, value] of [['$1.5 BN', 1.5e9], ['$300 MN', 3e8], ['Rs 50 CRORE', 5e8], ['Rs 50 Cr', 5e8], ['a $450M.', 4.5e8]] as const) expect(one(text).value, text).toBe(value);
  });

  it('reads neither end of a range, nor the second year of a fiscal year, as a figure', () => {
    for (const text of [
      'The US gave $10-20 million a year.', 'Pakistan got $1–2 billion.', 'It cost Rs 5-10 billion.', 'The US gave $10 to 20 million.', '$1.5bn-$2bn in aid',
      'between $1bn and $2bn', 'Aid of 10-15 percent.', 'between 10 and 20 attacks', 'Some 300-400 militants were killed', 'the 2,000-3,000 troops',
      'From 2019-20 attacks rose sharply.', 'Between 2015–16 militants were killed.', 'the 9-11 attacks', 'with 1,500–2,000 Pakistani personnel training',
      '$1.5bn-2bn', '$10 million-20 million', 'Rs 5 billion-10 billion', 'USD 10-USD 20 million', 'between USD 1 billion and USD 2 billion', '10%-15%',
      'between 10 per cent and 15 per cent', '300 to 400 militants', '10 to 15 percent', '7 to 8 billion dollars', '$10 to $20 million', '$500 or $600 million',
      '300—400 militants', 'In 2019 – 20 percent of attacks targeted police', 'the economy has grown by 7% to 8% a year', '7 percent or 8 percent',
    ])
      expect(extractFigures(text), text).toEqual([]);
    const fiscal = extractFigures('In 2010-11 drone strikes killed 500 people.');
    expect(fiscal.map((f) => [f.text, f.period])).toEqual([['500 people', { from: '2010', to: '2011' }]]);
  });

  it('reads both amounts of a change from one to another, and a figure set off by a dash', () => {
    expect(extractFigures('aid rose from $1bn to $2bn').map((f) => f.value)).toEqual([1e9, 2e9]);
    expect(extractFigures('cut aid to Islamabad by $33 million – $1 million for each year of his sentence').map((f) => f.value)).toEqual([33e6, 1e6]);
    expect(extractFigures('killed 5 people and 10 soldiers').map((f) => f.value)).toEqual([5, 10]);
    // a year or an em dash before a spaced dash: no range
    expect(extractFigures('in 2001 – 3,000 troops arrived').map((f) => f.value)).toEqual([3000]);
    expect(extractFigures('in the last 12 months — 300 militants were killed').map((f) => f.value)).toEqual([300]);
    // a spaced dash sets off what follows; "between" two groups is no range
    for (const [text, values] of [
      ['US aid: 2010-11 – $1.5bn; 2011-12 – $1.2bn', [1.5e9, 1.2e9]], ['US aid: FY10 – $1.5bn', [1.5e9]], ['On 9/11 - 3,000 people died', [3000]],
      ['At 10:30 – 300 militants attacked', [300]], ['The toll rose to 12 – 5 soldiers and 7 civilians', [5, 7]], ['clashes between 50 militants and 20 soldiers', [50, 20]],
      ['a gunfight between 30 militants and security forces', [30]], ['rose from 300 to 400 attacks', [400]], ['the share rose from 7% to 8% of attacks', [7, 8]], ['$5 B-52 bombers', [5]],
    ] as const)
      expect(extractFigures(text).map((f) => f.value), text).toEqual(values);
  });

  it('reads no scale from a letter that starts a name or a code, and no part of a number grouped by lakhs', () => {
    // the amount as written, without a scale, or nothing: never $5bn for "$5 B-52"
    for (const [text, value] of [['$5 B-52 bombers', 5], ['US sells $10 M-16 rifles', 10], ['Rs 100 M.A. Jinnah Road', 100], ['fined Rs 500 M. Ali said', 500], ['Rs 5 K-Electric bills', 5]] as const)
      expect(extractFigures(text).map((f) => f.value), text).toEqual([value]);
    expect(extractFigures('a reward of Rs 1,50,000 was announced')).toEqual([]);
  });

  it('reads Urdu amounts and percentages, in either kind of digits', () => {
    const cases: Array<[string, number, string, string]> = [
      ['امریکا نے 45 کروڑ ڈالر کے معاہدے کی منظوری دے دی', 450e6, 'usd', 'total'],
      ['اتحادی سپورٹ فنڈ کی ۳۰ کروڑ ڈالرز کی امداد روک دی گئی', 300e6, 'usd', 'total'],
      ['ملزم پر 17 لاکھ 50 ہزار ڈالر جرمانہ', 1.75e6, 'usd', 'total'],
      ['صوبے نے فورس کے لیے 10 ارب روپے مختص کیے', 1e10, 'pkr', 'total'],
      ['حملوں میں ۳۴ فیصد اضافہ ہوا', 34, 'percent', 'change-percent'],
    ];
    for (const [text, value, unit, kind] of cases) {
      const f = one(text);
      expect(f, text).toMatchObject({ value, unit, kind });
      expect(text.slice(f.offset, f.offset + f.text.length)).toBe(f.text);
    }
    // "the 300 million dollar instalment of aid was stopped": what it is, up to the verb
    expect(one('امداد کی 30 کروڑ ڈالر کی قسط روک دی گئی').context).toBe('قسط');
    // part of an amount written in words, a fraction of it, a range, another separator: left unread, not read as the whole
    for (const text of ['اور ایک کروڑ 57 لاکھ ڈالر معاوضہ ادا کرنے کا حکم', 'ایک کروڑ\u00a057 لاکھ ڈالر', 'امریکا نے ساڑھے 7 ارب ڈالر کی امداد دی', 'سوا 2 ارب روپے', '20 سے 25 کروڑ ڈالر', '20-25 کروڑ ڈالر', '10-15 فیصد اضافہ', '1،500 ڈالر', '1/2 ارب ڈالر'])
      expect(extractFigures(text), text).toEqual([]);
    expect(one('۱٬۵۰۰ ڈالر').value).toBe(1500);
  });

  it('reads Urdu counts of people, forces, militants and attacks, with their periods', () => {
    const cases: Array<[string, number, string, { from?: string; to?: string } | undefined]> = [
      ['وزیرستان میں ڈرون حملے میں 5 افراد ہلاک ہو گئے', 5, 'افراد', undefined],
      ['چیک پوسٹ پر حملے میں 24 پاکستانی فوجی شہید ہوئے', 24, 'پاکستانی فوجی', undefined],
      ['2004 سے اب تک 350 سے زائد ڈرون حملے ہو چکے ہیں', 350, 'ڈرون حملے', { from: '2004' }],
      ['ملک میں 5 ہزار امریکی فوجی موجود ہیں', 5000, 'امریکی فوجی', undefined],
      ['2025 میں کارروائیوں میں ۱۲ دہشت گرد مارے گئے۔', 12, 'دہشت گرد', { from: '2025', to: '2025' }],
      // Arabic yeh and kaf, as some pages type them
      ['حملوں ميں 7 شہري جاں بحق', 7, 'شہري', undefined],
      // a terrorist attack: the noun that qualifies, then what is counted
      ['چیک پوسٹوں پر 3 دہشت گرد حملوں میں ایک اہلکار شہید', 3, 'دہشت گرد حملوں', undefined],
    ];
    for (const [text, value, context, period] of cases) {
      const f = one(text);
      expect(f, text).toMatchObject({ value, unit: 'count', kind: 'count', context });
      expect(f.period, text).toEqual(period);
      expect(text.slice(f.offset, f.offset + f.text.length)).toBe(f.text);
    }
    expect(one('2002 سے 2023 تک امریکا نے 33 ارب ڈالر دیے').period).toEqual({ from: '2002', to: '2023' });
    // years in Eastern Arabic-Indic digits, as many Urdu pages write them
    expect(one('۲۰۰۲ سے ۲۰۲۳ تک امریکا نے 33 ارب ڈالر دیے').period).toEqual({ from: '2002', to: '2023' });
    expect(one('۲۰۲۵ء میں ۱۲ دہشت گرد مارے گئے').period).toEqual({ from: '2025', to: '2025' });
    expect(one('٢٠٠٤ء سے اب تک 300 ڈرون حملے ہوئے').period).toEqual({ from: '2004' });
    // one number for two groups joined by "and" (و, اور): what is counted is both
    expect(one('دھماکے میں 92 سیکورٹی اہلکار و شہری زخمی ہوئے')).toMatchObject({ value: 92, text: '92 سیکورٹی اہلکار و شہری', context: 'سیکورٹی اہلکار و شہری' });
    expect(one('حملے میں 12 فوجی اور شہری شہید ہو گئے')).toMatchObject({ value: 12, text: '12 فوجی اور شہری', context: 'فوجی اور شہری' });
    expect(one('5 اہلکار اور دو شہری زخمی')).toMatchObject({ value: 5, context: 'اہلکار' });
    // not when the second noun counts another kind of thing, or qualifies a noun of its own
    for (const [text, quoted, context] of [
      ['حملوں میں 40 افراد اور دھماکوں میں 25 افراد ہلاک ہوئے', '40 افراد', 'افراد'],
      ['دہشت گردوں نے 10 حملے اور لوگوں کو اغوا کیا', '10 حملے', 'حملے'],
      ['آپریشن میں 15 ٹھکانے اور دہشت گرد تنظیموں کے دفاتر تباہ', '15 ٹھکانے', 'ٹھکانے'],
      ['حملے میں 4 اہلکار اور شہری املاک کو نقصان پہنچا', '4 اہلکار', 'اہلکار'],
      ['حملے میں 7 اہلکار اور فوجی گاڑیاں تباہ ہو گئیں', '7 اہلکار', 'اہلکار'],
    ])
      expect(extractFigures(text)[0], text).toMatchObject({ text: quoted, context });
    expect(extractFigures('12 فوجی اور شہری سے 15 فوجی اور شہری').filter((f) => f.value === 12)).toEqual([]);
    // no period from "exceeded 2000", "500 of 2000", or a year glued to a longer number
    expect(one('ہلاکتوں کی تعداد ۲۰۰۰ سے تجاوز کر گئی جبکہ 300 افراد زخمی ہوئے').period).toBeUndefined();
    expect(one('۲۰۰۰ میں سے ۵۰۰ افراد زخمی ہوئے').period).toBeUndefined();
    expect(one('۱۲۰۱۹/۲۰ کے تحت 40 حملے ہوئے').period).toBeUndefined();
    expect(extractFigures('گزشتہ سال 300 حملے ہوئے', { published: '2026-03-01' })[0].period).toEqual({ from: '2025', to: '2025' });
    // a noun that qualifies another one counts that other thing; a year names the attacks; a range is left unread
    for (const text of ['امریکا نے 3 فوجی اڈے خالی کر دیے', '12 دہشت گرد تنظیموں پر پابندی', '2008 حملے', '20 سے 25 افراد', 'ایک ہزار 5 سو افراد'])
      expect(extractFigures(text).filter((f) => f.unit === 'count'), text).toEqual([]);
  });

  it('reads no Urdu count from a year, a range, a code, a number grouped by spaces, a telephone number or a qualifying noun', () => {
    for (const text of [
      '2008 ڈرون حملے', '2011 امریکی حملے کے بعد', '2023 میں 2022 سے زیادہ حملے ہوئے', 'رواں سال 2024 سے کم حملے',
      '20–25 افراد', '20 - 25 افراد', '20 سے لے کر 25 افراد', '5 یا 6 افراد',
      'ریسکیو 1122 اہلکاروں نے لاشیں نکالیں', 'ایم کیو 9 ڈرون حملے', 'ایف 16 حملے',
      '10 000 افراد', '03001234567 افراد', '0 افراد', '3 فوجی اور سول تنصیبات',
      '50 ہزار سے 1 لاکھ افراد ہلاک', 'دس سے 15 افراد ہلاک', '5 يا 6 افراد', '20 سے لے كر 25 افراد', 'ريسکيو 1122 اہلکاروں', 'ایم كيو 9 ڈرون حملے', '20\u200c-\u200c25 افراد',
    ])
      expect(extractFigures(text).filter((f) => f.unit === 'count'), text).toEqual([]);
    expect(one('1.1 لاکھ افراد متاثر').value).toBe(110000);
    // ranges of amounts and percentages, too
    for (const text of ['20 کروڑ سے 25 کروڑ ڈالر', 'ڈیڑھ سے 2 ارب ڈالر', 'دو سے 3 فیصد', '2 فیصد سے 3 فیصد اضافہ']) expect(extractFigures(text), text).toEqual([]);
    expect(one('امریکہ سے 25 کروڑ ڈالر ملے').value).toBe(250e6);
    expect(one('1,234,567,890,123 روپے').value).toBe(1234567890123);
    // after a year with ء, "since" is no range
    expect(one('2001ء سے 500 افراد ہلاک ہوئے')).toMatchObject({ value: 500, period: { from: '2001' } });
  });

  it('reads no Urdu period from "more than 2000", a longer number, "past years" or a word ending like "this"', () => {
    const periodOf = (text: string) => extractFigures(text, { published: '2026-03-01' }).map((f) => f.period);
    // (2000 is year-like: not read as a count either)
    expect(periodOf('2000 سے زائد افراد ہلاک ہوئے اور 30 کروڑ ڈالر کا نقصان')).toEqual([undefined]);
    expect(periodOf('12019 میں 30 کروڑ ڈالر')).toEqual([undefined]);
    expect(periodOf('2000 سے بھی زائد افراد متاثر ہوئے اور 30 کروڑ ڈالر کا نقصان')).toEqual([undefined]);
    expect(periodOf('2000 سے 2500 افراد متاثر ہوئے اور 30 کروڑ ڈالر کا نقصان')).toEqual([undefined]);
    expect(periodOf('گزشتہ سالوں میں 300 حملے')).toEqual([undefined]);
    expect(periodOf('پچاس سال میں 300 حملے')).toEqual([undefined]);
    expect(periodOf('اس سالانہ رپورٹ میں 300 حملے')).toEqual([undefined]);
    expect(periodOf('2025ء میں 300 حملے')).toEqual([{ from: '2025', to: '2025' }]);
  });

  it('says what is counted', () => {
    const [a, b] = extractFigures('Pakistan received $11 billion in economic aid and $14.6billion in military reimbursements.');
    expect(a.context).toBe('economic aid');
    expect(b.context).toBe('military reimbursements');
    expect(one('1,034 lives lost').context).toBe('lives');
  });

  it('says what an Urdu figure counts: the words before it when only a verb follows, and the genitive before a count', () => {
    // "the US gave Pakistan 300 million dollars under Foreign Military Financing": what it is comes before, "gave" after
    const fmf = one('امریکہ نے مالی سال 2009 میں فارن ملٹری فنانسنگ کے تحت پاکستان کو 30 کروڑ ڈالر دیے۔');
    expect(fmf.value).toBe(3e8);
    expect(fmf.context).toBe('سال 2009 میں فارن ملٹری فنانسنگ کے تحت پاکستان');
    // "the Pentagon cancelled the sum of 300 million dollars of the Coalition Support Fund"
    expect(one('ستمبر 2018 میں پینٹاگون نے کولیشن سپورٹ فنڈ کی 30 کروڑ ڈالر کی رقم منسوخ کر دی تھی۔').context).toBe('ستمبر 2018 میں پینٹاگون نے کولیشن سپورٹ فنڈ');
    // "300 million dollars of aid withheld": the noun after it
    expect(one('امریکہ نے پاکستان کی 30 کروڑ ڈالر کی امداد روک دی۔').context).toBe('امداد');
    // "paid 1.1 billion dollars under the Coalition Support Fund, while economic aid…": not the next clause's words
    expect(one('امریکا نے 2011 میں کولیشن سپورٹ فنڈ کی مد میں 1.1 ارب ڈالر ادا کیے جبکہ اقتصادی امداد 1.2 ارب ڈالر رہی۔').context).toBe('امریکا نے 2011 میں کولیشن سپورٹ فنڈ کی مد');
    // "699 incidents of terrorism in 2025"
    const incidents = one('2025 میں ملک بھر میں دہشت گردی کے 699 واقعات ہوئے۔');
    expect(incidents.context).toBe('دہشت گردی کے واقعات');
    // "their 3 personnel": a pronoun is no part of what is counted
    expect(one('حملے میں ان کے 3 اہلکار ہلاک ہو گئے۔').context).toBe('اہلکار');
    // "rose 53 percent" after a percentage: what rose comes before it
    expect(one('سال 2025 میں خودکش حملوں میں 53 فیصد اضافہ ہوا۔').context).toBe('سال 2025 میں خودکش حملوں');
  });

  it.each([
    'the F-16 fleet of 75 jets', 'J-10C fighters', 'in 2025 attacks rose', 'over 2,500 kilometers of border', '',
    // a name, a date, a compound: no count
    'since the 9/11 attacks', 'round-the-clock 24/7 operations', 'after the April 22 militant attack in Pahalgam', 'a Sept. 11 attacks memorial', 'a 12 soldier patrol', 'the 11th terrorist attacks on the city', 'a 2nd drone strikes wave',
  ])('finds no figure in %j', (text) => {
    expect(extractFigures(text).filter((f) => f.unit === 'count')).toEqual([]);
  });
});
