import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import preact from '@preact/preset-vite';

export default defineConfig({
  // WXT and vitest each bring their own vite: the plugin types differ, the plugins work.
  plugins: [WxtVitest() as never, preact() as never],
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    environment: 'node',
    testTimeout: 20_000,
    reporters: process.env.BACKSTORY_JSON_REPORT ? ['default', ['json', { outputFile: process.env.BACKSTORY_JSON_REPORT }]] : ['default'],
  },
});
