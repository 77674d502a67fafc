// The wizard's navigation over lib/ports' questionnaire: URL round trips, Back, revisiting, hostile links.
import { describe, expect, it } from "vitest";
import {
  answer,
  back,
  currentQuestion,
  goTo,
  questionsToShow,
  readView,
  START,
  viewToQuery,
} from "./wizard-state";

const DONE_MEANS = "role=submit&blocks=25&provider=465,587&client=implicit-tls,starttls&auth=password";

describe("wizard state", () => {
  it("walks the submit path one question at a time, and the finished URL is answersToQuery's", () => {
    let v = START;
    expect(currentQuestion(v)).toBe("role");
    v = answer(v, "role", "submit");
    expect(currentQuestion(v)).toBe("blocks");
    expect(viewToQuery(v)).toBe("role=submit");
    v = answer(v, "blocks", ["25"]);
    v = answer(v, "provider", ["587", "465"]);
    v = answer(v, "client", ["starttls", "implicit-tls"]);
    v = answer(v, "auth", "password");
    expect(currentQuestion(v)).toBeNull();
    expect(viewToQuery(v)).toBe(DONE_MEANS);
  });

  it("reads a shared result back to the result, and Back revisits the last question", () => {
    const { view, problems } = readView(`?${DONE_MEANS}`);
    expect(problems).toEqual([]);
    expect(currentQuestion(view)).toBeNull();
    const b = back(view);
    expect(b && currentQuestion(b)).toBe("auth");
    expect(b && viewToQuery(b)).toBe(`${DONE_MEANS}&question=auth`);
    expect(b && readView(viewToQuery(b)).view).toEqual(b);
    expect(back(START)).toBeNull();
  });

  it("after a revisited answer, goes to the next question, keeping later answers", () => {
    const { view } = readView(DONE_MEANS);
    const atProvider = goTo(view, "provider");
    expect(currentQuestion(atProvider)).toBe("provider");
    const next = answer(atProvider, "provider", ["587"]);
    expect(currentQuestion(next)).toBe("client");
    expect(next.answers.auth).toBe("password");
  });

  it("changing the role drops answers that no longer apply", () => {
    const { view } = readView(DONE_MEANS);
    const v = answer(goTo(view, "role"), "role", "operate");
    expect(v.answers.client).toBeUndefined();
    expect(currentQuestion(v)).toBe("duties");
  });

  it("never revisits a question whose predecessors are unanswered", () => {
    const { view } = readView("role=submit&question=auth&auth=password");
    expect(currentQuestion(view)).toBe("blocks");
    expect(viewToQuery(view)).toBe("role=submit&auth=password");
  });

  it("notes what it ignored, and never echoes it", () => {
    const hostile = `role=${encodeURIComponent("<script>alert(1)</script>")}&question=%3Cimg%3E`;
    const { view, problems } = readView(hostile);
    expect(view.answers).toEqual({});
    expect(problems.length).toBe(2);
    expect(problems.join(" ")).not.toMatch(/script|img|alert/);
    expect(readView("role=submit&role=relay").problems.join(" ")).toMatch(/more than once/);
  });

  it("counts five questions for the usual path before the role is known", () => {
    expect(questionsToShow({}).map((q) => q.id)).toEqual(["role", "blocks", "provider", "client", "auth"]);
    expect(questionsToShow({ role: "operate" }).map((q) => q.id)).toEqual(["role", "duties", "blocks"]);
  });
});
