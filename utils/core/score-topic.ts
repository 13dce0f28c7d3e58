/**
 * The topic decision: both states must be parties to the story and the
 * story must be about security. Headline and lede weigh more than the body;
 * dataset names count as evidence (a record that stands for one of the
 * states, or for both, names it); other beats (trade, sport, relief) and
 * other pairs of states (India–US, Pakistan–China) argue against. Every
 * step leaves a reason in plain words.
 */
import type { AliasEntry, EntityMatch, Side, TopicScore } from './analysis';
import type { TextHit, Zones } from './match-entities';
import type { TopicTerm } from './topic-terms';

export const TOPIC_THRESHOLD = 12;

type Zone = 0 | 1 | 2; // headline, lede, body
const ZONE_WEIGHT = [3, 2, 1] as const;
const ZONE_CAP = [2, 3, 6] as const;

interface Tally {
  n: [number, number, number];
  /** The words that named the state in the earliest zone it is named in (up to three, as written). */
  forms?: string[];
  formsZone?: Zone;
  /** Whether one of those words is the state's own name (not a city, an agency, a leader). */
  plain?: boolean;
}

interface Features {
  pk: Tally;
  us: Tally;
  pairs: number;
  together: number;
  /** The same, the headline left out (it counts as one sentence in `together`). */
  togetherInBody: number;
  sec: Map<string, { w: number; n: [number, number, number] }>;
  off: Map<string, { label: string; score: number; n: number }>;
  others: Map<string, Tally>;
  /** The US-led coalition (NATO, ISAF): on the United States' side against other states. */
  allies: Tally;
  strongSecInHeadline: boolean;
}

/** A state's own name, as a word starts: Pakistan, Pakistani, Pak-US; the United States, US, U.S.A., America, American; in Urdu too. */
const PLAIN = { pk: /^(?:pakistan|pak-|پاکستان|پاک )/i, us: /^(?:united states|u\.?s\.?(?:a\.?)?$|america|امریک)/i };

/** Notes the word that named a state in zone z (hits come in text order): the words of its earliest zone are kept. */
function noteForm(t: Tally, z: Zone, word: string, plain: boolean): void {
  if (t.forms === undefined) {
    t.forms = [word];
    t.formsZone = z;
    t.plain = plain;
  } else if (z === t.formsZone) {
    if (t.forms.length < 3 && !t.forms.includes(word)) t.forms.push(word);
    t.plain = t.plain || plain;
  }
}

const zoneOf = (start: number, z: Zones): Zone => (start < z.headlineEnd ? 0 : start < z.ledeEnd ? 1 : 2);
const tally = (): Tally => ({ n: [0, 0, 0] });
const weightOf = (t: Tally, bodyCap = 10) => 3 * t.n[0] + 2 * t.n[1] + Math.min(t.n[2], bodyCap);
const mentions = (t: Tally) => t.n[0] + t.n[1] + t.n[2];

const isAsciiUpper = (c: number) => c >= 65 && c <= 90;
const isAsciiLetter = (c: number) => isAsciiUpper(c) || (c >= 97 && c <= 122);

/**
 * Sentence index of each offset: sentences end at . ! ? ۔ ؟ or a line break,
 * but not at the full stop of a one-letter capital ("The U.S. Commerce
 * Department", "Lloyd J. Austin").
 */
export function sentenceStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 46 && i > 0 && isAsciiUpper(text.charCodeAt(i - 1)) && (i < 2 || !isAsciiLetter(text.charCodeAt(i - 2)))) continue;
    if (c === 10 || ((c === 46 || c === 33 || c === 63 || c === 0x6d4 || c === 0x61f) && (i + 1 >= text.length || text.charCodeAt(i + 1) <= 32))) {
      if (starts[starts.length - 1] !== i + 1) starts.push(i + 1);
    }
  }
  return starts;
}

/** A place in the text that names one of the states, or both: a topic term, or a dataset record with a side. */
interface StateMention {
  start: number;
  end: number;
  pk: boolean;
  us: boolean;
  /** A pair term ("Pakistan-US"): each state's own name. */
  pairTerm: boolean;
}

/**
 * The states the first n mentions give within [start, end). They are the
 * terms' longest hits, in text order, and a hit inside a longer one is
 * dropped, so their ends are in order too: walking back from the last one
 * starting before `end`, the overlapping ones come first.
 */
function statesWithin(ms: StateMention[], n: number, start: number, end: number): { pk: boolean; us: boolean } {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (ms[mid].start < end) lo = mid + 1;
    else hi = mid;
  }
  const got = { pk: false, us: false };
  for (let k = lo - 1; k >= 0 && ms[k].end > start; k--) {
    got.pk ||= ms[k].pk;
    got.us ||= ms[k].us;
  }
  return got;
}

