/**
 * Compares an article's figures with the dataset: first with circulating
 * claims (same unit, value within a small tolerance, fitting keywords and
 * period), then with reference series (by metric words and period). The
 * explanation says what the sources support and no more.
 */
import type { ExtractedFigure, FigureCheck, ReferenceValue } from './analysis';
import type { Claim, Series } from './schema';

export interface FigureReference {
  claims?: readonly Claim[];
  series?: readonly Series[];
}

/** A figure below 1/PART of every reference value for its period is taken as a part of that total, not compared with it. */
const PART = 4;
/** Words that give a figure as a total. */
const TOTAL = /\b(?:total|overall|combined|cumulative|altogether|in all|all told)\b|مجموعی|کل\s/i;
/** Relative tolerance for money and counts; absolute points for percentages. */
const REL_TOLERANCE = 0.02;
const PERCENT_POINTS = 0.5;

const GENERIC = new Set([
  'pakistan', 'pakistani', 'us', 'u', 's', 'united', 'states', 'america', 'american', 'per', 'year', 'years', 'fiscal', 'by', 'in', 'of', 'the', 'to',
  'and', 'for', 'from', 'on', 'a', 'an', 'with', 'over', 'nearly', 'total', 'totaled', 'crs', 'gti', 'picss', 'pips', 'ispr', 'ctd', 'crss', 'iep', 'since', 'at',
  // the figure's own unit and scale: a claim's keyword "$1.5 billion" or "15-20 percent drop" says nothing of what is counted
  'billion', 'billions', 'million', 'millions', 'thousand', 'trillion', 'bn', 'mn', 'crore', 'lakh', 'percent', 'cent', 'dollar', 'dollars', 'rupees',
]);
const SYNONYMS: Record<string, string> = { incide: 'attack', killed: 'death', fatali: 'death', lives: 'death', casual: 'death', bombin: 'attack', insurg: 'milita', terror: 'terror', operat: 'operat' };

/**
 * Urdu words that say what a figure counts or pays for, by the English word
 * whose stem they share (the claims' keywords and the series' names are in
 * English): an Urdu article's figures are compared with the same claims and
 * series as an English one's. Words as written with spaces ("دہشت گردی",
 * "جاں بحق") are listed by their parts; forms written joined are listed too.
 */
const URDU_WORDS: Record<string, string> = {};
for (const [english, urdu] of [
  ['terrorism', 'دہشت دہشتگرد دہشتگردی دہشتگردوں دہشتگردانہ'],
  ['attacks', 'حملے حملوں حملہ دھماکے دھماکوں دھماکہ دھماکا'],
  ['incidents', 'واقعات واقعے واقعہ واقعات'],
  ['fatalities', 'ہلاکت ہلاکتیں ہلاکتوں'],
  ['deaths', 'اموات شہادت شہادتیں'],
  ['killed', 'ہلاک بحق جاںبحق شہید قتل'],
  ['militants', 'عسکریت جنگجو جنگجوؤں خوارج'],
  ['insurgents', 'باغی باغیوں شورش بغاوت'],
  // فوجی is the everyday word for a soldier, and "military" shares its stem with "militants"
  ['soldiers', 'فوج فوجی فوجیوں'],
  ['military', 'ملٹری عسکری'],
  ['civilians', 'شہری شہریوں'],
  ['security', 'سیکیورٹی سکیورٹی سیکورٹی سیکیوریٹی سلامتی'],
  ['personnel', 'اہلکار اہلکاروں'],
  ['soldiers', 'سپاہی سپاہیوں جوان جوانوں'],
  ['people', 'افراد لوگ لوگوں'],
  ['suicide', 'خودکش'],
  ['aid', 'امداد امدادی معاونت اعانت'],
  ['economic', 'اقتصادی معاشی'],
  ['coalition', 'کولیشن اتحادی'],
  ['support', 'سپورٹ'],
  ['fund', 'فنڈ فنڈز'],
  ['foreign', 'فارن'],
  ['financing', 'فنانسنگ'],
  ['exports', 'برآمدات برآمد'],
  ['operations', 'آپریشن آپریشنز آپریشنوں کارروائی کارروائیاں کارروائیوں'],
  ['violence', 'تشدد'],
  ['counter', 'انسداد'],
  ['khyber', 'خیبر'],
  ['pakhtunkhwa', 'پختونخوا پختونخواہ'],
  ['balochistan', 'بلوچستان'],
  ['border', 'سرحد سرحدی بارڈر'],
  ['kilometers', 'کلومیٹر'],
  ['drone', 'ڈرون'],
  ['agreement', 'معاہدہ معاہدے'],
  ['increase', 'اضافہ اضافے'],
  ['decrease', 'کمی'],
] as const)
  for (const w of urdu.split(' ')) URDU_WORDS[w] = english;

