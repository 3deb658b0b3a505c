/** What a page's Content-Security-Policy refused, collected from its first script on, and a script injected to try it. */
import type { Page } from 'playwright-core';

type Watched = Window & { __violations: string[]; __injected?: boolean };

/** From the next load on, the page keeps every violation of its policy (directive and what was blocked). */
export async function collectViolations(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as Watched).__violations = seen;
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
}

export const violations = (page: Page): Promise<string[]> => page.evaluate(() => (window as unknown as Watched).__violations);

/** Injects an inline script: whether it ran, and (once the policy has said so) the first violation recorded. */
export async function injectInlineScript(page: Page): Promise<{ ran: boolean; firstViolation: string | undefined }> {
  const ran = await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.__injected = true;';
    document.body.append(script);
    return (window as unknown as Watched).__injected === true;
  });
  if (!ran) await page.waitForFunction(() => (window as unknown as Watched).__violations.length > 0);
  return { ran, firstViolation: (await violations(page))[0] };
}
