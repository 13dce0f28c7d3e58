import { describe, expect, it } from 'vitest';
import { matchEntities, scanText, topicMatcher } from '../../../utils/core/match-entities';
import { TOPIC_TERMS } from '../../../utils/core/topic-terms';
import { fixtureAliases } from './helpers';
import { aliasesFromDataset } from '../../../utils/core/aliases-from-dataset';
import { joinedName } from '../../../utils/core/joined-name';

const ids = (text: string) => matchEntities(text, fixtureAliases).map((e) => e.id).sort();

describe('matchEntities', () => {
  it.each([
    ['The US and Pakistan agreed.', ['pakistan', 'united-states']],
    ['Let us talk about it.', []],
    ['Tell US officials', ['united-states']],
    ['USChargé d’Affaires Natalie Baker', ['natalie-baker', 'united-states']],
    ['USAID and AUSTRALIA and the USB port', []],
    ['the ISIS-K threat', []],
    ['The ISI chief met the CIA director.', ['cia', 'isi']],
    ['a tip for the cia', []],
    ['KhyberPakhtunkhwa and Khyber Pakhtunkhwa', ['khyber-pakhtunkhwa']],
    ['aid to Pakistanfrom 2002', ['pakistan']],
    ['Pakistani officials and Pakistanis', []],
    ['groups like the Tehreek-i-Taliban Pakistan intensified', ['ttp']],
    ['Tehreek e Taliban Pakistan (TTP)', ['ttp']],
    ['the Coalition Support Fund (CSF)', ['coalition-support-fund']],
    ['پاکستان اور امریکہ کے درمیان', ['pakistan', 'united-states']],
    ['کالعدم تحریک طالبان پاکستان', ['ttp']],
    ['the 2025 counter-terrorism dialogue', ['ct-dialogue-2025']],
    ['theUS position', ['united-states']],
  ])('%s', (text, expected) => {
    expect(ids(text)).toEqual(expected);
  });

  it('finds an Urdu name written without the spaces that follow non-joining letters, and only such spaces', () => {
    const urdu = aliasesFromDataset({
      actors: [
        { id: 'pervez-musharraf', name: 'Pervez Musharraf', aliases: ['پرویز مشرف'] },
        { id: 'zalmay-khalilzad', name: 'Zalmay Khalilzad', aliases: ['زلمے خلیل زاد'] },
      ],
    });
    const found = (text: string) => matchEntities(text, urdu).map((e) => e.id).sort();
    expect(found('صدر پرویزمشرف نے کہا')).toEqual(['pervez-musharraf']);
    expect(found('صدر پرویز مشرف نے کہا')).toEqual(['pervez-musharraf']);
    // the space after lam shows, so "زلمےخلیلزاد" is no way to write the name
    expect(found('زلمےخلیلزاد نے کہا')).toEqual([]);
    expect(joinedName('پرویز مشرف')).toBe('پرویزمشرف');
    expect(joinedName('زلمے خلیل زاد')).toBeUndefined();
    expect(joinedName('پاکستان')).toBeUndefined();
  });

  it('returns offsets into the original text', () => {
    const text = 'Interior Minister Mohsin  Naqvi met the U.S. envoy; Naqvi said TTP…';
    const [m] = matchEntities(text, fixtureAliases).filter((e) => e.id === 'mohsin-naqvi');
    expect(text.slice(m.offsets[0][0], m.offsets[0][1])).toBe('Mohsin  Naqvi');
    const us = matchEntities(text, fixtureAliases).find((e) => e.id === 'united-states')!;
    expect(text.slice(...us.offsets[0])).toBe('U.S.');
  });

  it('marks headline and lede and orders by prominence', () => {
    const text = 'CIA chief visits\n\nThe TTP was discussed. Later the US said more.';
    const got = matchEntities(text, fixtureAliases, { headlineEnd: 16, ledeEnd: 40 });
    expect(got[0]).toMatchObject({ id: 'cia', inHeadline: true });
    expect(got.find((e) => e.id === 'ttp')).toMatchObject({ inLede: true, inHeadline: false });
  });

  it('counts the longest name only ("Pakistan" inside the TTP name is not Pakistan)', () => {
    expect(ids('Tehreek-e-Taliban Pakistan')).toEqual(['ttp']);
  });

  it('tolerates junk alias lists', () => {
    const junk = [null, { alias: 5 }, { alias: '', id: 'x', kind: 'actors' }, { alias: '---', id: 'y', kind: 'actors' }] as never;
    expect(matchEntities('US and Pakistan', junk)).toEqual([]);
  });

  it('finds topic terms in the same pass', () => {
    const { terms } = scanText('Pakistan-US counter-terrorism talks; the Washington Post said', []);
    const groups = terms.map((t) => t.value.group);
    expect(groups).toContain('pair');
    expect(groups).toContain('sec');
    expect(terms.some((t) => t.value.group === 'us' && t.value.label === 'the United States')).toBe(false);
  });

  it('scales linearly: 50k words with 100× the aliases', () => {
    const many = [];
    for (let i = 0; i < 100; i++) for (const a of fixtureAliases) many.push({ ...a, alias: `${a.alias} ${i}x`, id: `${a.id}-${i}` });
    many.push(...fixtureAliases);
    const text = 'The US and Pakistan discussed the TTP and the CIA in Islamabad. '.repeat(4200);
    matchEntities('warm up', many);
    const t0 = performance.now();
    const got = matchEntities(text, many);
    const ms = performance.now() - t0;
    expect(got.find((e) => e.id === 'ttp')!.count).toBe(4200);
    expect(ms).toBeLessThan(2000);
  });
});

describe('scanText', () => {
  it('keeps every topic term', () => {
    expect(topicMatcher().count).toBe(TOPIC_TERMS.length);
  });
});