/** Words of the Arabic script (yeh, kaf and heh as Urdu writes them, alef madda as one letter, short vowels dropped), split at anything else, the zero-width non-joiner too. */
const arabicWords = (s: string) =>
  s
    .replace(/ي|ى/g, 'ی')
    .replace(/ك/g, 'ک')
    .replace(/ه/g, 'ہ')
    .replace(/ا\u0653/g, 'آ')
    .replace(/[\u064b-\u065f\u0670]/g, '')
    .match(/[\u0621-\u064a\u066e-\u06d3\u06d5\u06fa-\u06ff]+/g) ?? [];

/** Significant word stems: lower-case, 6-letter prefix, synonyms folded; Urdu words by their English word (URDU_WORDS). */
function stems(s: string, unglue = false): Set<string> {
  const out = new Set<string>();
  const add = (w: string) => {
    if (!w || GENERIC.has(w) || /^\d/.test(w) || w.length < 3) return;
    const p = w.slice(0, 6);
    out.add(SYNONYMS[p] ?? p);
  };
  for (const w of s.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '').split(/[^a-z0-9]+/)) {
    add(w);
    // a figure's words run together ("thatsuicide"): the stems of the word's ends from its third to its sixth letter too
    if (unglue && w.length >= 9) for (let i = 2; i <= 5 && w.length - i >= 6; i++) add(w.slice(i));
  }
  if (/[\u0600-\u06ff]/.test(s)) for (const w of arabicWords(s)) if (Object.hasOwn(URDU_WORDS, w)) add(URDU_WORDS[w]);
  return out;
}

const yearOf = (s: string | undefined) => (s ? Number(/(\d{4})/.exec(s)?.[1]) || undefined : undefined);

/** Do two periods fit? Unknown periods fit anything; ends may differ by a (fiscal) year. */
function periodsFit(fig: ExtractedFigure['period'], claim: Claim['figure']['period']): boolean {
  if (!fig || !claim) return true;
  const [ff, ft, cf, ct] = [yearOf(fig.from), yearOf(fig.to), yearOf(claim.from), yearOf(claim.to)];
  // calendar years on both sides are compared exactly (the year's slack is for fiscal years)
  const calendar = /^\d{4}(-01-01)?$/.test(claim.from ?? '') && /^\d{4}(-12-31)?$/.test(claim.to ?? '') && /^\d{4}$/.test(fig.from ?? '') && /^\d{4}$/.test(fig.to ?? '');
  if (calendar && ff && ft && cf && ct) return ff >= cf && ft <= ct;
  if (ff && cf && Math.abs(ff - cf) > 1) return false;
  if (ft && ct && Math.abs(ft - ct) > 1) return false;
  return true;
}

function valuesAgree(a: number, b: number, unit: string): boolean {
  if (unit === 'percent') return Math.abs(a - b) <= PERCENT_POINTS;
  return b === 0 ? a === 0 : Math.abs(a - b) / Math.abs(b) <= REL_TOLERANCE;
}

const kindsFit = (f: ExtractedFigure, c: Claim['figure']) => f.unit !== 'percent' || !c.kind || c.kind === f.kind;

