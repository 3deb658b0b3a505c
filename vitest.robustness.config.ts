import { defineConfig } from 'vitest/config';

// The robustness gates: every stylized fact on every variant of the quick family (issue 9), and
// in direction on the combined family. Part of npm test; this configuration runs them alone
// (npm run test:robustness).
export default defineConfig({
  test: {
    include: ['tests/analysis/robustness.test.ts', 'tests/analysis/combinedRobustness.test.ts'],
    testTimeout: 120_000,
  },
});
