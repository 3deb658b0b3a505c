/**
 * npm run build:single — the whole game as one HTML file (code, styles, fonts and scenarios
 * inside) that plays when opened from a USB stick or a laptop folder as a file:// page, with no
 * server. A separate configuration, so this build can carry its own page settings.
 */
import { defineConfig, type Plugin } from 'vite';

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
  plugins: [inlineIntoPage()],
});
