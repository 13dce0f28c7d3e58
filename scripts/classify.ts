/**
 * Classifies saved pages with the same engine the extension runs:
 *
 *   npm run classify -- [--url URL] FILE.html…
 *
 * prints one JSON line per file. The page's URL comes from --url, else its
 * canonical link, else og:url, else a file: URL. Names are matched through
 * public/dataset.json when it exists (an empty alias list otherwise).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseHTML } from 'linkedom';
import type { AliasEntry } from '../utils/core/analysis';
import { aliasesFromDataset, analysePage } from '../utils/core/analyse-page';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The dataset's aliases, or [] with a warning when there is no dataset. */
export function loadAliases(file = path.join(root, 'public/dataset.json')): AliasEntry[] {
  if (!existsSync(file)) {
    console.warn(`warning: ${path.relative(process.cwd(), file)} not found; matching without dataset names`);
    return [];
  }
  try {
    return aliasesFromDataset(JSON.parse(readFileSync(file, 'utf8')));
  } catch (err) {
    console.warn(`warning: could not read ${file}: ${(err as Error).message}; matching without dataset names`);
    return [];
  }
}

/** Parses HTML into a Document with linkedom. */
export function parseDocument(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

/** The page's own idea of its URL: canonical link, then og:url. */
export function pageUrl(doc: Document, fallback: string): string {
  const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href');
  const og = doc.querySelector('meta[property="og:url"]')?.getAttribute('content');
  for (const u of [canonical, og]) {
    if (!u) continue;
    try {
      return new URL(u, fallback).href;
    } catch {
      /* try the next */
    }
  }
  return fallback;
}

function main(argv: string[]): number {
  let url: string | undefined;
  const files: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--url') url = argv[++i];
    else if (argv[i] === '--help' || argv[i] === '-h') {
      console.log('usage: npm run classify -- [--url URL] FILE.html…');
      return 0;
    } else files.push(argv[i]);
  }
  if (files.length === 0) {
    console.error('usage: npm run classify -- [--url URL] FILE.html…');
    return 2;
  }
  const aliases = loadAliases();
  let status = 0;
  for (const file of files) {
    let html: string;
    try {
      html = readFileSync(file, 'utf8');
    } catch (err) {
      console.error(`${file}: ${(err as Error).message}`);
      status = 1;
      continue;
    }
    const doc = parseDocument(html);
    const a = analysePage(doc, url ?? pageUrl(doc, pathToFileURL(path.resolve(file)).href), aliases);
    console.log(
      JSON.stringify({
        file,
        article: a.article.isArticle,
        relevant: a.topic.relevant,
        score: a.topic.score,
        reasons: a.topic.reasons,
        headline: a.article.headline,
        published: a.article.published ?? null,
        lang: a.article.lang,
        entities: a.entities.map((e) => e.id),
        figures: a.figures.map((f) => ({ text: f.text, value: f.value, unit: f.unit, kind: f.kind, period: f.period, context: f.context })),
      }),
    );
  }
  return status;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) process.exitCode = main(process.argv.slice(2));
