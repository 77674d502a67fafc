/**
 * The SMTP engine's browser entry: what client code needs to run and show a session in the page, and
 * nothing else. The console types lines into a `Lockstep` and shows `toSteps(lockstep.events)`; a
 * what-if re-run is `toSteps(runScenario(scenario).events)`. Everything else (the reply table's teaching
 * columns, journeys, DSNs, the CLI) is rendered at build time from the full entry, `@/lib/smtp`.
 *
 * Rules: this file only re-exports: browser-core.ts (the engine without the narration) and the
 * narration, from the same modules as the full entry (index.ts), so both give the same results byte
 * for byte. Nothing it imports, even indirectly, may load replies-teaching.ts or delivery.ts;
 * browser.test.ts checks the module graph; `npm run bench:engine` measures the bundle.
 */

export * from "./browser-core";
export { toSteps } from "./narration";
