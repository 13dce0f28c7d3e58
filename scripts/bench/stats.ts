/** Small statistics and the plain-text result table of `npm run bench`. */

export function quantile(values: readonly number[], q: number): number {
  const xs = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (xs.length === 0) return NaN;
  // Nearest rank: p90 is a value that was actually measured (no interpolation between runs).
  const i = Math.min(xs.length - 1, Math.max(0, Math.ceil(q * xs.length) - 1));
  return xs[i];
}

export const median = (values: readonly number[]): number => {
  const xs = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (xs.length === 0) return NaN;
  const m = xs.length >> 1;
  return xs.length % 2 ? xs[m] : (xs[m - 1] + xs[m]) / 2;
};
export const p90 = (values: readonly number[]): number => quantile(values, 0.9);
export const max = (values: readonly number[]): number => (values.length ? Math.max(...values) : NaN);

export type Verdict = 'pass' | 'FAIL' | 'info' | 'n/a';

export interface Row {
  /** Section heading the row is printed under. */
  group: string;
  name: string;
  n: number;
  median: number;
  p90: number;
  /** Unit of median/p90: ms (default), MB or a plain count. */
  unit?: 'ms' | 'MB' | 'KB' | '×' | '';
  target: string;
  verdict: Verdict;
  /** A short remark printed under the table (numbered). */
  note?: string;
}

export function fmt(v: number, unit: Row['unit'] = 'ms'): string {
  if (!Number.isFinite(v)) return '—';
  if (unit === 'MB') return v.toFixed(2);
  if (unit === '×') return `${v.toFixed(1)}×`;
  if (Math.abs(v) >= 100) return v.toFixed(0);
  if (Math.abs(v) >= 10) return v.toFixed(1);
  if (Math.abs(v) >= 1) return v.toFixed(2);
  return v.toFixed(3);
}

export function verdict(ok: boolean | undefined): Verdict {
  return ok === undefined ? 'n/a' : ok ? 'pass' : 'FAIL';
}

/** The table as plain text: one line per measurement, grouped, notes at the end. */
export function renderTable(rows: readonly Row[]): string {
  const head = ['measurement', 'n', 'median', 'p90', 'unit', 'target', 'result'];
  const notes: string[] = [];
  const body = rows.map((r) => {
    let name = r.name;
    if (r.note) {
      notes.push(r.note);
      name += ` [${notes.length}]`;
    }
    return { group: r.group, cells: [name, String(r.n), fmt(r.median, r.unit), fmt(r.p90, r.unit), r.unit ?? 'ms', r.target, r.verdict] };
  });
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b.cells[i].length)));
  const right = new Set([1, 2, 3]);
  const line = (cells: string[]) =>
    cells.map((c, i) => (right.has(i) ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join('  ').trimEnd();
  const out: string[] = [line(head), widths.map((w) => '-'.repeat(w)).join('  ')];
  let group = '';
  for (const b of body) {
    if (b.group !== group) {
      group = b.group;
      out.push(`${out.length > 2 ? '\n' : ''}${group}`);
    }
    out.push(line(b.cells));
  }
  if (notes.length) {
    out.push('', 'Notes:');
    notes.forEach((n, i) => out.push(`[${i + 1}] ${n}`));
  }
  return out.join('\n');
}
