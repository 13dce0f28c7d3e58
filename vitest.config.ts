import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import preact from '@preact/preset-vite';

export default defineConfig({
  plugins: [WxtVitest(), preact()],
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    environment: 'node',
    testTimeout: 20_000,
    reporters: process.env.BACKSTORY_JSON_REPORT ? ['default', ['json', { outputFile: process.env.BACKSTORY_JSON_REPORT }]] : ['default'],
  },
});
