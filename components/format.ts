/**
 * Formatting and URL-safety helpers for the sidebar components: plain
 * functions, no DOM, English output whatever the article's language.
 */
import type { FigureStatus } from '../utils/core/analysis';
import type { Series } from '../utils/core/schema';

type Unit = Series['unit'];

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

const intFormat = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const numFormat = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

/** A plain number with thousands separators: 1034 → "1,034", 2.5 → "2.5". */
export function formatNumber(n: number): string {
  if (!Number.isFinite(n)) return '–';
  return Number.isInteger(n) ? intFormat.format(n) : numFormat.format(n);
}

/** Trims a compact mantissa to at most one decimal, dropping ".0": 1.5, 12, 450. */
function compact(n: number): string {
  const digits = n >= 100 ? 0 : 1;
  const s = n.toFixed(digits);
  return s.endsWith('.0') ? s.slice(0, -2) : s;
}

/** Money in compact form: 1.5e9 → "$1.5bn", 4.5e8 → "$450m", 12000 → "$12k"; PKR gets "Rs ". */
export function formatMoney(n: number, currency: 'usd' | 'pkr' = 'usd'): string {
  if (!Number.isFinite(n)) return '–';
  const sign = n < 0 ? '−' : '';
  const a = Math.abs(n);
  const sym = currency === 'usd' ? '$' : 'Rs ';
  let body: string;
  if (a >= 1e12) body = `${compact(a / 1e12)}tn`;
  else if (a >= 1e9) body = `${compact(a / 1e9)}bn`;
  else if (a >= 1e6) body = `${compact(a / 1e6)}m`;
  else if (a >= 1e4) body = `${compact(a / 1e3)}k`;
  else body = formatNumber(a);
  return `${sign}${sym}${body}`;
}

/** A value in its dataset unit: money compact, counts with separators, "34%", "#4", "2,500 km". */
export function formatValue(value: number, unit: Unit | string): string {
  switch (unit) {
    case 'usd':
    case 'pkr':
      return formatMoney(value, unit);
    case 'percent':
      return `${formatNumber(value)}%`;
    case 'rank':
      return `#${formatNumber(value)}`;
    case 'km':
      return `${formatNumber(value)} km`;
    default:
      return formatNumber(value);
  }
}

/** Short axis label for a value: like formatValue but with no unit suffix beyond "$"/"%". */
export function formatAxisValue(value: number, unit: Unit | string): string {
  if (unit === 'usd' || unit === 'pkr') return formatMoney(value, unit);
  if (unit === 'percent') return `${formatNumber(value)}%`;
  if (Math.abs(value) >= 1e4) return `${compact(Math.abs(value) / 1e3)}k`;
  return formatNumber(value);
}

/**
 * A dataset date as a reader reads it: "2025-08-12" → "12 Aug 2025",
 * "2025-08" → "Aug 2025", "2025" → "2025". Anything else is returned as is.
 * No Date parsing, so no time-zone shifts.
 */
export function formatDate(date: string): string {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(date);
  if (!m) return date;
  const [, y, mo, d] = m;
  const month = mo ? MONTHS[Number(mo) - 1] : undefined;
  if (mo && !month) return date;
  if (d) return `${Number(d)} ${month} ${y}`;
  if (month) return `${month} ${y}`;
  return y;
}

/** An ISO timestamp as the reader's local calendar date, "12 Aug 2025"; invalid input returned as is. */
export function formatTimestamp(iso: string): string {
  const t = new Date(iso);
  if (Number.isNaN(t.getTime())) return iso;
  return `${t.getDate()} ${MONTHS[t.getMonth()]} ${t.getFullYear()}`;
}

/** A period label for display: "FY2010" stays, "2002/2023" → "2002–2023", "2025-edition" → "2025 edition". */
export function formatPeriod(period: string): string {
  return period.replace(/^(\d{4})\/(\d{4})$/, '$1–$2').replace(/^(\d{4})-edition$/, '$1 edition');
}

/** The URL if it is a well-formed https URL, else undefined: dataset links are rendered only then. */
export function httpsUrl(url: string | undefined): string | undefined {
  return safeUrl(url, ['https:']);
}

/** The URL if it is a well-formed http(s) URL, else undefined (for the reader's own history). */
export function httpUrl(url: string | undefined): string | undefined {
  return safeUrl(url, ['https:', 'http:']);
}

function safeUrl(url: string | undefined, protocols: string[]): string | undefined {
  if (typeof url !== 'string') return undefined;
  try {
    const u = new URL(url);
    return protocols.includes(u.protocol) && u.hostname ? u.href : undefined;
  } catch {
    return undefined;
  }
}

/** Words for a figure-check status, never colour alone: "differs by 12% (higher)". */
export function statusLabel(status: FigureStatus, differencePercent?: number): string {
  switch (status) {
    case 'matches':
      return 'matches';
    case 'differs': {
      if (differencePercent === undefined || !Number.isFinite(differencePercent)) return 'differs';
      const abs = Math.abs(differencePercent);
      const pct = abs >= 10 ? Math.round(abs).toString() : compact(abs);
      return `differs by ${pct}% (${differencePercent > 0 ? 'higher' : 'lower'})`;
    }
    case 'disputed':
      return 'disputed';
    case 'false':
      return 'known false claim';
    case 'unverifiable':
      return 'unverifiable';
    case 'no-reference':
      return 'no reference';
  }
}

/** "terrorist-attacks" / "arms-sale" → "terrorist attacks" / "arms sale". */
export function humanize(id: string): string {
  return id.replace(/-/g, ' ');
}

/** The first sentence of a summary, at most `max` characters; `truncated` says whether text was cut. */
export function firstSentence(text: string, max = 220): { text: string; truncated: boolean } {
  const t = text.trim();
  const m = /^.+?(?<!\b(?:[A-Z]|Mr|Ms|Mrs|Dr|Gen|Lt|Col|Maj|Capt|St|No|Sen|Rep|Amb))[.!?](?=\s+[A-Z"“‘(]|$)/s.exec(t);
  let s = m ? m[0] : t;
  if (s.length > max) s = s.slice(0, max - 1).replace(/\s+\S*$/, '') + '…';
  return { text: s, truncated: s.length < t.length };
}

/** "signed" → "Signed". */
export function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** "1 item" / "3 items". */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${formatNumber(n)} ${n === 1 ? one : many}`;
}