/**
 * How many of the claim's keywords the figure's words fit (numbers, units and scales ignored): a keyword of one or two
 * words when the figure's words have all of them, a longer one when they have two thirds. The figure's words are a
 * percentage's whole clause ("exports to the US accounting for 21 percent of totals"), an amount's or count's context
 * and the words after it up to the next number ("3,413 total deaths from violence"): a clause often counts several
 * things ("1,045 incidents in which 1,034 people died").
 */
function keywordFit(f: ExtractedFigure, c: Claim): number {
  const clause = f.unit === 'percent' ? f.clause : f.after;
  const words = stems(f.context + ' ' + (typeof clause === 'string' ? clause : '') + ' ' + f.text, true);
  const claimWords = new Set<string>();
  // what the figure counts: a percentage's first word ("of voters in…"), a count's last ("militant deaths"), an amount's any
  const contextWords = f.context.trim().split(/\s+/);
  const noun = stems(f.unit === 'percent' ? contextWords[0] : f.unit === 'count' ? contextWords[contextWords.length - 1] : f.context, true);
  let nounFits = false;
  let n = 0;
  let keywords = 0;
  for (const k of c.keywords) {
    const ks = stems(k);
    // a rise or a fall says nothing of what rose or fell (checked below)
    for (const w of RISE) ks.delete(w);
    for (const w of FALL) ks.delete(w);
    if (ks.size === 0) continue;
    keywords++;
    let shared = 0;
    for (const s of ks) {
      claimWords.add(s);
      if (words.has(s)) shared++;
    }
    if (ks.size <= 2 ? shared === ks.size : shared * 3 >= ks.size * 2) {
      n++;
      for (const w of noun) if (ks.has(w)) nounFits = true;
    }
  }
  // who is counted: militants are not "civilian and security personnel"
  const counted = stems(f.context);
  let theirs = false;
  let ours = false;
  let both = false;
  for (const w of SUBJECTS) {
    if (claimWords.has(w)) theirs = true;
    if (counted.has(w)) ours = true;
    if (claimWords.has(w) && counted.has(w)) both = true;
  }
  if (theirs && ours && !both) return 0;
  // one keyword of several fits only when it names what the figure counts: "95 percent of
  // voters in Khyber Pakhtunkhwa and Balochistan" is not the share of attacks there
  if (n === 1 && keywords > 1 && !nounFits) return 0;
  // a change one way is not a change the other way: "fell 53 percent" is not the claim that attacks "spiked" 53 percent
  const up = (ws: Set<string>) => RISE.some((w) => ws.has(w));
  const down = (ws: Set<string>) => FALL.some((w) => ws.has(w));
  const claimText = stems(c.keywords.join(' ') + ' ' + (typeof c.statement === 'string' ? c.statement : ''));
  if ((up(words) && !down(words) && down(claimText) && !up(claimText)) || (down(words) && !up(words) && up(claimText) && !down(claimText))) return 0;
  return n;
}

/** Stems of Pakistan's provinces. */
const PROVINCES = ['khyber', 'pakhtu', 'baloch', 'sindh', 'punjab'];
/** Stems that say who is counted. */
const SUBJECTS = ['milita', 'civili', 'securi', 'person', 'soldie', 'police', 'people'];
/** Stems of a rise and of a fall. */
const RISE = ['rose', 'rise', 'rising', 'increa', 'surge', 'surged', 'spiked', 'spike', 'climbe', 'jumped', 'grew'];
const FALL = ['fell', 'fall', 'fallen', 'drop', 'droppe', 'declin', 'decrea', 'down', 'reduce', 'reduct', 'plunge', 'lower'];

