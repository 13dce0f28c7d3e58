/**
 * The size of every entry of the built extension (Chrome MV3), raw and gzip,
 * with when each one loads. The content script's budget: ≤ 40 KB gzip before
 * the sidebar is needed.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { verdict, type Row } from './stats';

const WHEN: Array<[RegExp, string]> = [
  [/^first-look\.js$/, 'content script: every page of the listed news sites'],
  [/^engine\.js$/, 'injected only on pages whose first look names Pakistan (or on request)'],
  [/^background\.js$/, 'background'],
  [/^chunks\/sidebar-/, 'sidebar iframe (relevant pages)'],
  [/^assets\/sidebar-/, 'sidebar iframe (relevant pages)'],
  [/^chunks\/messaging-/, 'shared by the extension pages (sidebar, popup, options)'],
  [/^chunks\/popup-/, 'popup'],
  [/^chunks\/options-/, 'options page'],
  [/^assets\/pages-/, 'popup and options pages'],
  [/^dataset\.json$/, 'read by the background at install or update'],
];

export function bundleSizes(dir: string): { rows: Row[]; table: string } {
  const files: Array<{ file: string; raw: number; gzip: number; when: string }> = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = path.join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (/\.(js|css|html|json)$/.test(name)) {
        const rel = path.relative(dir, p).split(path.sep).join('/');
        const buf = readFileSync(p);
        files.push({ file: rel, raw: buf.length / 1024, gzip: gzipSync(buf, { level: 9 }).length / 1024, when: WHEN.find(([re]) => re.test(rel))?.[1] ?? '' });
      }
    }
  };
  walk(dir);
  files.sort((a, b) => b.gzip - a.gzip);
  const w = Math.max(...files.map((f) => f.file.length));
  const table = [
    `${'file'.padEnd(w)}  ${'raw KB'.padStart(7)}  ${'gzip KB'.padStart(7)}  loaded`,
    ...files.map((f) => `${f.file.padEnd(w)}  ${f.raw.toFixed(1).padStart(7)}  ${f.gzip.toFixed(1).padStart(7)}  ${f.when}`),
  ].join('\n');
  const cs = files.find((f) => f.file === 'first-look.js');
  const engine = files.find((f) => f.file === 'engine.js');
  const rows: Row[] = [{
    group: 'Bundle sizes (Chrome MV3 build)', name: 'content script before the sidebar is needed, gzip', n: cs ? 1 : 0, median: cs?.gzip ?? NaN, p90: cs?.gzip ?? NaN, unit: 'KB', target: '≤ 40 KB', verdict: cs ? verdict(cs.gzip <= 40) : 'n/a',
    note: `first-look.js, ${cs ? `${cs.raw.toFixed(1)} KB raw` : 'not found'}. On a page it judges worth analysing, engine.js (${engine ? `${engine.gzip.toFixed(1)} KB gzip` : 'not found'}: the page reader, sidebar host, highlights; the matching runs in the background) joins it in the same isolated world; the sidebar's own code loads in its iframe. Every entry is listed under the table.`,
  }];
  return { rows, table };
}
