/**
 * Builds tests/fixtures/pages/<slug>/{source.html,expected.json}: the five
 * seed articles (text kept exactly as in ../shared/seeds) wrapped as
 * realistic news pages, plus hand-written positives, negatives, hard
 * negatives, Urdu pages and non-article pages. Every page is
 * self-contained (no external assets).
 *
 *   npx tsx scripts/make-fixtures.ts
 */
import { mkdirSync, readFileSync, writeFileSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const seedsDir = path.resolve(process.env.BACKSTORY_SHARED ?? path.resolve(root, '../shared'), 'seeds');
const outDir = path.join(root, 'tests/fixtures/pages');

interface Expected {
  article: boolean;
  relevant: boolean;
  label: 'seed' | 'positive' | 'negative' | 'hard-negative' | 'urdu' | 'non-article';
  url: string;
  seed?: string;
  note?: string;
}

type Block = { p: string } | { h2: string } | { quote: string };

interface Story {
  slug: string;
  url: string;
  site: string;
  lang?: 'en' | 'ur';
  type?: string;
  /** The section the site files it under (an article:section meta tag). */
  section?: string;
  headline: string;
  deck?: string;
  /** Extra chrome in the article header (before the body). */
  headerHtml?: string;
  author: string;
  published: string;
  blocks: Block[];
  /** Chrome after the body, inside the article (author box, buttons). */
  afterHtml?: string;
  related: string[];
  comments: string[];
  /** Body container class: sites differ. */
  bodyClass: string;
  /** Use <article>, or only divs (some sites do). */
  useArticle: boolean;
  expected: Omit<Expected, 'url'>;
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const jsonLd = (o: unknown) => JSON.stringify(o).replace(/</g, '\\u003c');

const NAV: Record<string, string[]> = {
  en: ['Home', 'Pakistan', 'World', 'Business', 'Sport', 'Opinion', 'Magazines', 'Video', 'Newspaper'],
  ur: ['صفحہ اول', 'پاکستان', 'دنیا', 'کاروبار', 'کھیل', 'کالم', 'ویڈیو'],
};

function blockHtml(b: Block): string {
  if ('p' in b) return `<p>${esc(b.p)}</p>`;
  if ('h2' in b) return `<h2>${esc(b.h2)}</h2>`;
  return `<blockquote><p>${esc(b.quote)}</p></blockquote>`;
}

function firstSentence(blocks: Block[]): string {
  for (const b of blocks) if ('p' in b && b.p.length > 60) return b.p.split(/(?<=[.!?۔])\s/)[0].slice(0, 300);
  return '';
}

function newsPage(s: Story): string {
  const lang = s.lang ?? 'en';
  const dir = lang === 'ur' ? 'rtl' : 'ltr';
  const nav = NAV[lang].map((n, i) => `<li><a href="/${i === 0 ? '' : n.toLowerCase().replace(/\s+/g, '-')}">${esc(n)}</a></li>`).join('');
  const ld = {
    '@context': 'https://schema.org',
    '@graph': [
      { '@type': 'WebSite', name: s.site, url: new URL(s.url).origin },
      {
        '@type': s.type ?? 'NewsArticle',
        headline: s.headline,
        datePublished: s.published,
        inLanguage: lang,
        author: { '@type': 'Person', name: s.author },
        publisher: { '@type': 'Organization', name: s.site },
        mainEntityOfPage: s.url,
      },
    ],
  };
  const wrapOpen = s.useArticle ? '<article class="story">' : '<div class="story-wrapper">';
  const wrapClose = s.useArticle ? '</article>' : '</div>';
  const related = s.related.length
    ? `<aside class="related-stories"><h2>${lang === 'ur' ? 'مزید خبریں' : 'Related stories'}</h2><ul>${s.related
        .map((r, i) => `<li><a href="/news/${1900000 + i}/related">${esc(r)}</a></li>`)
        .join('')}</ul></aside>`
    : '';
  const comments = s.comments.length
    ? `<section id="comments" class="comments"><h2>${lang === 'ur' ? 'تبصرے' : 'Comments'} (${s.comments.length})</h2>${s.comments
        .map((c, i) => `<div class="comment"><span class="comment-author">Reader${i + 1}</span><p>${esc(c)}</p></div>`)
        .join('')}</section>`
    : '';
  return `<!doctype html>
<html lang="${lang}" dir="${dir}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(s.headline)} - ${esc(s.site)}</title>
<link rel="canonical" href="${esc(s.url)}">
<meta name="description" content="${esc(firstSentence(s.blocks))}">
<meta property="og:type" content="article">
<meta property="og:title" content="${esc(s.headline)}">
<meta property="og:url" content="${esc(s.url)}">
<meta property="og:site_name" content="${esc(s.site)}">
<meta property="article:published_time" content="${s.published}">${s.section ? `\n<meta property="article:section" content="${esc(s.section)}">` : ''}
<script type="application/ld+json">${jsonLd(ld)}</script>
<style>body{font-family:Georgia,serif;margin:0}nav ul{display:flex;gap:1em;list-style:none}.story{max-width:42em;margin:auto}.ad-slot{height:90px;background:#eee}</style>
</head>
<body>
<header class="site-header"><div class="logo">${esc(s.site)}</div><nav class="main-nav"><ul>${nav}</ul></nav></header>
<div class="ad-slot" id="ad-top">Advertisement</div>
<main id="main-content">
${wrapOpen}
<header class="story-header"><h1 class="story-title">${esc(s.headline)}</h1>${s.deck ? `<p class="story-deck">${esc(s.deck)}</p>` : ''}<div class="byline">${esc(s.author)}</div><time datetime="${s.published}">${s.published.slice(0, 10)}</time>${s.headerHtml ?? ''}</header>
<div class="${s.bodyClass}">
${s.blocks.map(blockHtml).join('\n')}
</div>
${s.afterHtml ?? ''}
<div class="share-bar"><a href="#">Facebook</a> <a href="#">X</a> <a href="#">WhatsApp</a></div>
${wrapClose}
${related}
${comments}
</main>
<footer class="site-footer"><p>© ${esc(s.site)}. All rights reserved.</p><ul><li><a href="/about">About us</a></li><li><a href="/contact">Contact</a></li><li><a href="/privacy">Privacy policy</a></li></ul></footer>
</body>
</html>
`;
}

// ── Seeds ─────────────────────────────────────────────────────────────────
const seedText = (name: string) => readFileSync(path.join(seedsDir, name), 'utf8');
const lines = (t: string) => t.split('\n').map((l) => l.trim()).filter((l) => l.length > 0);
const isSubhead = (l: string) => l.split(/\s+/).length <= 8 && !/[.!?:]$/.test(l);

const COMMENTS_EN = [
  'Cooperation is welcome, but we have heard these promises before.',
  'Good step. Now implement it properly on the ground.',
  'Who pays for all this equipment, and who checks how it is used?',
];
const RELATED_EN = [
  'Govt announces new relief package for farmers',
  'Rupee gains against dollar in interbank trading',
  'PM inaugurates motorway section in Punjab',
];

function seedStories(): Story[] {
  const s0 = lines(seedText('000_9a0fb4af0317d28c.txt'));
  const s0body = s0.slice(1, s0.findIndex((l) => l.startsWith('Source:')));
  const s1 = seedText('001_6af804e28c4c483d.txt').split('\n').map((l) => l.trim()).filter(Boolean);
  const s2 = lines(seedText('002_62082ce9ad7ed736.txt'));
  const readAlso = s2.indexOf('Read also:');
  const s3 = lines(seedText('003_a24f13774636cecd.txt'));
  const s4 = lines(seedText('004_8344da1690b67f00.txt'));
  const s4start = s4.findIndex((l) => l.startsWith('In a significant development'));
  const s4end = s4.findIndex((l) => l.startsWith('Group Editor'));
  const base = { useArticle: true, comments: COMMENTS_EN };
  return [
    {
      ...base,
      slug: 'seed-000-dawn-security-border-management',
      url: 'https://www.dawn.com/news/1967488/pakistan-us-agree-to-enhance-collaboration-in-security-border-management',
      site: 'Dawn',
      headline: s0[0].replace(/^title:/, ''),
      author: 'Dawn Report',
      published: '2026-01-17T19:40:00+05:00',
      blocks: s0body.map((p) => ({ p })),
      afterHtml: `<p class="story__source">${esc(s0.find((l) => l.startsWith('Source:')) ?? '')}</p><div class="tags"><a href="/trends/assistance-programme">${esc(s0[s0.length - 2])}</a></div><div class="og-image" hidden>${esc(s0[s0.length - 1])}</div>`,
      related: RELATED_EN,
      bodyClass: 'story__content',
      expected: { article: true, relevant: true, label: 'seed', seed: '000_9a0fb4af0317d28c.txt' },
    },
    {
      ...base,
      slug: 'seed-001-tribune-border-security',
      url: 'https://tribune.com.pk/story/2533871/pakistan-us-agree-to-enhance-border-security-cooperation',
      site: 'The Express Tribune',
      headline: s1[0],
      deck: s1[1],
      author: 'Our Correspondent',
      published: '2025-03-04T18:40:00+05:00',
      blocks: s1.slice(2).map((l) => (isSubhead(l) ? { h2: l } : { p: l })),
      related: ['Traders protest against new tax measures', 'Karachi to get new bus routes next month'],
      bodyClass: 'story-text',
      useArticle: false,
      expected: { article: true, relevant: true, label: 'seed', seed: '001_6af804e28c4c483d.txt' },
    },
    {
      ...base,
      slug: 'seed-002-thenews-ct-dialogue',
      url: 'https://www.thenews.com.pk/print/1334210-renewed-efforts-in-us-pakistan-counterterrorism-talks',
      site: 'The News International',
      headline: s2[0],
      author: 'Mariana Baabar',
      published: '2025-08-13T08:00:00+05:00',
      blocks: s2.slice(1, readAlso).map((p) => ({ p })),
      related: s2.slice(readAlso + 1).map((l) => l.replace(/^-\s*/, '')),
      bodyClass: 'detail-desc',
      expected: { article: true, relevant: true, label: 'seed', seed: '002_62082ce9ad7ed736.txt' },
    },
    {
      ...base,
      slug: 'seed-003-voa-austin-munir-call',
      url: 'https://www.voanews.com/a/us-pakistan-army-chiefs-discuss-security-after-mosque-attacks/7296345.html',
      site: 'Voice of America',
      headline: 'US, Pakistan military chiefs discuss security after deadly mosque attacks',
      author: 'VOA News',
      published: '2023-10-05T14:20:00-04:00',
      blocks: s3.map((p) => ({ p })),
      related: ['Hurricane season: what to expect', 'Study links sleep and memory in older adults'],
      bodyClass: 'wsw',
      expected: { article: true, relevant: true, label: 'seed', seed: '003_a24f13774636cecd.txt', note: 'headline written for the fixture; the seed has none' },
    },
    {
      ...base,
      slug: 'seed-004-news18-ct-cooperation-cia',
      url: 'https://www.news18.com/world/us-pakistan-agree-to-deepen-counter-terror-cooperation-cia-keen-to-return-9263412.html',
      site: 'News18',
      headline: 'US, Pakistan Agree To Deepen Counter-Terror Cooperation, CIA Keen To Resume Operations',
      headerHtml: `<div class="last-updated">${esc(s4[0])} <time datetime="2025-03-20T16:05:00+05:30">March 20, 2025, 16:05 IST</time></div><ul class="story-highlights"><li>${esc(s4[1])}</li><li>${esc(s4[2])}</li></ul>`,
      author: 'Manoj Gupta',
      published: '2025-03-20T16:05:00+05:30',
      blocks: s4.slice(s4start, s4end).map((p) => ({ p })),
      afterHtml: `<div class="author-bio"><p>${esc(s4[s4end])}</p></div><div class="author-bio author-bio--footer"><p>${esc(s4[s4end + 1])}</p></div><button class="comments-toggle">${esc(s4[s4end + 2])}</button><a class="read-more" href="/world/">${esc(s4[s4end + 3])}</a>`,
      related: ['Markets end higher on banking gains', 'Monsoon likely to arrive early this year, says IMD'],
      bodyClass: 'article-body',
      expected: { article: true, relevant: true, label: 'seed', seed: '004_8344da1690b67f00.txt' },
    },
  ];
}

// ── Hand-written pages ────────────────────────────────────────────────────
const P = (...ps: string[]): Block[] => ps.map((p) => ({ p }));

function written(): Story[] {
  const d = { useArticle: true, comments: [] as string[], related: RELATED_EN, bodyClass: 'article-body', author: 'Staff Reporter' };
  return [
    // Positives
    {
      ...d,
      slug: 'opinion-security-relationship',
      url: 'https://www.dawn.com/news/1941122/the-limits-of-a-transactional-alliance',
      site: 'Dawn',
      type: 'OpinionNewsArticle',
      headline: 'The limits of a transactional alliance',
      author: 'Guest columnist',
      published: '2025-09-02T07:00:00+05:00',
      blocks: P(
        'Every few years, Islamabad and Washington rediscover each other. The pattern is familiar: a crisis in the region, a flurry of visits, promises of intelligence sharing and military assistance, and then a slow drift apart once the immediate need has passed.',
        'The latest round of counterterrorism talks follows that script. Pakistani officials want equipment for the Frontier Corps and help against the TTP sanctuaries across the Afghan border; American officials want access, information on militant networks and assurances about the security of weapons.',
        'None of this is new. In the decade after 2001, the Coalition Support Fund reimbursed Pakistan for military operations, while drone strikes in the tribal districts inflamed public opinion. Trust collapsed after 2011 and security assistance was frozen in 2018.',
        'If this relationship is to outlast the next crisis, both capitals need to define what they can realistically offer. A narrower agreement on border management and counter-terrorism training, honestly implemented, would be worth more than grand declarations of strategic partnership.',
      ),
      comments: ['Well argued. The US will leave again once it gets what it wants.'],
      expected: { article: true, relevant: true, label: 'positive', note: 'opinion piece on the security relationship' },
    },
    {
      ...d,
      slug: 'wire-brief-ct-talks',
      url: 'https://www.app.com.pk/national/pakistan-us-discuss-counter-terrorism-cooperation/',
      site: 'Associated Press of Pakistan',
      headline: 'Pakistan, US discuss counter-terrorism cooperation',
      author: 'APP',
      published: '2025-11-18T21:10:00+05:00',
      blocks: P(
        'ISLAMABAD: Pakistan and the United States on Tuesday reviewed their counter-terrorism cooperation, including intelligence sharing and border security, the Foreign Office said.',
        'The two sides agreed to hold the next round of the security dialogue in Washington early next year.',
      ),
      related: [],
      expected: { article: true, relevant: true, label: 'positive', note: 'two-sentence wire brief' },
    },
    {
      ...d,
      slug: 'f16-sustainment-package',
      url: 'https://www.thenews.com.pk/latest/1301188-us-approves-f-16-support-package-for-pakistan',
      site: 'The News International',
      headline: 'US approves $397 million F-16 support package for Pakistan',
      published: '2025-05-14T11:30:00+05:00',
      bodyClass: 'detail-desc',
      blocks: P(
        'WASHINGTON: The US State Department has approved a possible Foreign Military Sale to Pakistan of sustainment services for its fleet of F-16 fighter jets, valued at an estimated $397 million, the Defense Security Cooperation Agency said.',
        'The package covers engineering, logistics and technical support, software updates and spare parts. It does not include new weapons or munitions, officials said, and is meant to keep the jets flying safely.',
        'The agency said the sale would support US foreign policy and national security by allowing Pakistan to keep its interoperability with US forces in counter-terrorism operations and future contingency operations.',
        'Pakistan bought its first F-16s in the 1980s. Deliveries were frozen in the 1990s under sanctions over its nuclear programme and resumed after 2001, when Pakistan became a key ally in the war against al-Qaeda.',
      ),
      expected: { article: true, relevant: true, label: 'positive', note: 'arms sale' },
    },
    {
      ...d,
      slug: 'bla-designation-welcomed',
      url: 'https://www.voanews.com/a/pakistan-welcomes-us-terror-designation-of-baloch-militant-group/8012345.html',
      site: 'Voice of America',
      headline: 'Pakistan welcomes US terror designation of Baloch militant group',
      published: '2025-08-12T09:00:00-04:00',
      bodyClass: 'wsw',
      useArticle: false,
      blocks: P(
        'ISLAMABAD — Pakistan on Tuesday welcomed Washington’s decision to designate the Balochistan Liberation Army and its Majeed Brigade as a Foreign Terrorist Organization, calling it recognition of the group’s attacks on civilians and security forces.',
        'The US State Department said the designation would cut the group off from financial support. The BLA has claimed several deadly bombings in Balochistan, including a train hijacking in March.',
        'Pakistani officials have long accused the group of operating from sanctuaries in Afghanistan. Analysts said the decision reflects closer counterterrorism cooperation between the two countries after years of strained ties.',
      ),
      expected: { article: true, relevant: true, label: 'positive', note: 'designation of a militant group' },
    },
    // Urdu
    {
      ...d,
      slug: 'urdu-ct-dialogue',
      lang: 'ur',
      url: 'https://urdu.geo.tv/latest/402311-pakistan-us-counter-terrorism-dialogue',
      site: 'جیو نیوز',
      headline: 'پاکستان اور امریکہ کا انسداد دہشت گردی تعاون بڑھانے پر اتفاق',
      author: 'نمائندہ جیو نیوز',
      published: '2025-08-12T20:00:00+05:00',
      blocks: P(
        'اسلام آباد: پاکستان اور امریکہ نے انسداد دہشت گردی کے شعبے میں تعاون مزید بڑھانے پر اتفاق کیا ہے۔',
        'دفتر خارجہ کے مطابق اسلام آباد میں ہونے والے مذاکرات میں دونوں ممالک کے حکام نے کالعدم تحریک طالبان پاکستان، داعش خراسان اور بلوچستان لبریشن آرمی سے لاحق خطرات پر تبادلہ خیال کیا۔',
        'امریکی وفد نے دہشت گردی کے خلاف پاکستان کی کوششوں کو سراہا جبکہ دونوں جانب سے انٹیلی جنس شیئرنگ اور سرحدی سیکیورٹی کو مؤثر بنانے پر زور دیا گیا۔',
        'واضح رہے کہ چند روز قبل امریکہ نے بلوچستان لبریشن آرمی کو غیر ملکی دہشت گرد تنظیم قرار دیا تھا۔',
      ),
      related: ['کراچی میں بارش کا امکان', 'سونے کی قیمت میں اضافہ'],
      comments: [],
      expected: { article: true, relevant: true, label: 'urdu', note: 'Urdu: counter-terrorism dialogue' },
    },
    {
      ...d,
      slug: 'urdu-military-aid',
      lang: 'ur',
      url: 'https://www.independenturdu.com/node/150233',
      site: 'انڈپینڈنٹ اردو',
      headline: 'امریکہ کی پاکستان کے لیے فوجی امداد کی بحالی پر غور',
      author: 'انڈپینڈنٹ اردو',
      published: '2025-04-02T12:00:00+05:00',
      useArticle: false,
      bodyClass: 'field-item',
      blocks: P(
        'واشنگٹن میں سفارتی ذرائع کے مطابق امریکی انتظامیہ پاکستان کے لیے کولیشن سپورٹ فنڈ اور فوجی امداد کی بحالی پر غور کر رہی ہے، جو 2018 میں معطل کر دی گئی تھی۔',
        'ستمبر 2018 میں پینٹاگون نے کولیشن سپورٹ فنڈ کی 30 کروڑ ڈالر کی رقم منسوخ کر دی تھی۔',
        'ذرائع کا کہنا ہے کہ امریکہ افغان سرحد پر شدت پسندوں کی نقل و حرکت روکنے کے لیے پاکستانی فوج کو نگرانی کا سامان اور خفیہ معلومات فراہم کر سکتا ہے۔',
        'پاکستانی حکام نے کہا ہے کہ دہشت گردی کے خلاف جنگ میں پاکستان نے بھاری قیمت ادا کی ہے، 2001 سے اب تک 80 ہزار سے زائد افراد جاں بحق ہوئے، اور سیکیورٹی تعاون برابری کی بنیاد پر ہونا چاہیے۔',
      ),
      related: [],
      comments: [],
      expected: { article: true, relevant: true, label: 'urdu', note: 'Urdu: military aid' },
    },
    {
      ...d,
      slug: 'urdu-trade-tariffs',
      lang: 'ur',
      url: 'https://jang.com.pk/news/1489902',
      site: 'روزنامہ جنگ',
      headline: 'پاکستان اور امریکہ کے درمیان تجارتی معاہدہ، ٹیرف میں کمی',
      author: 'جنگ نیوز',
      published: '2025-07-31T10:00:00+05:00',
      blocks: P(
        'اسلام آباد: پاکستان اور امریکہ کے درمیان تجارتی معاہدہ طے پا گیا ہے جس کے تحت پاکستانی برآمدات پر ٹیرف کم کر دیا جائے گا۔',
        'وزیر خزانہ کے مطابق معاہدے سے ٹیکسٹائل کی برآمدات میں اضافہ ہوگا اور امریکی کمپنیاں پاکستان میں معدنیات اور توانائی کے شعبوں میں سرمایہ کاری کریں گی۔',
        'تاجر برادری نے معاہدے کا خیرمقدم کرتے ہوئے کہا کہ اس سے دوطرفہ تجارت کو فروغ ملے گا۔',
      ),
      related: [],
      comments: ['اچھی خبر ہے، برآمدات بڑھنی چاہئیں۔'],
      expected: { article: true, relevant: false, label: 'urdu', note: 'Urdu negative: trade' },
    },
    // Hard negatives
    {
      ...d,
      slug: 'trade-tariffs-deal',
      url: 'https://www.dawn.com/news/1927755/pakistan-us-finalise-trade-deal-tariff-cut-to-19pc',
      site: 'Dawn',
      headline: 'Pakistan, US finalise trade deal; tariff on Pakistani goods cut to 19pc',
      published: '2025-07-31T23:00:00+05:00',
      bodyClass: 'story__content',
      blocks: P(
        'ISLAMABAD: Pakistan and the United States have concluded a trade agreement under which Washington will lower the reciprocal tariff on Pakistani exports to 19 percent, the finance ministry said on Thursday.',
        'The deal is expected to help textile exporters, who sell more than $5 billion worth of goods to the US each year. American companies will also explore investment in Pakistan’s energy, minerals and information technology sectors.',
        'Finance Minister Muhammad Aurangzeb said the agreement would boost bilateral trade and open market access for American soybean and cotton exporters. Business leaders in Karachi and Lahore welcomed the announcement.',
        'US President Donald Trump wrote on social media that the two countries would also work together on developing Pakistan’s oil reserves.',
      ),
      comments: ['Finally some good economic news.', 'What about the terrorism problem? No investor will come while the security situation is so bad.'],
      expected: { article: true, relevant: false, label: 'hard-negative', note: 'Pakistan–US trade and tariffs' },
    },
    {
      ...d,
      slug: 'cricket-pakistan-usa',
      url: 'https://tribune.com.pk/story/2485120/usa-stun-pakistan-in-super-over-thriller',
      site: 'The Express Tribune',
      headline: 'USA stun Pakistan in Super Over thriller at T20 World Cup',
      published: '2024-06-07T02:30:00+05:00',
      bodyClass: 'story-text',
      blocks: P(
        'DALLAS: The United States pulled off one of the biggest upsets in T20 World Cup history, beating Pakistan in a Super Over at Grand Prairie Stadium on Thursday.',
        'Pakistan, put in to bat, recovered from a poor start to post 159 for seven, with captain Babar Azam top-scoring on 44. The American bowling attack, led by left-arm seamer Saurabh Netravalkar, kept the pressure on throughout the innings.',
        'In reply, USA captain Monank Patel struck a fluent half-century before Nitish Kumar hit a boundary off the final ball to tie the match. Netravalkar then defended 19 runs in the Super Over.',
        'Pakistan’s bowlers were criticised for conceding too many extras. The team now faces India in New York on Sunday in a match that could decide whether it reaches the next round.',
      ),
      comments: ['Shameful defeat. The PCB must act now.', 'Our team is like our foreign policy, always losing to America.'],
      expected: { article: true, relevant: false, label: 'hard-negative', note: 'cricket' },
    },
    {
      ...d,
      slug: 'floods-usaid-relief',
      url: 'https://www.thenews.com.pk/print/1001234-us-announces-30-million-flood-relief-for-pakistan',
      site: 'The News International',
      headline: 'US announces $30 million in flood relief for Pakistan',
      published: '2022-09-02T08:00:00+05:00',
      bodyClass: 'detail-desc',
      blocks: P(
        'ISLAMABAD: The United States will provide $30 million in humanitarian assistance to Pakistan to help people affected by the devastating monsoon floods, the US Embassy said on Thursday.',
        'The funding, delivered through USAID and its partners, will pay for food, safe drinking water, sanitation and shelter for displaced families in Sindh and Balochistan. Aid workers say more than 33 million people have been affected and over 1,100 killed.',
        'Pakistan Army helicopters and the NDMA have been leading rescue and relief operations, while a US Air Force cargo plane carrying relief supplies landed in Islamabad on Wednesday.',
        'The UN has appealed for $160 million to respond to the disaster, which the government blames on climate change.',
      ),
      expected: { article: true, relevant: false, label: 'hard-negative', note: 'floods and USAID relief' },
    },
    {
      ...d,
      slug: 'india-us-defence-framework',
      url: 'https://www.hindustantimes.com/india-news/india-us-sign-10-year-defence-framework-101761912345678.html',
      site: 'Hindustan Times',
      headline: 'India, US sign 10-year defence framework to deepen military ties',
      published: '2025-10-31T19:00:00+05:30',
      blocks: P(
        'NEW DELHI: India and the United States on Friday signed a 10-year framework for defence cooperation, covering co-production of military equipment, intelligence sharing and joint exercises.',
        'Defence minister Rajnath Singh and US Secretary of War Pete Hegseth signed the agreement in Kuala Lumpur. Officials said it would strengthen interoperability between the two militaries in the Indo-Pacific.',
        'The framework builds on earlier agreements on logistics, communications security and geospatial intelligence. Analysts said New Delhi wants reliable access to US technology as it faces pressure from China along the disputed border.',
        'The signing came weeks after tensions over tariffs and US outreach to Pakistan, which Indian officials have watched closely.',
      ),
      expected: { article: true, relevant: false, label: 'hard-negative', note: 'India–US defence' },
    },
    {
      ...d,
      slug: 'pakistan-china-defence',
      url: 'https://tribune.com.pk/story/2550019/pakistan-china-agree-to-expand-defence-cooperation-cpec-security',
      site: 'The Express Tribune',
      headline: 'Pakistan, China agree to expand defence cooperation and CPEC security',
      published: '2025-06-10T17:00:00+05:00',
      bodyClass: 'story-text',
      useArticle: false,
      blocks: P(
        'BEIJING: Pakistan and China agreed to expand military cooperation and strengthen security for Chinese nationals working on China-Pakistan Economic Corridor projects, the Foreign Office said after talks in Beijing.',
        'Chinese Defence Minister Dong Jun and Pakistan’s army chief discussed joint exercises, training and the supply of J-10C fighter jets and air defence systems. Beijing has supplied most of Pakistan’s major weapons in the past decade.',
        'Attacks on Chinese engineers by militants in Balochistan and Khyber Pakhtunkhwa have strained ties. Pakistan has created a special security division of soldiers to protect CPEC sites.',
        'Analysts said Pakistan would continue to balance its relations with Beijing and Washington, though its air force still flies American-made F-16s.',
      ),
      expected: { article: true, relevant: false, label: 'hard-negative', note: 'Pakistan–China defence' },
    },
    {
      ...d,
      slug: 'pakistan-saudi-defence-pact',
      url: 'https://www.arabnews.pk/node/2615432/pakistan',
      site: 'Arab News Pakistan',
      headline: 'Pakistan, Saudi Arabia sign strategic mutual defense agreement',
      published: '2025-09-17T22:00:00+03:00',
      blocks: P(
        'RIYADH: Saudi Arabia and Pakistan on Wednesday signed a Strategic Mutual Defense Agreement stating that any aggression against either country will be considered an aggression against both.',
        'The pact was signed by Crown Prince Mohammed bin Salman and Prime Minister Shehbaz Sharif at Al-Yamamah Palace in Riyadh, in the presence of Pakistan’s army chief. Saudi officials said it formalised decades of military cooperation, including training and the deployment of Pakistani troops in the Kingdom.',
        'The agreement comes at a time of regional uncertainty after an Israeli strike on Qatar. Some analysts said Gulf states were seeking to diversify their security partners beyond the United States, while others said Washington had been informed in advance.',
        'Saudi Arabia has repeatedly supported Pakistan with deposits and deferred oil payments. The two countries said the defense agreement was not directed against any third country.',
      ),
      expected: { article: true, relevant: false, label: 'hard-negative', note: 'Pakistan–Saudi defence pact' },
    },
    {
      ...d,
      slug: 'us-afghanistan-bagram',
      url: 'https://www.voanews.com/a/trump-says-us-wants-bagram-air-base-back-from-taliban/8123456.html',
      site: 'Voice of America',
      headline: 'Trump says US wants Bagram air base back; Taliban reject any foreign military presence',
      published: '2025-09-19T10:00:00-04:00',
      bodyClass: 'wsw',
      blocks: P(
        'WASHINGTON — President Donald Trump said on Thursday that the United States was trying to regain control of Bagram air base in Afghanistan, four years after US troops left the country.',
        'Taliban officials in Kabul rejected the idea, saying Afghanistan would not accept any foreign military presence and urging Washington to engage on trade and diplomacy instead.',
        'Bagram was the center of US military operations in Afghanistan for two decades. Former US officials said retaking it would require thousands of troops and air defenses, and would risk a new conflict.',
        'The State Department has held talks with the Taliban on detained Americans, and the US special envoy for hostages visited Kabul last week.',
      ),
      expected: { article: true, relevant: false, label: 'hard-negative', note: 'US–Afghanistan without Pakistan' },
    },
    {
      ...d,
      slug: 'ttp-clash-waziristan',
      url: 'https://www.dawn.com/news/1952203/12-soldiers-martyred-in-north-waziristan-ambush',
      site: 'Dawn',
      headline: '12 soldiers martyred as militants ambush convoy in North Waziristan',
      published: '2025-09-13T12:00:00+05:00',
      bodyClass: 'story__content',
      blocks: P(
        'PESHAWAR: Twelve soldiers were martyred and four others injured when terrorists of the banned Tehreek-i-Taliban Pakistan ambushed a military convoy in South Waziristan, the ISPR said on Saturday.',
        'Security forces responded and killed 13 militants in an exchange of fire that lasted several hours, the military’s media wing said. A clearance operation was under way in the area.',
        'The attack is the latest in a surge of violence in Khyber Pakhtunkhwa since the TTP ended a ceasefire with the government in November 2022. Officials accuse the group of operating from sanctuaries in Afghanistan, a charge Kabul denies.',
        'Security officials said the militants were armed with modern weapons, including night-vision equipment, some of it believed to have been left behind by foreign forces in Afghanistan.',
      ),
      comments: ['Rest in peace, brave soldiers.', 'The US left these weapons behind and we pay the price.'],
      expected: { article: true, relevant: false, label: 'hard-negative', note: 'TTP attack with no US role' },
    },
    {
      ...d,
      slug: 'imf-loan-us-support',
      url: 'https://www.brecorder.com/news/40355123/imf-board-approves-1bn-tranche-for-pakistan',
      site: 'Business Recorder',
      headline: 'IMF board approves $1bn tranche for Pakistan with US backing',
      published: '2025-05-09T22:30:00+05:00',
      blocks: P(
        'WASHINGTON: The International Monetary Fund’s executive board approved the disbursement of about $1 billion to Pakistan under its Extended Fund Facility, after the United States, the fund’s largest shareholder, voted in favour.',
        'The IMF said Pakistan had made progress in restoring macroeconomic stability, with inflation falling and foreign exchange reserves rising. It urged the government to widen the tax base and reform loss-making state enterprises.',
        'Finance ministry officials in Islamabad said the approval would boost investor confidence and help stabilise the rupee. Economists cautioned that the budget deficit and energy sector debt remained serious risks.',
      ),
      expected: { article: true, relevant: false, label: 'hard-negative', note: 'Pakistan–US economy, IMF' },
    },
    {
      ...d,
      slug: 'us-visa-students',
      url: 'https://www.geo.tv/latest/612345-us-embassy-expands-student-visa-appointments-in-pakistan',
      site: 'Geo News',
      headline: 'US Embassy expands student visa appointments in Pakistan',
      published: '2025-06-20T15:00:00+05:00',
      blocks: P(
        'ISLAMABAD: The US Embassy in Islamabad and the consulates in Karachi and Lahore will offer more student visa appointments this summer, the embassy said on Friday.',
        'Applicants must now make their social media accounts public for security vetting, a requirement introduced for all student visas worldwide. More than 10,000 Pakistani students study at American universities.',
        'The embassy advised applicants to apply early and to use only the official website, warning against agents who charge fees for appointments. Fulbright scholars will be given priority.',
      ),
      expected: { article: true, relevant: false, label: 'hard-negative', note: 'visas and students' },
    },
    {
      ...d,
      slug: 'pakistani-american-diaspora',
      url: 'https://www.voanews.com/a/pakistani-americans-celebrate-independence-day-in-new-york/7745123.html',
      site: 'Voice of America',
      headline: 'Pakistani Americans celebrate Independence Day parade in New York',
      published: '2024-08-18T18:00:00-04:00',
      bodyClass: 'wsw',
      blocks: P(
        'NEW YORK — Thousands of Pakistani Americans filled Madison Avenue on Sunday for the annual Pakistan Independence Day parade, waving green and white flags and dancing to music.',
        'Organizers said the parade celebrates the contribution of the diaspora, estimated at more than half a million people in the United States, to American life. Several candidates in local elections joined the march.',
        'Community leaders urged young Pakistani Americans to vote and to stay connected with their heritage through language classes and cultural festivals.',
      ),
      expected: { article: true, relevant: false, label: 'hard-negative', note: 'diaspora' },
    },
    // Unseen-style checks: more positives and hard negatives, each modelled on a kind of story the beat has.
    {
      ...d,
      slug: 'opinion-abbottabad-trust',
      url: 'https://www.dawn.com/news/1960311/the-long-shadow-of-abbottabad',
      site: 'Dawn',
      type: 'OpinionNewsArticle',
      section: 'Opinion',
      headline: 'The long shadow of Abbottabad',
      author: 'Guest columnist',
      published: '2025-05-02T07:00:00+05:00',
      blocks: P(
        'When American commandos flew into Abbottabad in May 2011, they ended the hunt for Osama bin Laden and began a long crisis of trust between the CIA and the ISI.',
        'Rawalpindi saw the raid as a breach of sovereignty; Washington saw the presence of the Al Qaeda chief near a military academy as proof of duplicity.',
        'The relationship has since swung between cooperation and suspicion. Intelligence sharing against the Islamic State’s Khorasan branch has revived some of the old channels.',
        'Yet neither side has built the institutions that would let this cooperation survive the next crisis. A counterterrorism dialogue that meets once a year is not a strategy.',
      ),
      expected: { article: true, relevant: true, label: 'positive', note: 'opinion piece whose title and description name neither state' },
    },
    {
      ...d,
      slug: 'drone-strike-protest',
      url: 'https://tribune.com.pk/story/2561234/fo-summons-us-diplomat-over-drone-strike',
      site: 'The Express Tribune',
      headline: 'FO summons US diplomat over drone strike in North Waziristan',
      published: '2025-03-14T18:00:00+05:00',
      bodyClass: 'story-text',
      blocks: P(
        'ISLAMABAD: The Foreign Office on Friday summoned the US deputy chief of mission to protest against a drone strike in North Waziristan that killed six people, officials said.',
        'A spokesperson said the strike near Miranshah violated Pakistan’s sovereignty and undermined cooperation between the two countries against terrorism.',
        'American officials declined to comment. In the past, US officials have said such strikes targeted Al Qaeda and Haqqani network commanders sheltering in the tribal districts.',
        'Analysts said the protest came as the two governments were discussing reimbursements under the Coalition Support Fund.',
      ),
      expected: { article: true, relevant: true, label: 'positive', note: 'drone strike and a diplomatic protest' },
    },
    {
      ...d,
      slug: 'missile-programme-sanctions',
      url: 'https://www.thenews.com.pk/print/1261234-us-sanctions-four-entities-over-missile-programme',
      site: 'The News International',
      headline: 'US sanctions four entities over Pakistan’s long-range missile programme',
      published: '2024-12-20T03:00:00+05:00',
      blocks: P(
        'WASHINGTON: The United States on Wednesday imposed sanctions on a state-owned defence complex and three private companies it accused of contributing to Pakistan’s long-range ballistic missile programme.',
        'The State Department said the measures were taken under an executive order that targets proliferators of weapons of mass destruction and their means of delivery.',
        'The Foreign Office in Islamabad called the decision biased and said it would harm regional stability, adding that the country’s strategic capabilities were meant to defend its sovereignty.',
      ),
      expected: { article: true, relevant: true, label: 'positive', note: 'sanctions on a missile programme' },
    },
    {
      ...d,
      slug: 'drone-strike-north-waziristan',
      url: 'https://www.thenews.com.pk/print/448812-suspected-us-drone-kills-three-in-north-waziristan',
      site: 'The News',
      headline: 'Suspected US drone kills three in North Waziristan',
      published: '2013-06-08T09:00:00+05:00',
      blocks: P(
        'MIRANSHAH: Three suspected militants were killed when a US drone fired two missiles at a compound near Mir Ali in North Waziristan early on Saturday, local officials said.',
        'The unmanned aircraft kept circling over the village after the strike, residents said, delaying rescue work. The identities of the dead could not be confirmed.',
        'The Foreign Office in Islamabad has repeatedly called the drone strikes a violation of sovereignty, while Washington describes them as an essential tool against al-Qaeda and its allies in the tribal areas.',
      ),
      expected: { article: true, relevant: true, label: 'positive', note: 'a US drone strike in the tribal areas; the headline names a place, not the state' },
    },
    {
      ...d,
      slug: 'query-address-aid-cut',
      url: 'https://www.frontierpost.example/?p=94211',
      site: 'Frontier Post',
      headline: 'Senate panel ties military aid to Pakistan to the fate of jailed doctor',
      published: '2012-05-25T08:00:00+05:00',
      blocks: P(
        'WASHINGTON: A US Senate committee voted to withhold $33 million of military assistance to Pakistan, a million dollars for each year of the prison term given to the doctor who helped the CIA track down Osama bin Laden.',
        'Senators said the sentence showed that Islamabad was not a reliable partner against terrorism. Pakistani officials said the doctor had been convicted under the country’s own laws.',
        'The vote adds to strains that began with the Abbottabad raid and deepened after the Salala border attack, when Pakistan closed the supply routes to US forces in Afghanistan.',
      ),
      expected: { article: true, relevant: true, label: 'positive', note: 'an article addressed by a query (?p=), not a front page' },
    },
    {
      ...d,
      slug: 'archive-address-analysis',
      url: 'https://www.theatlantic.com/international/archive/2012/07/why-the-supply-routes-reopened-and-what-pakistan-got-in-return/259512/',
      site: 'The Atlantic',
      type: 'AnalysisNewsArticle',
      section: 'Global',
      headline: 'Why the supply routes reopened, and what Pakistan got in return',
      author: 'Staff writer',
      published: '2012-07-05T10:00:00-04:00',
      blocks: P(
        'After seven months of closure, trucks carrying supplies for American troops are rolling through the Khyber Pass again. Washington said it was sorry for the Salala strike; Islamabad said that was enough.',
        'Behind the apology lay money: the release of more than a billion dollars in Coalition Support Fund reimbursements that the Pentagon had held back.',
        'Neither government has settled the deeper quarrel over drone strikes and militant sanctuaries, and the new memorandum on ground lines of communication leaves both free to reopen it.',
      ),
      expected: { article: true, relevant: true, label: 'positive', note: 'an article filed under /archive/ in its address' },
    },
    {
      ...d,
      slug: 'isk-suspect-handover',
      url: 'https://www.geo.tv/latest/598765-pakistan-hands-over-kabul-airport-bombing-suspect-to-us',
      site: 'Geo News',
      headline: 'Pakistan hands over Kabul airport bombing suspect to US',
      published: '2025-03-05T21:00:00+05:00',
      blocks: P(
        'ISLAMABAD: Pakistan has handed over to the United States an Islamic State Khorasan commander accused of planning the 2021 suicide bombing at Kabul airport that killed 13 American service members, officials said.',
        'Security forces arrested the suspect near the border with Afghanistan on information shared by American intelligence, according to officials.',
        'The prime minister said Pakistan would continue its counterterrorism cooperation with Washington.',
      ),
      expected: { article: true, relevant: true, label: 'positive', note: 'a terrorism suspect handed over' },
    },
    {
      ...d,
      slug: 'centcom-commander-ghq',
      url: 'https://www.dawn.com/news/1955678/centcom-chief-calls-on-army-chief-at-ghq',
      site: 'Dawn',
      headline: 'CENTCOM chief calls on army chief at GHQ, discusses border security',
      published: '2025-07-21T19:00:00+05:00',
      bodyClass: 'story__content',
      blocks: P(
        'RAWALPINDI: The commander of US Central Command called on the Chief of Army Staff at the General Headquarters on Monday, the military’s media wing said.',
        'Regional security and border management along the Pak-Afghan border were discussed, according to the ISPR statement.',
        'The visiting commander appreciated the army’s efforts against terrorism, the statement added.',
      ),
      expected: { article: true, relevant: true, label: 'positive', note: 'a military visit about border security' },
    },
    {
      ...d,
      slug: 'critical-minerals-deal',
      url: 'https://www.brecorder.com/news/40378123/us-firm-signs-minerals-mou-with-fwo',
      site: 'Business Recorder',
      headline: 'US firm signs minerals MoU with Pakistan’s Frontier Works Organization',
      published: '2025-09-09T20:00:00+05:00',
      blocks: P(
        'ISLAMABAD: An American company signed a memorandum of understanding with the Frontier Works Organization to invest in the exploration and processing of critical minerals, officials said.',
        'The deal, worth about $500 million, was signed in the presence of the prime minister and the army chief.',
        'Officials said the investment would create jobs and raise exports to the United States, the country’s largest export market.',
      ),
      expected: { article: true, relevant: false, label: 'hard-negative', note: 'a minerals investment deal, not security' },
    },
    {
      ...d,
      slug: 'torkham-border-clash',
      url: 'https://www.dawn.com/news/1960112/torkham-closed-after-exchange-of-fire',
      site: 'Dawn',
      headline: 'Torkham closed after Pakistani and Afghan forces exchange fire',
      published: '2025-02-24T13:00:00+05:00',
      bodyClass: 'story__content',
      blocks: P(
        'PESHAWAR: The Torkham border crossing remained closed for a third day after Pakistani and Afghan Taliban forces exchanged fire over the construction of a border post.',
        'Hundreds of trucks were stranded on both sides. Officials in Khyber said talks between tribal elders and Afghan officials had failed to reopen the crossing.',
        'Islamabad accuses the Taliban government of sheltering TTP militants, a charge Kabul denies.',
      ),
      expected: { article: true, relevant: false, label: 'hard-negative', note: 'Pakistan–Afghanistan border clash with no US role' },
    },
    {
      ...d,
      slug: 'us-strike-somalia',
      url: 'https://www.voanews.com/a/us-airstrike-kills-al-shabab-militants-in-somalia/7998123.html',
      site: 'Voice of America',
      headline: 'US airstrike kills al-Shabab militants in Somalia',
      published: '2025-04-13T10:00:00-04:00',
      bodyClass: 'wsw',
      blocks: P(
        'WASHINGTON — The US military said Sunday it had carried out an airstrike against al-Shabab militants in southern Somalia, killing three fighters.',
        'US Africa Command said no civilians were hurt. The United States has carried out dozens of counterterrorism strikes in Somalia this year.',
        'Al-Shabab, an al-Qaida affiliate, has fought the Somali government for more than 15 years.',
      ),
      expected: { article: true, relevant: false, label: 'negative', note: 'US counter-terrorism without Pakistan' },
    },
    {
      ...d,
      slug: 'iran-border-guards',
      url: 'https://www.thenews.com.pk/latest/1301234-gunmen-kill-iranian-border-guards-near-pakistan-frontier',
      site: 'The News International',
      headline: 'Gunmen kill Iranian border guards near Pakistan frontier',
      published: '2025-01-30T16:00:00+05:00',
      blocks: P(
        'TEHRAN: Militants killed five Iranian border guards in an attack near the border with Pakistan, Iranian state media reported.',
        'Jaish al-Adl claimed the attack. Tehran has accused Islamabad of failing to act against militants on its side of the border.',
        'The Foreign Office condemned the attack and said both countries would strengthen border security cooperation.',
      ),
      expected: { article: true, relevant: false, label: 'hard-negative', note: 'Pakistan–Iran border security, no US role' },
    },
    {
      ...d,
      slug: 'pakistan-uk-ct-dialogue',
      url: 'https://www.nation.com.pk/21-Mar-2025/pakistan-britain-hold-counter-terrorism-talks',
      site: 'The Nation',
      headline: 'Pakistan, Britain hold counter-terrorism dialogue in London',
      published: '2025-03-21T09:00:00+05:00',
      blocks: P(
        'ISLAMABAD: Pakistan and the United Kingdom held a new round of their counter-terrorism dialogue in London this week, the Foreign Office said on Friday.',
        'The two delegations discussed terrorist threats from across the Afghan border, the financing of terrorism and training for police counter-terrorism departments. British officials offered help with forensic laboratories and border security.',
        'The next round of the Pakistan-UK counter-terrorism dialogue will be held in Islamabad next year.',
      ),
      expected: { article: true, relevant: false, label: 'hard-negative', note: 'a counter-terrorism dialogue of Pakistan with another state: the phrase is no name of the Pakistan–US dialogue' },
    },
    {
      ...d,
      slug: 'pakistani-national-extradited',
      url: 'https://www.arabnews.pk/node/2601234/world',
      site: 'Arab News',
      headline: 'Pakistani national extradited to US over plot to attack New York synagogue',
      published: '2025-06-12T08:00:00+05:00',
      blocks: P(
        'NEW YORK: A 21-year-old Pakistani man accused of plotting an attack on a synagogue in New York in the name of ISIS has been extradited from Canada to the United States, federal prosecutors said.',
        'The man, who had lived in Canada on a student visa, was arrested last year after messages to undercover FBI agents in which he described the attack and asked for weapons, according to the indictment.',
        'He faces charges of attempting to provide material support to a foreign terrorist organisation and will appear in a Manhattan court next week.',
      ),
      expected: { article: true, relevant: false, label: 'hard-negative', note: 'a US terrorism case against a Pakistani citizen: his nationality does not make Pakistan a party' },
    },
    {
      ...d,
      slug: 'fulbright-anniversary',
      url: 'https://www.dawn.com/news/1957788/us-pakistan-mark-75-years-of-fulbright-exchanges',
      site: 'Dawn',
      headline: 'US, Pakistan mark 75 years of Fulbright exchanges',
      published: '2025-10-08T19:00:00+05:00',
      bodyClass: 'story__content',
      blocks: P(
        'ISLAMABAD: The US Embassy and the Higher Education Commission marked 75 years of educational exchanges with a ceremony in Islamabad on Wednesday.',
        'The ambassador said the two countries would expand scholarships in science and technology, and that thousands of Pakistani students had studied at American universities through the programme.',
        'Alumni include ministers, scientists and university vice-chancellors.',
      ),
      expected: { article: true, relevant: false, label: 'hard-negative', note: 'education exchanges' },
    },
    {
      ...d,
      slug: 'malabar-naval-drills',
      url: 'https://www.news18.com/world/malabar-naval-exercise-begins-off-guam-9512345.html',
      site: 'News18',
      headline: 'India, US, Japan and Australia begin Malabar naval drills',
      published: '2025-11-10T12:00:00+05:30',
      blocks: P(
        'NEW DELHI: The navies of India, the United States, Japan and Australia began the annual Malabar exercise off Guam on Monday.',
        'The drills include anti-submarine warfare and air defence, officials said. Defence cooperation between New Delhi and Washington has deepened under a ten-year framework.',
        'Pakistan’s navy will hold its own multinational exercise in the Arabian Sea next month.',
      ),
      expected: { article: true, relevant: false, label: 'hard-negative', note: 'India–US defence, Pakistan in passing' },
    },
    {
      ...d,
      slug: 'bannu-police-attack',
      url: 'https://tribune.com.pk/story/2570123/five-policemen-martyred-in-bannu-attack',
      site: 'The Express Tribune',
      headline: 'Five policemen martyred in Bannu attack',
      published: '2025-08-05T09:00:00+05:00',
      bodyClass: 'story-text',
      blocks: P(
        'BANNU: Five policemen were martyred and three injured when militants attacked a police post in Bannu district late on Tuesday, police said.',
        'The attackers used heavy weapons and fled after a two-hour gun battle. The TTP claimed responsibility.',
        'Attacks have risen sharply in Khyber Pakhtunkhwa since 2021. The counter-terrorism department has launched a search operation.',
      ),
      expected: { article: true, relevant: false, label: 'hard-negative', note: 'domestic militancy with no US role' },
    },
    // Easy negative
    {
      ...d,
      slug: 'us-defense-budget',
      url: 'https://www.voanews.com/a/house-passes-defense-bill-with-pay-raise-for-troops/7912345.html',
      site: 'Voice of America',
      headline: 'House passes defense bill with pay raise for troops',
      published: '2024-12-11T18:00:00-05:00',
      bodyClass: 'wsw',
      blocks: P(
        'WASHINGTON — The US House of Representatives on Wednesday passed an $895 billion defense policy bill that includes a 14.5% pay raise for junior enlisted troops.',
        'The National Defense Authorization Act also funds new ships, aircraft and missile defense programs and sets policy for the Pentagon for the coming year. The Senate is expected to pass it next week.',
        'Some lawmakers objected to provisions on military health care, while others praised measures to counter China in the Pacific.',
      ),
      expected: { article: true, relevant: false, label: 'negative', note: 'US defence without Pakistan' },
    },
  ];
}

// ── Non-article pages ─────────────────────────────────────────────────────
function listingPage(o: { url: string; site: string; title: string; type: string; teasers: Array<[string, string]> }): string {
  const items = o.teasers
    .map(
      ([h, s], i) =>
        `<article class="teaser"><h2 class="teaser__title"><a href="/news/${1960000 + i}/${h.toLowerCase().replace(/[^a-z]+/g, '-')}">${esc(h)}</a></h2><p class="teaser__excerpt">${esc(s)}</p><span class="teaser__time">${i + 1} hours ago</span></article>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${esc(o.title)} - ${esc(o.site)}</title>
<link rel="canonical" href="${esc(o.url)}">
<meta property="og:type" content="website"><meta property="og:title" content="${esc(o.title)}"><meta property="og:site_name" content="${esc(o.site)}">
<script type="application/ld+json">${jsonLd({ '@context': 'https://schema.org', '@type': o.type, name: o.title, url: o.url })}</script>
</head><body>
<header class="site-header"><nav><ul><li><a href="/">Home</a></li><li><a href="/pakistan">Pakistan</a></li><li><a href="/world">World</a></li></ul></nav></header>
<main><h1>${esc(o.title)}</h1>
<section class="listing">
${items}
</section>
<nav class="pagination"><a href="?page=2">Next</a></nav></main>
<footer><p>© ${esc(o.site)}</p></footer></body></html>
`;
}

const TEASERS: Array<[string, string]> = [
  ['Pakistan, US agree to enhance collaboration in security, border management', 'Interior minister meets US chargé d’affaires; both sides discuss counter-terrorism assistance.'],
  ['US designates BLA as foreign terrorist organisation', 'Islamabad welcomes the decision, calls it recognition of the group’s attacks.'],
  ['Pakistan, US hold counter-terrorism dialogue in Islamabad', 'Officials discuss TTP, ISIS-K and intelligence sharing.'],
  ['CENTCOM chief calls on army chief at GHQ', 'Regional security and defence cooperation discussed, ISPR says.'],
  ['US approves F-16 sustainment package for Pakistan', 'The sale covers logistics and technical support for the fleet.'],
  ['Analysis: what a renewed security pact means for Islamabad', 'The CIS-MOA renewal revives a dormant framework for military cooperation.'],
  ['Drone strikes: a look back at two decades', 'Thousands killed in the tribal districts between 2004 and 2018.'],
  ['Coalition Support Fund: how the reimbursements worked', 'Pakistan received about $14.6bn between 2001 and 2016.'],
];

function nonArticles(): Array<{ slug: string; html: string; expected: Expected }> {
  const wikiUrl = 'https://en.wikipedia.org/wiki/Pakistan%E2%80%93United_States_relations';
  const wikiSections: Array<[string, string[]]> = [
    ['History', [
      'Pakistan and the United States established diplomatic relations in 1947. In 1954 the two countries signed a Mutual Defense Assistance Agreement, and Pakistan joined the SEATO and CENTO alliances.',
      'During the Soviet–Afghan War the United States channelled military aid and weapons to Afghan mujahideen through Pakistan’s Inter-Services Intelligence. Sanctions under the Pressler Amendment suspended most aid after 1990.',
    ]],
    ['War on terror', [
      'After the September 11 attacks Pakistan became a major non-NATO ally. Between 2002 and 2018 the United States provided security assistance and Coalition Support Fund reimbursements for counter-terrorism operations.',
      'CIA drone strikes in the Federally Administered Tribal Areas killed militants and civilians and became a source of tension. Relations deteriorated in 2011 after the raid that killed Osama bin Laden in Abbottabad and the Salala incident.',
    ]],
    ['Recent relations', [
      'In 2018 the Trump administration suspended security assistance. The two countries renewed the Communication Interoperability and Security Memorandum of Agreement in 2023 and held counter-terrorism dialogues in 2024 and 2025.',
    ]],
  ];
  const wiki = `<!doctype html>
<html lang="en" dir="ltr"><head><meta charset="UTF-8"><title>Pakistan–United States relations - Wikipedia</title>
<meta name="generator" content="MediaWiki 1.45.0-wmf.1">
<link rel="canonical" href="${wikiUrl}">
<meta property="og:type" content="website"><meta property="og:title" content="Pakistan–United States relations - Wikipedia">
<script type="application/ld+json">${jsonLd({ '@context': 'https://schema.org', '@type': 'Article', name: 'Pakistan–United States relations', headline: 'Bilateral relations', datePublished: '2004-05-01T00:00:00Z' })}</script>
</head><body class="mediawiki skin-vector">
<div id="mw-navigation"><nav><ul><li><a href="/wiki/Main_Page">Main page</a></li><li><a href="/wiki/Special:Random">Random article</a></li></ul></nav></div>
<main id="content" class="mw-body"><h1 id="firstHeading" class="firstHeading">Pakistan–United States relations</h1>
<div id="bodyContent" class="vector-body"><div id="mw-content-text" class="mw-body-content"><div class="mw-parser-output">
<table class="infobox"><tr><th colspan="2">Pakistan–United States relations</th></tr><tr><td><a href="/wiki/Pakistan">Pakistan</a></td><td><a href="/wiki/United_States">United States</a></td></tr><tr><th>Diplomatic mission</th><td>Embassy of Pakistan, Washington, D.C.</td></tr></table>
<p><b>Pakistan–United States relations</b> are the bilateral relations between Pakistan and the United States. The relationship has alternated between close security cooperation and periods of estrangement, shaped by the Cold War, the Afghan conflicts and counter-terrorism.</p>
<div id="toc" class="toc"><h2>Contents</h2><ul><li><a href="#History">1 History</a></li><li><a href="#War_on_terror">2 War on terror</a></li><li><a href="#Recent_relations">3 Recent relations</a></li></ul></div>
${wikiSections.map(([h, ps]) => `<h2><span class="mw-headline" id="${h.replace(/ /g, '_')}">${esc(h)}</span><span class="mw-editsection">[<a href="#">edit</a>]</span></h2>\n${ps.map((p) => `<p>${esc(p)}</p>`).join('\n')}`).join('\n')}
<h2><span class="mw-headline" id="See_also">See also</span></h2><ul><li><a href="/wiki/Drone_strikes_in_Pakistan">Drone strikes in Pakistan</a></li><li><a href="/wiki/Coalition_Support_Fund">Coalition Support Fund</a></li></ul>
</div></div></div></main>
<footer id="footer"><ul><li>This page was last edited on 3 November 2025.</li></ul></footer></body></html>
`;
  const tagUrl = 'https://www.dawn.com/trends/pakistan-us-relations';
  const sectionUrl = 'https://tribune.com.pk/pakistan';
  const searchUrl = 'https://www.thenews.com.pk/search1?cx=partner&q=pakistan+us+security';
  return [
    { slug: 'wikipedia-pakistan-us-relations', html: wiki, expected: { article: false, relevant: false, label: 'non-article', url: wikiUrl, note: 'encyclopedia page on the relationship' } },
    {
      slug: 'tag-page-pakistan-us-relations',
      html: listingPage({ url: tagUrl, site: 'Dawn', title: 'Pakistan-US relations', type: 'CollectionPage', teasers: TEASERS }),
      expected: { article: false, relevant: false, label: 'non-article', url: tagUrl, note: 'tag/topic page' },
    },
    {
      slug: 'section-front-pakistan',
      html: listingPage({ url: sectionUrl, site: 'The Express Tribune', title: 'Pakistan', type: 'WebPage', teasers: [...TEASERS].reverse() }),
      expected: { article: false, relevant: false, label: 'non-article', url: sectionUrl, note: 'section front' },
    },
    {
      slug: 'search-results-pakistan-us',
      html: listingPage({ url: searchUrl, site: 'The News International', title: 'Search results: pakistan us security', type: 'SearchResultsPage', teasers: TEASERS.slice(0, 5) }),
      expected: { article: false, relevant: false, label: 'non-article', url: searchUrl, note: 'search results' },
    },
  ];
}

function write(slug: string, html: string, expected: Expected): void {
  const dir = path.join(outDir, slug);
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'source.html'), html);
  writeFileSync(path.join(dir, 'expected.json'), JSON.stringify(expected, null, 2) + '\n');
}

function main(): void {
  mkdirSync(outDir, { recursive: true });
  for (const d of readdirSync(outDir)) rmSync(path.join(outDir, d), { recursive: true, force: true });
  const stories = [...seedStories(), ...written()];
  for (const s of stories) write(s.slug, newsPage(s), { ...s.expected, url: s.url });
  for (const n of nonArticles()) write(n.slug, n.html, n.expected);
  console.log(`wrote ${stories.length + nonArticles().length} fixture pages to ${path.relative(root, outDir)}`);
}

main();
