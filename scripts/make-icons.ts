/** Renders assets/icon.svg to the PNG sizes both stores need (public/icon/N.png) with the local Chromium. */
import { readFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import puppeteer from 'puppeteer-core';

const root = path.resolve(import.meta.dirname, '..');
const svg = readFileSync(path.join(root, 'assets/icon.svg'), 'utf8');
const browser = await puppeteer.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
const page = await browser.newPage();
mkdirSync(path.join(root, 'public/icon'), { recursive: true });
for (const size of [16, 32, 48, 96, 128]) {
  await page.setViewport({ width: size, height: size, deviceScaleFactor: 1 });
  await page.setContent(`<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`);
  await page.screenshot({ path: path.join(root, `public/icon/${size}.png`) as `${string}.png`, omitBackground: true });
}
await browser.close();
console.log('wrote public/icon/{16,32,48,96,128}.png');
