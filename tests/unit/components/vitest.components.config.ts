// Temporary config for the component tests until the project's vitest.config.ts
// exists: compiles JSX for Preact and runs only tests/unit/components.
import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../..', import.meta.url));

export default defineConfig({
  root,
  esbuild: { jsx: 'automatic', jsxImportSource: 'preact', tsconfigRaw: '{}' },
  test: {
    include: ['tests/unit/components/**/*.test.{ts,tsx}'],
  },
});
