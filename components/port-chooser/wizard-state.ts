/**
 * Where the wizard is, as a small value that maps to and from the URL. Rules:
 * - The answers are lib/ports' Answers, always normalised; the query string is `answersToQuery` plus, only
 *   while the reader is revisiting an answered question, `question=<id>`. A finished questionnaire's URL
 *   is exactly `answersToQuery(answers)`, so a shared result link is short and canonical.
 * - The question on screen is the revisited one when it applies and everything before it is answered;
 *   otherwise the first unanswered question; `null` means the result.
 * - Navigation only: which question applies and what the answers mean is lib/ports' business.
 */
import {
  type Answers,
  answersToQuery,
  applicableQuestions,
  firstUnanswered,
  normalizeAnswers,
  parseAnswers,
  QUESTIONS,
  type Question,
  type QuestionId,
} from "@/lib/ports";

export interface WizardView {
  readonly answers: Answers;
  /** A question the reader went back to (it has an answer already); null: the first unanswered one. */
  readonly revisit: QuestionId | null;
}

export const START: WizardView = { answers: {}, revisit: null };

/** The key in the URL that names a revisited question. parseAnswers ignores keys it doesn't know. */
export const REVISIT_PARAM = "question";

const isQuestionId = (v: string): v is QuestionId => QUESTIONS.some((q) => q.id === v);

/** The question on screen, or null for the result. */
export function currentQuestion(view: WizardView): QuestionId | null {
  const unanswered = firstUnanswered(view.answers);
  const r = view.revisit;
  if (r === null) return unanswered;
  const applicable = applicableQuestions(view.answers).map((q) => q.id);
  const at = applicable.indexOf(r);
  if (at < 0) return unanswered;
  // Only questions whose predecessors are all answered can be revisited.
  if (unanswered !== null && applicable.indexOf(unanswered) < at) return unanswered;
  return r;
}

/** The query string (no "?") for a view; "" for the start. */
export function viewToQuery(view: WizardView): string {
  const base = answersToQuery(view.answers);
  const current = currentQuestion(view);
  const extra =
    current !== null && current !== firstUnanswered(view.answers) ? `${REVISIT_PARAM}=${current}` : "";
  return [base, extra].filter((s) => s !== "").join("&");
}

export interface ReadView {
  readonly view: WizardView;
  /** Human notes on what was ignored (from parseAnswers, plus an unknown revisit name). */
  readonly problems: readonly string[];
}

/** Reads a view from a URL query ("?a=b" or "a=b"). Never throws and never echoes raw input. */
export function readView(search: string): ReadView {
  const query = search.startsWith("?") ? search.slice(1) : search;
  const parsed = parseAnswers(query);
  const problems = [...parsed.problems];
  let revisit: QuestionId | null = null;
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(query);
  } catch {
    params = new URLSearchParams();
  }
  const asked = params.getAll(REVISIT_PARAM);
  const known = asked.find(isQuestionId);
  if (known !== undefined) revisit = known;
  else if (asked.length > 0) problems.push("We ignored a link to a question that doesn't exist.");
  return { view: { answers: parsed.answers, revisit }, problems };
}

/** The questions to show in the progress list: those that apply, reading an unanswered role as "submit". */
export function questionsToShow(answers: Answers): Question[] {
  // Before the first answer the path is unknown; the most common one (an app submitting) gives the count,
  // and the list updates as soon as a role is picked.
  return applicableQuestions(answers.role === undefined ? { ...answers, role: "submit" } : answers);
}

export type AnswerValue = string | readonly string[];

/** Answers with one question's answer replaced (or removed), normalised. */
export function withAnswer(answers: Answers, id: QuestionId, value: AnswerValue | undefined): Answers {
  const next: Record<string, unknown> = { ...answers };
  if (value === undefined || (Array.isArray(value) && value.length === 0)) delete next[id];
  else next[id] = value;
  return normalizeAnswers(next as Answers);
}

/** After answering `id`: the next question that applies (revisited if it has an answer), or the result. */
export function answer(view: WizardView, id: QuestionId, value: AnswerValue): WizardView {
  const answers = withAnswer(view.answers, id, value);
  const applicable = applicableQuestions(answers);
  const after = applicable.slice(applicable.findIndex((q) => q.id === id) + 1);
  const next = after[0];
  if (next === undefined || answers[next.id] === undefined) return { answers, revisit: null };
  return { answers, revisit: next.id };
}

/** One question back from the current one (from the result: the last question), or null at the start. */
export function back(view: WizardView): WizardView | null {
  const current = currentQuestion(view);
  const applicable = applicableQuestions(view.answers);
  const at = current === null ? applicable.length : applicable.findIndex((q) => q.id === current);
  const previous = applicable[at - 1];
  return previous === undefined ? null : { answers: view.answers, revisit: previous.id };
}

/** Jump to a question that is answered or current; anything else stays where it is. */
export function goTo(view: WizardView, id: QuestionId): WizardView {
  if (view.answers[id] !== undefined) return { answers: view.answers, revisit: id };
  return firstUnanswered(view.answers) === id ? { answers: view.answers, revisit: null } : view;
}

/** A stable string for "which screen is this", to notice step changes. */
export function screenKey(view: WizardView): string {
  return currentQuestion(view) ?? "result";
}

/** The short labels of the options chosen for a question, for summaries. */
export function answerLabels(question: Question, answers: Answers): string[] {
  const v = answers[question.id];
  if (v === undefined) return [];
  const ids: readonly string[] = typeof v === "string" ? [v] : v;
  return question.options.filter((o) => ids.includes(o.id)).map((o) => o.label);
}
