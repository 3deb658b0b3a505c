/**
 * The Content-Security-Policy of a built page, written into its <head> as a meta tag once the
 * page is final, so it fits whatever build made it: the served build has no inline script and
 * allows only the page's own files; a build that inlines its code (a single-file page) gets a
 * sha256 hash for each inline script, computed from the script as shipped. See
 * docs/content-security-policy.md.
 */
import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';

const INLINE_SCRIPT = /<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/gi;

export function policyFor(html: string): string {
  const hashes = [...html.matchAll(INLINE_SCRIPT)].map((m) => `'sha256-${createHash('sha256').update(m[1]!, 'utf8').digest('base64')}'`);
  return [
    "default-src 'self'",
    `script-src 'self'${hashes.length > 0 ? ` ${hashes.join(' ')}` : ''}`,
    // The interface sets style attributes on the panels it builds; styles cannot run code.
    "style-src 'self' 'unsafe-inline'",
    // Phaser makes textures from data: and blob: URLs; downloads are blob: URLs.
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    // Replay verification and the many-seed spread run in a worker (a file, or a blob: in a single-file build).
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

export function withPolicy(html: string): string {
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policyFor(html)}" />`;
  // After the charset declaration, which must come first.
  const charset = /<meta charset[^>]*>/i;
  return charset.test(html) ? html.replace(charset, (tag) => `${tag}\n    ${meta}`) : html.replace(/<head>/i, `<head>\n    ${meta}`);
}

/** Adds the policy to every built HTML page; last in the plugin list, after any inlining. */
export function contentSecurityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    enforce: 'post',
    generateBundle(_, bundle) {
      for (const file of Object.values(bundle)) {
        if (file.type === 'asset' && file.fileName.endsWith('.html')) file.source = withPolicy(String(file.source));
      }
    },
  };
}
