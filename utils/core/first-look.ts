/**
 * The first look at a page, run by the content script on every matched page:
 * does the address, the title or the page's descriptive meta tags mention
 * Pakistan (in English or Urdu), or do the address or the title name one of
 * the acronyms that stand for it (ISI, ISPR, TTP, BLA, FATA, NWA)? On a Pakistani
 * outlet, whose headlines leave Pakistan unsaid ("US defence secretary hosts
 * army chief"), naming the United States is enough. A page that carries no description, and an
 * opinion piece (whose description is a teaser more often than a summary),
 * get their first h1 and first paragraphs read as well. The meta tags are asked for
 * through one selector that matches nothing on a page about something else
 * (on a Pakistani outlet, a second one for the United States), so
 * that such a page costs no page element in the content script's world (the
 * first one it touches costs about half a millisecond in Chromium). Plain string
 * searches, no regular expression to compile in a fresh script. `quickCheck`
 * (which also applies the address rules) and the full analysis come only after it.
 */

/** Lower-case needles; a match anywhere counts. */
const NAMES = [
  'pakistan', 'islamabad', 'rawalpindi', 'balochistan', 'baluchistan', 'khyber', 'waziristan', 'abbottabad', 'peshawar', 'quetta', 'karachi', 'lahore',
  // names tied to Pakistan: the Mehsud and Haqqani militant leaders, the Taliban (Afghan leaders caught or killed in Pakistan:
  // "Afghan Taliban No. 2 captured"); in Urdu, "the army chief" is Pakistan's, and BLA
  'mehsud', 'haqqani', 'taliban',
  // people whose stories are Pakistan's: the doctor jailed for helping the CIA find bin Laden, the Pakistani scientist jailed in the US
  'shakil afridi', 'aafia',
  // militant groups based in Pakistan and their leaders, whom US designations, bounties and arrests name in headlines and
  // addresses without naming Pakistan ("Trump tweets after Hafiz Saeed's arrest", "/hafiz-saeeds-arrest-…")
  'hafiz saeed', 'hafiz-saeed', 'lashkar-e-', 'jaish-e-mohammad', 'jaish-e-mohammed', 'jaish-e-muhammad', 'jamaat-ud-dawa', 'masood azhar', 'masood-azhar',
  'پاکستان', 'اسلام آباد', 'اسلامآباد', 'راولپنڈی', 'بلوچستان', 'خیبر', 'وزیرستان', 'ایبٹ آباد', 'ایبٹآباد', 'پشاور', 'کوئٹہ', 'کراچی', 'لاہور', 'محسود', 'حقانی', 'طالبان', 'آرمی چیف', 'بی ایل اے', 'شکیل آفریدی', 'عافیہ صدیقی', 'حافظ سعید', 'لشکر طیبہ', 'جیش محمد', 'جماعت الدعوۃ', 'مسعود اظہر',
];

/** The descriptive meta tags, by `property` or `name` (compared case-insensitively). */
const META_KEYS = ['og:title', 'og:description', 'description', 'twitter:title', 'twitter:description', 'keywords', 'news_keywords', 'og:url', 'article:tag'];
/** The ones that say what the page is about in a sentence: a page with one of them is judged on its meta tags. */
const DESCRIPTION_KEYS = ['description', 'og:description', 'twitter:description'];
/**
 * Opinion and analysis pieces, by their section (an `article:section` meta tag
 * containing one of these) or their address (a slash followed by one: /opinion/, /columns/, blogs.…).
 */
const OPINION = ['opinion', 'editorial', 'op-ed', 'oped', 'comment', 'column', 'analysis', 'blog', 'کالم', 'اداریہ', 'رائے'];
/**
 * The Pakistani outlets among the default news sites (news-sites.ts, country
 * PK; a unit test checks every default site against this list); any .pk
 * address counts too.
 */
