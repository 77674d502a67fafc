/**
 * Quizzes as data. Each lesson's quiz lives in content/quizzes/<lesson-slug>.ts and is rendered by the Quiz
 * component; the teacher's guide prints the same data as an answer key, and content checks read it.
 * Rules: every question has ≥ 2 choices; single-choice questions have exactly one correct choice, multiple-
 * choice questions at least one; EVERY choice has feedback saying why it is right or wrong; every question
 * cites at least one RFC section (`cite`). A "predict" question asks what the server will answer at a point
 * of a simulator scenario before revealing it; its correct choice must equal what the engine computes there
 * (a unit test checks this), so content can never drift from the engine.
 */

export type Cite = { rfc: number; section?: string };

export type Choice = {
  /** Short answer text. Inline `code` in backticks is rendered as code. */
  text: string;
  correct?: boolean;
  /** Why this choice is right or wrong, one or two sentences. */
  feedback: string;
};

type QuestionBase = {
  /** Stable id, unique within the quiz (kebab-case). */
  id: string;
  prompt: string;
  choices: Choice[];
  cite: Cite[];
};

export type Question =
  | (QuestionBase & { kind: "single" | "multiple" })
  | (QuestionBase & {
      kind: "predict";
      /** The simulator scenario and the client command whose reply is revealed. */
      reveal: { scenario: string; command: string; occurrence?: number };
    });

export type Quiz = {
  /** Usually the lesson slug. */
  id: string;
  title?: string;
  /** Share of correct answers needed to pass, 0..1 (default 0.75). */
  passMark?: number;
  questions: Question[];
};

export function quizProblems(quiz: Quiz): string[] {
  const problems: string[] = [];
  const ids = new Set<string>();
  if (quiz.questions.length < 4) problems.push(`${quiz.id}: needs at least 4 questions`);
  for (const q of quiz.questions) {
    const where = `${quiz.id}/${q.id}`;
    if (ids.has(q.id)) problems.push(`${where}: duplicate question id`);
    ids.add(q.id);
    if (q.choices.length < 2) problems.push(`${where}: needs at least 2 choices`);
    const correct = q.choices.filter((c) => c.correct).length;
    if (q.kind === "multiple" ? correct < 1 : correct !== 1)
      problems.push(`${where}: ${q.kind} question has ${correct} correct choices`);
    for (const c of q.choices)
      if (!c.feedback?.trim()) problems.push(`${where}: choice "${c.text}" has no feedback`);
    if (q.cite.length === 0) problems.push(`${where}: cites no RFC`);
  }
  return problems;
}

/** Score a set of answers: for each question, the set of chosen choice indexes. */
export function scoreQuiz(quiz: Quiz, answers: Record<string, number[]>): { correct: number; total: number } {
  let correct = 0;
  for (const q of quiz.questions) {
    const chosen = new Set(answers[q.id] ?? []);
    const right = q.choices.map((c, i) => (c.correct ? i : -1)).filter((i) => i >= 0);
    if (chosen.size === right.length && right.every((i) => chosen.has(i))) correct++;
  }
  return { correct, total: quiz.questions.length };
}

export function passed(quiz: Quiz, score: { correct: number; total: number }): boolean {
  return score.total > 0 && score.correct / score.total >= (quiz.passMark ?? 0.75);
}
