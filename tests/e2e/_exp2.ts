import puppeteer from 'puppeteer-core';
import { startFixtureServer } from './server.ts';
const s = await startFixtureServer({ verbose: false });
s.setRoute('http://www.dawn.com/news/1', `<html><head><title>t</title></head><body><h1>Pakistan and United States agree</h1><p>Pakistan and the United States security.</p></body></html>`);
const t0 = Date.now();
const b = await puppeteer.launch({ browser: 'firefox', protocol: 'webDriverBiDi', executablePath: '/usr/bin/firefox-esr', headless: true,
  extraPrefsFirefox: { 'network.proxy.type': 1, 'network.proxy.http': '127.0.0.1', 'network.proxy.http_port': s.port, 'network.proxy.ssl': '127.0.0.1', 'network.proxy.ssl_port': s.port, 'network.proxy.allow_hijacking_localhost': true, 'network.proxy.no_proxies_on': '', ...JSON.parse(process.env.XPREFS ?? '{}') } });
console.log('launched', Date.now() - t0, await b.version());
const id = await b.installExtension('/tmp/exp/fake-mv2');
console.log('ext', id, Date.now() - t0);
const p = await b.newPage();
p.on('console', (m) => console.log('CONSOLE', m.type(), m.text()));
p.on('pageerror', (e) => console.log('PAGEERROR', e));
const r = await p.goto('http://www.dawn.com/news/1');
console.log(r?.status());
await p.waitForSelector('backstory-sidebar', { timeout: 10000 });
await new Promise(r => setTimeout(r, 1500));
console.log(p.frames().map(f => f.url()));
for (const f of p.frames()) { try { console.log('frame eval', await f.evaluate(() => location.href + ' ' + document.title + ' ' + document.body?.innerText)); } catch (e) { console.log('frame err', (e as Error).message); } }
// @ts-ignore
const conn = (b as any).connection ?? (b as any)._connection;
console.log('conn', !!conn, Object.keys(b as any));

const fr = p.frames().find(f => f.url().startsWith('moz-extension://'));
if (fr) console.log('headline', await fr.$eval('[data-testid=headline]', e => e.textContent));
await p.screenshot({ path: '/tmp/exp/ff.png' });
await new Promise(r => setTimeout(r, 3000));
await b.close(); await s.close();
console.log(s.requests().map(r => r.method + ' ' + r.url + ' ' + JSON.stringify(r.headers).slice(0,200)).join('\n'));
