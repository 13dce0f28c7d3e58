/**
 * Pure helpers for the SVG charts: a "nice" axis maximum, which period
 * labels fit under a narrow chart, and which series share a chart.
 */
import type { Series } from '../utils/core/schema';

/** The smallest 1/2/2.5/5 × 10^k at or above `max` (at least 1): 1873 → 2000, 0.7 → 1. */
export function niceMax(max: number): number {
  if (!(max > 0)) return 1;
  const exp = Math.pow(10, Math.floor(Math.log10(max)));
  for (const m of [1, 2, 2.5, 5, 10]) if (m * exp >= max) return m * exp;
  return 10 * exp;
}

/** Indexes of labels to show so that at most `room` appear, always the first and last. */
export function labelIndexes(n: number, room: number): number[] {
  if (n <= room) return Array.from({ length: n }, (_, i) => i);
  const step = Math.ceil((n - 1) / Math.max(1, room - 1));
  const out: number[] = [];
  for (let i = 0; i < n; i += step) out.push(i);
  if (out[out.length - 1] !== n - 1) {
    if (n - 1 - out[out.length - 1] < step / 2) out.pop();
    out.push(n - 1);
  }
  return out;
}

/** A compact axis label for a period: "FY2010" → "FY10", "2002/2023" → "02–23", others unchanged. */
export function shortPeriod(period: string): string {
  const fy = /^FY\d{2}(\d{2})$/.exec(period);
  if (fy) return `FY${fy[1]}`;
  const span = /^\d{2}(\d{2})\/\d{2}(\d{2})$/.exec(period);
  if (span) return `${span[1]}–${span[2]}`;
  return period.replace(/-edition$/, '');
}

/** Periods of several series, merged and sorted (FY2009 < FY2010, 2009 < 2010). */
export function mergePeriods(periodLists: ReadonlyArray<readonly string[]>): string[] {
  return [...new Set(periodLists.flat())].sort((a, b) => a.localeCompare(b));
}

/** Groups series by metric and unit, keeping first-seen order. */
export function groupSeries(series: readonly Series[]): Series[][] {
  const groups = new Map<string, Series[]>();
  for (const s of series) {
    if (s.values.length === 0) continue;
    const key = `${s.metric}|${s.unit}`;
    const g = groups.get(key);
    if (g) g.push(s);
    else groups.set(key, [s]);
  }
  return [...groups.values()];
}