function bestClaim(f: ExtractedFigure, claims: readonly Claim[], publishedYear: number | undefined): Claim | undefined {
  let best: Claim | undefined;
  let bestFit = 0;
  for (const c of claims) {
    if (!c?.figure || c.figure.unit !== f.unit || !kindsFit(f, c.figure)) continue;
    if (!valuesAgree(f.value, c.figure.value, f.unit) || !periodsFit(f.period, c.figure.period)) continue;
    // a figure with no period of its own, in an article published before the claim's period began, is not that claim
    if (!f.period && publishedYear !== undefined && (yearOf(c.figure.period?.from) ?? 0) > publishedYear) continue;
    const fit = keywordFit(f, c);
    if (fit > bestFit) {
      best = c;
      bestFit = fit;
    }
  }
  return best;
}

function ref(s: Series, period: string, value: number, sources: string[]): ReferenceValue {
  return { series: { id: s.id, name: s.name, unit: s.unit, tracker: s.tracker }, period, value, sources };
}

/** Period labels a figure can be looked up under: 2025, FY2025, 2002/2023. */
function periodLabels(p: ExtractedFigure['period']): string[] {
  if (!p?.from) return [];
  const from = p.from;
  const to = p.to ?? '';
  if (!to) return [];
  if (from === to) return /^FY/.test(from) ? [from, from.slice(2)] : [from, 'FY' + from];
  return [`${yearOf(from)}/${yearOf(to)}`];
}

function valueFor(s: Series, labels: string[]): { period: string; value: number; sources: string[]; summed?: boolean } | undefined {
  for (const l of labels) {
    const v = s.values.find((x) => x.period === l);
    if (v) return { period: v.period, value: v.value, sources: v.sources };
  }
  // a span the dataset holds year by year: sum it only when every year is there
  const span = labels.find((l) => l.includes('/'));
  if (!span) return undefined;
  const [a, b] = span.split('/').map(Number);
  if (!(b > a) || b - a > 40) return undefined;
  let sum = 0;
  const sources = new Set<string>();
  for (let y = a; y <= b; y++) {
    const v = s.values.find((x) => x.period === String(y) || x.period === 'FY' + y);
    if (!v) return undefined;
    sum += v.value;
    for (const src of v.sources) sources.add(src);
  }
  return { period: span, value: sum, sources: [...sources], summed: true };
}

/** A series' stems (of its name and metric) and its metric's, worked out once per series object. */
const seriesCache = new WeakMap<Series, { st: Set<string>; metric: Set<string> }>();
function seriesWords(s: Series): { st: Set<string>; metric: Set<string> } {
  let w = seriesCache.get(s);
  if (!w) {
    const m = typeof s.metric === 'string' ? s.metric.replace(/-/g, ' ') : '';
    w = { st: stems((typeof s.name === 'string' ? s.name : '') + ' ' + m), metric: stems(m) };
    seriesCache.set(s, w);
  }
  return w;
}

/** Series measuring what the figure counts, best metric first (all trackers of it). */
function matchingSeries(f: ExtractedFigure, series: readonly Series[]): Series[] {
  const words = stems(f.context + ' ' + f.text);
  if (words.size === 0) return [];
  // the province the figure's clause names, if any: a province's count is compared with that province's series only,
  // a figure naming none with the national ones only
  const place = stems(f.context + ' ' + (typeof f.clause === 'string' ? f.clause : '') + ' ' + f.text);
  const placeOf = (st: Set<string>) => PROVINCES.filter((w) => st.has(w)).join(' ');
  const figurePlace = placeOf(place);
  const df = new Map<string, number>();
  const seriesStems = new Map<Series, Set<string>>();
  for (const s of series) {
    if (!s?.values || s.unit !== f.unit) continue;
    const { st } = seriesWords(s);
    if (placeOf(st) !== figurePlace) continue;
    seriesStems.set(s, st);
    for (const w of st) df.set(w, (df.get(w) ?? 0) + 1);
  }
  let bestMetric: string | undefined;
  let best = 0;
  // failing that, the most specific metric of two words or more whose every word the figure's words have ("terrorist attacks":
  // terrorism-attacks; not "aid" alone: us-aid-total); of two alike, the one with the counted noun, the context's last word
  // ("terrorist attack deaths": deaths, not attacks); none when that does not settle it
  const counted = stems(f.context.split(/\s+/).pop() ?? '');
  let covered: string | undefined;
  let coveredSize = 0;
  let coveredNoun = false;
  let tied = false;
  for (const [s, st] of seriesStems) {
    const { metric } = seriesWords(s);
    let score = 0;
    for (const w of st) if (words.has(w)) score += 1 / (df.get(w) ?? 1);
    if (score > best + 1e-9) {
      best = score;
      bestMetric = s.metric;
    }
    let all = metric.size > 1;
    let noun = false;
    for (const w of metric) {
      if (!words.has(w)) all = false;
      if (counted.has(w)) noun = true;
    }
    if (!all || s.metric === covered) continue;
    if (metric.size > coveredSize || (metric.size === coveredSize && noun && !coveredNoun)) {
      covered = s.metric;
      coveredSize = metric.size;
      coveredNoun = noun;
      tied = false;
    } else if (metric.size === coveredSize && noun === coveredNoun) tied = true;
  }
  if (!bestMetric || best < 0.5) bestMetric = tied ? undefined : covered;
  if (!bestMetric) return [];
  return [...seriesStems.keys()].filter((s) => s.metric === bestMetric);
}

