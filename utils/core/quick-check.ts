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
    return PAKISTAN.test(s + ' ' + openingText(doc.body));
  } catch {
    return false;
  }
}

const SCAN_BUDGET = 800;

/** The first h1 and the first three paragraphs, found within a fixed number of elements. */
function openingText(body: Element | null): string {
  let out = '';
  let h1 = false;
  let paragraphs = 0;
  let seen = 0;
  let el: Element | null = body?.firstElementChild ?? null;
  while (el && seen++ < SCAN_BUDGET) {
    const tag = el.tagName;
    if ((tag === 'H1' && !h1) || (tag === 'P' && paragraphs < 3)) {
      out += ' ' + (el.textContent ?? '').slice(0, 600);
      if (tag === 'H1') h1 = true;
      else paragraphs++;
      if (paragraphs >= 3) break; // the h1 comes before the body's paragraphs
      el = nextSkippingChildren(el, body);
      continue;
    }
    el = el.firstElementChild ?? nextSkippingChildren(el, body);
  }
  return out;
}

function nextSkippingChildren(el: Element, root: Element | null): Element | null {
  for (let e: Element | null = el; e && e !== root; e = e.parentElement) if (e.nextElementSibling) return e.nextElementSibling;
  return null;
}

function safeDecode(u: string): string {
  try {
    return decodeURIComponent(u);
  } catch {
    return u;
  }
}
