import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { policyFor, withPolicy } from '../../build/contentSecurityPolicy.ts';

describe('the Content-Security-Policy of a build', () => {
  it('allows only the page\'s own scripts when none is inline', () => {
    const policy = policyFor('<head><script type="module" src="./assets/index.js"></script></head>');
    expect(policy).toContain("script-src 'self';");
    expect(policy).not.toMatch(/script-src[^;]*unsafe/);
    expect(policy).toContain("object-src 'none'");
  });

  it('allows an inline script by the hash of its exact text, and nothing else inline', () => {
    const code = 'console.log("the whole game")';
    const hash = createHash('sha256').update(code).digest('base64');
    const policy = policyFor(`<head><script type="module">${code}</script><script src="x.js"></script></head>`);
    expect(policy).toContain(`script-src 'self' 'sha256-${hash}';`);
    expect(policy.match(/sha256-/g)).toHaveLength(1);
  });

  it('goes in the head, after the charset declaration', () => {
    expect(withPolicy('<html><head>\n<meta charset="utf-8" />\n</head></html>')).toMatch(/<meta charset="utf-8" \/>\n\s+<meta http-equiv="Content-Security-Policy" content="default-src 'self'; /);
  });
});
