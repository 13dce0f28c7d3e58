import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { firstLook, mentionsPakistan, mentionsUnitedStates, pakistaniSite, SURFACE_SELECTOR, surfaceSelector, US_SELECTOR, usSelector } from '../../../utils/core/first-look';
import { NEWS_SITES } from '../../../utils/core/news-sites';
import { quickCheck } from '../../../utils/core/quick-check';
import { urlNonArticleReason } from '../../../utils/core/detect-article';
import { fixturesDir, page, parse, sharedDir } from './helpers';

describe('mentionsPakistan', () => {
  it.each([
    'Pakistan, US agree to expand counter-terrorism cooperation',
    'ISLAMABAD: talks resumed',
    'Strike in North Waziristan',
    'Pak-US ties',
    'the Pak Army said',
    'US to look into violation of F-16 user-agreement by Pak',
    'https://example.com/us/us-to-look-into-f-16-use-by-pak/articleshow/68239028.cms',
    'Pak.-US ties',
    'Pak’s army chief meets CENTCOM commander',
    'Pak–US ties',
    'US warns Pak…',
    'https://www.dawn.com/news/1/pakistan-us-talks',
    'پاکستان اور امریکہ',
    'اسلام آباد میں مذاکرات',
    'پاک فوج',
    'TTP chief Hakimullah Mehsud presumed dead in drone strike',
    'US drone kills Haqqani commander',
    'Raid on a compound in Abbottabad',
    'Blast in Peshawar',
    'آرمی چیف کی امریکی سینٹرل کمانڈ کے سربراہ سے ملاقات',
    'ایبٹ آباد آپریشن',
    // Afghan Taliban leaders caught or killed in Pakistan, in headlines that leave Pakistan unsaid
    'Mullah Baradar, Afghan Taliban No. 2 Captured',
    'طالبان کمانڈر گرفتار',
    // groups based in Pakistan and their leaders, named in headlines and addresses that leave Pakistan unsaid
    "'Great Pressure Exerted to Find Him': Trump Tweets After Hafiz Saeed's Arrest",
    'https://www.example.com/news/world/trump-tweets-after-hafiz-saeeds-arrest-2235359.html',
    'US adds Lashkar-e-Taiba front to terror list',
    'US designates Jaish-e-Mohammed chief Masood Azhar',
    'حافظ سعید کی گرفتاری پر امریکی ردعمل',
  ])('finds %s', (s) => expect(mentionsPakistan(s)).toBe(true));

  it.each(['Spain beat France', 'a package deal', 'Speaking in Kampala', 'the Pakhtun tradition', 'pakora recipes', 'pak123', 'pak_choi', 'paké', ''])('ignores %s', (s) =>
    expect(mentionsPakistan(s)).toBe(false),
  );
});

