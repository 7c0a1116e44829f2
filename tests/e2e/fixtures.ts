/**
 * The browser tests' `test`: Playwright's, plus a check that runs around every test in the suite.
 * The page records every Content Security Policy violation from its first script on, and the
 * browser's console reports of refusals are kept too (they also cover the page's workers); a test
 * whose page broke the policy fails, naming what was blocked.
 */
import { expect, test as base } from '@playwright/test';

interface Violation {
  directive: string;
  blocked: string;
  source: string;
}

/** The annotation of a test that breaks the policy on purpose. */
export const CSP_ON_PURPOSE = 'breaks the Content Security Policy on purpose';

export const test = base.extend<{ cspGuard: void }>({
  cspGuard: [
    async ({ page }, use, testInfo) => {
      const refusals: string[] = [];
      page.on('console', (message) => {
        if (/Content Security Policy/.test(message.text())) refusals.push(message.text());
      });
      await page.addInitScript(() => {
        const seen: Violation[] = [];
        (window as unknown as { __cspViolations: Violation[] }).__cspViolations = seen;
        document.addEventListener('securitypolicyviolation', (event) => {
          seen.push({
            directive: event.effectiveDirective,
            blocked: event.blockedURI,
            source: `${event.sourceFile}:${event.lineNumber}`,
          });
        });
      });
      await use();
      // A test that breaks the policy on purpose, to show it is enforced, says so.
      if (testInfo.annotations.some((note) => note.type === CSP_ON_PURPOSE)) return;
      const violations = await page
        .evaluate(() => (window as unknown as { __cspViolations?: Violation[] }).__cspViolations)
        .catch(() => []);
      expect(violations ?? [], 'Content Security Policy violations').toEqual([]);
      expect(refusals, 'Content Security Policy refusals in the console').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
export type { Page } from '@playwright/test';
