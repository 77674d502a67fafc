/**
 * axe-core for the browser tests, set up for speed without losing coverage (measured in Chromium 156 on
 * /teach, 2 733 elements: every rule 7.7 s → 3.4 s, the colour rules 4.2 s → 2.3 s; a big lesson 2.6 s):
 * - `resultTypes`: the tests look only at violations, so axe does not collect every passing node;
 * - legacy mode: one axe.run() in the page, which reaches same-origin frames through axe's own frame
 *   messenger, instead of runPartial() in every frame and finishRun() over the serialised results in a
 *   second, blank page. Legacy mode skips cross-origin frames only, and this site has none: every frame is
 *   one of its own /embed/ pages (the fixtures fail a test whose page requests another origin). A button
 *   without a name put into an embed's frame is reported the same way in both modes.
 */
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";

export function axe(page: Page): AxeBuilder {
  // options() replaces the options object, so it comes first; include/withRules add to it.
  return new AxeBuilder({ page }).setLegacyMode(true).options({ resultTypes: ["violations"] });
}