/**
 * An alias the dataset writes all in lower case is a generic phrase
 * ("counterterrorism dialogue", "coup sanctions", "security aid freeze"):
 * it finds its record, but other pairs of states have such things too
 * ("Pakistan, UK hold counter-terrorism dialogue"), so it does not name the
 * record's states. Names (Coalition Support Fund, CT Dialogue, TTP) and
 * aliases in scripts without case do.
 */
export function isGenericAlias(alias: string): boolean {
  // a handle ("@usembislamabad") is a name
  if (alias.charAt(0) === '@') return false;
  let latin = false;
  for (let i = 0; i < alias.length; i++) {
    const c = alias.charAt(i);
    if (c !== c.toLowerCase()) return false;
    if (c >= 'a' && c <= 'z') latin = true;
  }
  return latin;
}

/**
 * The state mentions, in text order: the topic terms that name a state, then
 * each dataset name that stands for one (an official, an agency, an
 * agreement or event of both; not a generic alias, nor inside a look-alike)
 * for the states no such term within it names.
 */
function stateMentions(terms: TextHit<TopicTerm>[], names: TextHit<AliasEntry>[], sides: Readonly<Record<string, Side>>): StateMention[] {
  const out: StateMention[] = [];
  for (let i = 0; i < terms.length; i++) {
    const { start, end, value: t } = terms[i];
    const pk = t.group === 'pk' || t.group === 'pair' || t.state === 'pk';
    const us = t.group === 'us' || t.group === 'pair' || t.state === 'us';
    if (pk || us) out.push({ start, end, pk, us, pairTerm: t.group === 'pair' });
  }
  const fromTerms = out.length;
  // the look-alikes' spans: a name inside one ("a Pakistani doctor", "brothers from Pakistan") names no state either
  const lookAlikes: Array<{ start: number; end: number }> = [];
  for (const h of terms) if (h.value.group === 'none') lookAlikes.push(h);
  let l = 0;
  // spans in order of start, ends never decreasing (longest hits of one group), but two may overlap
  const insideLookAlike = (start: number, end: number) => {
    while (l < lookAlikes.length && lookAlikes[l].end <= start) l++;
    for (let k = l; k < lookAlikes.length && lookAlikes[k].start <= start; k++) if (end <= lookAlikes[k].end) return true;
    return false;
  };
  for (const { start, end, value: e } of names) {
    const key = e.kind + '\u0000' + e.id;
    const side = Object.prototype.hasOwnProperty.call(sides, key) ? sides[key] : undefined;
    if ((side !== 'pk' && side !== 'us' && side !== 'pair') || isGenericAlias(e.alias)) continue;
    if (insideLookAlike(start, end)) continue;
    // "Abbottabad raid" (a US operation) holds "Abbottabad" (a place in Pakistan): the record adds the United States only
    const given = statesWithin(out, fromTerms, start, end);
    const pk = side !== 'us' && !given.pk;
    const us = side !== 'pk' && !given.us;
    if (pk || us) out.push({ start, end, pk, us, pairTerm: false });
  }
  if (out.length > fromTerms) out.sort((a, b) => a.start - b.start);
  return out;
}

function collect(text: string, terms: TextHit<TopicTerm>[], names: TextHit<AliasEntry>[], zones: Zones, sides: Readonly<Record<string, Side>>): Features {
  const f: Features = { pk: tally(), us: tally(), pairs: 0, together: 0, togetherInBody: 0, sec: new Map(), off: new Map(), others: new Map(), allies: tally(), strongSecInHeadline: false };
  const starts = sentenceStarts(text);
  const pkSentences = new Set<number>();
  const usSentences = new Set<number>();
  let sentence = 0;
  for (const m of stateMentions(terms, names, sides)) {
    while (sentence + 1 < starts.length && starts[sentence + 1] <= m.start) sentence++;
    const z = zoneOf(m.start, zones);
    const s = z === 0 ? -1 : sentence;
    const word = text.slice(m.start, m.end);
    if (m.pk) {
      f.pk.n[z]++;
      pkSentences.add(s);
      noteForm(f.pk, z, word, m.pairTerm || PLAIN.pk.test(word));
    }
    if (m.us) {
      f.us.n[z]++;
      usSentences.add(s);
      noteForm(f.us, z, word, m.pairTerm || PLAIN.us.test(word));
    }
    if (m.pairTerm) f.pairs++;
  }
  for (let i = 0; i < terms.length; i++) {
    const { start, value: t } = terms[i];
    const z = zoneOf(start, zones);
    if (t.group === 'sec') {
      let e = f.sec.get(t.label);
      if (!e) f.sec.set(t.label, (e = { w: t.weight, n: [0, 0, 0] }));
      e.w = Math.max(e.w, t.weight);
      e.n[z]++;
      if (z === 0 && t.weight >= 1) f.strongSecInHeadline = true;
    } else if (t.group === 'off' && t.topic) {
      let e = f.off.get(t.topic);
      if (!e) f.off.set(t.topic, (e = { label: t.label, score: 0, n: 0 }));
      e.score += t.weight * ZONE_WEIGHT[z];
      e.n++;
    } else if (t.group === 'ally') {
      f.allies.n[z]++;
    } else if (t.group === 'other' && t.topic) {
      let e = f.others.get(t.topic);
      if (!e) f.others.set(t.topic, (e = tally()));
      e.n[z]++;
    }
  }
  for (const s of pkSentences)
    if (usSentences.has(s)) {
      f.together++;
      if (s !== -1) f.togetherInBody++;
    }
  return f;
}

