/** Accessibility checks for end-to-end tests: axe's serious and critical findings on a page. */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/** Serious and critical axe violations, each as "rule: target" lines, for a readable failure. */
export async function seriousViolations(page: Page): Promise<string[]> {
  // A background tab gets no animation frames: bring it to the front. Colour transitions started
  // by a colour-scheme switch must end before axe reads the colours.
  await page.bringToFront();
  await page.waitForFunction(
    () =>
      !document
        .getAnimations()
        .some((a) => a instanceof CSSTransition && a.playState !== 'finished'),
  );
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) =>
      v.nodes.map((n) => `${v.id} (${v.impact}): ${n.target.join(' ')} ${n.failureSummary}`),
    );
}
