/**
 * The content hash of a dataset: sha256 over its records in a canonical
 * JSON form (kinds in fixed order, records sorted by id, keys sorted).
 * Uses WebCrypto, present in node, workers and pages alike.
 */
import { KIND_NAMES, type Dataset } from './schema';

export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const keys = Object.keys(value as object).sort();
    return `{${keys
      .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
      .map((k) => `${JSON.stringify(k)}:${canonicalJson((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value);
}

export function recordsOf(d: Omit<Dataset, 'meta'>): Omit<Dataset, 'meta'> {
  const out = {} as Omit<Dataset, 'meta'>;
  for (const k of KIND_NAMES) (out as Record<string, unknown>)[k] = [...d[k]].sort((a, b) => a.id.localeCompare(b.id));
  return out;
}

export async function sha256Hex(text: string): Promise<string> {
  const buf = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(buf)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

export async function datasetHash(d: Omit<Dataset, 'meta'>): Promise<string> {
  return `sha256-${await sha256Hex(canonicalJson(recordsOf(d)))}`;
}

/** Compares two semver strings: negative when a < b. */
export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < 3; i++) if ((pa[i] ?? 0) !== (pb[i] ?? 0)) return (pa[i] ?? 0) - (pb[i] ?? 0);
  return 0;
}
