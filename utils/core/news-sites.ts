/**
 * The news sites Backstory runs on by default. The manifest's host
 * permissions and content-script matches are generated from this list, and
 * detection uses it as its cheapest signal. Plain data: no browser API.
 */
export interface NewsSite {
  /** Registrable domain; subdomains are included. */
  domain: string;
  name: string;
  lang: 'en' | 'ur';
  country: 'PK' | 'US' | 'GB' | 'QA' | 'SA' | 'IN' | 'SG' | 'JP' | 'INTL';
}

export const NEWS_SITES: readonly NewsSite[] = [
  // Pakistani outlets, English
  { domain: 'dawn.com', name: 'Dawn', lang: 'en', country: 'PK' },
  { domain: 'tribune.com.pk', name: 'The Express Tribune', lang: 'en', country: 'PK' },
  { domain: 'thenews.com.pk', name: 'The News', lang: 'en', country: 'PK' },
  { domain: 'geo.tv', name: 'Geo News', lang: 'en', country: 'PK' },
  { domain: 'arynews.tv', name: 'ARY News', lang: 'en', country: 'PK' },
  { domain: 'samaa.tv', name: 'Samaa', lang: 'en', country: 'PK' },
  { domain: 'brecorder.com', name: 'Business Recorder', lang: 'en', country: 'PK' },
  { domain: 'nation.com.pk', name: 'The Nation', lang: 'en', country: 'PK' },
  { domain: 'dailytimes.com.pk', name: 'Daily Times', lang: 'en', country: 'PK' },
  { domain: 'pakistantoday.com.pk', name: 'Pakistan Today', lang: 'en', country: 'PK' },
  { domain: 'app.com.pk', name: 'Associated Press of Pakistan', lang: 'en', country: 'PK' },
  { domain: 'radio.gov.pk', name: 'Radio Pakistan', lang: 'en', country: 'PK' },
  { domain: 'mofa.gov.pk', name: 'Ministry of Foreign Affairs of Pakistan', lang: 'en', country: 'PK' },
  { domain: 'ispr.gov.pk', name: 'ISPR', lang: 'en', country: 'PK' },
  { domain: 'dunyanews.tv', name: 'Dunya News', lang: 'en', country: 'PK' },
  // Pakistani outlets, Urdu
  { domain: 'jang.com.pk', name: 'Jang', lang: 'ur', country: 'PK' },
  { domain: 'express.pk', name: 'Express (Urdu)', lang: 'ur', country: 'PK' },
  { domain: 'urdu.geo.tv', name: 'Geo Urdu', lang: 'ur', country: 'PK' },
  { domain: 'urdu.arynews.tv', name: 'ARY Urdu', lang: 'ur', country: 'PK' },
  { domain: 'independenturdu.com', name: 'Independent Urdu', lang: 'ur', country: 'PK' },
  { domain: 'urdunews.com', name: 'Urdu News', lang: 'ur', country: 'SA' },
  // International outlets covering the beat (BBC Urdu and VOA Urdu live under bbc.com and urdu.voanews.com)
  { domain: 'reuters.com', name: 'Reuters', lang: 'en', country: 'INTL' },
  { domain: 'apnews.com', name: 'AP', lang: 'en', country: 'US' },
  { domain: 'bbc.com', name: 'BBC', lang: 'en', country: 'GB' },
  { domain: 'bbc.co.uk', name: 'BBC', lang: 'en', country: 'GB' },
  { domain: 'aljazeera.com', name: 'Al Jazeera', lang: 'en', country: 'QA' },
  { domain: 'voanews.com', name: 'Voice of America', lang: 'en', country: 'US' },
  { domain: 'arabnews.com', name: 'Arab News', lang: 'en', country: 'SA' },
  { domain: 'arabnews.pk', name: 'Arab News Pakistan', lang: 'en', country: 'PK' },
  { domain: 'thediplomat.com', name: 'The Diplomat', lang: 'en', country: 'JP' },
  { domain: 'nytimes.com', name: 'The New York Times', lang: 'en', country: 'US' },
  { domain: 'washingtonpost.com', name: 'The Washington Post', lang: 'en', country: 'US' },
  { domain: 'wsj.com', name: 'The Wall Street Journal', lang: 'en', country: 'US' },
  { domain: 'theguardian.com', name: 'The Guardian', lang: 'en', country: 'GB' },
  { domain: 'cnn.com', name: 'CNN', lang: 'en', country: 'US' },
  { domain: 'news18.com', name: 'News18', lang: 'en', country: 'IN' },
  { domain: 'hindustantimes.com', name: 'Hindustan Times', lang: 'en', country: 'IN' },
  { domain: 'thehindu.com', name: 'The Hindu', lang: 'en', country: 'IN' },
  { domain: 'timesofindia.indiatimes.com', name: 'The Times of India', lang: 'en', country: 'IN' },
  { domain: 'foreignpolicy.com', name: 'Foreign Policy', lang: 'en', country: 'US' },
  { domain: 'state.gov', name: 'U.S. Department of State', lang: 'en', country: 'US' },
  { domain: 'defense.gov', name: 'U.S. Department of Defense', lang: 'en', country: 'US' },
  { domain: 'war.gov', name: 'U.S. Department of War', lang: 'en', country: 'US' },
  { domain: 'pk.usembassy.gov', name: 'U.S. Embassy & Consulates in Pakistan', lang: 'en', country: 'US' },
];

/** Match patterns for a domain and its subdomains, on http and https. */
export function matchPatternsFor(domain: string): string[] {
  return [`*://${domain}/*`, `*://*.${domain}/*`];
}

/** Every default match pattern, deduplicated (urdu.geo.tv is covered by geo.tv). */
export function defaultMatchPatterns(): string[] {
  const covered = (d: string) => NEWS_SITES.some((s) => s.domain !== d && d.endsWith('.' + s.domain));
  return [...new Set(NEWS_SITES.filter((s) => !covered(s.domain)).flatMap((s) => matchPatternsFor(s.domain)))];
}

/** The default site a hostname belongs to, if any. */
export function findNewsSite(hostname: string): NewsSite | undefined {
  const h = hostname.toLowerCase().replace(/\.$/, '');
  let best: NewsSite | undefined;
  for (const s of NEWS_SITES) {
    if ((h === s.domain || h.endsWith('.' + s.domain)) && (!best || s.domain.length > best.domain.length)) best = s;
  }
  return best;
}
