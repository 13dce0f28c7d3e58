import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ExtractedFigure } from '../../../utils/core/analysis';
import { checkFigures } from '../../../utils/core/check-figures';
import { extractFigures } from '../../../utils/core/extract-figures';
import type { Claim, Series } from '../../../utils/core/schema';

const series: Series[] = [
  {
    id: 'pips-attacks', name: 'Terrorist attacks in Pakistan per year (PIPS)', metric: 'terrorism-attacks', unit: 'count', granularity: 'calendar-year', tracker: 'pips',
    definition: 'd', values: [{ period: '2025', value: 699, sources: ['pips-2025'] }], related: [], sources: ['pips-2025'],
  },
  {
    id: 'picss-attacks', name: 'Militant attacks in Pakistan per year (PICSS)', metric: 'terrorism-attacks', unit: 'count', granularity: 'calendar-year', tracker: 'picss',
    definition: 'd', values: [{ period: '2025', value: 1066, sources: ['picss-2025'] }], related: [], sources: ['picss-2025'],
  },
  {
    id: 'fmf', name: 'Foreign Military Financing for Pakistan by fiscal year', metric: 'fmf', unit: 'usd', granularity: 'fiscal-year', definition: 'd',
    values: [{ period: 'FY2008', value: 298e6, sources: ['crs'] }, { period: 'FY2009', value: 300e6, sources: ['crs'] }], related: [], sources: ['crs'],
  },
];
const claim = (o: Partial<Claim> & Pick<Claim, 'id' | 'figure' | 'keywords' | 'verdict'>): Claim => ({ statement: 's', explanation: `Explanation of ${o.id}.`, related: [], seenIn: [], sources: ['x'], ...o });
const claims: Claim[] = [
  claim({ id: 'gti-4000', figure: { value: 4000, unit: 'count', kind: 'count', period: { from: '2024-01-01', to: '2024-12-31' } }, keywords: ['nearly 4,000 fatalities'], verdict: 'false' }),
  claim({ id: 'aid-8bn', figure: { value: 8e9, unit: 'usd', kind: 'total', period: { from: '2001-10-01', to: '2023-09-30' } }, keywords: ['security aid', '2002 to 2023'], verdict: 'confirmed' }),
  claim({ id: 'suicide-53', figure: { value: 53, unit: 'percent', kind: 'change-percent' }, keywords: ['suicide bombings', 'spiked'], verdict: 'disputed' }),
  claim({ id: 'aq-700', figure: { value: 700, unit: 'count', kind: 'count' }, keywords: ['al-Qaida operatives'], verdict: 'unverifiable' }),
];
const fig = (o: Partial<ExtractedFigure>): ExtractedFigure => ({ text: 'x', value: 0, unit: 'count', kind: 'count', context: '', offset: 0, ...o });

