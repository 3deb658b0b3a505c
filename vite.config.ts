import { defineConfig } from 'vite';
import { contentSecurityPolicy } from './build/contentSecurityPolicy.ts';

export default defineConfig({
  // Relative paths: the build runs from any folder or static host.
  base: './',
  // Keep it last: it hashes inline scripts of the final page (see docs/content-security-policy.md).
  plugins: [contentSecurityPolicy()],
  // The hosted build fetches the scenarios other than the default when the title screen asks for
  // them (src/game/scenarioFilesSplit.ts); the one-file build, configured apart, keeps them all inside.
  resolve: { alias: [{ find: /^\.\/scenarioFiles\.ts$/, replacement: './scenarioFilesSplit.ts' }] },
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 2000,
    rolldownOptions: {
      output: {
        // Phaser in its own long-cached chunk; the game's code changes more often.
        codeSplitting: { groups: [{ name: 'phaser', test: /node_modules[\\/]phaser/ }] },
      },
    },
  },
  server: { watch: { ignored: ['**/test-results/**'] } },
});