describe('firstLook', () => {
  const doc = (head: string, body: string, title = 'A story') => parse(`<!doctype html><html><head><title>${title}</title>${head}</head><body>${body}</body></html>`);
  // an outlet that is not Pakistani: the United States alone is not enough there
  const url = 'https://www.reuters.com/world/asia-pacific/a-story-2025-01-01/';

  it('reads the address and the title', () => {
    expect(firstLook(doc('', '<p>x</p>'), 'https://www.dawn.com/news/123/pakistan-us-talks')).toBe(true);
    expect(firstLook(doc('', '<p>x</p>', 'Islamabad and Washington talk'), url)).toBe(true);
  });

  it('finds a group based in Pakistan named in a description', () => {
    expect(firstLook(doc('<meta name="description" content="A bounty on the Lashkar-e-Taiba chief shows two governments converging on terrorism.">', '<p>x</p>', 'United against a common foe'), url)).toBe(true);
    expect(firstLook(doc('<meta name="description" content="Washington lists a Jamaat-ud-Dawa front as a terrorist group.">', '<p>x</p>', 'A front is listed'), url)).toBe(true);
    expect(firstLook(doc('<meta name="description" content="Washington lists a Jaish-e-Mohammed leader.">', '<p>x</p>', 'A leader is listed'), url)).toBe(true);
    // other groups called Jaish ("army"): Iraqi, Iranian
    expect(firstLook(doc('<meta name="description" content="Jaish-e-Mahdi militias clash in Baghdad; Jaish-e-Adl attack kills Iranian border guards.">', '<p>x</p>', 'Militia clashes'), url)).toBe(false);
  });

  it('finds "Pak" ending a description or followed by punctuation there', () => {
    for (const d of ['US to probe F-16 use by Pak.', 'F-16 use by Pak, officials say', 'US to probe F-16 use by Pak', 'Pak’s army chief in Washington'])
      expect(firstLook(doc(`<meta name="description" content="${d}">`, '<p>x</p>'), url), d).toBe(true);
    expect(firstLook(doc('<meta name="description" content="A new kayak. Paddle well.">', '<p>x</p>'), url)).toBe(false);
  });

  it('takes ISI, ISPR, TTP, BLA, FATA and NWA as words of the title or the address, not inside other words', () => {
    expect(firstLook(doc('<meta name="description" content="The group was listed on Monday.">', '<p>x</p>', 'US designates BLA and Majeed Brigade'), url)).toBe(true);
    expect(firstLook(doc('<meta name="description" content="امریکا نے کالعدم بی ایل اے کو دہشت گرد تنظیم قرار دے دیا">', '<p>x</p>', 'فیصلہ'), url)).toBe(true);
    expect(firstLook(doc('<meta name="description" content="Two suspected militants were among the dead.">', '<p>x</p>', 'Two killed in drone strike in NWA'), url)).toBe(true);
    expect(firstLook(doc('<meta name="description" content="Two suspected militants were among the dead.">', '<p>x</p>'), 'https://www.example.org/10-Mar-2013/two-killed-in-drone-strike-in-nwa')).toBe(true);
    expect(firstLook(doc('<meta name="description" content="The group was designated on Monday.">', '<p>x</p>', 'State Department designates TTP commanders'), url)).toBe(true);
    expect(firstLook(doc('<meta name="description" content="Reform bill passed.">', '<p>x</p>'), 'https://example.org/2018/05/fata-merger-bill-passed')).toBe(true);
    // inside other words, or in lower case in a title: no
    expect(firstLook(doc('<meta name="description" content="Tickets on sale.">', '<p>x</p>', 'Fatal crash; Nwakaeme scores; ttp is no word'), 'https://example.org/news/fatality-count-nwa1')).toBe(false);
    expect(firstLook(doc('<meta name="description" content="Talks on drones expected.">', '<p>x</p>', 'ISI chief lands in Washington'), url)).toBe(true);
    expect(firstLook(doc('<meta name="description" content="Talks expected.">', '<p>x</p>'), 'https://tribune.com.pk/story/415859/isi-chief-lands-in-washington')).toBe(true);
    expect(firstLook(doc('<meta name="description" content="Talks expected.">', '<p>x</p>', 'ISPR says two soldiers martyred'), url)).toBe(true);
    expect(firstLook(doc('<meta name="description" content="A decision on the visit.">', '<p>x</p>', 'Isis exhibit visits Paris; a decisive visit'), 'https://example.org/news/visit-decision-isi2')).toBe(false);
  });

  it('reads descriptive meta tags, whatever the case of their names', () => {
    expect(firstLook(doc('<meta property="OG:Description" content="Talks in Rawalpindi">', '<p>x</p>'), url)).toBe(true);
    expect(firstLook(doc('<meta name="keywords" content="Balochistan, BLA">', '<p>x</p>'), url)).toBe(true);
    expect(firstLook(doc('<meta name="author" content="Pakistan desk">', '<p>x</p>'), url)).toBe(false);
  });

  it('finds a name in a meta tag in lower case, capitalised or in capitals, and in Urdu', () => {
    for (const d of ['KARACHI: talks resumed', 'https://example.org/news/north-waziristan-strike', 'Talks in Islamabad', 'PAK-US TIES', 'Pak–US ties', 'U.S. and Pak. officials met', 'https://example.org/news/f-16-use-by-pak/', 'وزیرستان میں مذاکرات'])
      expect(firstLook(doc(`<meta name="description" content="${d}">`, '<p>x</p>'), url), d).toBe(true);
    // other mixed capitals are not looked for
    expect(firstLook(doc('<meta name="description" content="Talks in pAKISTAN">', '<p>x</p>'), url)).toBe(false);
  });

  it('counts people whose stories are Pakistan\'s (Shakil Afridi, Aafia Siddiqui) as naming it', () => {
    for (const d of ['Congressman proposes swap for Shakil Afridi', 'AAFIA SIDDIQUI appeal heard', 'شکیل آفریدی کی رہائی کا مطالبہ', 'عافیہ صدیقی کی رہائی'])
      expect(firstLook(doc(`<meta name="description" content="${d}">`, '<p>x</p>', 'A hearing'), url), d).toBe(true);
    // the cricketer's surname alone is not one of them
    expect(firstLook(doc('<meta name="description" content="Shaheen Afridi takes four wickets">', '<p>x</p>', 'A match'), url)).toBe(false);
  });

  it('on a Pakistani outlet, finds the United States in a meta tag in the same forms', () => {
    for (const d of ['WASHINGTON: talks held', 'a u.s. envoy arrives', 'The Pentagon said', 'CentCom chief visits', 'امریکی وفد کی آمد'])
      expect(firstLook(doc(`<meta name="description" content="${d}">`, '<p>x</p>', 'A visit'), 'https://www.dawn.com/news/1/a-visit'), d).toBe(true);
  });

  it('takes a description nested in the head as the page\'s description', () => {
    expect(firstLook(doc('<span><meta name="description" content="A quiet day"></span>', '<h1>Talks in Islamabad</h1>'), url)).toBe(false);
  });

  it('takes a description the parser moved into the body as the page\'s description', () => {
    expect(firstLook(doc('', '<meta name="description" content="A quiet day"><h1>Talks in Islamabad</h1>'), url)).toBe(false);
    expect(firstLook(doc('', '<meta name="description" content="Talks in Islamabad"><h1>A quiet day</h1>'), url)).toBe(true);
    expect(firstLook(doc('', '<meta name="description" content=""><h1>Talks in Islamabad</h1>'), url)).toBe(true);
  });

  it('reads the first h1 and the first three paragraphs only, on a page without a description', () => {
    expect(firstLook(doc('', '<h1>US designates BLA</h1><p>WASHINGTON: the group operates in Balochistan.</p>'), url)).toBe(true);
    expect(firstLook(doc('', '<p>a</p><p>b</p><p>c</p><p>Pakistan</p>'), url)).toBe(false);
    expect(firstLook(doc('<meta name="description" content="">', '<p>Talks in Islamabad</p>'), url)).toBe(true);
    expect(firstLook(doc('<meta name="keywords" content="talks">', '<p>Talks in Islamabad</p>'), url)).toBe(true);
  });

  it('judges a page with a description on its head: the body is not read', () => {
    expect(firstLook(doc('<meta name="description" content="A quiet day">', '<h1>Islamabad</h1><p>Talks in Pakistan</p>'), url)).toBe(false);
    expect(firstLook(doc('<meta property="og:description" content="A quiet day">', '<p>Talks in Pakistan</p>'), url)).toBe(false);
    expect(firstLook(doc('<meta name="twitter:description" content="Talks in Khyber">', '<p>x</p>'), url)).toBe(true);
  });

  it('reads the heading and first paragraphs of an opinion piece, whose description may be only a teaser', () => {
    const teaser = '<meta name="description" content="Trust has never recovered">';
    const body = '<h1>The long shadow of Abbottabad</h1><p>When commandos flew in...</p><p>Rawalpindi saw the raid as a breach.</p>';
    expect(firstLook(doc(teaser, body), url)).toBe(false);
    expect(firstLook(doc(teaser + '<meta property="article:section" content="Opinion">', body), url)).toBe(true);
    expect(firstLook(doc(teaser + '<meta property="article:section" content="Columns and Analysis">', body), url)).toBe(true);
    expect(firstLook(doc(teaser, body), 'https://www.thenews.com.pk/opinion/1300000-the-long-shadow')).toBe(true);
    expect(firstLook(doc(teaser, body), 'https://blogs.tribune.com.pk/story/1/the-long-shadow')).toBe(true);
    // still only the surface: a later paragraph does not count, nor does a news section
    expect(firstLook(doc(teaser + '<meta property="article:section" content="Opinion">', '<p>a</p><p>b</p><p>c</p><p>Pakistan</p>'), url)).toBe(false);
    expect(firstLook(doc(teaser + '<meta property="article:section" content="World">', body), url)).toBe(false);
  });

  it('takes any descriptive meta tag, wherever the parser put it', () => {
    const both = '<meta name="description" content="A quiet day"><meta name="description" content="Talks in Islamabad">';
    expect(firstLook(doc(both, '<p>x</p>'), url)).toBe(true);
    expect(firstLook(doc('<meta name="description" content="A quiet day"><meta property="article:tag" content="Pakistan">', '<p>x</p>'), url)).toBe(true);
    expect(firstLook(doc('<meta name="description" content="A quiet day">', '<meta name="description" content="Talks in Islamabad"><p>x</p>'), url)).toBe(true);
    expect(firstLook(doc('<meta name="author" content="Pakistan desk">', '<meta itemprop="description" content="Talks in Islamabad"><p>x</p>'), url)).toBe(false);
    expect(firstLook(doc('<meta name="description" content="Pak-US ties"><meta name="description" content="پاک فوج کا بیان">', '<p>x</p>'), url)).toBe(true);
  });

  it('spells out the selector its needles and meta tags make', () => {
    expect(SURFACE_SELECTOR).toBe(surfaceSelector());
    expect(US_SELECTOR).toBe(usSelector());
  });

  it('on a Pakistani outlet, takes the United States named in the title, the address or a meta tag', () => {
    const army = 'US defence secretary hosts army chief in Washington';
    const quiet = '<meta name="description" content="Gen Asim Munir discussed regional security with Lloyd Austin.">';
    expect(firstLook(doc(quiet, '<p>x</p>', army), 'https://www.dawn.com/news/1797687/a-visit')).toBe(true);
    expect(firstLook(doc(quiet, '<p>x</p>', 'A visit'), 'https://www.dawn.com/news/1797687/us-defence-secretary-hosts-army-chief')).toBe(true);
    expect(firstLook(doc('<meta name="description" content="The CIA chief met the army chief.">', '<p>x</p>', 'A visit'), 'https://www.geo.tv/latest/615903-a-visit')).toBe(true);
    expect(firstLook(doc('<meta property="og:description" content="وزیر خارجہ کی امریکی ہم منصب سے ملاقات">', '<p>x</p>', 'ملاقات'), 'https://jang.com.pk/news/1')).toBe(true);
    expect(firstLook(doc('<meta property="og:description" content="وزیر خارجہ کی امریکی ہم منصب سے ملاقات">', '<p>x</p>', 'ملاقات'), 'https://www.bbc.com/urdu/articles/c1')).toBe(false);
    // the US of "US dollar" and "US$" is money, not the state
    expect(firstLook(doc('<meta name="description" content="The rupee fell in interbank trade.">', '<p>x</p>', 'US dollar gains against rupee; US$ inflows slow'), 'https://www.brecorder.com/news/4021/rupee-falls')).toBe(false);
    // a .pk address counts too
    expect(firstLook(doc(quiet, '<p>x</p>', army), 'https://www.pakobserver.net.pk/2023/12/a-visit')).toBe(true);
    // elsewhere, the United States alone is not enough
    expect(firstLook(doc(quiet, '<p>x</p>', army), 'https://www.theguardian.com/world/2023/dec/15/a-visit')).toBe(false);
    // and on a Pakistani outlet, a page that names neither stops here; "US" must be a word in capitals
    expect(firstLook(doc('<meta name="description" content="Rain is expected over the weekend; BUSES and USB chargers sold out, thus.">', '<p>x</p>', 'Weather: rain ahead'), 'https://www.dawn.com/news/1/weather-rain-ahead-thus')).toBe(false);
  });

  it('knows the Pakistani outlets of the default news sites, and any .pk host', () => {
    for (const s of NEWS_SITES) expect(pakistaniSite(`https://www.${s.domain}/news/1`), s.domain).toBe(s.country === 'PK');
    expect(pakistaniSite('https://urdu.geo.tv/latest/1')).toBe(true);
    expect(pakistaniSite('http://example.pk./a')).toBe(true);
    for (const u of ['https://dawn.com.example.org/news/1', 'https://notdawn.com/news/1', 'https://example.org/dawn.com', 'dawn.com/news/1', '']) expect(pakistaniSite(u), u).toBe(false);
    expect(mentionsUnitedStates('Talks in Washington')).toBe(true);
    expect(mentionsUnitedStates('US, Pakistan talk')).toBe(true);
    expect(mentionsUnitedStates('use us as thus; BUS')).toBe(false);
    expect(mentionsUnitedStates('https://www.dawn.com/news/1/us-talks', true)).toBe(true);
    expect(mentionsUnitedStates('https://www.dawn.com/news/1/contact-usb-thus', true)).toBe(false);
  });

  it('reads the elements one by one where the browser lacks :is() or :has()', () => {
    const d = doc('<meta name="description" content="A quiet day">', '<p>Talks in Islamabad</p>');
    const old = new Proxy(d, {
      get: (t, k) => (k === 'querySelector' ? () => { throw new SyntaxError('unsupported selector'); } : Reflect.get(t, k, t)),
    });
    expect(firstLook(old, url)).toBe(true);
    expect(firstLook(doc('<meta name="description" content="Talks in Islamabad">', '<p>x</p>'), url)).toBe(true);
  });

  it('reads three paragraphs of a page with thousands, and pages with fewer', () => {
    const many = Array.from({ length: 5000 }, (_, i) => `<p>paragraph ${i} Pakistan</p>`).join('');
    expect(firstLook(doc('', `<p>one</p><p>two</p><p>three</p>${many}`), url)).toBe(false);
    expect(firstLook(doc('', '<p>one</p><p>Rawalpindi</p>'), url)).toBe(true);
    expect(firstLook(doc('', ''), url)).toBe(false);
  });

  it('never throws', () => {
    expect(firstLook({} as Document, url)).toBe(false);
    expect(firstLook(parse(''), '%E0%A4%A')).toBe(false);
  });

  it('is what quickCheck applies after the address rules (fixtures and the Readability corpus)', () => {
    const pages: Array<[string, Document, string]> = readdirSync(fixturesDir).map((f) => {
      const meta = JSON.parse(readFileSync(path.join(fixturesDir, f, 'expected.json'), 'utf8')) as { url: string };
      return [f, parse(readFileSync(path.join(fixturesDir, f, 'source.html'), 'utf8')), meta.url];
    });
    const corpusDir = path.join(sharedDir, 'corpus/readability');
    expect(existsSync(corpusDir), `the shared corpus at ${corpusDir}`).toBe(true);
    for (const slug of readdirSync(corpusDir)) pages.push([slug, parse(readFileSync(path.join(corpusDir, slug, 'source.html'), 'utf8')), `https://example.org/${slug}/page.html`]);
    pages.push(['generated', page({ headline: 'Naqvi meets US envoy', paragraphs: ['ISLAMABAD: Interior Minister Mohsin Naqvi met the US chargé.'] }), 'https://www.dawn.com/news/1/naqvi']);
    let passedQuick = 0;
    for (const [name, d, u] of pages) {
      const quick = quickCheck(d, u);
      if (quick) passedQuick++;
      expect(quick, name).toBe(firstLook(d, u) && !urlNonArticleReason(u));
    }
    expect(passedQuick).toBeGreaterThanOrEqual(5);
  });
});
