import puppeteer from 'puppeteer-core';
import { startFixtureServer } from './server.ts';
const s = await startFixtureServer({ verbose: false });
s.setRoute('http://www.dawn.com/news/1', `<html><head><title>t</title></head><body><h1>Pakistan and United States agree</h1><p>Pakistan and the United States security.</p></body></html>`);
const which = process.argv[2];
let b;
if (which === 'firefox') {
  b = await puppeteer.launch({ browser: 'firefox', protocol: 'webDriverBiDi', executablePath: '/usr/bin/firefox-esr', headless: true,
    env: { ...process.env, MOZ_REMOTE_SETTINGS_DEVTOOLS: '1' },
    extraPrefsFirefox: { 'network.proxy.type': 1, 'network.proxy.http': '127.0.0.1', 'network.proxy.http_port': s.port, 'network.proxy.allow_hijacking_localhost': true, 'devtools.console.stdout.content': true, 'devtools.console.stdout.chrome': true } });
  b.process()!.stdout!.on('data', (d) => process.stdout.write('FFOUT ' + d));
  b.process()!.stderr!.on('data', (d) => process.stdout.write('FFERR ' + d));
  console.log('ext', await b.installExtension('/tmp/exp/noisy-mv2'));
} else {
  b = await puppeteer.launch({ executablePath: '/usr/bin/chromium', headless: true, pipe: true, enableExtensions: true,
    args: ['--no-sandbox','--no-first-run','--disable-background-networking','--disable-component-update','--disable-sync','--disable-gpu', `--proxy-server=${s.proxyUrl}`, '--disable-features=HttpsUpgrades'] });
  b.on('targetcreated', (t) => console.log('TARGET', t.type(), t.url()));
  const id = await b.installExtension('/tmp/exp/noisy-mv3');
  console.log('ext', id);
  const t = await b.waitForTarget((t) => t.type() === 'service_worker' && t.url().startsWith(`chrome-extension://${id}/`));
  const w = await t.worker();
  w!.on('console', (m) => console.log('SW CONSOLE', m.type(), m.text()));
  w!.on('error', (e) => console.log('SW ERROR', e));
}
const p = await b.newPage();
p.on('console', (m) => console.log('CONSOLE', m.type(), m.text(), JSON.stringify(m.location())));
p.on('pageerror', (e) => console.log('PAGEERROR', String(e), (e as Error).stack));
await p.goto('http://www.dawn.com/news/1');
await p.waitForSelector('backstory-sidebar', { timeout: 10000 });
await new Promise(r => setTimeout(r, 4000));
await b.close(); await s.close();
console.log(s.requests().map(r => r.method + ' ' + r.url).join('\n'));
