/**
 * What a page says about itself in its head: JSON-LD (incl. @graph), Open
 * Graph, article:* and citation_* meta, canonical link. One pass over the
 * meta tags and the JSON-LD scripts; never throws on malformed data.
 */
import { cleanText } from './normalise-text';

// Pages may replace these; keep the originals from module load.
const jsonParse = JSON.parse;
const isArray = Array.isArray;

export interface PageMetadata {
  /** @type values found in JSON-LD, in document order. */
  jsonLdTypes: string[];
  jsonLdHeadline?: string;
  jsonLdPublished?: string;
  jsonLdPublisher?: string;
  jsonLdLanguage?: string;
  /** meta name/property (lower-cased) -> first content. */
  meta: Map<string, string>;
  canonical?: string;
  title: string;
}

const MAX_LD_CHARS = 2_000_000;
const MAX_LD_NODES = 2000;

/** Reads the page's metadata. */
export function readMetadata(doc: Document): PageMetadata {
  const out: PageMetadata = { jsonLdTypes: [], meta: new Map(), title: '' };
  try {
    out.title = cleanText(String(doc.title ?? ''));
  } catch {
    /* a page may break document.title */
  }
  const metas = doc.getElementsByTagName('meta');
  for (let i = 0; i < metas.length && i < 2000; i++) {
    const m = metas[i];
    const key = (m.getAttribute('property') || m.getAttribute('name') || m.getAttribute('itemprop') || m.getAttribute('http-equiv') || '').toLowerCase().trim();
    const content = m.getAttribute('content');
    if (key && content && !out.meta.has(key)) out.meta.set(key, content.trim());
  }
  const links = doc.querySelectorAll('link[rel~="canonical"]');
  if (links.length > 0) out.canonical = links[0].getAttribute('href') ?? undefined;
  const scripts = doc.querySelectorAll('script[type="application/ld+json"]');
  for (let i = 0; i < scripts.length && i < 50; i++) {
    const raw = scripts[i].textContent ?? '';
    if (raw.length > MAX_LD_CHARS) continue;
    let data: unknown;
    try {
      data = jsonParse(raw.trim().replace(/^<!--|-->$/g, ''));
    } catch {
      continue;
    }
    walkJsonLd(data, out, { nodes: 0 });
  }
  return out;
}

const ARTICLE_HOLDERS = ['@graph', 'mainEntity', 'mainEntityOfPage', 'itemListElement', 'hasPart'];

function walkJsonLd(node: unknown, out: PageMetadata, budget: { nodes: number }, depth = 0): void {
  if (node === null || typeof node !== 'object' || depth > 6 || ++budget.nodes > MAX_LD_NODES) return;
  if (isArray(node)) {
    for (let i = 0; i < node.length && i < 200; i++) walkJsonLd(node[i], out, budget, depth + 1);
    return;
  }
  const o = node as Record<string, unknown>;
  const types = o['@type'];
  const list = isArray(types) ? types : [types];
  let articleLike = false;
  for (let i = 0; i < list.length; i++) {
    const t = list[i];
    if (typeof t !== 'string') continue;
    const name = t.replace(/^https?:\/\/schema\.org\//, '');
    out.jsonLdTypes.push(name);
    if (/Article$|^BlogPosting$|^Report$/.test(name)) articleLike = true;
  }
  if (articleLike) {
    out.jsonLdHeadline ??= str(o.headline) ?? str(o.name);
    out.jsonLdPublished ??= str(o.datePublished) ?? str(o.dateCreated);
    out.jsonLdLanguage ??= str(o.inLanguage);
    const pub = o.publisher;
    if (pub && typeof pub === 'object' && !isArray(pub)) out.jsonLdPublisher ??= str((pub as Record<string, unknown>).name);
  }
  for (let i = 0; i < ARTICLE_HOLDERS.length; i++) {
    const v = o[ARTICLE_HOLDERS[i]];
    if (v && typeof v === 'object') walkJsonLd(v, out, budget, depth + 1);
  }
}

function str(v: unknown): string | undefined {
  if (typeof v === 'string' && v.trim()) return cleanText(v).slice(0, 1000);
  if (isArray(v) && typeof v[0] === 'string') return cleanText(v[0]).slice(0, 1000);
  return undefined;
}

/** Turns a date as pages write it into YYYY-MM-DD, or undefined. */
export function toIsoDate(s: string | undefined | null): string | undefined {
  if (!s) return undefined;
  const t = String(s).trim();
  const m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})/.exec(t) ?? /^(\d{4})(\d{2})(\d{2})(?:T|$)/.exec(t);
  let y: number, mo: number, d: number;
  if (m) {
    y = +m[1];
    mo = +m[2];
    d = +m[3];
  } else {
    const ms = Date.parse(t);
    if (!Number.isFinite(ms)) return undefined;
    const dt = new Date(ms);
    y = dt.getUTCFullYear();
    mo = dt.getUTCMonth() + 1;
    d = dt.getUTCDate();
  }
  if (y < 1990 || y > 2100 || mo < 1 || mo > 12 || d < 1 || d > 31) return undefined;
  return `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}
