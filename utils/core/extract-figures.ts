/**
 * Figures an article quotes, as structured claims: money ("$8 billion",
 * "US$450 million", "$1.5bn", "Rs 10 billion"), percentages ("34 percent
 * surge") and counts of incidents, attacks, deaths or militants ("699
 * terrorist incidents"), each with the period it covers ("from 2002 to
 * 2023", "2005-2009", "in 2025", "FY2024", "since 2001") and the words that
 * say what is counted. Works on glued text ("$14.6billion", "34percent").
 */
import type { ExtractedFigure, FigureKind } from './analysis';
import { splitSpaces } from './normalise-text';

export interface FigureOptions {
  /** YYYY-MM-DD; resolves "last year" and "this year". */
  published?: string;
}

// bounded and anchored after a non-digit, so long digit runs cannot make the regexes quadratic; not after a slash
// ("9/11 attacks", "24/7 operations": a name or a date, not a count)
// and not before ",\d" ("Rs 1,50,000", grouped by lakhs, is not read as Rs 1)
const NUM = String.raw`(?<![\d,./])(\d{1,3}(?:,\d{3}){1,5}(?:\.\d{1,4})?|\d{1,12}(?:\.\d{1,4})?)(?![\d]|,\d)`;
// as headlines write them too ("$225 Million", "$450Mln", "$1.5B"); a letter must not follow. A word may follow a space or
// a hyphen ("$300-million aid"); a single letter only the digits themselves ("$450M", not "$5 B-52 bombers", "Rs 100 M.A. Jinnah Road")
const SCALE_WORDS = 'trillion|billion|million|thousand|crore|lakh|Trillion|Billion|Million|Thousand|Crore|Lakh|TRILLION|BILLION|MILLION|CRORE|LAKH|bn|Bn|BN|bln|Bln|mn|Mn|MN|mln|Mln|tn|cr|Cr';
const SCALE = String.raw`(${SCALE_WORDS}|m|M|k|K|b|B)`;
const MONEY_PREFIX = new RegExp(
  String.raw`(US\$|USD|\$|PKR|Rs\.?|rupees)\s?` + NUM + String.raw`(?:(?:[\s-]?(${SCALE_WORDS})|(?<=\d)(m|M|k|K|b|B))(?![A-Za-z]|[-./][A-Za-z0-9]))?`,
  'g',
);
const MONEY_SUFFIX = new RegExp(NUM + String.raw`\s?` + SCALE + String.raw`?\s(dollars|rupees|Dollars|Rupees)\b`, 'g');
const PERCENT = new RegExp(NUM + String.raw`(?:\s?[-–]\s?` + NUM + String.raw`)?\s?(%|percent|per cent|pc)(?![A-Za-z])`, 'gi');
const COUNT_NOUNS =
  'incidents?|attacks?|deaths?|fatalities|militants?|insurgents?|terrorists?|operatives?|people|persons|lives|casualties|civilians?|soldiers?|troops|personnel|bombings?|strikes?|killings?|suspects?|fighters?|hideouts?|operations|raids?|infiltrations?';
const COUNT = new RegExp(NUM + String.raw`\s?((?:[A-Za-z][\w'’-]{0,40}\s){0,2})(` + COUNT_NOUNS + String.raw`)(?![A-Za-z])`, 'g');

// Urdu: digits Western or Eastern Arabic-Indic; amounts in its scale words ("45 کروڑ ڈالر", "17 لاکھ 50 ہزار ڈالر") and dollars or rupees
const UR_DIGIT = '0-9\u06f0-\u06f9\u0660-\u0669';
const UR_NUM = `(?:[${UR_DIGIT}]{1,3}(?:[,٬][${UR_DIGIT}]{3}){1,5}(?:[.٫][${UR_DIGIT}]{1,4})?|[${UR_DIGIT}]{1,12}(?:[.٫][${UR_DIGIT}]{1,4})?)`;
// not after another number's separator, a slash or a hyphen ("1،500", "1/2", "20-25 کروڑ": left unread, not read as a part)
const UR_BEFORE = `(?<![${UR_DIGIT},.٫٬،/\\-–—])`;
const UR_SCALES: Record<string, number> = { کھرب: 1e11, ارب: 1e9, بلین: 1e9, کروڑ: 1e7, ملین: 1e6, لاکھ: 1e5, ہزار: 1e3 };
const UR_SCALE = `(?:${Object.keys(UR_SCALES).join('|')})`;
const UR_MONEY = new RegExp(`${UR_BEFORE}((?:${UR_NUM}\\s?${UR_SCALE}\\s?){1,5}|${UR_NUM}\\s?)(امریکی ڈالرز|امریکی ڈالر|ڈالرز|ڈالر|روپے|روپوں|روپیہ)`, 'g');
const UR_PART = new RegExp(`(${UR_NUM})\\s?(${UR_SCALE})?`, 'g');
const UR_PERCENT = new RegExp(`${UR_BEFORE}(${UR_NUM})\\s?فیصد`, 'g');
/**
 * A word before an Urdu amount that makes it part of a larger one the pattern cannot read ("ایک کروڑ 57 لاکھ ڈالر"), a
 * fraction of it ("ساڑھے 7 ارب", seven and a half), or a name or code it numbers ("ریسکیو 1122", the emergency
 * service; "ایم کیو 9", "ایف 16"; "نمبر 5", "دفعہ 144"): the amount is left unread.
 */
