import { defineConfig } from 'vitest/config';

// The robustness gate (issue 9): every stylized fact on every variant of the quick family.
// It runs apart from npm test until the model passes it; then its line in vitest.config.ts's
// exclude goes and it joins npm test.
export default defineConfig({
  test: {
    include: ['tests/analysis/robustness.test.ts'],
    testTimeout: 120_000,
  },
});