const PAKISTANI_SITES = [
  'dawn.com', 'tribune.com.pk', 'thenews.com.pk', 'geo.tv', 'arynews.tv', 'samaa.tv', 'brecorder.com', 'nation.com.pk', 'dailytimes.com.pk',
  'pakistantoday.com.pk', 'app.com.pk', 'radio.gov.pk', 'mofa.gov.pk', 'ispr.gov.pk', 'dunyanews.tv', 'jang.com.pk', 'express.pk', 'urdu.geo.tv', 'urdu.arynews.tv',
  'independenturdu.com', 'arabnews.pk',
];
/** Lower-case needles for the United States; a match anywhere counts (on Pakistani outlets only). */
const US_NAMES = ['united states', 'america', 'washington', 'pentagon', 'centcom', 'u.s.', 'امریکہ', 'امریکا', 'امریکی', 'واشنگٹن', 'پینٹاگون', 'سی آئی اے'];
/** Acronyms for it, as words in capitals (in lower case in an address). */
const US_ACRONYMS = ['US', 'USA', 'CIA'];

/** Characters kept of each meta tag's content and of each heading or paragraph. */
const META_CHARS = 500;
const TEXT_CHARS = 600;
const PARAGRAPHS = 3;
/** Meta tags read at most (news pages have up to about a hundred). */
const MAX_METAS = 200;

