/**
 * Learner progress, kept in the browser's localStorage under one key with a versioned schema.
 * Rules: `parseProgress` accepts anything (a corrupt, foreign or older value) and returns valid progress
 * plus a status; it never throws. Unknown fields are dropped, wrong types are dropped entry by entry, so
 * one bad entry does not cost the rest. Pure: the storage I/O lives in components/progress.
 */

export const PROGRESS_KEY = "smtp-lab:progress";
export const PROGRESS_VERSION = 1;

export type QuizResult = {
  /** For each question id, the chosen choice indexes. */
  answers: Record<string, number[]>;
  correct: number;
  total: number;
  passed: boolean;
};

export type Progress = {
  v: typeof PROGRESS_VERSION;
  /** Lessons the learner has read (reached the end of, or marked). */
  read: Record<string, true>;
  quizzes: Record<string, QuizResult>;
};

export type LoadStatus = "empty" | "loaded" | "repaired" | "corrupt";

export function emptyProgress(): Progress {
  return { v: PROGRESS_VERSION, read: {}, quizzes: {} };
}

const ID = /^[a-z0-9][a-z0-9-]{0,80}$/;
const isObject = (x: unknown): x is Record<string, unknown> =>
  typeof x === "object" && x !== null && !Array.isArray(x);

function parseQuizResult(x: unknown): QuizResult | null {
  if (!isObject(x)) return null;
  const { correct, total, passed, answers } = x;
  if (!Number.isInteger(correct) || !Number.isInteger(total) || typeof passed !== "boolean") return null;
  if ((correct as number) < 0 || (total as number) < 0 || (correct as number) > (total as number))
    return null;
  const cleanAnswers: Record<string, number[]> = {};
  if (isObject(answers)) {
    for (const [q, a] of Object.entries(answers)) {
      if (ID.test(q) && Array.isArray(a) && a.every((i) => Number.isInteger(i) && i >= 0 && i < 50)) {
        cleanAnswers[q] = a as number[];
      }
    }
  }
  return { answers: cleanAnswers, correct: correct as number, total: total as number, passed };
}

/** Parse whatever is stored. `raw` null means nothing was stored. */
export function parseProgress(raw: string | null): { progress: Progress; status: LoadStatus } {
  if (raw === null) return { progress: emptyProgress(), status: "empty" };
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { progress: emptyProgress(), status: "corrupt" };
  }
  if (!isObject(data) || data.v !== PROGRESS_VERSION) return { progress: emptyProgress(), status: "corrupt" };
  const progress = emptyProgress();
  let dropped = false;
  if (isObject(data.read)) {
    for (const [slug, v] of Object.entries(data.read)) {
      if (ID.test(slug) && v === true) progress.read[slug] = true;
      else dropped = true;
    }
  } else if (data.read !== undefined) dropped = true;
  if (isObject(data.quizzes)) {
    for (const [id, r] of Object.entries(data.quizzes)) {
      const parsed = ID.test(id) ? parseQuizResult(r) : null;
      if (parsed) progress.quizzes[id] = parsed;
      else dropped = true;
    }
  } else if (data.quizzes !== undefined) dropped = true;
  return { progress, status: dropped ? "repaired" : "loaded" };
}

export function serializeProgress(p: Progress): string {
  return JSON.stringify(p);
}

export function markRead(p: Progress, slug: string, read = true): Progress {
  const next = { ...p, read: { ...p.read } };
  if (read) next.read[slug] = true;
  else delete next.read[slug];
  return next;
}

export function recordQuiz(p: Progress, quizId: string, result: QuizResult): Progress {
  return { ...p, quizzes: { ...p.quizzes, [quizId]: result } };
}
