/** Checks a screenshot cannot make alone: the smallest text actually rendered, and the page's own scroll. */
import type { Page } from 'playwright-core';

export interface SmallText {
  readonly text: string;
  readonly px: number;
}

/**
 * Every visible element with text of its own inside `root`, with its rendered size in screen
 * pixels (font size times any CSS or SVG scaling); returns those below `min`.
 */
export function textBelow(page: Page, root: string, min = 14): Promise<SmallText[]> {
  return page.evaluate(
    ({ root, min }) => {
      const small: { text: string; px: number }[] = [];
      for (const element of document.querySelectorAll(`${root} *`)) {
        const own = [...element.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim()).map((n) => n.textContent!.trim()).join(' ');
        if (!own) continue;
        const style = getComputedStyle(element);
        if (style.display === 'none' || style.visibility === 'hidden') continue;
        const rect = element.getBoundingClientRect();
        if (rect.width === 0 || rect.height === 0) continue;
        if (element.closest('.visually-hidden')) continue;
        let scale = 1;
        if (element instanceof SVGElement) scale = (element as SVGGraphicsElement).getScreenCTM?.()?.a ?? 1;
        // offsetWidth is rounded to whole pixels: only a real transform (a difference over a pixel) counts as scaling.
        else if (element instanceof HTMLElement && element.offsetWidth > 0 && Math.abs(rect.width - element.offsetWidth) > 1) scale = rect.width / element.offsetWidth;
        const px = parseFloat(style.fontSize) * scale;
        if (px < min - 0.05) small.push({ text: own.slice(0, 60), px: Math.round(px * 10) / 10 });
      }
      return small;
    },
    { root, min },
  );
}

/** Whether the element's top and bottom lie within the window without scrolling the page. */
export function withinViewport(page: Page, selector: string): Promise<boolean> {
  return page.locator(selector).first().evaluate((element) => {
    const rect = element.getBoundingClientRect();
    return rect.top >= 0 && rect.bottom <= window.innerHeight + 0.5 && rect.height > 0;
  });
}

/** The smallest computed font size of visible text on the page, in CSS pixels. */
export function smallestText(page: Page): Promise<{ size: number; text: string }> {
  return page.evaluate(() => {
    let smallest = { size: Infinity, text: '' };
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const element = node.parentElement;
      if (!element || !node.textContent?.trim()) continue;
      const box = element.getBoundingClientRect();
      const style = getComputedStyle(element);
      if (box.width <= 1 || box.height <= 1 || style.visibility === 'hidden' || element.closest('.visually-hidden, [hidden]')) continue;
      const size = parseFloat(style.fontSize);
      if (size < smallest.size) smallest = { size, text: node.textContent.trim().slice(0, 40) };
    }
    return smallest;
  });
}

/** Tick labels of any chart on the page that overlap another label of the same chart. */
export function overlappingTicks(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    for (const chart of document.querySelectorAll('svg.line-chart')) {
      const boxes = [...chart.querySelectorAll('text.tick')].map((tick) => ({ text: tick.textContent ?? '', r: tick.getBoundingClientRect() })).filter((b) => b.r.width > 0);
      for (const [i, a] of boxes.entries()) {
        for (const b of boxes.slice(i + 1)) {
          const x = Math.min(a.r.right, b.r.right) - Math.max(a.r.left, b.r.left);
          const y = Math.min(a.r.bottom, b.r.bottom) - Math.max(a.r.top, b.r.top);
          if (x > 0.5 && y > 0.5) found.push(`"${a.text}" / "${b.text}"`);
        }
      }
    }
    return found;
  });
}

/**
 * Controls inside `root` that a tap on their centre would not reach: each visible control is
 * scrolled into view and the element under its centre must be the control or inside it.
 */
export function coveredControls(page: Page, root: string): Promise<string[]> {
  return page.evaluate((root) => {
    const found: string[] = [];
    const controls = [...document.querySelectorAll<HTMLElement>(`${root} :is(button, input, select, summary, a[href])`)];
    for (const control of controls) {
      if (control.closest('.visually-hidden, [hidden], details:not([open]) > :not(summary)')) continue;
      const style = getComputedStyle(control);
      if (style.visibility === 'hidden' || style.display === 'none') continue;
      let box = control.getBoundingClientRect();
      if (box.width <= 2 || box.height <= 2) continue;
      control.scrollIntoView({ block: 'center', inline: 'center' });
      box = control.getBoundingClientRect();
      const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
      if (!hit || !(control === hit || control.contains(hit) || (control instanceof HTMLInputElement && control.labels && [...control.labels].some((l) => l.contains(hit))))) {
        const name = (control.getAttribute('data-testid') ?? control.textContent ?? control.tagName).trim().slice(0, 40);
        const over = hit ? `${hit.tagName}.${hit.className}`.slice(0, 60) : 'nothing';
        found.push(`${name} under ${over}`);
      }
    }
    return found;
  }, root);
}

/** Words a reader sees in `selector` (closed details show only their summary). */
export function visibleWords(page: Page, selector: string): Promise<number> {
  return page.locator(selector).first().evaluate((element) => (element as HTMLElement).innerText.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length);
}