/**
 * Labels of each state's armed forces and agencies: who acts, not what the
 * story is about (an army chief can attend a minerals deal). Only the two
 * together count as a subject of their own.
 */
const AGENCIES = new Set(['US security agencies', 'Pakistani security agencies']);

function securityScore(f: Features): { score: number; subjects: number; distinct: number; hits: number; subjectHits: number; labels: string[] } {
  let score = 0;
  /** The score without the forces and agencies: what the story is about, against other beats. */
  let subjects = 0;
  let hits = 0;
  let subjectHits = 0;
  let distinct = 0;
  let agencies = 0;
  const ranked: Array<[string, number]> = [];
  for (const [label, e] of f.sec) {
    let s = 0;
    for (let z = 0; z < 3; z++) s += e.w * ZONE_WEIGHT[z] * Math.min(e.n[z], ZONE_CAP[z]);
    const n = e.n[0] + e.n[1] + e.n[2];
    score += s;
    hits += n;
    if (AGENCIES.has(label)) agencies++;
    else {
      distinct++;
      subjects += s;
      subjectHits += n;
    }
    ranked.push([label, s]);
  }
  ranked.sort((a, b) => b[1] - a[1]);
  const labels: string[] = [];
  for (const [l, s] of ranked) if (s >= 1 && labels.length < 4) labels.push(l);
  // both states' forces or agencies: a contact between them (a defence secretary meets an army chief) is a subject
  if (agencies === AGENCIES.size) distinct++;
  return { score, subjects, distinct, hits, subjectHits, labels };
}

/** The weight of a specific security subject: an arms sale, a drone strike, military aid, a named affair (not "military", "attacks", "security"). */
const SPECIFIC = 1.2;

/**
 * A story about one security subject, told with one kind of term ("Eight
 * F-16s will be sold to Pakistan" says F-16, fighter jets and precision
 * strike, all arms sales): a specific subject, in the headline, three times
 * or more. The states' forces and agencies may be named beside it ("Pentagon
 * clears F-16 support"); they are no subject of their own.
 */
function singleSubject(f: Features): boolean {
  let subject: { w: number; n: [number, number, number] } | undefined;
  for (const [label, e] of f.sec) {
    if (AGENCIES.has(label)) continue;
    if (subject) return false;
    subject = e;
  }
  return !!subject && subject.w >= SPECIFIC && subject.n[0] > 0 && subject.n[0] + subject.n[1] + subject.n[2] >= 3;
}

/** Does a state take part in the story, or is it named only in passing? */
function isParty(t: Tally, together: number): boolean {
  return t.n[0] > 0 || t.n[1] > 0 || (t.n[2] >= 3 && together >= 1) || (t.n[2] >= 2 && together >= 2);
}

