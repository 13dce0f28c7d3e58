/**
 * Maintainer commands for the dataset:
 *   check   validate every file and cross-reference (exit 1 on any error)
 *   build   write public/dataset.json and a CHANGELOG entry
 *   stats   counts per kind and coverage by year
 *   schema  write the JSON Schemas editors use (dataset/schema/*.schema.json)
 *   sign    sign the built dataset for URL updates (see README)
 */
import { readFileSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { KIND_NAMES, RECORD_KINDS, Dataset, SCHEMA_VERSION, type DatasetMeta } from '../utils/core/schema';
import { checkReferences } from '../utils/core/check-dataset';
import { datasetHash, compareVersions, recordsOf } from '../utils/core/dataset-hash';
import { diffDatasets } from '../utils/core/diff-datasets';
import { signManifest, generateSigningKey, type UpdateManifest } from '../utils/core/dataset-signature';
import { loadDatasetSources, type FileIssue } from './lib/load-dataset-sources';

const root = path.resolve(import.meta.dirname, '..');
const dataDir = path.join(root, 'dataset');
const bundlePath = path.join(root, 'public', 'dataset.json');
const today = process.env.BACKSTORY_TODAY ?? new Date().toISOString().slice(0, 10);

function check(): { ok: boolean; loaded: ReturnType<typeof loadDatasetSources> } {
  const loaded = loadDatasetSources(dataDir);
  const issues: FileIssue[] = [...loaded.issues];
  for (const i of checkReferences(loaded.records, today)) {
    const [where, field] = i.path.split(': ');
    issues.push({ file: loaded.fileOf.get(where) ?? where, path: field ?? '', message: i.message });
  }
  for (const i of issues) console.error(`${i.file}: ${i.path}: ${i.message}`);
  const n = KIND_NAMES.reduce((s, k) => s + loaded.records[k].length, 0);
  console.log(issues.length ? `dataset: ${issues.length} error(s) in ${n} records` : `dataset: ${n} records, no errors`);
  return { ok: issues.length === 0, loaded };
}

async function build() {
  const { ok, loaded } = check();
  if (!ok) process.exit(1);
  const records = recordsOf(loaded.records);
  const hash = await datasetHash(records);
  const prev = existsSync(bundlePath) ? (JSON.parse(readFileSync(bundlePath, 'utf8')) as Dataset) : undefined;
  if (prev && prev.meta.hash === hash && prev.meta.version === loaded.release.version) {
    console.log(`public/dataset.json is up to date (${hash.slice(0, 19)}…, version ${prev.meta.version})`);
    return;
  }
  if (prev && compareVersions(loaded.release.version, prev.meta.version) <= 0 && prev.meta.hash !== hash) {
    console.error(`the records changed since ${prev.meta.version}: bump "version" in dataset/dataset.yaml`);
    process.exit(1);
  }
  const changes = prev ? diffDatasets(prev, records) : { added: [], changed: [], removed: [] };
  const meta: DatasetMeta = {
    version: loaded.release.version,
    released: loaded.release.released,
    schemaVersion: SCHEMA_VERSION,
    counts: Object.fromEntries(KIND_NAMES.map((k) => [k, records[k].length])) as DatasetMeta['counts'],
    hash,
    changes: prev ? changes : undefined,
  };
  const bundle = Dataset.parse({ meta, ...records });
  writeFileSync(bundlePath, JSON.stringify(bundle) + '\n');
  const logPath = path.join(dataDir, 'CHANGELOG.md');
  const log = existsSync(logPath) ? readFileSync(logPath, 'utf8') : '# Dataset changelog\n';
  const entry = [
    `## ${meta.version} — ${meta.released}`,
    prev ? `Since ${prev.meta.version}:` : 'First release.',
    ...(['added', 'changed', 'removed'] as const).map((k) => `- ${k} (${changes[k].length}): ${changes[k].join(', ') || '—'}`),
    `- counts: ${KIND_NAMES.map((k) => `${k} ${meta.counts[k]}`).join(', ')}`,
    `- hash: ${hash}`,
    '',
  ].join('\n');
  const [head, ...rest] = log.split(/\n(?=## )/);
  writeFileSync(logPath, [head.trimEnd() + '\n', entry, ...rest.filter((r) => !r.startsWith(`## ${meta.version} `))].join('\n'));
  console.log(`wrote public/dataset.json: version ${meta.version}, ${KIND_NAMES.map((k) => `${meta.counts[k]} ${k}`).join(', ')}`);
}

function stats() {
  const { loaded } = check();
  const r = loaded.records;
  console.log('\nkind        records');
  for (const k of KIND_NAMES) console.log(`${k.padEnd(12)}${String(r[k].length).padStart(7)}`);
  const years = new Map<string, Record<string, number>>();
  const bump = (date: string | undefined, k: string) => {
    if (!date) return;
    const decade = `${date.slice(0, 3)}0s`;
    const row = years.get(decade) ?? {};
    row[k] = (row[k] ?? 0) + 1;
    years.set(decade, row);
  };
  for (const a of r.agreements) for (const d of a.dates) bump(d.date, 'agreement steps');
  for (const e of r.events) bump(e.date, 'events');
  for (const s of r.series) for (const v of s.values) bump(v.period.replace(/^FY/, '').slice(0, 4), 'series values');
  const cols = ['agreement steps', 'events', 'series values'];
  console.log(`\ncoverage    ${cols.map((c) => c.padStart(16)).join('')}`);
  for (const [dec, row] of [...years].sort()) console.log(`${dec.padEnd(12)}${cols.map((c) => String(row[c] ?? 0).padStart(16)).join('')}`);
  const verdicts = new Map<string, number>();
  for (const c of r.claims) verdicts.set(c.verdict, (verdicts.get(c.verdict) ?? 0) + 1);
  console.log(`\nclaims by verdict: ${[...verdicts].map(([k, v]) => `${k} ${v}`).join(', ') || 'none'}`);
  const unverified = KIND_NAMES.flatMap((k) => (r[k] as Array<{ id: string; verified?: boolean }>).filter((x) => x.verified === false).map((x) => `${k}/${x.id}`));
  console.log(`unverified records: ${unverified.length}${unverified.length ? ` (${unverified.join(', ')})` : ''}`);
}

function schema() {
  const out = path.join(dataDir, 'schema');
  mkdirSync(out, { recursive: true });
  for (const k of KIND_NAMES) {
    const json = z.toJSONSchema(RECORD_KINDS[k], { io: 'input', unrepresentable: 'any' });
    writeFileSync(path.join(out, `${k}.schema.json`), JSON.stringify({ title: `Backstory dataset: one of ${k}`, ...json }, null, 2) + '\n');
  }
  writeFileSync(path.join(out, 'dataset.schema.json'), JSON.stringify(z.toJSONSchema(Dataset, { io: 'input', unrepresentable: 'any' }), null, 2) + '\n');
  console.log(`wrote ${KIND_NAMES.length + 1} JSON Schemas to dataset/schema/`);
}

async function sign(args: string[]) {
  if (args.includes('--keygen')) {
    const { privateJwk, publicJwk } = await generateSigningKey();
    console.log(JSON.stringify({ privateJwk, publicJwk }, null, 2));
    console.error('Keep privateJwk secret (outside the repository); put publicJwk in utils/core/release-key.ts.');
    return;
  }
  const keyArg = args[args.indexOf('--key') + 1];
  const urlArg = args.includes('--url') ? args[args.indexOf('--url') + 1] : undefined;
  const outDir = args.includes('--out') ? args[args.indexOf('--out') + 1] : path.join(root, '.output', 'dataset-release');
  if (!args.includes('--key') || !keyArg) {
    console.error('usage: npm run dataset:sign -- --key PRIVATE.jwk [--url https://…/dataset.json] [--out DIR]  |  --keygen');
    process.exit(2);
  }
  const bundleText = readFileSync(bundlePath, 'utf8');
  const bundle = JSON.parse(bundleText) as Dataset;
  const manifest: UpdateManifest = await signManifest(bundleText, bundle.meta, JSON.parse(readFileSync(keyArg, 'utf8')), urlArg);
  mkdirSync(outDir, { recursive: true });
  writeFileSync(path.join(outDir, 'dataset.json'), bundleText);
  writeFileSync(path.join(outDir, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n');
  console.log(`signed ${bundle.meta.version}: ${path.relative(root, outDir)}/dataset.json + manifest.json (sha256 ${manifest.sha256.slice(0, 12)}…)`);
}

const [cmd, ...rest] = process.argv.slice(2);
switch (cmd) {
  case 'check':
    if (!check().ok) process.exit(1);
    break;
  case 'build':
    await build();
    break;
  case 'stats':
    stats();
    break;
  case 'schema':
    schema();
    break;
  case 'sign':
    await sign(rest);
    break;
  default:
    console.error('usage: tsx scripts/dataset.ts check|build|stats|schema|sign');
    process.exit(2);
}
