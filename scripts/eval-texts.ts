/**
 * Checks the topic decision on article texts you collected (and may not be
 * free to commit): one or more JSON files, each an array of
 *
 *   {"url": "https://…", "headline": "…", "text": "paragraphs, one per line",
 *    "label": "relevant" | "irrelevant", "lang": "en" | "ur"}
 *
 *   npm run eval:texts -- FILE.json…
 *
 * Each text is wrapped as a plain article page and goes through the content
 * script's first look and the full analysis with the bundled dataset, as a
 * page would. Prints every wrong decision with the engine's reasons, then
 * the confusion counts, precision and recall. A malformed file is refused
 * with the path of each bad field (exit 2); wrong decisions exit 1.
 */
import { readFileSync } from 'node:fs';
import { loadAliases } from './classify';
import { evaluateTexts, parseTexts, type LabelledText } from './lib/eval-texts';

function main(files: string[]): number {
  if (files.length === 0 || files.includes('--help') || files.includes('-h')) {
    console.log('usage: npm run eval:texts -- FILE.json…  (each file: [{"url","headline","text","label": "relevant"|"irrelevant","lang"?}])');
    return files.length === 0 ? 2 : 0;
  }
  const items: LabelledText[] = [];
  for (const file of files) {
    let json: unknown;
    try {
      json = JSON.parse(readFileSync(file, 'utf8'));
    } catch (err) {
      console.error(`${file}: ${(err as Error).message}`);
      return 2;
    }
    const parsed = parseTexts(json);
    if (!parsed.ok) {
      for (const p of parsed.problems) console.error(`${file}: ${p}`);
      return 2;
    }
    items.push(...parsed.items);
  }
  const s = evaluateTexts(items, loadAliases());
  for (const r of s.results) {
    const want = r.item.label === 'relevant';
    if (want === r.relevant) continue;
    const what = want ? (r.look ? 'missed' : 'missed (first look: the address, title and description do not name Pakistan)') : 'wrongly relevant';
    console.log(`${what}: ${r.item.headline}\n  ${r.item.url}\n  score ${r.score}: ${r.reasons.join('; ')}`);
  }
  const pct = (x: number) => (Number.isFinite(x) ? x.toFixed(3) : 'n/a');
  console.log(
    `\n${items.length} texts: ${s.tp} relevant found, ${s.fn} missed (${s.missedByFirstLook} by the first look), ${s.fp} wrongly relevant, ${s.tn} rightly not; precision ${pct(s.precision)}, recall ${pct(s.recall)}`,
  );
  return s.fp + s.fn > 0 ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