const UR_NUMBER_WORDS = new Set([
  'ایک', 'دو', 'تین', 'چار', 'پانچ', 'چھ', 'سات', 'آٹھ', 'نو', 'دس', 'بیس', 'سو', 'ساڑھے', 'سوا', 'پونے', 'ڈیڑھ', 'ڈھائی', 'اڑھائی', ...Object.keys(UR_SCALES),
  'ریسکیو', 'ریسکیو1122', 'کیو', 'ایف', 'جے', 'سی', 'نمبر', 'دفعہ', 'آرٹیکل', 'شق', 'صفحہ',
]);
/**
 * The end of a range before an Urdu number, after a number, a scale, a percent or a number word ("20 سے 25",
 * "20 – 25", "20 کروڑ سے 25 کروڑ", "ڈیڑھ سے 2 ارب", "5 یا 6", "2 فیصد سے 3 فیصد"): the number is left unread.
 */
const UR_RANGE_BEFORE = new RegExp(
  `(?:[${UR_DIGIT}]|(?<![\\u0620-\\u06ff])(?:${UR_SCALE}|فیصد|ایک|دو|تین|چار|پانچ|چھ|سات|آٹھ|نو|دس|بیس|سو|ڈیڑھ|ڈھائی|اڑھائی))` +
    `[\\s\\u200c]*(?:[-–—]|سے|تا|[یي]ا|سے لے [کك]ر)[\\s\\u200c]*$`,
);
/** The start of a range after an Urdu figure ("2 فیصد سے 3 فیصد", "20 کروڑ ڈالر تا 25"): the figure is left unread. */
const UR_RANGE_AFTER = new RegExp(`^[\\s\\u200c]*(?:[-–—]|سے|تا|[یي]ا|سے لے [کك]ر)[\\s\\u200c]*[${UR_DIGIT}]`);
/** Characters looked at around an Urdu number for the words before and after it: longer than any of those words. */
const NEAR = 24;
const UR_CHANGE = /اضافہ|اضافے|کمی|بڑھ|گھٹ/;
/** The Urdu yeh and kaf for the Arabic forms some pages type (ي, ك). */
const urduLetters = (s: string) => s.replace(/ي/g, 'ی').replace(/ك/g, 'ک');
/** An Urdu word, with the Arabic forms of yeh and kaf that some pages type for the Urdu ones. */
function urduWords(words: readonly string[]): string {
  let out = '';
  for (const w of words) out += (out ? '|' : '') + w.replace(/ی/g, '[یي]').replace(/ک/g, '[کك]');
  return out;
}
/**
 * What an Urdu count counts (people, forces, militants, attacks, incidents, operations, hideouts), by kind: two groups
 * joined by "and" are read as one count only when of one kind.
 */
const UR_COUNT_KIND = new Map<string, string>();
for (const [kind, words] of [
  ['people', 'افراد|لوگ|لوگوں|شہری|شہریوں|اہلکار|اہلکاروں|فوجی|فوجیوں|جوان|جوانوں|سپاہی|سپاہیوں|دہشت گرد|دہشت گردوں|دہشتگرد|دہشتگردوں|عسکریت پسند|عسکریت پسندوں|شدت پسند|شدت پسندوں|جنگجو|جنگجوؤں|خوارج'],
  ['deaths', 'ہلاکتیں|ہلاکتوں'],
  ['events', 'حملے|حملوں|دھماکے|دھماکوں|واقعات|کارروائیاں|کارروائیوں|چھاپے|چھاپوں'],
  ['places', 'ٹھکانے|ٹھکانوں'],
])
  for (const w of words.split('|')) UR_COUNT_KIND.set(w, kind);
const UR_COUNT_NOUNS = [...UR_COUNT_KIND.keys()];
/**
 * Nouns that also qualify another noun ("3 فوجی اڈے", three military bases; "5 دہشت گرد تنظیمیں"): counted only
 * when a postposition, a verb of the count or the end of a clause follows.
 */
const UR_QUALIFYING_NOUNS = new Set(['شہری', 'فوجی', 'دہشت گرد', 'دہشتگرد', 'عسکریت پسند', 'شدت پسند', 'جوان', 'سپاہی', 'جنگجو']);
const UR_COUNT_FOLLOWERS = new Set(['کو', 'کے', 'کی', 'کا', 'نے', 'میں', 'سے', 'پر', 'بھی', 'ہلاک', 'جاں', 'جاںبحق', 'شہید', 'زخمی', 'گرفتار', 'مارے', 'ہوئے', 'ہو', 'تھے', 'ہیں', 'موجود', 'شامل']);
/** Words between the number and the noun: a bound ("سے زائد", more than), a side or a kind. */
const UR_COUNT_QUALIFIERS = [
  'سے زائد', 'سے زیادہ', 'سے کم', 'سے اوپر', 'پاکستانی', 'امریکی', 'افغان', 'غیر ملکی', 'مبینہ', 'مشتبہ', 'سیکیورٹی', 'سکیورٹی', 'سیکورٹی', 'پولیس',
  'ایف سی', 'عام', 'بے گناہ', 'معصوم', 'نہتے', 'نیٹو', 'اتحادی', 'مسلح', 'کالعدم', 'ڈرون', 'خودکش', 'فضائی', 'دہشت گرد', 'دہشتگرد', 'دہشت گردی کے', 'دہشتگردی کے',
];
const UR_BOUND = /سے (?:زائد|ز[یي]ادہ|[کك]م|اوپر)/g;
// "5 افراد", "24 پاکستانی فوجی", "350 سے زائد ڈرون حملے", "5 ہزار فوجی": a number, a scale, up to two qualifiers, the noun
const UR_COUNT = new RegExp(
  `${UR_BEFORE}(${UR_NUM})\\s?(?:(${UR_SCALE})\\s)?((?:(?:${urduWords(UR_COUNT_QUALIFIERS)})\\s){0,2})(${urduWords(UR_COUNT_NOUNS)})(?![\\u0620-\\u06ff])`,
  'g',
);
/** A letter of the Arabic script: a text without one has no Urdu count to read. */
const ARABIC_LETTER = /[\u0620-\u064a\u0671-\u06d3]/;

