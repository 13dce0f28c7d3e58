/**
 * Evaluates detection on the labelled fixtures (tests/fixtures/pages) and
 * the 130 real pages of the Readability corpus (../shared/corpus):
 * precision, recall and confusion per label, the corpus `readerable` flag
 * against article detection, and the targets. Exits non-zero when a target
 * fails: every seed relevant, no corpus page relevant, no hard negative
 * relevant.
 *
 *   npm run eval [-- --dataset other.json] [--compare-readability]
 *
 * --compare-readability also times the light extractor against
 * Readability.parse on every page and measures how much of Readability's
 * text it recovers (the measurement behind extract-article.ts).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Readability } from '@mozilla/readability';
import { analysePage } from '../utils/core/analyse-page';
import { extractArticle } from '../utils/core/extract-article';
import { loadAliases, pageUrl, parseDocument } from './classify';
import { wordOverlap } from './lib/word-overlap';
import { max, median, quantile } from './bench/stats';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const fixturesDir = path.join(root, 'tests/fixtures/pages');
const corpusDir = path.resolve(process.env.BACKSTORY_SHARED ?? path.resolve(root, '../shared'), 'corpus/readability');

interface Row {
  slug: string;
  label: string;
  wantArticle: boolean;
  wantRelevant: boolean;
  article: boolean;
  relevant: boolean;
  score: number;
  ms: number;
  reasons: string[];
}

class Confusion {
  tp = 0;
  fp = 0;
  tn = 0;
  fn = 0;
  add(want: boolean, got: boolean): void {
    if (want && got) this.tp++;
    else if (!want && got) this.fp++;
    else if (!want && !got) this.tn++;
    else this.fn++;
  }
  get precision(): string {
    return this.tp + this.fp ? (this.tp / (this.tp + this.fp)).toFixed(3) : 'n/a';
  }
  get recall(): string {
    return this.tp + this.fn ? (this.tp / (this.tp + this.fn)).toFixed(3) : 'n/a';
  }
  toString(): string {
    return `TP ${this.tp}  FP ${this.fp}  TN ${this.tn}  FN ${this.fn}  precision ${this.precision}  recall ${this.recall}`;
  }
}

function run(slug: string, file: string, url: string | undefined, label: string, wantArticle: boolean, wantRelevant: boolean, aliases: ReturnType<typeof loadAliases>): Row {
  const doc = parseDocument(readFileSync(file, 'utf8'));
  const a = analysePage(doc, url ?? pageUrl(doc, `https://example.org/corpus/${slug}/page.html`), aliases);
  return { slug, label, wantArticle, wantRelevant, article: a.article.isArticle, relevant: a.topic.relevant, score: a.topic.score, ms: a.ms, reasons: a.topic.reasons };
}

export function evaluate(aliases = loadAliases()): { rows: Row[]; failures: string[] } {
  const rows: Row[] = [];
  for (const slug of existsSync(fixturesDir) ? readdirSync(fixturesDir).sort() : []) {
    const e = JSON.parse(readFileSync(path.join(fixturesDir, slug, 'expected.json'), 'utf8'));
    rows.push(run(slug, path.join(fixturesDir, slug, 'source.html'), e.url, e.label, e.article, e.relevant, aliases));
  }
  for (const slug of existsSync(corpusDir) ? readdirSync(corpusDir).sort() : []) {
    const m = JSON.parse(readFileSync(path.join(corpusDir, slug, 'expected-metadata.json'), 'utf8'));
    rows.push(run(slug, path.join(corpusDir, slug, 'source.html'), undefined, 'corpus', !!m.readerable, false, aliases));
  }
  const failures: string[] = [];
  for (const r of rows) {
    if (r.label === 'seed' && !r.relevant) failures.push(`seed ${r.slug} is not relevant: ${r.reasons.join('; ')}`);
    if (r.label === 'corpus' && r.relevant) failures.push(`corpus page ${r.slug} is relevant: ${r.reasons.join('; ')}`);
    if (r.label === 'hard-negative' && r.relevant) failures.push(`hard negative ${r.slug} is relevant: ${r.reasons.join('; ')}`);
  }
  return { rows, failures };
}

/** Light extractor vs Readability: time and word overlap, page by page. */
function compareReadability(): void {
  const files: Array<[string, string]> = [];
  for (const dir of [fixturesDir, corpusDir]) for (const slug of existsSync(dir) ? readdirSync(dir) : []) files.push([slug, path.join(dir, slug, 'source.html')]);
  const mine: number[] = [];
  const theirs: number[] = [];
  const recall: number[] = [];
  const precision: number[] = [];
  for (const [slug, file] of files) {
    const html = readFileSync(file, 'utf8');
    const d1 = parseDocument(html);
    let t = performance.now();
    const page = extractArticle(d1, `https://example.org/corpus/${slug}/page.html`);
    mine.push(performance.now() - t);
    const d2 = parseDocument(html);
    t = performance.now();
    const r = new Readability(d2).parse();
    theirs.push(performance.now() - t);
    const overlap = wordOverlap(page.paragraphs.join(' '), r?.textContent ?? '');
    if (overlap.referenceWords < 50) continue;
    recall.push(overlap.recall);
    precision.push(overlap.precision);
  }
  const ms = (a: number[]) => `median ${median(a).toFixed(2)} ms, p90 ${quantile(a, 0.9).toFixed(2)} ms`;
  console.log(`\nExtraction on ${files.length} pages: light extractor ${ms(mine)}; Readability.parse ${ms(theirs)}`);
  console.log(`Words of Readability's text recovered: median ${median(recall).toFixed(3)}, p10 ${quantile(recall, 0.1).toFixed(3)}; precision median ${median(precision).toFixed(3)}, p10 ${quantile(precision, 0.1).toFixed(3)} (n=${recall.length})`);
}

