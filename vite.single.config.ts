/**
 * npm run build:single — the whole game as one HTML file (code, styles, fonts and scenarios
 * inside) that plays when opened from a USB stick or a laptop folder as a file:// page, with no
 * server. A separate configuration, so this build can carry its own page settings.
 */
import { defineConfig, type Plugin } from 'vite';
import { contentSecurityPolicy } from './build/contentSecurityPolicy.ts';

const WORKER = /new Worker\(new URL\((['"])([^'"]+)\1, import\.meta\.url\), \{ type: 'module' \}\)/g;

/**
 * Workers inside the page: each `new Worker(new URL('./x.ts', import.meta.url), { type: 'module' })`
 * becomes a worker built into the bundle and started from a blob: URL (Vite's `?worker&inline`),
 * which the page's Content-Security-Policy allows (`worker-src blob:`). A page opened from a file
 * cannot start a worker from a file beside it, and a served copy would ask for files this build
 * does not write; no worker file is written.
 */
function inlineWorkers(): Plugin {
  return {
    name: 'inline-workers',
    enforce: 'pre',
    transform(code, id) {
      if (id.includes('node_modules') || !/\.ts$/.test(id) || !WORKER.test(code)) return null;
      const imports: string[] = [];
      const rewritten = code.replace(WORKER, (_, _quote: string, path: string) => {
        const name = `__InlineWorker${imports.length}`;
        imports.push(`import ${name} from ${JSON.stringify(`${path}?worker&inline`)};`);
        return `new ${name}()`;
      });
      return { code: `${imports.join('\n')}\n${rewritten}`, map: null };
    },
  };
}

/** Puts the bundle's script and stylesheet inside the page and drops the separate files. */
function inlineIntoPage(): Plugin {
  return {
    name: 'inline-into-page',
    enforce: 'post',
    generateBundle(_, bundle) {
      const page = Object.values(bundle).find((file) => file.type === 'asset' && file.fileName === 'index.html');
      if (!page || page.type !== 'asset') throw new Error('build:single: no index.html in the bundle');
      let html = String(page.source);
      for (const [name, file] of Object.entries(bundle)) {
        if (file.type === 'chunk') {
          // "</script" inside the code would end the inline script early.
          const code = file.code.replace(/<\/script/gi, '<\\/script');
          html = html.replace(new RegExp(`<script type="module" crossorigin src="[^"]*${escape(name)}"></script>`), () => `<script type="module">${code}</script>`);
          delete bundle[name];
        } else if (name.endsWith('.css')) {
          html = html.replace(new RegExp(`<link rel="stylesheet" crossorigin href="[^"]*${escape(name)}">`), () => `<style>${String(file.source)}</style>`);
          delete bundle[name];
        }
      }
      if (/<script[^>]+src=|<link[^>]+rel="(stylesheet|modulepreload)"/.test(html)) throw new Error('build:single: a file was left outside the page');
      page.source = html;
    },
  };
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export default defineConfig({
  base: './',
  build: {
    target: 'es2022',
    outDir: 'dist-single',
    emptyOutDir: true,
    // Fonts become data: URLs in the stylesheet; nothing is fetched from the page's folder.
    assetsInlineLimit: () => true,
    cssCodeSplit: false,
    chunkSizeWarningLimit: 4000,
    rolldownOptions: { output: { codeSplitting: false } },
  },
  // Nothing to preload: every dynamic import is inside the page, and the build leaves the list of
  // files to preload as an unreplaced name (a lazy import then threw "__VITE_PRELOAD__ is not defined").
  define: { __VITE_PRELOAD__: 'void 0' },
  // Classic workers: Chromium will not start a module worker from a blob: URL on a page opened from a file.
  worker: { format: 'iife' },
  // The policy last: it hashes the inline script as shipped (see docs/content-security-policy.md).
  plugins: [inlineWorkers(), inlineIntoPage(), contentSecurityPolicy()],
});
