/**
 * What the console loads lazily on first use: the engine's lockstep driver (from the slim browser entry)
 * and the presenters it needs, including the reply glosses for the tooltips. Kept in one module so the
 * console's own chunk (and a lesson's first load) carries no engine code; the widget imports this with
 * `import()` and only types statically.
 */
export { glossesFor, laneRoles } from "@/lib/simulator/stage-data";
export { Lockstep, summarize, toSteps } from "@/lib/smtp/browser";
