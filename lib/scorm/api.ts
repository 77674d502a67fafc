/**
 * The SCORM 1.2 run-time side of a lesson (a SCO): find the LMS's API object and report one lesson's quiz.
 * Pure logic over a window-like graph and an API-like object, so it is unit-tested without a browser;
 * components/scorm/scorm-reporter.tsx wires it to the quiz's page event and to `pagehide`.
 *
 * Rules (SCORM 1.2 Run-Time Environment, §3.3 "API adapter" and its findAPI sample):
 * - The API is an object named `API` on the SCO's window, one of its parents (at most 7 levels up), or on
 *   its opener and the opener's parents. A parent from another origin cannot be read: that path ends there.
 * - LMSInitialize("") once, before anything else; LMSFinish("") once, last (on pagehide). Every call is
 *   guarded: an LMS that throws or answers "false" never breaks the lesson.
 * - Completion is the quiz: passed when the learner passes it (the same pass mark as everywhere else,
 *   lib/content/quiz `passed`), otherwise the lesson stays "incomplete" with its score, so they can retry.
 *   A lesson the LMS already has as passed or completed is never set back, and a lower score never
 *   replaces a higher one.
 * - Score: cmi.core.score.raw is the percentage of questions right (0–100, whole number), with min 0 and
 *   max 100, as the manifest's mastery score (the pass mark) expects.
 */

export type Scorm12Api = {
  LMSInitialize(arg: ""): string | boolean;
  LMSFinish(arg: ""): string | boolean;
  LMSGetValue(element: string): string;
  LMSSetValue(element: string, value: string): string | boolean;
  LMSCommit(arg: ""): string | boolean;
  LMSGetLastError?(): string | number;
};

/** What findApi needs of a window (a real Window fits). */
export type WindowLike = {
  API?: unknown;
  parent?: WindowLike | null;
  opener?: WindowLike | null;
};

const MAX_PARENTS = 7;

function isApi(x: unknown): x is Scorm12Api {
  if (typeof x !== "object" || x === null) return false;
  const o = x as Record<string, unknown>;
  return ["LMSInitialize", "LMSFinish", "LMSGetValue", "LMSSetValue", "LMSCommit"].every(
    (k) => typeof o[k] === "function",
  );
}

/** `API` on `win` or up to seven parents above it; null when a parent cannot be read (another origin). */
function searchUp(start: WindowLike): Scorm12Api | null {
  let win: WindowLike = start;
  for (let tries = 0; tries <= MAX_PARENTS; tries++) {
    try {
      if (isApi(win.API)) return win.API;
      const parent = win.parent;
      if (!parent || parent === win) return null;
      win = parent;
    } catch {
      return null;
    }
  }
  return null;
}

/** The LMS's SCORM 1.2 API for this window, or null when there is none (the lesson then reports nothing). */
export function findApi(win: WindowLike): Scorm12Api | null {
  const found = searchUp(win);
  if (found) return found;
  try {
    const opener = win.opener;
    return opener ? searchUp(opener) : null;
  } catch {
    return null;
  }
}

const DONE = new Set(["passed", "completed"]);

export type QuizOutcome = { correct: number; total: number; passed: boolean };

/** One SCO's session with the LMS. Every method is safe to call in any order and more than once. */
export class ScormSession {
  private state: "new" | "open" | "closed" = "new";
  private status = "";
  private best = -1;

  constructor(private readonly api: Scorm12Api) {}

  private call(fn: () => string | boolean | undefined): boolean {
    try {
      const r = fn();
      return r === true || r === "true";
    } catch {
      return false;
    }
  }

  private get(element: string): string {
    try {
      const v = this.api.LMSGetValue(element);
      return typeof v === "string" ? v : "";
    } catch {
      return "";
    }
  }

  /** LMSInitialize; marks a first attempt "incomplete". False when the LMS refuses the session. */
  start(): boolean {
    if (this.state !== "new") return this.state === "open";
    if (!this.call(() => this.api.LMSInitialize(""))) {
      this.state = "closed";
      return false;
    }
    this.state = "open";
    this.status = this.get("cmi.core.lesson_status");
    const raw = Number.parseFloat(this.get("cmi.core.score.raw"));
    if (Number.isFinite(raw)) this.best = raw;
    if (this.status === "" || this.status === "not attempted") {
      this.call(() => this.api.LMSSetValue("cmi.core.lesson_status", "incomplete"));
      this.status = "incomplete";
      this.call(() => this.api.LMSCommit(""));
    }
    return true;
  }

  /** The learner checked every question of the lesson's quiz. */
  report(outcome: QuizOutcome): void {
    if (this.state !== "open" || outcome.total <= 0) return;
    const score = Math.round((100 * outcome.correct) / outcome.total);
    if (score >= this.best) {
      this.best = score;
      this.call(() => this.api.LMSSetValue("cmi.core.score.min", "0"));
      this.call(() => this.api.LMSSetValue("cmi.core.score.max", "100"));
      this.call(() => this.api.LMSSetValue("cmi.core.score.raw", String(score)));
    }
    if (!DONE.has(this.status)) {
      const next = outcome.passed ? "passed" : "incomplete";
      this.call(() => this.api.LMSSetValue("cmi.core.lesson_status", next));
      this.status = next;
    }
    this.call(() => this.api.LMSCommit(""));
  }

  /** LMSFinish, once (the page is going away). */
  finish(): void {
    if (this.state !== "open") return;
    this.state = "closed";
    // "suspend" keeps the attempt open in LMSs that honour exit; a passed lesson has nothing to resume.
    this.call(() => this.api.LMSSetValue("cmi.core.exit", DONE.has(this.status) ? "" : "suspend"));
    this.call(() => this.api.LMSCommit(""));
    this.call(() => this.api.LMSFinish(""));
  }
}