const isWordChar = (c: string) => (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c === '_';
/** A letter outside ASCII ("pakستان" is no word "pak"): a code unit above U+00BF outside the punctuation block U+2000–U+206F (’ – … ). */
const isLetterBeyondAscii = (c: string) => c > '\u00bf' && !(c >= '\u2000' && c <= '\u206f');
const isSpace = (c: string) => c === ' ' || c === '\n' || c === '\t' || c === '\r' || c === '\f' || c === '\u00a0' || c === '\u200c';

const keyAttributes = (keys: string[]) => keys.map((k) => `[name="${k}" i],[property="${k}" i]`).join(',');
/**
 * The forms a needle is searched in: as written when it has no Latin letter
 * (Urdu has no case); otherwise in lower case, with each word capitalised, and in
 * capitals. Case-sensitive substring tests cost Chromium about a third of
 * case-insensitive ones, and the three forms cover how news sites write
 * names in their meta tags (addresses, headlines, datelines).
 */
const cased = (needle: string) => /[a-z]/.test(needle);
const forms = (needle: string): string[] => {
  if (!cased(needle)) return [needle];
  const title = needle.replace(/(^|[\s.])([a-z])/g, (_, before: string, c: string) => before + c.toUpperCase());
  return [...new Set([needle, title, needle.toUpperCase()])];
};
const contains = (needles: string[]) => needles.flatMap(forms).map((n) => `[content*="${n}"]`);
/** "Pak" as a word, by what follows it: a hyphen or dash, a space, a full stop, a comma, a colon, a slash or an apostrophe. */
const PAK_FOLLOWED = ['pak-', 'pak–', 'pak ', 'pak.', 'pak,', 'pak:', 'pak/', 'pak’', "pak'", 'پاک '];
/** A meta tag with a non-empty description (a function, so that the content script does not build it). */
const described = () => `meta:is(${keyAttributes(DESCRIPTION_KEYS)})[content]:not([content=""])`;
/**
 * One selector, three alternatives: a descriptive meta tag whose content names
 * Pakistan (the same needles as `mentionsPakistan`, "Pak" followed by
 * punctuation or ending the content, without its word rules, which the
 * content found is then put through), the section meta tag of an opinion
 * piece, or the root of a page without a non-empty description. Null on a
 * page about something else. Meta tags anywhere: browsers move those that
 * follow a stray element in the head (a <noscript> with content, say) into
 * the body. The description is looked for in the head and in the body, each
 * searched from the root's own children, not as any descendant of the
 * document: the same answer, for less.
 * Spelt out in `SURFACE_SELECTOR` (a unit test holds the two equal): building it
 * in the content script would cost the page more than the query.
 */
/** Hyphenated names of NAMES as they are written, capitalised after a hyphen too (the forms above capitalise only after a space or a full stop). */
const NAMES_MIXED_CASE = ['Jaish-e-Mohammad', 'Jaish-e-Mohammed', 'Jaish-e-Muhammad', 'Jamaat-ud-Dawa'];
export const surfaceSelector = () =>
  `meta:is(${keyAttributes(META_KEYS)}):is(${[...contains([...NAMES, ...PAK_FOLLOWED]), ...NAMES_MIXED_CASE.map((n) => `[content*="${n}"]`), ...forms('pak').map((n) => `[content$="${n}"]`)].join(',')}),` +
  `meta:is(${keyAttributes(['article:section'])}):is(${OPINION.map((n) => (cased(n) ? `[content*="${n}" i]` : `[content*="${n}"]`)).join(',')}),` +
  `:root:not(:has(> head ${described()}, > body ${described()}))`;
/** Names some sites write in mixed capitals, searched as written too. */
const US_MIXED_CASE = ['CentCom'];
/**
 * On a Pakistani outlet whose surface does not name Pakistan: a descriptive
 * meta tag that names the United States (US_NAMES in the forms above, US_MIXED_CASE, and the
 * acronyms as written, "USA" in "US", which the content found is then put
 * through). Null otherwise.
 * Spelt out in `US_SELECTOR` (a unit test holds the two equal).
 */
export const usSelector = () => `meta:is(${keyAttributes(META_KEYS)}):is(${[...contains(US_NAMES), ...US_MIXED_CASE.map((n) => `[content*="${n}"]`), ...US_ACRONYMS.filter((a) => !US_ACRONYMS.some((b) => b !== a && a.includes(b))).map((n) => `[content*="${n}"]`)].join(',')})`;
/** The descriptive meta tags (META_KEYS), spelt out for both selectors. */
const DESCRIPTIVE_META =
  'meta:is(' +
  '[name="og:title" i],[property="og:title" i],' +
  '[name="og:description" i],[property="og:description" i],' +
  '[name="description" i],[property="description" i],' +
  '[name="twitter:title" i],[property="twitter:title" i],' +
  '[name="twitter:description" i],[property="twitter:description" i],' +
  '[name="keywords" i],[property="keywords" i],' +
  '[name="news_keywords" i],[property="news_keywords" i],' +
  '[name="og:url" i],[property="og:url" i],' +
  '[name="article:tag" i],[property="article:tag" i])';
export const SURFACE_SELECTOR =
  DESCRIPTIVE_META +
  ':is([content*="pakistan"],[content*="Pakistan"],[content*="PAKISTAN"],[content*="islamabad"],' +
  '[content*="Islamabad"],[content*="ISLAMABAD"],[content*="rawalpindi"],[content*="Rawalpindi"],' +
  '[content*="RAWALPINDI"],[content*="balochistan"],[content*="Balochistan"],[content*="BALOCHISTAN"],' +
  '[content*="baluchistan"],[content*="Baluchistan"],[content*="BALUCHISTAN"],[content*="khyber"],' +
  '[content*="Khyber"],[content*="KHYBER"],[content*="waziristan"],[content*="Waziristan"],' +
  '[content*="WAZIRISTAN"],[content*="abbottabad"],[content*="Abbottabad"],[content*="ABBOTTABAD"],' +
  '[content*="peshawar"],[content*="Peshawar"],[content*="PESHAWAR"],[content*="quetta"],' +
  '[content*="Quetta"],[content*="QUETTA"],[content*="karachi"],[content*="Karachi"],' +
  '[content*="KARACHI"],[content*="lahore"],[content*="Lahore"],[content*="LAHORE"],' +
  '[content*="mehsud"],[content*="Mehsud"],[content*="MEHSUD"],[content*="haqqani"],' +
  '[content*="Haqqani"],[content*="HAQQANI"],[content*="taliban"],[content*="Taliban"],' +
  '[content*="TALIBAN"],[content*="shakil afridi"],[content*="Shakil Afridi"],' +
  '[content*="SHAKIL AFRIDI"],[content*="aafia"],[content*="Aafia"],[content*="AAFIA"],' +
  '[content*="hafiz saeed"],[content*="Hafiz Saeed"],[content*="HAFIZ SAEED"],[content*="hafiz-saeed"],' +
  '[content*="Hafiz-saeed"],[content*="HAFIZ-SAEED"],[content*="lashkar-e-"],[content*="Lashkar-e-"],' +
  '[content*="LASHKAR-E-"],[content*="jaish-e-mohammad"],[content*="Jaish-e-mohammad"],' +
  '[content*="JAISH-E-MOHAMMAD"],[content*="jaish-e-mohammed"],[content*="Jaish-e-mohammed"],' +
  '[content*="JAISH-E-MOHAMMED"],[content*="jaish-e-muhammad"],[content*="Jaish-e-muhammad"],' +
  '[content*="JAISH-E-MUHAMMAD"],[content*="jamaat-ud-dawa"],[content*="Jamaat-ud-dawa"],' +
  '[content*="JAMAAT-UD-DAWA"],[content*="masood azhar"],[content*="Masood Azhar"],' +
  '[content*="MASOOD AZHAR"],[content*="masood-azhar"],[content*="Masood-azhar"],' +
  '[content*="MASOOD-AZHAR"],[content*="پاکستان"],[content*="اسلام آباد"],[content*="اسلامآباد"],' +
  '[content*="راولپنڈی"],[content*="بلوچستان"],[content*="خیبر"],[content*="وزیرستان"],' +
  '[content*="ایبٹ آباد"],[content*="ایبٹآباد"],[content*="پشاور"],[content*="کوئٹہ"],' +
  '[content*="کراچی"],[content*="لاہور"],[content*="محسود"],[content*="حقانی"],[content*="طالبان"],' +
  '[content*="آرمی چیف"],[content*="بی ایل اے"],[content*="شکیل آفریدی"],[content*="عافیہ صدیقی"],' +
  '[content*="حافظ سعید"],[content*="لشکر طیبہ"],[content*="جیش محمد"],[content*="جماعت الدعوۃ"],' +
  '[content*="مسعود اظہر"],[content*="pak-"],[content*="Pak-"],[content*="PAK-"],[content*="pak–"],' +
  '[content*="Pak–"],[content*="PAK–"],[content*="pak "],[content*="Pak "],[content*="PAK "],' +
  '[content*="pak."],[content*="Pak."],[content*="PAK."],[content*="pak,"],[content*="Pak,"],' +
  '[content*="PAK,"],[content*="pak:"],[content*="Pak:"],[content*="PAK:"],[content*="pak/"],' +
  '[content*="Pak/"],[content*="PAK/"],[content*="pak’"],[content*="Pak’"],[content*="PAK’"],' +
  '[content*="pak\'"],[content*="Pak\'"],[content*="PAK\'"],[content*="پاک "],' +
  '[content*="Jaish-e-Mohammad"],[content*="Jaish-e-Mohammed"],[content*="Jaish-e-Muhammad"],' +
  '[content*="Jamaat-ud-Dawa"],[content$="pak"],[content$="Pak"],[content$="PAK"]),' +
  'meta:is([name="article:section" i],[property="article:section" i]):is([content*="opinion" i],' +
  '[content*="editorial" i],[content*="op-ed" i],[content*="oped" i],[content*="comment" i],' +
  '[content*="column" i],[content*="analysis" i],[content*="blog" i],[content*="کالم"],' +
  '[content*="اداریہ"],[content*="رائے"]),:root:not(:has(> head meta:is([name="description" i],' +
  '[property="description" i],[name="og:description" i],[property="og:description" i],' +
  '[name="twitter:description" i],[property="twitter:description" i])[content]:not([content=""]),' +
  ' > body meta:is([name="description" i],[property="description" i],[name="og:description" i],' +
  '[property="og:description" i],[name="twitter:description" i],' +
  '[property="twitter:description" i])[content]:not([content=""])))';
export const US_SELECTOR =
  DESCRIPTIVE_META +
  ':is([content*="united states"],[content*="United States"],[content*="UNITED STATES"],' +
  '[content*="america"],[content*="America"],[content*="AMERICA"],[content*="washington"],' +
  '[content*="Washington"],[content*="WASHINGTON"],[content*="pentagon"],[content*="Pentagon"],' +
  '[content*="PENTAGON"],[content*="centcom"],[content*="Centcom"],[content*="CENTCOM"],[content*="u.s."],' +
  '[content*="U.S."],[content*="امریکہ"],[content*="امریکا"],[content*="امریکی"],[content*="واشنگٹن"],' +
  '[content*="پینٹاگون"],[content*="سی آئی اے"],[content*="CentCom"],[content*="US"],[content*="CIA"])';

/** Whether the (lower-case) address is on a Pakistani outlet: one of PAKISTANI_SITES or a .pk host. */
export function pakistaniSite(address: string): boolean {
  const from = address.indexOf('://');
  if (from === -1) return false;
  let host = '';
  for (let i = from + 3; i < address.length; i++) {
    const c = address.charAt(i);
    if (c === '/' || c === ':' || c === '?' || c === '#') break;
    host += c;
  }
  if (host.endsWith('.')) host = host.slice(0, -1);
  if (host.endsWith('.pk')) return true;
  for (const d of PAKISTANI_SITES) if (host === d || host.endsWith('.' + d)) return true;
  return false;
}

/** True when the text names the United States: US_NAMES anywhere, or US_ACRONYMS as words (in lower case when `lowerCase`, for addresses). */
export function mentionsUnitedStates(text: string, lowerCase = false): boolean {
  const s = text.toLowerCase();
  for (const n of US_NAMES) if (s.includes(n)) return true;
  for (const a of US_ACRONYMS) if (wordAt(lowerCase ? s : text, lowerCase ? a.toLowerCase() : a, true)) return true;
  return false;
}

/** True when the text names Pakistan, one of its cities or provinces, a name tied to it (NAMES), or "Pak" as a word. */
export function mentionsPakistan(text: string): boolean {
  const s = text.toLowerCase();
  for (const n of NAMES) if (s.includes(n)) return true;
  // "Pak-US", "Pak Army", "…user agreement by Pak", "/f-16-user-agreement-by-pak/": "pak" as a word of its own.
  for (let i = s.indexOf('pak'); i !== -1; i = s.indexOf('pak', i + 3)) {
    const next = s.charAt(i + 3);
    if ((i === 0 || !isWordChar(s.charAt(i - 1))) && !isWordChar(next) && (isSpace(next) || !isLetterBeyondAscii(next))) return true;
  }
  // Urdu "پاک" followed by a space.
  for (let i = s.indexOf('پاک'); i !== -1; i = s.indexOf('پاک', i + 3)) if (isSpace(s.charAt(i + 3))) return true;
  return false;
}

/**
 * Acronyms that stand for Pakistan in headlines and addresses: its intelligence
 * and military media agencies ("ISI chief lands in Washington"), the Pakistani
 * Taliban, the Balochistan Liberation Army, the former tribal areas and North Waziristan Agency ("Two killed in
 * US drone strike in NWA").
 */
const ACRONYMS = ['ISI', 'ISPR', 'TTP', 'BLA', 'FATA', 'NWA'];

/**
 * Whether one of ACRONYMS stands as a word: in the title as written (capitals),
 * in the lower-case address between characters that are neither letters nor digits ("/isi-chief-lands-…").
 */
export function namesAcronym(title: string, address: string): boolean {
  for (const a of ACRONYMS) {
    if (wordAt(title, a)) return true;
    if (wordAt(address, a.toLowerCase())) return true;
  }
  return false;
}

/** Whether `word` stands as a word in s; with `currency`, not as the US of "US dollar", "US$" or "US-dollar". */
function wordAt(s: string, word: string, currency = false): boolean {
  for (let i = s.indexOf(word); i !== -1; i = s.indexOf(word, i + 1)) {
    const before = i === 0 ? '' : s.charAt(i - 1);
    const after = s.charAt(i + word.length);
    if (isAlnum(before) || isAlnum(after)) continue;
    if (currency && (after === '$' || s.slice(i + word.length + 1, i + word.length + 7).toLowerCase() === 'dollar')) continue;
    return true;
  }
  return false;
}
const isAlnum = (c: string) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');

/** Whether a slash in the (lower-case) address is followed by an opinion word: /opinion/, /columns/, //blogs.… */
function opinionAddress(address: string): boolean {
  for (const w of OPINION) if (address.indexOf('/' + w) !== -1) return true;
  return false;
}

/** The descriptive meta tags, the first h1 and the first paragraphs, as one string. */
export function surfaceText(doc: Document): string {
  const parts: string[] = META_KEYS.map(() => '');
  const found: boolean[] = META_KEYS.map(() => false);
  const metas = doc.getElementsByTagName('meta');
  // Item by item: a live collection's length would make the browser count them all first.
  for (let i = 0; i < MAX_METAS; i++) {
    const m = metas[i];
    if (!m) break;
    const property = (m.getAttribute('property') ?? '').toLowerCase();
    const name = (m.getAttribute('name') ?? '').toLowerCase();
    for (let k = 0; k < META_KEYS.length; k++) {
      if (found[k] || (property !== META_KEYS[k] && name !== META_KEYS[k])) continue;
      found[k] = true;
      parts[k] = (m.getAttribute('content') ?? '').slice(0, META_CHARS);
    }
  }
  const h1 = doc.getElementsByTagName('h1')[0];
  parts.push(h1 ? (h1.textContent ?? '').slice(0, TEXT_CHARS) : '');
  const ps = doc.getElementsByTagName('p');
  for (let i = 0; i < PARAGRAPHS; i++) parts.push((ps[i]?.textContent ?? '').slice(0, TEXT_CHARS));
  return parts.join(' ');
}

/** False means: nothing on the page's surface mentions Pakistan (or, on a Pakistani outlet, the United States), stop here. Never throws. */
export function firstLook(doc: Document, url: string): boolean {
  try {
    const title = doc.title;
    let address = String(url ?? '');
    if (address.indexOf('%') !== -1)
      try {
        address = decodeURIComponent(address);
      } catch {
        // Not decodable: searched as it is.
      }
    const heading = typeof title === 'string' ? title : '';
    if (mentionsPakistan(address + ' ' + heading)) return true;
    const lower = address.toLowerCase();
    if (namesAcronym(heading, lower)) return true;
    // On a Pakistani outlet, Pakistan goes without saying: the United States is enough.
    const pkSite = pakistaniSite(lower);
    if (pkSite && (mentionsUnitedStates(heading) || mentionsUnitedStates(lower, true))) return true;
    const names = (text: string) => mentionsPakistan(text) || (pkSite && mentionsUnitedStates(text));
    if (opinionAddress(lower)) return names(surfaceText(doc));
    let hit: Element | null;
    try {
      hit = doc.querySelector(SURFACE_SELECTOR);
      if (hit === null && pkSite) hit = doc.querySelector(US_SELECTOR);
    } catch {
      // A browser without :is() or :has(): the same look, element by element.
      return names(surfaceText(doc));
    }
    if (hit === null) return false;
    // A meta tag naming Pakistan (or, on a Pakistani outlet, the US) decides; a page without a description (its root found), or an opinion piece, is read further.
    return (hit.localName === 'meta' && names(hit.getAttribute('content') ?? '')) || names(surfaceText(doc));
  } catch {
    return false;
  }
}
