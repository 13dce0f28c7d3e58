/** Reads the hand-edited dataset sources (dataset/<kind>/<id>.yaml) with path-precise errors. */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import path from 'node:path';
import { parseDocument } from 'yaml';
import { KIND_NAMES, RECORD_KINDS, Semver, DateString, toIssues, type Dataset, type RecordKind } from '../../utils/core/schema';

export interface FileIssue {
  file: string;
  path: string;
  message: string;
}

export interface LoadedSources {
  records: Omit<Dataset, 'meta'>;
  release: { version: string; released: string };
  issues: FileIssue[];
  /** Where each record came from: `agreements/cis-moa` → `agreements/cis-moa.yaml`. */
  fileOf: Map<string, string>;
}

export function loadDatasetSources(dir: string): LoadedSources {
  const issues: FileIssue[] = [];
  const records = Object.fromEntries(KIND_NAMES.map((k) => [k, []])) as unknown as Omit<Dataset, 'meta'>;
  const fileOf = new Map<string, string>();
  let release = { version: '0.0.0', released: '1970-01-01' };

  const releaseFile = path.join(dir, 'dataset.yaml');
  const rel = readYaml(releaseFile, 'dataset.yaml', issues) as Record<string, unknown> | undefined;
  if (rel) {
    const v = Semver.safeParse(rel.version);
    const d = DateString.safeParse(rel.released);
    if (!v.success) issues.push({ file: 'dataset.yaml', path: 'version', message: v.error.issues[0].message });
    if (!d.success) issues.push({ file: 'dataset.yaml', path: 'released', message: d.error.issues[0].message });
    if (v.success && d.success) release = { version: v.data, released: d.data };
  }

  for (const kind of KIND_NAMES) {
    const kdir = path.join(dir, kind);
    if (!existsSync(kdir)) continue;
    for (const name of readdirSync(kdir).filter((f) => /\.ya?ml$/.test(f)).sort()) {
      const rel = `${kind}/${name}`;
      const data = readYaml(path.join(kdir, name), rel, issues);
      if (data === undefined) continue;
      const parsed = RECORD_KINDS[kind as RecordKind].safeParse(data, { reportInput: true });
      if (!parsed.success) {
        for (const i of toIssues(parsed.error.issues)) issues.push({ file: rel, ...i });
        continue;
      }
      const id = (parsed.data as { id: string }).id;
      if (name.replace(/\.ya?ml$/, '') !== id)
        issues.push({ file: rel, path: 'id', message: `the file name must be the id: rename to ${kind}/${id}.yaml` });
      fileOf.set(`${kind}/${id}`, rel);
      (records[kind] as unknown[]).push(parsed.data);
    }
  }
  return { records, release, issues, fileOf };
}

function readYaml(file: string, rel: string, issues: FileIssue[]): unknown {
  if (!existsSync(file)) {
    issues.push({ file: rel, path: '(file)', message: 'missing' });
    return undefined;
  }
  const doc = parseDocument(readFileSync(file, 'utf8'), { uniqueKeys: true });
  if (doc.errors.length) {
    for (const e of doc.errors) issues.push({ file: rel, path: `line ${e.linePos?.[0].line ?? '?'}`, message: e.message.split('\n')[0] });
    return undefined;
  }
  return doc.toJS();
}
