/**
 * Article detection and extraction on real article pages with a
 * hand-made reference text: the page set of Zyte's article extraction
 * benchmark (github.com/scrapinghub/article-extraction-benchmark: 181 pages
 * from news sites and blogs, `html/<id>.html.gz`, and `ground-truth.json`
 * with each page's address and article body). Not bundled: pass the path of
 * a clone.
 *
 *   npm run eval:extraction -- PATH/TO/article-extraction-benchmark
 *
 * Every page there is an article, so each one the detector turns down is
 * listed with its reasons. The extracted text is compared word by word with
 * the reference (precision, recall, F1), beside Readability's on the same
 * page; pages the extractor reads badly (F1 < 0.6) are listed too.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { Readability } from '@mozilla/readability';
import { detectArticle } from '../utils/core/detect-article';
import { extractArticle } from '../utils/core/extract-article';
import { median } from './bench/stats';
import { parseDocument } from './classify';
import { wordOverlap } from './lib/word-overlap';

interface Reference {
  articleBody: string;
  url: string;
}

function readHtml(dir: string, id: string): string | undefined {
  const plain = path.join(dir, 'html', `${id}.html`);
  if (existsSync(plain)) return readFileSync(plain, 'utf8');
  const gz = `${plain}.gz`;
  return existsSync(gz) ? gunzipSync(readFileSync(gz)).toString('utf8') : undefined;
}

function main(argv: string[]): number {
  const dir = argv[0];
  if (!dir || !existsSync(path.join(dir, 'ground-truth.json'))) {
    console.error('usage: npm run eval:extraction -- DIR  (a clone of github.com/scrapinghub/article-extraction-benchmark: DIR/ground-truth.json, DIR/html/<id>.html.gz)');
    return 2;
  }
  const truth = JSON.parse(readFileSync(path.join(dir, 'ground-truth.json'), 'utf8')) as Record<string, Reference>;
  const ours: Array<ReturnType<typeof wordOverlap>> = [];
  const theirs: Array<ReturnType<typeof wordOverlap>> = [];
  const refused: string[] = [];
  const poor: string[] = [];
  let missing = 0;
  for (const [id, ref] of Object.entries(truth)) {
    const html = readHtml(dir, id);
    if (html === undefined || typeof ref?.url !== 'string' || typeof ref.articleBody !== 'string') {
      missing++;
      continue;
    }
    const page = extractArticle(parseDocument(html), ref.url);
    const decision = detectArticle(ref.url, page);
    if (!decision.isArticle) refused.push(`${ref.url}\n    ${decision.signals.join('; ')}`);
    const mine = wordOverlap(page.paragraphs.join(' '), ref.articleBody);
    let readability = wordOverlap('', ref.articleBody);
    try {
      readability = wordOverlap(new Readability(parseDocument(html)).parse()?.textContent ?? '', ref.articleBody);
    } catch {
      // Readability's failure counts as an empty text
    }
    ours.push(mine);
    theirs.push(readability);
    if (mine.f1 < 0.6) poor.push(`F1 ${mine.f1.toFixed(2)} (precision ${mine.precision.toFixed(2)}, recall ${mine.recall.toFixed(2)}; Readability ${readability.f1.toFixed(2)})  ${ref.url}`);
  }
  const n = ours.length;
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  const line = (name: string, rows: Array<ReturnType<typeof wordOverlap>>) =>
    `  ${name.padEnd(18)}` +
    (['precision', 'recall', 'f1'] as const).map((k) => `${k} mean ${mean(rows.map((r) => r[k])).toFixed(3)}, median ${median(rows.map((r) => r[k])).toFixed(3)}`).join(' | ');
  console.log(`${n} article pages${missing ? ` (${missing} listed without their page or reference, left out)` : ''}`);
  console.log(`Detected as articles: ${n - refused.length} of ${n}`);
  console.log('Extracted text against the reference, word by word:');
  console.log(line('light extractor', ours));
  console.log(line('Readability.parse', theirs));
  if (refused.length) console.log(`\nNot taken for articles (${refused.length}):\n  ${refused.join('\n  ')}`);
  if (poor.length) console.log(`\nRead badly (F1 < 0.6, ${poor.length}):\n  ${poor.join('\n  ')}`);
  return 0;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) process.exitCode = main(process.argv.slice(2));
