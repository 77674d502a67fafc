/**
 * Telling a client-side navigation from a full page load: mark the window before the click; the mark
 * survives only if the document does.
 */
import type { Page } from "@playwright/test";

export const markDocument = (page: Page) =>
  page.evaluate(() => Object.assign(window, { __sameDocument: true }));

export const sameDocument = (page: Page) =>
  page.evaluate(() => (window as { __sameDocument?: boolean }).__sameDocument === true);