const fmt = (v: number, unit: string) =>
  unit === 'usd' ? `$${compact(v)}` : unit === 'pkr' ? `Rs ${compact(v)}` : unit === 'percent' ? `${v}%` : v.toLocaleString('en-US');
function compact(v: number): string {
  if (Math.abs(v) >= 1e9) return `${+(v / 1e9).toFixed(2)} billion`;
  if (Math.abs(v) >= 1e6) return `${+(v / 1e6).toFixed(1)} million`;
  return v.toLocaleString('en-US');
}
const pct = (a: number, b: number) => (b === 0 ? 0 : Math.round(((a - b) / b) * 1000) / 10);
const label = (s: ReferenceValue['series']) => s.name;

export interface CheckOptions {
  /** The article's publication date (ISO): a claim about later years is not what it quotes. */
  published?: string;
}

/** Checks each figure against the dataset's claims and series. */
export function checkFigures(figures: readonly ExtractedFigure[], data: FigureReference, opts: CheckOptions = {}): FigureCheck[] {
  const claims = Array.isArray(data?.claims) ? data.claims : [];
  const series = Array.isArray(data?.series) ? data.series : [];
  const publishedYear = typeof opts?.published === 'string' ? yearOf(opts.published) : undefined;
  const out: FigureCheck[] = [];
  for (const f of Array.isArray(figures) ? figures : []) {
    try {
      out.push(checkOne(f, claims, series, publishedYear));
    } catch {
      out.push({ figure: f, status: 'no-reference', references: [], explanation: 'This figure could not be checked.' });
    }
  }
  return out;
}

