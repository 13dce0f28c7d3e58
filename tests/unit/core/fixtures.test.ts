/**
 * Every labelled fixture page and every page of the Readability corpus
 * through the engine, against the targets: seeds relevant, no corpus page
 * relevant, no hard negative relevant, article detection as labelled.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analysePage } from '../../../utils/core/analyse-page';
import { extractArticle } from '../../../utils/core/extract-article';
import { fixtureAliases, fixturesDir, parse, sharedDir } from './helpers';

const fixtures = readdirSync(fixturesDir).sort();
const corpusDir = path.join(sharedDir, 'corpus/readability');
const corpus = existsSync(corpusDir) ? readdirSync(corpusDir).sort() : [];

describe('labelled fixture pages', () => {
  it('has the pages the brief asks for', () => {
    const labels = fixtures.map((f) => JSON.parse(readFileSync(path.join(fixturesDir, f, 'expected.json'), 'utf8')).label);
    expect(labels.filter((l) => l === 'seed')).toHaveLength(5);
    expect(labels.filter((l) => l === 'hard-negative').length).toBeGreaterThanOrEqual(8);
    expect(labels.filter((l) => l === 'urdu').length).toBeGreaterThanOrEqual(3);
  });

  it.each(fixtures)('%s', (slug) => {
    const expected = JSON.parse(readFileSync(path.join(fixturesDir, slug, 'expected.json'), 'utf8'));
    const html = readFileSync(path.join(fixturesDir, slug, 'source.html'), 'utf8');
    for (const aliases of [[], fixtureAliases]) {
      const a = analysePage(parse(html), expected.url, aliases);
      expect({ article: a.article.isArticle, relevant: a.topic.relevant, why: a.topic.reasons }).toMatchObject({ article: expected.article, relevant: expected.relevant });
    }
  });
});

describe('seed pages keep the seed text', () => {
  const seeds = fixtures.filter((f) => f.startsWith('seed-'));
  it.each(seeds)('%s: body has the article paragraphs and none of the chrome', (slug) => {
    const expected = JSON.parse(readFileSync(path.join(fixturesDir, slug, 'expected.json'), 'utf8'));
    const seed = readFileSync(path.join(sharedDir, 'seeds', expected.seed), 'utf8');
    const page = extractArticle(parse(readFileSync(path.join(fixturesDir, slug, 'source.html'), 'utf8')), expected.url);
    const body = page.paragraphs.join('\n');
    expect(page.paragraphs.length).toBeGreaterThan(3);
    for (const p of page.paragraphs) expect(seed).toContain(p.slice(0, 60));
    expect(body).not.toMatch(/Related stories|Comments \(|Reader1|Advertisement|Read also|view comments|Group Editor|ogimageimage/);
  });
});

describe('Readability corpus (none is about the topic)', () => {
  it.runIf(corpus.length > 0).each(corpus)('%s is not relevant', (slug) => {
    const doc = parse(readFileSync(path.join(corpusDir, slug, 'source.html'), 'utf8'));
    const a = analysePage(doc, `https://example.org/corpus/${slug}/page.html`, fixtureAliases);
    expect(a.topic.relevant, a.topic.reasons.join('; ')).toBe(false);
  });
});
