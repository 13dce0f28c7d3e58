/**
 * The topic decision on labelled article texts: each text is wrapped as a
 * plain article page (title, description, h1, paragraphs) and goes through
 * the content script's first look and the full analysis, as a page would.
 * For maintainers who check the engine on articles they collected and cannot
 * commit (see `npm run eval:texts`).
 */
import { parseHTML } from 'linkedom';
import { z } from 'zod';
import type { AliasEntry } from '../../utils/core/analysis';
import { analysePage } from '../../utils/core/analyse-page';
import { firstLook } from '../../utils/core/first-look';
import { toIssues } from '../../utils/core/schema';

export const LabelledText = z.strictObject({
  url: z.url({ protocol: /^https?$/, error: 'expected the article\'s address (http or https)' }),
  headline: z.string().trim().min(1, { error: 'must not be empty' }),
  text: z.string().trim().min(1, { error: 'must not be empty' }),
  label: z.enum(['relevant', 'irrelevant'], { error: 'expected "relevant" or "irrelevant"' }),
  lang: z.string().optional(),
  // free notes a collector keeps with an item
  topic: z.string().optional(),
  category: z.union([z.string(), z.number()]).optional(),
  headlineInferred: z.boolean().optional(),
});
export type LabelledText = z.infer<typeof LabelledText>;

/** The items of a file, or its problems, each with the path of the bad field ("[3].label: …"). */
export function parseTexts(json: unknown): { ok: true; items: LabelledText[] } | { ok: false; problems: string[] } {
  const r = z.array(LabelledText).safeParse(json);
  if (r.success) return { ok: true, items: r.data };
  return { ok: false, problems: toIssues(r.error.issues).map((i) => `${i.path === '(root)' ? '(the file)' : i.path}: ${i.message}`) };
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A plain article page for a text: its first paragraph is the description, as news sites do. */
export function articlePage(item: LabelledText): string {
  const paragraphs = item.text.split(/\n+/).map((p) => p.trim()).filter((p) => p.length > 0);
  const description = (paragraphs[0] ?? '').slice(0, 200);
  return `<!doctype html><html lang="${esc(item.lang ?? 'en')}"><head><meta charset="utf-8"><title>${esc(item.headline)}</title>
<meta property="og:type" content="article"><meta property="og:title" content="${esc(item.headline)}"><meta name="description" content="${esc(description)}"></head>
<body><main><article><h1>${esc(item.headline)}</h1>
${paragraphs.map((p) => `<p>${esc(p)}</p>`).join('\n')}
</article></main></body></html>`;
}

export interface TextResult {
  item: LabelledText;
  /** The content script's first look passed: without it the page gets no analysis of its own. */
  look: boolean;
  relevant: boolean;
  score: number;
  reasons: string[];
}

export interface TextsSummary {
  results: TextResult[];
  tp: number;
  fp: number;
  tn: number;
  fn: number;
  /** Relevant texts the first look stopped (the analysis alone would have found some of them). */
  missedByFirstLook: number;
  precision: number;
  recall: number;
}

export function evaluateTexts(items: readonly LabelledText[], aliases: readonly AliasEntry[]): TextsSummary {
  const results: TextResult[] = [];
  let tp = 0;
  let fp = 0;
  let tn = 0;
  let fn = 0;
  let missedByFirstLook = 0;
  for (const item of items) {
    const doc = parseHTML(articlePage(item)).document as unknown as Document;
    const look = firstLook(doc, item.url);
    const a = analysePage(doc, item.url, aliases);
    const relevant = look && a.topic.relevant;
    const want = item.label === 'relevant';
    if (want && relevant) tp++;
    else if (want) fn++;
    else if (relevant) fp++;
    else tn++;
    if (want && !look) missedByFirstLook++;
    results.push({ item, look, relevant, score: a.topic.score, reasons: a.topic.reasons });
  }
  return { results, tp, fp, tn, fn, missedByFirstLook, precision: tp + fp ? tp / (tp + fp) : NaN, recall: tp + fn ? tp / (tp + fn) : NaN };
}
