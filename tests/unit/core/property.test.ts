/** Property tests: random HTML and text never break the engine, and offsets always point at what was found. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analysePage } from '../../../utils/core/analyse-page';
import { extractFigures } from '../../../utils/core/extract-figures';
import { foldText } from '../../../utils/core/normalise-text';
import { matchEntities } from '../../../utils/core/match-entities';
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
});
