/**
 * The content script's early exit: is this page worth a full analysis?
 * Reads only the URL, the title, head meta tags, the first h1 and the first
 * paragraphs: no full-text walk, no extraction. Well under 1 ms.
 */
import { urlNonArticleReason } from './detect-article';

const PAKISTAN = /pakistan|islamabad|rawalpindi|balochistan|baluchistan|khyber|waziristan|\bpak[-\s]|پاکستان|اسلام\s?آباد|راولپنڈی|پاک\s|بلوچستان|خیبر|وزیرستان/i;
const HEAD_META = new Set(['og:title', 'og:description', 'description', 'twitter:title', 'twitter:description', 'keywords', 'news_keywords', 'og:url']);

/** True when the page might be a Pakistan–US article; false means stop here. */
export function quickCheck(doc: Document, url: string): boolean {
  try {
    if (urlNonArticleReason(String(url ?? ''))) return false;
    let s = safeDecode(String(url ?? '')) + ' ' + String(doc.title ?? '');
    if (PAKISTAN.test(s)) return true;
    const metas = doc.head ? doc.head.getElementsByTagName('meta') : [];
    for (let i = 0; i < metas.length && i < 300; i++) {
      const m = metas[i];
      const key = (m.getAttribute('property') || m.getAttribute('name') || '').toLowerCase();
      if (HEAD_META.has(key)) s += ' ' + (m.getAttribute('content') ?? '').slice(0, 500);
    }
    s += ' ' + (doc.querySelector('h1')?.textContent ?? '').slice(0, 300);
    let p = doc.querySelector('p');
    for (let i = 0; p && i < 3; i++, p = p.nextElementSibling) s += ' ' + (p.textContent ?? '').slice(0, 600);
    return PAKISTAN.test(s);
  } catch {
    return false;
  }
}

function safeDecode(u: string): string {
  try {
    return decodeURIComponent(u);
  } catch {
    return u;
  }
}
