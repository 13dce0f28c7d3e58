/** Bundles a benchmark page entry into one IIFE script with esbuild (the one wxt/vite install). */
import path from 'node:path';
import { build } from 'esbuild';
import { root } from './inputs';

export async function bundle(entry: string): Promise<string> {
  const result = await build({
    entryPoints: [path.resolve(root, entry)],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    write: false,
    // The same production code the extension ships: minified (unless BENCH_NO_MINIFY=1, for readable CPU profiles), no dev checks.
    minify: process.env.BENCH_NO_MINIFY !== '1',
    define: { 'process.env.NODE_ENV': '"production"', 'import.meta.env.DEV': 'false', 'import.meta.env.PROD': 'true' },
    tsconfig: path.join(root, 'tsconfig.json'),
    logLevel: 'silent',
    legalComments: 'none',
  });
  return result.outputFiles[0].text;
}
