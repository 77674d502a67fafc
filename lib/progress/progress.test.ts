import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { emptyProgress, markRead, parseProgress, recordQuiz, serializeProgress } from "./progress";

describe("parseProgress", () => {
  it("round-trips what it serialises", () => {
    let p = markRead(emptyProgress(), "port-587");
    p = recordQuiz(p, "port-587", { answers: { a: [1], b: [0, 2] }, correct: 1, total: 2, passed: false });
    expect(parseProgress(serializeProgress(p))).toEqual({ progress: p, status: "loaded" });
  });

  it("treats nothing stored as empty", () => {
    expect(parseProgress(null)).toEqual({ progress: emptyProgress(), status: "empty" });
  });

  it("reports corrupt JSON and foreign versions without throwing", () => {
    expect(parseProgress("{not json").status).toBe("corrupt");
    expect(parseProgress(JSON.stringify({ v: 99, read: {} })).status).toBe("corrupt");
    expect(parseProgress("null").status).toBe("corrupt");
    expect(parseProgress("[]").status).toBe("corrupt");
  });

  it("keeps the good entries and drops the bad ones", () => {
    const raw = JSON.stringify({
      v: 1,
      read: { "port-25": true, "<script>": true, "port-465": "yes" },
      quizzes: {
        "port-25": { answers: { q1: [0] }, correct: 1, total: 4, passed: false },
        bad: { correct: 9, total: 4, passed: true },
      },
    });
    const { progress, status } = parseProgress(raw);
    expect(status).toBe("repaired");
    expect(progress.read).toEqual({ "port-25": true });
    expect(Object.keys(progress.quizzes)).toEqual(["port-25"]);
  });

  it("never throws and always returns valid progress, whatever is stored", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.json(),
          fc.jsonValue().map((j) => JSON.stringify({ v: 1, ...Object(j) })),
        ),
        (raw) => {
          const { progress } = parseProgress(raw);
          expect(progress.v).toBe(1);
          for (const v of Object.values(progress.read)) expect(v).toBe(true);
          for (const r of Object.values(progress.quizzes)) expect(r.correct).toBeLessThanOrEqual(r.total);
        },
      ),
      { numRuns: 500 },
    );
  });
});
