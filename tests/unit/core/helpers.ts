/** Shared helpers for the core tests: parsing pages and a small fixture dataset. */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import type { AliasEntry } from '../../../utils/core/analysis';
import { aliasesFromDataset } from '../../../utils/core/aliases-from-dataset';

export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const sharedDir = path.resolve(process.env.BACKSTORY_SHARED ?? path.resolve(projectRoot, '../shared'));
export const fixturesDir = path.join(projectRoot, 'tests/fixtures/pages');

export function parse(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

/** A news page around some paragraphs. */
export function page(o: { headline: string; paragraphs: string[]; lang?: string; type?: string; published?: string }): Document {
  const ld = JSON.stringify({ '@context': 'https://schema.org', '@type': o.type ?? 'NewsArticle', headline: o.headline, datePublished: o.published ?? '2025-08-12T10:00:00+05:00' });
  return parse(`<!doctype html><html lang="${o.lang ?? 'en'}"><head><title>${o.headline} - Dawn</title>
<meta property="og:type" content="article"><script type="application/ld+json">${ld}</script></head>
<body><nav><a href="/">Home</a><a href="/pakistan">Pakistan</a></nav><article><h1>${o.headline}</h1><div class="story__content">${o.paragraphs
    .map((p) => `<p>${p}</p>`)
    .join('')}</div></article><aside class="related"><ul><li><a href="/x">Pakistan, US hold counter-terrorism talks on drone strikes and CIA</a></li></ul></aside></body></html>`);
}

/** A small dataset in the bundle's shape, written for the tests. */
export const fixtureDataset = {
  actors: [
    { id: 'united-states', name: 'United States', aliases: ['US', 'U.S.', 'امریکہ'] },
    { id: 'pakistan', name: 'Pakistan', aliases: ['پاکستان'] },
    { id: 'ttp', name: 'Tehreek-e-Taliban Pakistan', aliases: ['TTP', 'Tehreek-i-Taliban Pakistan', 'تحریک طالبان پاکستان'] },
    { id: 'cia', name: 'Central Intelligence Agency', aliases: ['CIA', 'سی آئی اے'] },
    { id: 'isi', name: 'Inter-Services Intelligence', aliases: ['ISI'] },
    { id: 'mohsin-naqvi', name: 'Mohsin Naqvi', aliases: [] },
    { id: 'khyber-pakhtunkhwa', name: 'Khyber Pakhtunkhwa', aliases: ['KP'] },
    { id: 'natalie-baker', name: 'Natalie Baker', aliases: [] },
  ],
  agreements: [{ id: 'coalition-support-fund', name: 'Coalition Support Fund', aliases: ['CSF', 'کولیشن سپورٹ فنڈ'] }],
  events: [{ id: 'ct-dialogue-2025', name: 'counterterrorism dialogue', aliases: ['counter-terrorism dialogue'] }],
};

export const fixtureAliases: AliasEntry[] = aliasesFromDataset(fixtureDataset);
