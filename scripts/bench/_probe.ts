import { writeFileSync } from 'node:fs';
import { launch } from './browser';
import { startBenchServer } from './server';
import { seedPages } from './inputs';
const server = await startBenchServer();
const seeds = seedPages();
const p = seeds[0];
const url = p.url.replace(/^https:/, 'http:');
server.set(url, p.html);
const b = await launch({ proxyPort: server.port, extensionDir: '/tmp/bench-ext-out/chrome-mv3' });
console.log('ext', b.extensionId);
const page = await b.browser.newPage();
page.on('console', (m) => console.log('console', m.text()));
await page.evaluateOnNewDocument(`(${() => {
  const rec: any = ((window as any).__benchRec = { inserted: NaN, painted: NaN });
  const onHost = () => { rec.inserted = performance.now(); performance.mark('bench:host-inserted'); requestAnimationFrame(() => setTimeout(() => { rec.painted = performance.now(); performance.mark('bench:host-painted'); }, 0)); };
  const watch = (el: Node) => new MutationObserver((ms) => { for (const m of ms) for (const n of m.addedNodes) if (n.nodeName === 'BACKSTORY-SIDEBAR' && Number.isNaN(rec.inserted)) onHost(); }).observe(el, { childList: true });
  if (document.documentElement) watch(document.documentElement);
  else { const mo = new MutationObserver(() => { if (document.documentElement) { mo.disconnect(); watch(document.documentElement); } }); mo.observe(document, { childList: true }); }
}})()`);
// warm up
await page.goto(url, { waitUntil: 'load' });
await page.waitForFunction(() => !Number.isNaN((window as any).__benchRec.painted), { timeout: 20000 }).catch((e) => console.log('warmup', String(e)));
console.log(await page.evaluate(() => (window as any).__benchRec));
await page.tracing.start({ categories: ['toplevel', 'devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink.user_timing', 'v8.execute', 'v8'] });
server.set(url + '?2', p.html);
await page.goto(url + '?2', { waitUntil: 'load' }).catch(() => {});
await page.waitForFunction(() => !Number.isNaN((window as any).__benchRec.painted), { timeout: 20000 }).catch((e) => console.log('2', String(e)));
await new Promise((r) => setTimeout(r, 500));
const buf = await page.tracing.stop();
writeFileSync('/tmp/bp/trace.json', buf!);
console.log(await page.evaluate(() => (window as any).__benchRec));
await b.close(); await server.close();
