import puppeteer from 'puppeteer-core';
import { startFixtureServer } from './server.ts';
const s = await startFixtureServer({ verbose: true });
const hosts = ['www.dawn.com','www.theguardian.com','www.bbc.com','www.reuters.com','www.nytimes.com','tribune.com.pk','www.aljazeera.com','www.geo.tv','apnews.com','www.cnn.com'];
for (const h of hosts) s.setRoute(`http://${h}/e2e/x`, `<html><head><title>${h}</title></head><body><h1>${h}</h1></body></html>`);
const b = await puppeteer.launch({ executablePath: process.env.EXE ?? '/usr/bin/chromium', headless: true, pipe: true, enableExtensions: true,
  args: ['--no-sandbox','--no-first-run','--disable-background-networking','--disable-component-update','--disable-sync','--disable-gpu', ...(process.env.XARGS ?? '').split(' ').filter(Boolean), `--proxy-server=${s.proxyUrl}`] });
console.log(await b.version());
const p = await b.newPage();
for (const h of hosts) {
  try { const r = await p.goto(`http://${h}/e2e/x`, { timeout: 10000 }); console.log(h, r?.status(), p.url(), await p.title()); } catch (e) { console.log(h, 'ERR', (e as Error).message); }
}
await new Promise(r => setTimeout(r, 3000));
await b.close(); await s.close();
console.log(s.requests().map(r => r.method + ' ' + r.url).join('\n'));