const SCALES: Record<string, number> = { trillion: 1e12, tn: 1e12, billion: 1e9, bn: 1e9, bln: 1e9, b: 1e9, million: 1e6, mn: 1e6, mln: 1e6, m: 1e6, thousand: 1e3, k: 1e3, crore: 1e7, cr: 1e7, lakh: 1e5 };
/** Count nouns in the singular: a number before one is no count ("the April 22 attack", "a 5 soldier patrol"), unless it is 1. */
const SINGULAR = new Set(['incident', 'attack', 'death', 'militant', 'insurgent', 'terrorist', 'operative', 'civilian', 'soldier', 'bombing', 'strike', 'killing', 'suspect', 'fighter', 'hideout', 'raid', 'infiltration']);

const PERCENT_WORD = /p(?:c|er ?cent)/i;
const CHANGE = /surge|increase|rise|rose|risen|jump|spike|drop|decline|fell|fall|decrease|higher|lower|growth|grew|reduc|cut|up by|down by|more than last|less than last/i;
const MONTHS = '(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\\.?';
const YEAR = '((?:19|20)\\d{2})';
const ORDINAL = /^(?:st|nd|rd|th)\s/;
/** A month's name just before a number makes it a day of the month ("April 22 militant attack"). */
const MONTH_BEFORE = new RegExp('(?:^|[^A-Za-z])' + MONTHS + '\\s$');

/** Figures read at most from one text. */
const MAX_FIGURES = 300;

interface Span {
  start: number;
  end: number;
}

/** Extracts the figures of a text (usually headline + "\n\n" + body). */
export function extractFigures(text: string, opts: FigureOptions = {}): ExtractedFigure[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  const out: ExtractedFigure[] = [];
  const taken: Span[] = [];
  const periods = new Map<string, PeriodMatch[][]>();
  // a text with more figures than any article quotes is read up to that many: the overlap checks stay bounded on hostile input
  const free = (s: number, e: number) => {
    if (taken.length >= MAX_FIGURES) return false;
    for (const t of taken) if (s < t.end && e > t.start) return false;
    return true;
  };
  const push = (f: ExtractedFigure) => {
    taken.push({ start: f.offset, end: f.offset + f.text.length });
    out.push(f);
  };
  // (patterns that need a word the text lacks are not run)
  const currency = text.includes('$') || text.includes('USD') || text.includes('PKR') || text.includes('Rs') || text.includes('rupees');
  for (const m of currency ? allMatches(text, MONEY_PREFIX) : []) {
    // US$, USD, $ | PKR, Rs, Rs., rupees
    const c = m[1].charCodeAt(0);
    const unit = c === 80 || c === 82 || c === 114 ? 'pkr' : 'usd';
    const scale = m[3] ?? m[4];
    if (!free(m.index!, m.index! + m[0].length) || gluedToCode(text, m.index!) || inRange(text, m.index!, m.index! + m[0].length, 'amount', !!scale)) continue;
    push(figure(text, m.index!, m[0], parseNum(m[2]) * (scale ? SCALES[scale.toLowerCase()] : 1), unit, 'total', opts, periods));
  }
  for (const m of text.includes('ollars') || text.includes('upees') ? allMatches(text, MONEY_SUFFIX) : []) {
    if (!free(m.index!, m.index! + m[0].length) || gluedToCode(text, m.index!) || inRange(text, m.index!, m.index! + m[0].length, 'amount', true)) continue;
    const unit = m[3].toLowerCase() === 'rupees' ? 'pkr' : 'usd';
    push(figure(text, m.index!, m[0], parseNum(m[1]) * (m[2] ? SCALES[m[2].toLowerCase()] : 1), unit, 'total', opts, periods));
  }
  for (const m of text.includes('%') || PERCENT_WORD.test(text) ? allMatches(text, PERCENT) : []) {
    // a range of percentages ("10-15 percent") is taken whole, so that its end is not read alone, and left unread
    if (!free(m.index!, m.index! + m[0].length) || gluedToCode(text, m.index!)) continue;
    if (m[2] !== undefined || inRange(text, m.index!, m.index! + m[0].length, 'percent', true)) {
      // taken, read as nothing: no count is read from its second number ("2019 – 20 percent of attacks")
      taken.push({ start: m.index!, end: m.index! + m[0].length });
      continue;
    }
    push(figure(text, m.index!, m[0], parseNum(m[1]), 'percent', percentKind(text, m.index!, m[0].length, CHANGE), opts, periods));
  }
  // an Urdu amount not taken, not glued to a code, and not a part of a larger one
  // a number whose word before is all digits is the tail of one grouped by spaces ("10 000")
  const urduFree = (start: number, length: number) => {
    if (!free(start, start + length) || gluedToCode(text, start)) return false;
    const before = urduLetters(wordBefore(text, start));
    // (a space: more white space before the number than is looked at, so nothing is known of the word before)
    if (UR_RANGE_AFTER.test(text.slice(start + length, start + length + NEAR))) return false;
    return before !== ' ' && !UR_NUMBER_WORDS.has(before) && !/^[0-9۰-۹٠-٩]+$/.test(before) && !UR_RANGE_BEFORE.test(text.slice(Math.max(0, start - NEAR), start));
  };
  if (text.includes('ڈالر') || text.includes('روپ'))
    for (const m of allMatches(text, UR_MONEY)) {
      const start = m.index!;
      if (!urduFree(start, m[0].length)) continue;
      let value = 0;
      for (const part of allMatches(m[1], UR_PART)) value += urduNumber(part[1]) * (part[2] ? UR_SCALES[part[2]] : 1);
      push(figure(text, start, m[0], exact(value), m[2].startsWith('روپ') ? 'pkr' : 'usd', 'total', opts, periods));
    }
  if (text.includes('فیصد'))
    for (const m of allMatches(text, UR_PERCENT)) {
      const start = m.index!;
      if (!urduFree(start, m[0].length)) continue;
      push(figure(text, start, m[0], urduNumber(m[1]), 'percent', percentKind(text, start, m[0].length, UR_CHANGE), opts, periods));
    }
  if (ARABIC_LETTER.test(text))
    for (const m of allMatches(text, UR_COUNT)) {
      const start = m.index!;
      const n = urduNumber(m[1]);
      // a year ("2008 حملے", "2011 امریکی حملے", "2022 سے زیادہ حملے") names, it does not count; nor does zero, or a
      // number with a leading zero (a telephone number)
      if (n === 0 || /^[0۰٠][0-9۰-۹٠-٩]/.test(m[1]) || (!m[2] && isYear(String(n)) && !/[,٬]/.test(m[1]))) continue;
      const noun = urduLetters(m[4]);
      const group = joinedGroup(text, start + m[0].length, noun);
      if (!urduFree(start, m[0].length + group.length)) continue;
      if (UR_QUALIFYING_NOUNS.has(noun) && !countEndsHere(text, start + m[0].length + group.length)) continue;
      const f = figure(text, start, text.slice(start, start + m[0].length + group.length), exact(n * (m[2] ? UR_SCALES[m[2]] : 1)), 'count', 'count', opts, periods);
      // what is counted: the qualifiers and the noun, without a bound ("سے زائد", more than), which qualifies the number
      const qualifiers = m[3].replace(UR_BOUND, ' ').trim();
      f.context = [...urduGenitiveBefore(text, start), ...(qualifiers ? splitSpaces(qualifiers) : []), m[4], ...group.words].join(' ');
      push(f);
    }
  for (const m of allMatches(text, COUNT)) {
    const start = m.index!;
    if (!free(start, start + m[0].length) || gluedToCode(text, start) || isYear(m[1]) || inRange(text, start, start + m[0].length, 'count', true)) continue;
    if (SINGULAR.has(m[3]) && m[1] !== '1') continue;
    // an ordinal ("the 11th terrorist attacks", "2nd bombing") ranks, it does not count
    if (ORDINAL.test(m[2])) continue;
    if (MONTH_BEFORE.test(text.slice(Math.max(0, start - 12), start))) continue;
    const words = m[2].trim() ? splitSpaces(m[2].trim()) : [];
    let value = parseNum(m[1]);
    const scale = words.length ? SCALES[words[0].toLowerCase()] : undefined;
    if (scale && scale >= 1e3 && words[0].length > 2) {
      value *= scale;
      words.shift();
    }
    const f = figure(text, start, m[0], value, 'count', 'count', opts, periods);
    f.context = [...words, m[3]].join(' ');
    push(f);
  }
  out.sort((a, b) => a.offset - b.offset);
  return out;
}

