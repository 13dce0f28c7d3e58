/** Property tests: random HTML and text never break the engine, and offsets always point at what was found. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analysePage } from '../../../utils/core/analyse-page';
import { extractFigures } from '../../../utils/core/extract-figures';
import { foldText } from '../../../utils/core/normalise-text';
import { matchEntities, scannerFor, scanText } from '../../../utils/core/match-entities';
import { fixtureAliases, parse } from './helpers';

const words = ['Pakistan', 'US', 'United States', 'TTP', 'CIA', 'پاکستان', 'امریکہ', '$8 billion', '34 percent', 'from 2002 to 2023', '699 incidents', 'us', 'the', '-', '’', 'é', '\n', ' ', 'ISIS-K', 'USAID', '1,034', 'Rs 10bn'];
const soup = fc.array(fc.oneof(fc.constantFrom(...words), fc.string(), fc.string({ unit: 'binary', maxLength: 5 })), { maxLength: 60 }).map((a) => a.join(' '));
const tags = ['p', 'div', 'article', 'nav', 'aside', 'h1', 'h2', 'li', 'ul', 'script', 'style', 'table', 'td', 'header', 'footer', 'main', 'a', 'b'];
const html = fc
  .array(fc.oneof(fc.constantFrom(...tags).map((t) => `<${t}>`), fc.constantFrom(...tags).map((t) => `</${t}>`), soup, fc.constant('<script type="application/ld+json">{"@type":"NewsArticle"'), fc.constant('<meta property="og:type" content="article">')), { maxLength: 40 })
  .map((a) => a.join(''));

describe('properties', () => {
  it('analysePage never throws and returns well-formed data for random HTML', () => {
    fc.assert(
      fc.property(html, fc.constantFrom('https://www.dawn.com/news/1/x', 'https://x.org/', 'bad url'), (h, u) => {
        const a = analysePage(parse(h), u, fixtureAliases, { figures: 'always' });
        expect(typeof a.topic.relevant).toBe('boolean');
        expect(Number.isFinite(a.topic.score)).toBe(true);
        expect(a.article.dir === 'ltr' || a.article.dir === 'rtl').toBe(true);
        expect(() => JSON.stringify(a)).not.toThrow();
        if (!a.article.isArticle) expect(a.topic.relevant).toBe(false);
      }),
      { numRuns: 200 },
    );
  });

  it('entity offsets point at text that folds to the alias', () => {
    const folded = new Map(fixtureAliases.map((a) => [foldText(a.alias).lower.trim(), a.id]));
    fc.assert(
      fc.property(soup, (text) => {
        for (const e of matchEntities(text, fixtureAliases)) {
          for (const [s, end] of e.offsets) {
            expect(s).toBeGreaterThanOrEqual(0);
            expect(end).toBeLessThanOrEqual(text.length);
            const found = foldText(text.slice(s, end)).lower.trim();
            expect(folded.has(found) || folded.has(found.replace(/ /g, ''))).toBe(true);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('figure offsets point at the figure text', () => {
    fc.assert(
      fc.property(soup, (text) => {
        for (const f of extractFigures(text)) {
          expect(text.slice(f.offset, f.offset + f.text.length)).toBe(f.text);
          expect(Number.isFinite(f.value)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('the automaton built for one text finds what the one of every alias finds', () => {
    const tricky = ['Khyber Pakhtunkhwa', 'North Waziristan', 'Tehreek-e-Taliban Pakistan', 'Chargé d’Affaires', 'U.S.', 'پاکستان', 'امریکہ', ' spaced  alias ', 'ﬁne', '𝐀bc', 'a`b', 'al-Qaeda', 'ISIS-K', 'Zarb e Azb', 'Ab', 'ﷲ', 'Ａｂｃｄ Ｅｆｇｈ', 'São Paulo Accord', 'Köln Dialogue'];
    const entries = [...fixtureAliases, ...tricky.map((alias, i) => ({ alias, id: `t${i}`, kind: 'actors' as const }))];
    const full = entries.slice();
    scannerFor(full); // kept: scanText uses the automaton of every alias
    const pieces = [...words, ...tricky, ...tricky.map((t) => t.replace(/ /g, '')), ...tricky.map((t) => t.toUpperCase()), ...tricky.map((t) => t.toLowerCase()), 'KhyberPakhtunkhwa', 'theUS', 'Pakistanfrom'];
    const text = fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 4 }), fc.constantFrom(' ', '-', '', '\n')), { maxLength: 50 }).map((a) => a.join(''));
    fc.assert(
      fc.property(text, (t) => {
        expect(scanText(t, entries.slice())).toEqual(scanText(t, full));
      }),
      { numRuns: 500 },
    );
  });
});
