import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { articlePage, evaluateTexts, parseTexts, type LabelledText } from '../../../scripts/lib/eval-texts';
import { fixtureAliases } from '../core/helpers';

const items: LabelledText[] = [
  {
    url: 'https://www.dawn.com/news/1999001/pakistan-us-review-counter-terrorism-cooperation',
    headline: 'Pakistan, US review counter-terrorism cooperation',
    text: 'ISLAMABAD: Pakistan and the United States reviewed their counter-terrorism cooperation on Tuesday, including intelligence sharing against the TTP.\nOfficials also discussed border security and training for police units.',
    label: 'relevant',
  },
  {
    url: 'https://www.dawn.com/news/1999002/pakistan-us-sign-textile-trade-deal',
    headline: 'Pakistan, US sign textile trade deal',
    text: 'ISLAMABAD: Pakistan and the United States signed a deal to cut tariffs on textile exports and to raise bilateral trade and investment.\nExporters welcomed the agreement.',
    label: 'irrelevant',
  },
  {
    url: 'https://www.example.com/world/talks-resume',
    headline: 'Talks resume after a pause',
    text: 'Officials said the talks on intelligence sharing and border security would continue next week.\nA US delegation is due in Islamabad for the next round.',
    label: 'relevant',
  },
];

describe('eval:texts', () => {
  it('counts decisions as a page would get them, first look included', () => {
    const s = evaluateTexts(items, fixtureAliases);
    expect([s.tp, s.fn, s.fp, s.tn]).toEqual([1, 1, 0, 1]);
    // the third names neither state in its address, title or description: the first look stops it
    expect(s.missedByFirstLook).toBe(1);
    expect(s.results[2].look).toBe(false);
    expect(s.precision).toBe(1);
    expect(s.recall).toBe(0.5);
    expect(s.results[1].reasons.join(' ')).toMatch(/mostly about other things/);
  });

  it('wraps a text as a page with its text as text, never as markup', () => {
    const html = articlePage({ ...items[0], headline: '<img src=x onerror=alert(1)> Pakistan', text: 'a <b>bold</b> claim\nsecond' });
    const { document } = parseHTML(html);
    expect(document.querySelector('img')).toBeNull();
    expect(document.querySelector('h1')?.textContent).toBe('<img src=x onerror=alert(1)> Pakistan');
    expect(document.querySelectorAll('article p').length).toBe(2);
    expect(document.querySelector('meta[name="description"]')?.getAttribute('content')).toBe('a <b>bold</b> claim');
  });

  it('refuses a malformed file with the path of each bad field', () => {
    const r = parseTexts([items[0], { ...items[1], label: 'maybe' }, { headline: 'x', text: 'y', label: 'relevant' }]);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems).toContain('[1].label: expected "relevant" or "irrelevant"');
    expect(r.problems.some((p) => p.startsWith('[2].url: '))).toBe(true);
    expect(parseTexts([{ ...items[0], url: 'javascript:alert(1)' }])).toMatchObject({ ok: false, problems: ["[0].url: expected the article's address (http or https)"] });
    expect(parseTexts({ not: 'a list' })).toMatchObject({ ok: false, problems: [expect.stringMatching(/^\(the file\): /)] });
  });
});
