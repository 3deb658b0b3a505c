import { defineConfig } from 'vitest/config';

// The robustness gate (issue 9): every stylized fact on every variant of the quick family.
// Part of npm test; this configuration runs it alone (npm run test:robustness).
export default defineConfig({
  test: {
    include: ['tests/analysis/robustness.test.ts'],
    testTimeout: 120_000,
  },
});