function naming(f: Features): string {
  // "(as Rawalpindi, ISI)": where a state is named by a city, an agency or a leader rather than by its own name
  const as = (t: Tally) => (t.plain || !t.forms?.length ? '' : ` (as ${t.forms.join(', ')})`);
  const inHead = (t: Tally) => t.n[0] > 0;
  if (inHead(f.pk) && inHead(f.us)) return `headline names Pakistan${as(f.pk)} and the United States${as(f.us)}`;
  const where = (t: Tally) => (t.n[0] ? 'headline' : t.n[1] ? 'opening' : 'body');
  return `Pakistan named in the ${where(f.pk)}${as(f.pk)}, the United States in the ${where(f.us)}${as(f.us)}`;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * Scores the topic from the scan of headline + body: its topic terms, the
 * records it names (grouped), and the name hits with the records' sides.
 */
export function scoreTopic(
  text: string,
  terms: TextHit<TopicTerm>[],
  entities: EntityMatch[],
  zones: Zones,
  sides: Readonly<Record<string, Side>>,
  names: TextHit<AliasEntry>[],
): TopicScore {
  const f = collect(text, terms, names, zones, sides);
  const sec = securityScore(f);
  const reasons: string[] = [];
  const blockers: string[] = [];
  const pkParty = isParty(f.pk, f.together);
  const usParty = isParty(f.us, f.together);
  if (mentions(f.pk) === 0) blockers.push('Pakistan is not named');
  else if (!pkParty) blockers.push(`Pakistan is named only in passing (${mentions(f.pk)} mention${mentions(f.pk) > 1 ? 's' : ''})`);
  if (mentions(f.us) === 0) blockers.push('the United States is not named');
  else if (!usParty) blockers.push(`the United States is named only in passing (${mentions(f.us)} mention${mentions(f.us) > 1 ? 's' : ''})`);
  if (pkParty && usParty) {
    reasons.push(naming(f));
    if (f.together > 0) reasons.push(`Pakistan and the United States named together in ${f.together} sentence${f.together > 1 ? 's' : ''}`);
    // a headline that names one and an opening that names the other ("US designates BLA" / "…attacks in Pakistan") go together
    else if (!(f.pk.n[0] && (f.us.n[0] || f.us.n[1])) && !(f.us.n[0] && f.pk.n[1])) blockers.push('Pakistan and the United States are never named together');
  }
  if (sec.hits > 0) reasons.push(`${sec.hits} security term${sec.hits > 1 ? 's' : ''} (${sec.labels.join(', ') || 'weak ones'})`);
  if (sec.score < 6 || (sec.distinct < 2 && !singleSubject(f))) blockers.push(sec.hits ? 'too few security terms' : 'no security terms');

  let offTop: { label: string; score: number; n: number } | undefined;
  for (const e of f.off.values()) if (!offTop || e.score > offTop.score) offTop = e;
  // against another beat, the forces and agencies that act in it count for nothing (the army receives flood relief)
  if (offTop && offTop.score > sec.subjects * (f.strongSecInHeadline ? 2 : 1)) {
    const besides = sec.subjectHits < sec.hits ? ' besides the forces and agencies named' : '';
    blockers.push(`mostly about other things (${offTop.n} ${offTop.label} against ${plural(sec.subjectHits, 'security term')}${besides})`);
  }
  // another state against the weaker of the two, the United States' side with its coalition
  const pkSide = weightOf(f.pk);
  const usSide = weightOf(f.us) + weightOf(f.allies);
  const weaker = Math.min(pkSide, usSide);
  const weakerName = pkSide <= usSide ? 'Pakistan' : 'the United States';
  const strongerName = weakerName === 'Pakistan' ? 'the United States' : 'Pakistan';
  // a headline that names both, and sentences that pair them, make them the story's parties: another state must then weigh three times more
  const paired = f.pk.n[0] > 0 && f.us.n[0] > 0 && f.togetherInBody >= 2;
  for (const [state, t] of pkParty || usParty ? f.others : []) {
    const w = weightOf(t);
    const headlineOnly = t.n[0] > 0 && !(f.pk.n[0] && f.us.n[0]) && w > weaker;
    if (headlineOnly || (w >= 2 * weaker && weaker < 8 && !paired) || w >= 3 * weaker) {
      blockers.push(`mainly about ${strongerName} and ${state} (${plural(mentions(t), 'mention')} of ${state}, ${weaker ? 'fewer of' : 'none of'} ${weakerName})`);
      break;
    }
  }
  const named: string[] = [];
  for (const e of entities) if (named.length < 5) named.push(e.aliases[0]);
  if (named.length) reasons.push(`names ${named.join(', ')}`);

  const score = Math.round((sec.score + 2 * Math.min(f.together, 5) + 2 * Math.min(f.pairs, 3) + Math.min(entities.length, 5) + (f.pk.n[0] && f.us.n[0] ? 3 : 0)) * 10) / 10;
  if (blockers.length === 0 && score < TOPIC_THRESHOLD) blockers.push(`score ${score} is below ${TOPIC_THRESHOLD}`);
  return { relevant: blockers.length === 0, score, threshold: TOPIC_THRESHOLD, reasons: [...reasons, ...blockers] };
}