describe('checkFigures', () => {
  it.each([
    [fig({ text: '4,000 fatalities', value: 4000, context: 'fatalities' }), 'false', 'gti-4000'],
    [fig({ text: '$8 billion', value: 8e9, unit: 'usd', kind: 'total', context: 'US security aid to Pakistan', period: { from: '2002', to: '2023' } }), 'matches', 'aid-8bn'],
    [fig({ text: '53 percent', value: 53, unit: 'percent', kind: 'change-percent', context: 'suicide bombings spiked' }), 'disputed', 'suicide-53'],
    [fig({ text: '700 operatives', value: 700, context: 'al-Qaida operatives' }), 'unverifiable', 'aq-700'],
  ])('%o is %s', (f, status, id) => {
    const [c] = checkFigures([f], { claims, series });
    expect(c.status).toBe(status);
    expect(c.claim?.id).toBe(id);
  });

  it('does not match a claim about later years to a figure without a period in an older article', () => {
    const f = fig({ text: '4,000 fatalities', value: 4000, context: 'fatalities' });
    expect(checkFigures([f], { claims, series }, { published: '2011-05-03T10:00:00Z' })[0].claim).toBeUndefined();
    expect(checkFigures([f], { claims, series }, { published: '2025-03-05' })[0].claim?.id).toBe('gti-4000');
    expect(checkFigures([f], { claims, series }, { published: 'soon' })[0].claim?.id).toBe('gti-4000');
    expect(checkFigures([f], { claims, series })[0].claim?.id).toBe('gti-4000');
  });

  it('does not match a claim when the period does not fit', () => {
    const [c] = checkFigures([fig({ value: 8e9, unit: 'usd', kind: 'total', context: 'security aid', period: { from: '1990', to: '1995' } })], { claims, series });
    expect(c.claim).toBeUndefined();
  });

  it('compares with every tracker of the metric for the period', () => {
    const [m] = checkFigures([fig({ text: '699 terrorist incidents', value: 699, context: 'terrorist incidents', period: { from: '2025', to: '2025' } })], { claims, series });
    expect(m.status).toBe('matches');
    expect(m.references.map((r) => r.series.id).sort()).toEqual(['picss-attacks', 'pips-attacks']);
    expect(m.explanation).toMatch(/PIPS/);
    const [d] = checkFigures([fig({ text: '800 attacks', value: 800, context: 'attacks', period: { from: '2025', to: '2025' } })], { claims, series });
    expect(d.status).toBe('differs');
    expect(d.differencePercent).toBeCloseTo(14.4, 1);
    expect(d.explanation).toMatch(/higher/);
  });

  it('compares a figure that differs with the nearest tracker, names the others, and says when it lies between them', () => {
    // 800 lies between PIPS (699) and PICSS (1,066): compared with PIPS, the nearer
    const [between] = checkFigures([fig({ value: 800, context: 'attacks', period: { from: '2025', to: '2025' } })], { claims, series });
    expect(between.differencePercent).toBeCloseTo(14.4, 1);
    expect(between.explanation).toMatch(/^Between what the trackers count for 2025: .*\(PIPS\) gives 699; .*\(PICSS\) gives 1,066\. The article's figure is 14\.4% higher than the nearest\./);
    // 1,200 is above both: compared with PICSS, the nearer, and PIPS named as another tracker
    const [above] = checkFigures([fig({ value: 1200, context: 'attacks', period: { from: '2025', to: '2025' } })], { claims, series });
    expect(above.differencePercent).toBeCloseTo(12.6, 1);
    expect(above.explanation).toMatch(/^Militant attacks in Pakistan per year \(PICSS\) gives 1,066 for 2025; the article's figure is 12\.6% higher\. Other trackers: .*\(PIPS\) gives 699\./);
  });

  it('sums yearly values for a span only when every year is there, and says so', () => {
    const [c] = checkFigures([fig({ value: 598e6, unit: 'usd', kind: 'total', context: 'Foreign Military Financing', period: { from: 'FY2008', to: 'FY2009' } })], { claims: [], series });
    expect(c.status).toBe('matches');
    expect(c.explanation).toMatch(/sum of its yearly values/);
    const [n] = checkFigures([fig({ value: 598e6, unit: 'usd', kind: 'total', context: 'Foreign Military Financing', period: { from: '2008', to: '2012' } })], { claims: [], series });
    expect(n.status).toBe('no-reference');
  });


  it('compares Urdu figures with the same claims and series as English ones', () => {
    // "more than 8 billion dollars of security aid", 2002 to 2023
    const [aid] = checkFigures([fig({ text: '8 ارب ڈالر', value: 8e9, unit: 'usd', kind: 'total', context: 'سیکیورٹی امداد', period: { from: '2002', to: '2023' } })], { claims, series });
    expect(aid).toMatchObject({ status: 'matches', claim: { id: 'aid-8bn' } });
    // "699 incidents of terrorism" in 2025
    const [attacks] = checkFigures([fig({ text: '699 واقعات', value: 699, context: 'دہشت گردی کے واقعات', period: { from: '2025', to: '2025' } })], { claims, series });
    expect(attacks.status).toBe('matches');
    expect(attacks.references.map((r) => r.series.id).sort()).toEqual(['picss-attacks', 'pips-attacks']);
    // Foreign Military Financing written out in Urdu, the Arabic yeh and kaf as some pages type them
    const [fmf] = checkFigures([fig({ value: 598e6, unit: 'usd', kind: 'total', context: 'فارن ملٹري فنانسنگ', period: { from: 'FY2008', to: 'FY2009' } })], { claims: [], series });
    expect(fmf.status).toBe('matches');
    // "deaths" (ہلاکتیں) as fatalities
    const [deaths] = checkFigures([fig({ text: '4000 ہلاکتیں', value: 4000, context: 'ہلاکتیں', period: { from: '2024', to: '2024' } })], { claims, series });
    expect(deaths.claim?.id).toBe('gti-4000');
    // words it does not know say nothing
    expect(checkFigures([fig({ value: 699, context: 'طلباء', period: { from: '2025', to: '2025' } })], { claims, series })[0].status).toBe('no-reference');
  });

  it('with many trackers of a word, compares a figure whose words name a metric whole, and not one with a single word', () => {
    const data = JSON.parse(readFileSync(path.join(__dirname, '../../../public/dataset.json'), 'utf8')) as { claims: Claim[]; series: Series[] };
    const check = (text: string) => checkFigures(extractFigures(text), data)[0];
    const attacks = check('In 2025 Pakistan saw 800 terrorist attacks.');
    expect(attacks.status).toBe('differs');
    expect(attacks.references.map((r) => r.series.id)).toContain('pips-terror-attacks');
    expect(attacks.references.every((r) => r.series.id !== 'kp-ctd-terror-incidents')).toBe(true);
    // the same in Urdu
    expect(check('2025 میں پاکستان میں دہشت گردی کے 800 حملے ہوئے۔').references.map((r) => r.series.id)).toContain('pips-terror-attacks');
    // "aid" alone is any donor's aid: not compared with US aid
    expect(check('In 2010, donors pledged $16 million in aid for flood victims.').status).toBe('no-reference');
    expect(check('In 2025 there were 800 attacks.').status).toBe('no-reference');
  });

  it('fits a claim on what is counted, not on the figure restated in its keywords', () => {
    const data = JSON.parse(readFileSync(path.join(__dirname, '../../../public/dataset.json'), 'utf8')) as { claims: Claim[]; series: Series[] };
    const check = (text: string) => checkFigures(extractFigures(text), data)[0];
    // the claim "$1.5 billion in Foreign Military Financing, 2005-2009" is not any $1.5 billion
    expect(check('Pakistan got 1.5 billion dollars in US debt relief.').claim).toBeUndefined();
    // the analysts' "15-20 percent drop" in border incidents is not a 15 percent tariff
    expect(check('The US imposed a 19 percent tariff instead of the lower side range of 15 percent mainly because Islamabad did not agree.').claim).toBeUndefined();
    // a percentage's whole clause says what it is a share of
    expect(check('exports to the US accounting for 21 percent of totals').claim?.id).toBe('pk-exports-us-share-21pc');
    // a count's clause does not: "killed" fits a claim about 2025's deaths, but these were killed in 2009
    expect(check('In more than a month of combat, by June 15, 1,040 militants were killed.').claim).toBeUndefined();
  });

  it('does not compare a count far below a whole year\'s with it: one incident is not the year', () => {
    const data = JSON.parse(readFileSync(path.join(__dirname, '../../../public/dataset.json'), 'utf8')) as { claims: Claim[]; series: Series[] };
    const [c] = checkFigures(extractFigures('In 2025, the group was behind the hijacking of the Jaffar Express, which killed 31 civilians.'), data);
    expect(c.status).toBe('no-reference');
    expect(c.references).toEqual([]);
    expect(c.explanation).toMatch(/^The dataset counts the whole of 2025 \(Civilians killed per year \(PICSS\) gives 580\)\. This figure is far smaller/);
  });

  // what each check must say on the bundled dataset: the claim or series it is set beside, or none
  it.each([
    // soldiers are not militants: فوجی is a soldier
    ['2025 میں 1313 فوجی شہید ہوئے۔', 'no-reference', undefined],
    // a province's count is set beside that province's series, not the national ones
    ['Khyber Pakhtunkhwa alone saw 1,588 terrorist attacks in 2025.', 'matches', 'kp-ctd-terror-incidents'],
    ['خیبر پختونخوا میں 2025 میں دہشت گردی کے 1588 واقعات ہوئے۔', 'matches', 'kp-ctd-terror-incidents'],
    ['Balochistan recorded 254 terrorist attacks in 2025.', 'no-reference', undefined],
    ['Pakistan saw 2,546 violence deaths in 2024.', 'matches', 'crss-violence-fatalities'],
    // deaths in attacks are set beside deaths, not attacks
    ['Pakistan suffered 1,100 terror attack fatalities in 2025.', 'differs', 'pips-terror-fatalities'],
    // "paid … while economic aid …": the amount is the Coalition Support Fund's
    ['امریکا نے 2011 میں کولیشن سپورٹ فنڈ کی مد میں 1.1 ارب ڈالر ادا کیے جبکہ اقتصادی امداد 1.2 ارب ڈالر رہی۔', 'matches', 'crs-csf-reimbursements'],
    // a generic count of deaths is not the claim about the Global Terrorism Index, nor a claim about another year
    ['Nearly 4,000 deaths were recorded in 2025.', 'no-reference', undefined],
    ['2025 میں 4,000 ہلاکتیں ہوئیں۔', 'no-reference', undefined],
    ['The country recorded 1,200 deaths in 2025.', 'no-reference', undefined],
    // militants are not "civilian and security personnel" casualties
    ['In 2025, 1,200 militants were killed in military operations.', 'no-reference', undefined],
    ['PIPS recorded 699 terrorist incidents nationwide in 2024.', 'differs', 'picss-militant-attacks'],
    // a total over several years is compared, however small
    ['Pakistan received a total of USD 1 billion in US security aid from 2002 to 2018.', 'differs', 'crs-us-aid-security'],
    // a fall is not the claimed rise; another subject after "while" is not the figure's
    ['Suicide bombings fell 53 percent in 2025.', 'no-reference', undefined],
    ['2025 میں خودکش حملوں میں 53 فیصد کمی ہوئی۔', 'no-reference', undefined],
    ['Exports to the US rose 21 percent in FY2025 while terrorism deaths climbed.', 'no-reference', undefined],
    // the share of attacks in two provinces is not any share there
    ['About 95 percent of voters in Khyber Pakhtunkhwa and Balochistan turned out.', 'no-reference', undefined],
    ['Over 95 percent of the attacks in 2025 took place in Khyber Pakhtunkhwa and Balochistan.', 'matches', 'kp-balochistan-share-of-attacks-2025'],
  ])('%s: %s', (text, status, id) => {
    const data = JSON.parse(readFileSync(path.join(__dirname, '../../../public/dataset.json'), 'utf8')) as { claims: Claim[]; series: Series[] };
    const [c] = checkFigures(extractFigures(text, { published: '2026-01-15' }), data, { published: '2026-01-15' });
    expect(c.status).toBe(status);
    const ids = [c.claim?.id, ...c.references.map((r) => r.series.id)];
    if (id) expect(ids).toContain(id);
    else expect(c.claim).toBeUndefined();
  });

  it('says a tracker records none rather than a percentage of nothing', () => {
    const data = JSON.parse(readFileSync(path.join(__dirname, '../../../public/dataset.json'), 'utf8')) as { claims: Claim[]; series: Series[] };
    const [c] = checkFigures(extractFigures('Pakistan received $200 million in Coalition Support Fund reimbursements in FY2017.'), data);
    expect(c.explanation).toMatch(/records none \(\$0\) for FY2017/);
    expect(c.differencePercent).toBeUndefined();
  });

  it('says when nothing is known', () => {
    const [c] = checkFigures([fig({ value: 12, context: 'goats' })], { claims, series });
    expect(c).toMatchObject({ status: 'no-reference', references: [] });
    expect(checkFigures([], {})).toEqual([]);
    expect(checkFigures([fig({ value: 1 })], null as never)[0].status).toBe('no-reference');
  });
});