/** text.matchAll(re) for a global pattern that never matches the empty string, without copying the pattern. */
function allMatches(text: string, re: RegExp): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) out.push(m);
  re.lastIndex = 0;
  return out;
}

/** A percentage is a change when a word of change (`change`) stands near it, else a share. */
function percentKind(text: string, start: number, length: number, change: RegExp): FigureKind {
  return change.test(text.slice(Math.max(0, start - 40), start + length + 30)) ? 'change-percent' : 'share-percent';
}

/** A number written with Western or Eastern Arabic-Indic digits, a comma grouping thousands and a full stop or ٫ for decimals. */
function urduNumber(s: string): number {
  let out = '';
  for (const ch of s) {
    const c = ch.charCodeAt(0);
    if (c >= 0x6f0 && c <= 0x6f9) out += String(c - 0x6f0);
    else if (c >= 0x660 && c <= 0x669) out += String(c - 0x660);
    else if (ch === '٫') out += '.';
    else if (ch !== ',' && ch !== '٬') out += ch;
  }
  return Number(out);
}

const UR_AND_NOUN = new RegExp(`^[ \\u00a0\\u200c]{1,3}(و|اور)[ \\u00a0\\u200c]{1,3}(${urduWords(UR_COUNT_NOUNS)})(?![\\u0620-\\u06ff])`);
/**
 * A second group that the same number counts, joined to the noun by "and" ("92 سیکورٹی اہلکار و شہری",
 * personnel and civilians): the conjunction and the noun, and the length they take. Looks at most NEAR characters ahead.
 */
function joinedGroup(text: string, at: number, first: string): { words: string[]; length: number } {
  const m = UR_AND_NOUN.exec(text.slice(at, at + NEAR));
  if (!m) return { words: [], length: 0 };
  const second = urduLetters(m[2]);
  // the same kind of thing ("اہلکار و شہری", not "افراد اور دھماکوں"), and a noun that is not qualifying another ("اہلکار اور شہری املاک")
  if (UR_COUNT_KIND.get(first) !== UR_COUNT_KIND.get(second)) return { words: [], length: 0 };
  if (UR_QUALIFYING_NOUNS.has(second) && !countEndsHere(text, at + m[0].length)) return { words: [], length: 0 };
  return { words: [m[1], m[2]], length: m[0].length };
}

/**
 * After an Urdu count's noun: the end of a clause, or a word of UR_COUNT_FOLLOWERS ("اور" is none: "3 فوجی اور سول
 * تنصیبات" are installations). Looks at most NEAR characters ahead.
 */