function main(argv: string[]): number {
  const i = argv.indexOf('--dataset');
  const { rows, failures } = evaluate(i >= 0 ? loadAliases(path.resolve(argv[i + 1] ?? '')) : loadAliases());
  const labels = [...new Set(rows.map((r) => r.label))];
  const all = new Confusion();
  console.log('Relevance (expected vs detected), per label:');
  for (const label of labels) {
    const c = new Confusion();
    for (const r of rows.filter((x) => x.label === label)) c.add(r.wantRelevant, r.relevant);
    console.log(`  ${label.padEnd(14)} n=${String(rows.filter((x) => x.label === label).length).padStart(3)}  ${c}`);
  }
  for (const r of rows) all.add(r.wantRelevant, r.relevant);
  console.log(`  ${'all'.padEnd(14)} n=${String(rows.length).padStart(3)}  ${all}`);
  const art = new Confusion();
  for (const r of rows.filter((x) => x.label !== 'corpus')) art.add(r.wantArticle, r.article);
  console.log(`\nArticle detection on fixtures: ${art}`);
  const rd = new Confusion();
  for (const r of rows.filter((x) => x.label === 'corpus')) rd.add(r.wantArticle, r.article);
  console.log(`Corpus readerable flag vs article detection (readerable is not a news-article label): ${rd}`);
  const wrong = rows.filter((r) => r.label !== 'corpus' && (r.wantRelevant !== r.relevant || r.wantArticle !== r.article));
  for (const r of wrong) console.log(`  mismatch ${r.slug}: article ${r.article} (want ${r.wantArticle}), relevant ${r.relevant} (want ${r.wantRelevant}); ${r.reasons.join('; ')}`);
  const ms = rows.map((r) => r.ms);
  console.log(`\nanalysePage in node/linkedom: median ${median(ms).toFixed(2)} ms, p90 ${quantile(ms, 0.9).toFixed(2)} ms, max ${max(ms).toFixed(2)} ms over ${ms.length} pages`);
  if (argv.includes('--compare-readability')) compareReadability();
  if (failures.length) {
    console.log('\nTARGETS FAILED:');
    for (const f of failures) console.log('  ' + f);
    return 1;
  }
  console.log('\nAll targets met: every seed relevant, no corpus page relevant, no hard negative relevant.');
  return 0;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) process.exitCode = main(process.argv.slice(2));