function checkOne(f: ExtractedFigure, claims: readonly Claim[], series: readonly Series[], publishedYear: number | undefined): FigureCheck {
  const claim = bestClaim(f, claims, publishedYear);
  if (claim) return fromClaim(f, claim, series);
  const candidates = matchingSeries(f, series);
  if (candidates.length === 0) return { figure: f, status: 'no-reference', references: [], explanation: 'The dataset has no reference for this figure.' };
  const labels = periodLabels(f.period);
  if (labels.length === 0 || f.unit === 'percent') {
    return { figure: f, status: 'no-reference', references: [], explanation: `The article gives no period the dataset can compare with ${candidates[0].name}.` };
  }
  const refs: ReferenceValue[] = [];
  const notes: string[] = [];
  for (const s of candidates) {
    const v = valueFor(s, labels);
    if (!v) continue;
    refs.push(ref(s, v.period, v.value, v.sources));
    if (v.summed) notes.push(`the ${s.name} value is the sum of its yearly values`);
  }
  if (refs.length === 0) {
    return { figure: f, status: 'no-reference', references: [], explanation: `The dataset's ${candidates[0].name} has no value for ${labels[0]}.` };
  }
  const close = refs.find((r) => valuesAgree(f.value, r.value, f.unit));
  const note = notes.length ? ` (${notes.join('; ')})` : '';
  if (close) {
    const others = refs.filter((r) => r !== close);
    const also = others.length ? ` Other trackers count differently: ${others.map((r) => `${label(r.series)} gives ${fmt(r.value, f.unit)}`).join('; ')}.` : '';
    return {
      figure: f,
      status: 'matches',
      references: refs,
      differencePercent: pct(f.value, close.value),
      explanation: `Consistent with ${label(close.series)}: ${fmt(close.value, f.unit)} for ${close.period}${note}.${also}`,
    };
  }
  // far below every tracker's count for the whole period: one incident, tranche or part of it ("the hijacking, which killed 31
  // civilians", in 2025), not a total to compare
  // (not a figure given as a total, or over several years)
  let far = f.value > 0 && f.period?.from === f.period?.to && !TOTAL.test(typeof f.clause === 'string' ? f.clause : '');
  for (const x of refs) if (!(x.value > PART * f.value)) far = false;
  if (far) {
    const given = refs.map((x) => `${label(x.series)} gives ${fmt(x.value, f.unit)}`).join('; ');
    return {
      figure: f,
      status: 'no-reference',
      references: [],
      explanation: `The dataset counts the whole of ${refs[0].period}${note} (${given}). This figure is far smaller, likely one incident or part of the total, so it is not compared.`,
    };
  }
  // compared with the nearest tracker; with several, the others are named, and a figure between them says so
  const byNearness = [...refs].sort((a, b) => Math.abs(a.value - f.value) - Math.abs(b.value - f.value));
  const r = byNearness[0];
  if (r.value === 0 && byNearness.length === 1) {
    return {
      figure: f,
      status: 'differs',
      references: refs,
      explanation: `${label(r.series)} records none (${fmt(0, f.unit)}) for ${r.period}${note}. Sources may define or count this differently.`,
    };
  }
  const d = pct(f.value, r.value);
  const others = byNearness.slice(1);
  const given = (x: ReferenceValue) => `${label(x.series)} gives ${fmt(x.value, f.unit)}`;
  const between = refs.some((x) => x.value < f.value) && refs.some((x) => x.value > f.value);
  const explanation = between
    ? `Between what the trackers count for ${r.period}${note}: ${byNearness.map(given).join('; ')}. The article's figure is ${Math.abs(d)}% ${d > 0 ? 'higher' : 'lower'} than the nearest. Trackers define and count this differently.`
    : `${given(r)} for ${r.period}${note}; the article's figure is ${Math.abs(d)}% ${d > 0 ? 'higher' : 'lower'}.${others.length ? ` Other trackers: ${others.map(given).join('; ')}.` : ''} Sources may define or count this differently.`;
  return { figure: f, status: 'differs', references: refs, differencePercent: d, explanation };
}

const STATUS: Record<Claim['verdict'], FigureCheck['status']> = { confirmed: 'matches', disputed: 'disputed', false: 'false', unverifiable: 'unverifiable' };

function fromClaim(f: ExtractedFigure, claim: Claim, series: readonly Series[]): FigureCheck {
  const references: ReferenceValue[] = [];
  const s = claim.reference ? series.find((x) => x.id === claim.reference!.series) : undefined;
  if (s) {
    for (const p of claim.reference!.periods ?? []) {
      const v = s.values.find((x) => x.period === p);
      if (v) references.push(ref(s, v.period, v.value, v.sources));
    }
  }
  const status = STATUS[claim.verdict] ?? 'unverifiable';
  const check: FigureCheck = { figure: f, status, claim, references, explanation: claim.explanation };
  if (status === 'matches') {
    const same = references.find((r) => r.series.unit === f.unit && valuesAgree(f.value, r.value, f.unit));
    check.differencePercent = pct(f.value, same ? same.value : claim.figure.value);
  }
  return check;
}