function countEndsHere(text: string, at: number): boolean {
  const end = Math.min(text.length, at + NEAR);
  let i = at;
  while (i < end && /[ \u00a0\u200c]/.test(text.charAt(i))) i++;
  if (i === end && end < text.length) return false;
  if (i >= text.length || /[\s۔،؛:.,;!?؟()"'«»]/.test(text.charAt(i))) return true;
  let e = i;
  while (e < end && !/[\s۔،؛:.,;!?؟()"'«»]/.test(text.charAt(e))) e++;
  return UR_COUNT_FOLLOWERS.has(urduLetters(text.slice(i, e)));
}

/** A sum of decimal parts without its binary error (1.1 × 100,000 is 110,000, not 110,000.00000000001). */
const exact = (v: number) => Number(v.toPrecision(15));

/** The word that ends just before `at` (white space, no-break spaces and zero-width non-joiners skipped), within NEAR characters. */
function wordBefore(text: string, at: number): string {
  const stop = Math.max(0, at - NEAR);
  let e = at;
  while (e > stop && /[\s\u200c]/.test(text.charAt(e - 1))) e--;
  if (e === stop && stop > 0) return ' ';
  let b = e;
  while (b > stop && !/\s/.test(text.charAt(b - 1))) b--;
  return text.slice(b, e);
}

function parseNum(s: string): number {
  return Number(s.replaceAll(',', ''));
}

/** /^(?:19|20)\d{2}$/ */
const isYear = (s: string) => s.length === 4 && ((s[0] === '1' && s[1] === '9') || (s[0] === '2' && s[1] === '0')) && isDigit(s.charCodeAt(2)) && isDigit(s.charCodeAt(3));
const isDigit = (c: number) => c >= 48 && c <= 57;
const isAsciiLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/**
 * Whether the figure at [start, end) is one end of a range: the tail of one ("2019-20 attacks", a fiscal year; "300-400
 * militants", "$10-$20 million", "10%-15%", "300 to 400 militants", "between 10 and 20 attacks"), the head of an
 * amount's or a percentage's ("between $1bn and $2bn", "$1.5bn-2bn"), or an amount whose scale is written only after
 * the range's end ("$10-20 million", "$10 to 20 million" is no $10). A range is left unread, as the Urdu ones are:
 * neither end is the figure the article quotes. Only a hyphen or a dash with no space round it joins a range: with
 * spaces it sets off what follows ("in 2001 – 3,000 troops", "$33 million – $1 million for each year", "On 9/11 -
 * 3,000 people died"). "From 300 to 400" (or "from a previous 300 to 400") is a change, both ends read; "between 50 militants and 20 soldiers" two counts.
 */
function inRange(text: string, start: number, end: number, kind: 'amount' | 'percent' | 'count', scaled: boolean): boolean {
  const before = text.slice(Math.max(0, start - 40), start);
  if (RANGE_GLUED_TAIL.test(before) || RANGE_BETWEEN_TAIL.test(before)) return true;
  // "300 to 400": a range, unless a change from one to the other ("from a previous $2.4 billion to $5.8 billion")
  const word = RANGE_WORD_TAIL.exec(before);
  if (word && !/\bfrom\b/i.test(text.slice(Math.max(0, start - before.length + word.index - 30), start - before.length + word.index))) return true;
  const after = text.slice(end, end + 16);
  if (kind !== 'count' && RANGE_HEAD.test(before) && RANGE_AND_AFTER.test(after)) return true;
  if (scaled ? RANGE_GLUED_DASH_AFTER.test(after) : RANGE_UNSCALED_DASH_AFTER.test(after)) return true;
  // "$10 to 20 million", "7% to 8%": the head of a range, unless a change ("rose from 7% to 8%")
  return (!scaled || kind === 'percent') && RANGE_WORD_AFTER.test(after) && !/\bfrom\b/i.test(text.slice(Math.max(0, start - 30), start));
}
/** A currency sign or code that may open the range's other end. */
const RANGE_CURRENCY = String.raw`(?:US\$[ \u00a0]?|USD[ \u00a0]?|\$[ \u00a0]?|Rs\.?[ \u00a0]?|PKR[ \u00a0]?)?`;
/** What may follow the range's first number: a scale or a percent. */
const RANGE_UNIT = String.raw`(?:%|[ \u00a0]?(?:per[ \u00a0]?cent|percent|` + SCALE_WORDS + '))?';
const RANGE_GLUED_TAIL = new RegExp(String.raw`\d(?:%|[A-Za-z]{0,8})[-–—]` + RANGE_CURRENCY + '$');
const RANGE_BETWEEN_TAIL = new RegExp(String.raw`\bbetween[ \u00a0]+` + RANGE_CURRENCY + String.raw`\d[\d,.]*` + RANGE_UNIT + String.raw`[ \u00a0]+and[ \u00a0]+` + RANGE_CURRENCY + '$', 'i');
const RANGE_WORD_TAIL = new RegExp(String.raw`(?<![\d.,])\d[\d,.]*` + RANGE_UNIT + String.raw`[ \u00a0]+(?:to|or)[ \u00a0]+` + RANGE_CURRENCY + '$', 'i');
const RANGE_HEAD = /\bbetween[ \u00a0]+$/i;
const RANGE_AND_AFTER = new RegExp(String.raw`^[ \u00a0]+and[ \u00a0]+` + RANGE_CURRENCY + String.raw`\d`);
const RANGE_GLUED_DASH_AFTER = new RegExp('^[-–—]' + RANGE_CURRENCY + String.raw`\d`);
// (the scale may come before the dash, when the amount pattern could not take it: "$1.5bn-2bn", "$10 million-20 million";
// a single letter only glued to the digits: "$5 B-52 bombers" is $5)
const RANGE_UNSCALED_DASH_AFTER = new RegExp(String.raw`^(?:[ \u00a0]?(?:` + SCALE_WORDS + ')|[mMkKbB])?[-–—]' + RANGE_CURRENCY + String.raw`\d`);
const RANGE_WORD_AFTER = new RegExp(String.raw`^[ \u00a0]+(?:to|or)[ \u00a0]+` + RANGE_CURRENCY + String.raw`\d`);

/** "F-16", "J-10C", "MQ9": digits that belong to a code name, not a figure. */
function gluedToCode(text: string, at: number): boolean {
  const prev = text.charCodeAt(at - 1);
  if (prev >= 65 && prev <= 90) return true;
  return (prev === 45 || prev === 47) && isAsciiLetter(text.charCodeAt(at - 2));
}

function figure(text: string, offset: number, raw: string, value: number, unit: ExtractedFigure['unit'], kind: FigureKind, opts: FigureOptions, periods: Map<string, PeriodMatch[][]>): ExtractedFigure {
  const sentence = sentenceAround(text, offset, offset + raw.length);
  const f: ExtractedFigure = { text: raw, value, unit, kind, context: contextOf(text, sentence, offset, offset + raw.length), offset };
  f.clause = clauseOf(text, sentence, offset, offset + raw.length);
  f.after = afterOf(text, sentence, offset + raw.length);
  const period = periodNear(text, sentence, offset, offset + raw.length, opts, periods);
  if (period) f.period = period;
  return f;
}

/** The sentence around [s, e), at most 300 characters either side. */
function sentenceAround(text: string, s: number, e: number): Span {
  let a = s;
  const minA = Math.max(0, s - 300);
  while (a > minA && !boundaryBefore(text, a)) a--;
  let b = e;
  const maxB = Math.min(text.length, e + 300);
  while (b < maxB && !boundaryBefore(text, b + 1)) b++;
  return { start: a, end: Math.min(b + 1, text.length) };
}

/** True when a sentence starts at i: after ". " (not "U.S. "), "\n", "!", "?", "۔". */
function boundaryBefore(text: string, i: number): boolean {
  const prev = text.charCodeAt(i - 1);
  if (prev === 10) return true;
  if (prev !== 32) return false;
  const p2 = text.charCodeAt(i - 2);
  if (p2 === 33 || p2 === 63 || p2 === 0x6d4 || p2 === 0x61f) return true;
  if (p2 !== 46) return false;
  // a-z 0-9 ) " ' ’ ”
  const p3 = text.charCodeAt(i - 3);
  return (p3 >= 97 && p3 <= 122) || (p3 >= 48 && p3 <= 57) || p3 === 41 || p3 === 34 || p3 === 39 || p3 === 0x2019 || p3 === 0x201d;
}

/** Words a context does not start or end with, lower-cased (a word is one when its lower case is in the set). */
const STOP_WORDS = new Set('in|of|for|to|on|at|by|from|with|and|the|a|an|which|that|as|was|were|is|are|has|have|had|over|about|nearly|almost|around|approximately|some|more|than|کی|کے|کا|میں|سے|کو|نے|پر|اور|ہے|تک'.split('|'));
const isStop = (w: string) => w.length <= 13 && STOP_WORDS.has(w.toLowerCase());

const CLAUSE_END = /[;:()—–،؛۔]|,(?!\d)|\.\s/;

/** text.slice(from, to).split(/[;:()،؛]|,(?!\d)/).pop(): the part after the last ; : ( ) or comma not before a digit, or Urdu comma or semicolon. */
function afterLastClauseMark(text: string, from: number, to: number): string {
  for (let i = to - 1; i >= from; i--) {
    const c = text.charCodeAt(i);
    if (c === 59 || c === 58 || c === 40 || c === 41 || c === 0x60c || c === 0x61b) return text.slice(i + 1, to);
    if (c === 44) {
      const d = i + 1 < to ? text.charCodeAt(i + 1) : -1;
      if (!(d >= 48 && d <= 57)) return text.slice(i + 1, to);
    }
  }
  return text.slice(from, to);
}

/**
 * Urdu verbs, auxiliaries and particles, and "رقم" (a sum). Urdu puts the verb last: after an amount, words of only these
 * say what was done with it ("30 کروڑ ڈالر دیے", gave; "ادا کیے", paid; "کی رقم منسوخ کر دی", cancelled the sum; "53 فیصد
 * اضافہ ہوا", rose), and what it is comes before it.
 */
const UR_LIGHT = new Set(
  ('کر کرے کریں کرنا کرنے کرتے کرتا کرتی کیا کیے کیئے کیں کردیا کردیے کردی کرچکا دیا دیے دیئے دی دیں دے دینے دینا دیتے دیتا دیتی ' +
    'ہوا ہوئے ہوئی ہوئیں ہو ہوں ہے ہیں تھا تھے تھی تھیں گیا گئے گئی گئیں گا گی گے چکا چکے چکی رہا رہے رہی سکتا سکتے سکتی ' +
    'ملا ملے ملی ملیں لیا لیے لی ادا فراہم جاری خرچ منظور مختص حاصل منسوخ معطل روک بند اضافہ کمی رقم بھی ہی تو نہیں نہ تاہم لیکن جبکہ')
    .split(' '),
);
/** Words before an Urdu count that are no part of what it counts: pronouns and particles. */
const UR_NOT_GENITIVE = new Set('ان اس جن جس یہ وہ ہمارے ہماری تمہارے آپ ان کن کس'.split(' '));
const UR_GENITIVE_BEFORE = /((?:[\u0620-\u06ff\u200c]+ ){1,2})(کے|کی|کا) ?$/;

/** The genitive phrase right before an Urdu count ("دہشت گردی کے 699 واقعات", incidents of terrorism): its words, or none. */
function urduGenitiveBefore(text: string, start: number): string[] {
  const m = UR_GENITIVE_BEFORE.exec(urduLetters(text.slice(Math.max(0, start - 40), start)));
  if (!m) return [];
  const words = splitSpaces(m[1].trim());
  while (words.length && (isStop(words[0]) || UR_NOT_GENITIVE.has(words[0]))) words.shift();
  return words.length ? [...words, m[2]] : [];
}

/** Words that say what is counted: after the figure, else before it, within the clause. */
function contextOf(text: string, sentence: Span, s: number, e: number): string {
  const rest = text.slice(e, sentence.end);
  const cut = rest.search(CLAUSE_END);
  const after = cut === -1 ? rest : rest.slice(0, cut);
  const afterWords: string[] = [];
  for (const w of splitSpaces(after.trim())) {
    if (!w || /[\d$%]/.test(w) || afterWords.length >= 6) break;
    afterWords.push(w);
  }
  while (afterWords.length && isStop(afterWords[0])) afterWords.shift();
  while (afterWords.length && isStop(afterWords[afterWords.length - 1])) afterWords.pop();
  const urdu = ARABIC_LETTER.test(text.slice(s, e));
  // Urdu: what follows an amount up to its verb ("کی امداد روک دی": aid); none when the verb comes first ("ادا کیے جبکہ…")
  if (urdu) {
    let i = 0;
    while (i < afterWords.length && !UR_LIGHT.has(urduLetters(afterWords[i]).replace(/[۔.!?]+$/, ''))) i++;
    afterWords.length = i;
    while (afterWords.length && isStop(afterWords[afterWords.length - 1])) afterWords.pop();
  }
  if (afterWords.length >= 1) return afterWords.join(' ').replace(/[.!?۔]+$/, '');
  const before = afterLastClauseMark(text, sentence.start, s);
  const beforeWords = before.trim() ? splitSpaces(before.trim()).slice(-10) : [];
  while (beforeWords.length && isStop(beforeWords[beforeWords.length - 1])) beforeWords.pop();
  if (urdu) while (beforeWords.length && isStop(beforeWords[0])) beforeWords.shift();
  return beforeWords.join(' ');
}

/** Words that join a second statement to a clause ("exports rose 21 percent, while deaths climbed"): a clause's words stop there. */
const CONTRAST = new Set(['while', 'whereas', 'but', 'although', 'though', 'جبکہ', 'لیکن', 'تاہم', 'مگر']);

/** The words of the clause around [s, e), not past a word of CONTRAST: at most ten before and eight after, within the sentence. */
function clauseOf(text: string, sentence: Span, s: number, e: number): string {
  const rest = text.slice(e, sentence.end);
  const cut = rest.search(CLAUSE_END);
  const after: string[] = [];
  for (const w of splitSpaces((cut === -1 ? rest : rest.slice(0, cut)).trim())) {
    if (after.length >= 8 || CONTRAST.has(urduLetters(w).toLowerCase())) break;
    after.push(w);
  }
  const before = splitSpaces(afterLastClauseMark(text, sentence.start, s).trim()).slice(-10);
  let from = 0;
  for (let i = 0; i < before.length; i++) if (CONTRAST.has(urduLetters(before[i]).toLowerCase())) from = i + 1;
  return [...before.slice(from), ...after].join(' ').trim();
}

/** The words after e in its clause, up to the next number or a word of CONTRAST: at most eight. */
function afterOf(text: string, sentence: Span, e: number): string {
  const rest = text.slice(e, sentence.end);
  const cut = rest.search(CLAUSE_END);
  const out: string[] = [];
  for (const w of splitSpaces((cut === -1 ? rest : rest.slice(0, cut)).trim())) {
    if (!w || /[0-9۰-۹٠-٩$%]/.test(w) || out.length >= 8 || CONTRAST.has(urduLetters(w).toLowerCase())) break;
    out.push(w);
  }
  return out.join(' ');
}

/** What a sentence must contain for a period pattern to match in it (checked once per sentence). */
const NEEDS_YEAR = 1;
const NEEDS_FY = 2;
const NEEDS_YEAR_WORD = 4;

/** A year in Urdu text: not the tail of a longer number, with or without ء after it. */
const UR_YEAR_BEFORE = '(?<![0-9۰-۹٠-٩,٬.٫])';
const UR_YEAR = `${UR_YEAR_BEFORE}${YEAR}ء?`;

const PERIOD_PATTERNS: Array<[RegExp, (m: RegExpExecArray, pubYear?: number) => { from?: string; to?: string } | undefined, number]> = [
  [new RegExp(String.raw`(?:from|between)\s+(?:FY\s?)?` + YEAR + String.raw`\s*(?:to|and|until|through|till|-|–)\s*(?:FY\s?)?` + YEAR, 'gi'), (m) => ({ from: m[1], to: m[2] }), NEEDS_YEAR],
  [new RegExp(String.raw`\b(?:FY|fiscal year)\s?((?:19|20)\d{2}|\d{2})\b`, 'gi'), (m) => {
    const y = m[1].length === 2 ? '20' + m[1] : m[1];
    return { from: 'FY' + y, to: 'FY' + y };
  }, NEEDS_FY],
  [new RegExp('(?<![0-9])' + YEAR + String.raw`\s?[-–/]\s?((?:19|20)\d{2}|\d{2})(?!\d|,\d)`, 'g'), (m) => {
    const to = m[2].length === 2 ? m[1].slice(0, 2) + m[2] : m[2];
    return +to > +m[1] ? { from: m[1], to } : undefined;
  }, NEEDS_YEAR],
  // Urdu: "2002 سے 2023 تک" (from … to), "2004 سے" (since; not "2000 سے زائد", more than 2000), "2025 میں" (in),
  // "گزشتہ سال" (last year), "رواں سال" (this year); a year may carry ء ("2001ء سے"), and is not the tail of a longer number
  [new RegExp(UR_YEAR + String.raw`\s?(?:سے|تا)\s?` + YEAR + String.raw`ء?(?!\d)`, 'g'), (m) => (+m[2] > +m[1] ? { from: m[1], to: m[2] } : undefined), NEEDS_YEAR],
  // (a year with ء may be followed by another number: "2001ء سے 500 افراد"; one without is then the start of a range)
  [new RegExp(UR_YEAR_BEFORE + YEAR + String.raw`ء\s?سے(?![\u0620-\u06ff])(?![\s\u200c]*(?:بھی[\s\u200c]*)?(?:زائد|ز[یي]ادہ|[کك]م|اوپر|تجاوز))`, 'g'), (m) => ({ from: m[1] }), NEEDS_YEAR],
  [new RegExp(UR_YEAR_BEFORE + YEAR + String.raw`\s?سے(?![\u0620-\u06ff])(?![\s\u200c]*(?:بھی[\s\u200c]*)?(?:زائد|ز[یي]ادہ|[کك]م|اوپر|تجاوز|[0-9۰-۹٠-٩]))`, 'g'), (m) => ({ from: m[1] }), NEEDS_YEAR],
  [new RegExp(UR_YEAR + String.raw`\s?(?:م[یي]ں|[کك]ے دوران)(?![\u0620-\u06ff])(?![\s\u200c]*سے(?![\u0620-\u06ff]))`, 'g'), (m) => ({ from: m[1], to: m[1] }), NEEDS_YEAR],
  [/(?<![\u0620-\u06ff])(?:گزشتہ|پچھلے) سال(?![\u0620-\u06ff])/g, (_m, y) => (y ? { from: String(y - 1), to: String(y - 1) } : undefined), NEEDS_YEAR_WORD],
  [/(?<![\u0620-\u06ff])(?:رواں|اس) سال(?![\u0620-\u06ff])/g, (_m, y) => (y ? { from: String(y), to: String(y) } : undefined), NEEDS_YEAR_WORD],
  [new RegExp(String.raw`since\s+(?:` + MONTHS + String.raw`\s+)?` + YEAR, 'gi'), (m) => ({ from: m[1] }), NEEDS_YEAR],
  [new RegExp(String.raw`(?:in|during|for|throughout|of|from)\s+(?:(?:the\s+)?(?:first|second|third|last)\s+\w+\s+of\s+)?(?:` + MONTHS + String.raw`\s+)?` + YEAR + String.raw`(?!\d|,\d|-\d)`, 'gi'), (m) => ({ from: m[1], to: m[1] }), NEEDS_YEAR],
  [/\blast year\b/gi, (_m, y) => (y ? { from: String(y - 1), to: String(y - 1) } : undefined), NEEDS_YEAR_WORD],
  [/\bthis year\b/gi, (_m, y) => (y ? { from: String(y), to: String(y) } : undefined), NEEDS_YEAR_WORD],
];

function overlaps(spans: Span[], a: number, b: number): boolean {
  for (let i = 0; i < spans.length; i++) if (a < spans[i].end && b > spans[i].start) return true;
  return false;
}

/** The period expression nearest to the figure within its sentence. */
/** A period pattern's match in a sentence, at [a, b) in the text. */
interface PeriodMatch {
  a: number;
  b: number;
  m: RegExpExecArray;
}

const EASTERN_DIGITS = /[۰-۹٠-٩]/g;
/** The text with Eastern Arabic-Indic digits (U+06F0–06F9, U+0660–0669) written as Western ones. */
function westernDigits(s: string): string {
  EASTERN_DIGITS.lastIndex = 0;
  return EASTERN_DIGITS.test(s) ? s.replace(EASTERN_DIGITS, (c) => String(c.charCodeAt(0) & 0xf)) : s;
}

/** Each period pattern's matches in a sentence (figures in the same sentence share them). */
function periodMatches(text: string, sentence: Span, cache: Map<string, PeriodMatch[][]>): PeriodMatch[][] {
  const key = sentence.start + ':' + sentence.end;
  const known = cache.get(key);
  if (known) return known;
  // Eastern Arabic-Indic digits read as Western ones (one code unit each, so offsets stay)
  const chunk = westernDigits(text.slice(sentence.start, sentence.end));
  // every pattern needs a year (19xx, 20xx), "FY" / "fiscal year", or the word "year" (سال): skip those that cannot match
  const has = (/(?:19|20)\d{2}/.test(chunk) ? NEEDS_YEAR : 0) | (/FY|fiscal year/i.test(chunk) ? NEEDS_FY : 0) | (/year|سال/i.test(chunk) ? NEEDS_YEAR_WORD : 0);
  const out: PeriodMatch[][] = [];
  for (const [re, , needs] of PERIOD_PATTERNS) {
    const list: PeriodMatch[] = [];
    out.push(list);
    if ((has & needs) === 0) continue;
    re.lastIndex = 0;
    for (let m = re.exec(chunk); m; m = re.exec(chunk)) {
      const a = sentence.start + m.index;
      list.push({ a, b: a + m[0].length, m });
    }
  }
  cache.set(key, out);
  return out;
}

/** The period expression nearest to the figure within its sentence. */
function periodNear(text: string, sentence: Span, s: number, e: number, opts: FigureOptions, cache: Map<string, PeriodMatch[][]>): { from?: string; to?: string } | undefined {
  const matches = periodMatches(text, sentence, cache);
  const pubYear = opts.published ? Number(opts.published.slice(0, 4)) : undefined;
  let best: { from?: string; to?: string } | undefined;
  let bestDist = Infinity;
  const claimed: Span[] = [];
  for (let k = 0; k < PERIOD_PATTERNS.length; k++) {
    const make = PERIOD_PATTERNS[k][1];
    for (const { a, b, m } of matches[k]) {
      if (overlaps(claimed, a, b) || (a < e && b > s)) continue;
      claimed.push({ start: a, end: b });
      const p = make(m, pubYear);
      if (!p) continue;
      // a period after the figure binds a little more tightly than one before it
      const dist = b <= s ? s - b + 5 : a - e;
      if (dist < bestDist) {
        best = p;
        bestDist = dist;
      }
    }
  }
  return best;
}
