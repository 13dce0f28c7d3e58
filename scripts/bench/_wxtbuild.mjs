import { build } from 'wxt';
const t0 = Date.now();
await build({ root: '/work/main', outDir: '/tmp/bench-ext-out', logger: { ...console, debug() {}, info() {}, success() {}, log() {}, warn: console.warn, error: console.error, fatal: console.error, start() {}, box() {}, level: 0 } }).catch(e => { console.error('FAIL', e); process.exit(1); });
console.log('built in', Date.now() - t0);
