import AxeBuilder from "@axe-core/playwright";
import { test as base, expect, type Page } from "@playwright/test";

/** localStorage key under which the app keeps the display name shown as author of edits. */
export const AUTHOR_STORAGE_KEY = "authcode-studio:author";
/** Display name every e2e page starts with (see the `authorName` option). */
export const E2E_AUTHOR = "E2E Tester";

const BLOCKING_IMPACTS = new Set(["serious", "critical"]);

export type A11yCheckOptions = {
  /** CSS selectors to limit the scan to (default: the whole document). */
  include?: string[];
  /** CSS selectors to leave out, e.g. a third-party widget. */
  exclude?: string[];
  /** axe rule ids to skip; say why next to the call. */
  disableRules?: string[];
};

/**
 * Runs axe-core on the page as it is now and fails the test when any violation has impact
 * "serious" or "critical". The failure message lists each violation's id, impact, help text,
 * help URL and the CSS selectors of the offending elements. Minor/moderate findings are ignored.
 */
export async function expectNoSeriousA11yViolations(page: Page, options: A11yCheckOptions = {}): Promise<void> {
  await base.step("axe: no serious or critical accessibility violations", async () => {
    await page.waitForLoadState("load");
    let builder = new AxeBuilder({ page });
    for (const selector of options.include ?? []) builder = builder.include(selector);
    for (const selector of options.exclude ?? []) builder = builder.exclude(selector);
    if (options.disableRules?.length) builder = builder.disableRules(options.disableRules);
    const results = await builder.analyze();

    const blocking = results.violations.filter((v) => v.impact && BLOCKING_IMPACTS.has(v.impact));
    const report = blocking.map((v) => {
      const targets = v.nodes.map((node) => node.target.map((t) => (Array.isArray(t) ? t.join(" >> ") : t)).join(" >>> "));
      const shown = targets.slice(0, 10).join(", ") + (targets.length > 10 ? `, … and ${targets.length - 10} more` : "");
      return `${v.id} [${v.impact}]: ${v.help} (${v.helpUrl}) at ${shown}`;
    });
    expect(report, `serious/critical axe violations on ${page.url()}:\n${report.join("\n")}\n`).toEqual([]);
  });
}

type Fixtures = {
  /**
   * Display name put into localStorage before any page script runs, so editing flows don't have
   * to ask for it. Only written when the key is still unset, so a test that changes the name keeps
   * its change across reloads. `test.use({ authorName: null })` starts without a name.
   */
  authorName: string | null;
  /** Accessibility checks bound to the test's page. */
  axe: {
    expectNoSeriousViolations: (options?: A11yCheckOptions) => Promise<void>;
  };
};

// The fixture callback is named `provide`, not Playwright's usual `use`: react-hooks/rules-of-hooks
// would take `use(...)` for React's `use` hook.
export const test = base.extend<Fixtures>({
  authorName: [E2E_AUTHOR, { option: true }],

  context: async ({ context, authorName }, provide) => {
    if (authorName !== null) {
      await context.addInitScript(
        ([key, name]) => {
          try {
            if (window.localStorage.getItem(key) === null) window.localStorage.setItem(key, name);
          } catch {
            // about:blank and opaque origins have no localStorage
          }
        },
        [AUTHOR_STORAGE_KEY, authorName] as const,
      );
    }
    await provide(context);
  },

  // Every page of every test runs under the server's Content-Security-Policy: a script or style the
  // policy blocks is a failure, not a console line nobody reads.
  page: async ({ page }, provide) => {
    const violations: string[] = [];
    page.on("console", (message) => {
      if (message.type() === "error" && /Content Security Policy/i.test(message.text())) violations.push(message.text());
    });
    await provide(page);
    expect(violations, `Content-Security-Policy violations on ${page.url()}`).toEqual([]);
  },

  axe: async ({ page }, provide) => {
    await provide({ expectNoSeriousViolations: (options) => expectNoSeriousA11yViolations(page, options) });
  },
});

export { expect };
