import { describe, expect, it } from "vitest";
import { findApi, type Scorm12Api, ScormSession, type WindowLike } from "./api";

function fakeApi(initial: Record<string, string> = {}, opts: { refuse?: boolean; throws?: boolean } = {}) {
  const calls: string[] = [];
  const data: Record<string, string> = { ...initial };
  const api: Scorm12Api = {
    // biome-ignore lint/correctness/noComponentHookFactories: SCORM 1.2 method names, not components
    LMSInitialize: () => {
      calls.push("LMSInitialize");
      return opts.refuse ? "false" : "true";
    },
    // biome-ignore lint/correctness/noComponentHookFactories: SCORM 1.2 method names, not components
    LMSFinish: () => {
      calls.push("LMSFinish");
      return "true";
    },
    // biome-ignore lint/correctness/noComponentHookFactories: SCORM 1.2 method names, not components
    LMSGetValue: (k) => {
      if (opts.throws) throw new Error("LMS down");
      return data[k] ?? "";
    },
    LMSSetValue: (k, v) => {
      if (opts.throws) throw new Error("LMS down");
      calls.push(`${k}=${v}`);
      data[k] = v;
      return "true";
    },
    // biome-ignore lint/correctness/noComponentHookFactories: SCORM 1.2 method names, not components
    LMSCommit: () => {
      calls.push("LMSCommit");
      return "true";
    },
  };
  return { api, calls, data };
}

describe("findApi", () => {
  it("finds API on a parent, a grandparent, or the opener's parent", () => {
    const { api } = fakeApi();
    const top: WindowLike = { API: api };
    top.parent = top;
    const mid: WindowLike = { parent: top };
    const sco: WindowLike = { parent: mid };
    expect(findApi(sco)).toBe(api);
    const popup: WindowLike = { opener: mid };
    popup.parent = popup;
    expect(findApi(popup)).toBe(api);
  });

  it("returns null without an API, past seven parents, or behind another origin", () => {
    const alone: WindowLike = {};
    alone.parent = alone;
    expect(findApi(alone)).toBeNull();
    const { api } = fakeApi();
    let w: WindowLike = { API: api };
    for (let i = 0; i < 9; i++) w = { parent: w };
    expect(findApi(w)).toBeNull();
    const foreign = {
      get API(): unknown {
        throw new DOMException("Blocked a frame", "SecurityError");
      },
    };
    expect(findApi({ parent: foreign })).toBeNull();
    expect(findApi({ API: { LMSInitialize: "nope" } })).toBeNull();
  });
});

describe("ScormSession", () => {
  it("reports a passed quiz with its score, then finishes once", () => {
    const { api, calls, data } = fakeApi();
    const s = new ScormSession(api);
    expect(s.start()).toBe(true);
    s.report({ correct: 3, total: 4, passed: true });
    s.finish();
    s.finish();
    expect(calls).toEqual([
      "LMSInitialize",
      "cmi.core.lesson_status=incomplete",
      "LMSCommit",
      "cmi.core.score.min=0",
      "cmi.core.score.max=100",
      "cmi.core.score.raw=75",
      "cmi.core.lesson_status=passed",
      "LMSCommit",
      "cmi.core.exit=",
      "LMSCommit",
      "LMSFinish",
    ]);
    expect(data["cmi.core.lesson_status"]).toBe("passed");
  });

  it("leaves a failed attempt incomplete and never lowers a passed lesson or its best score", () => {
    const { api, data } = fakeApi({ "cmi.core.lesson_status": "passed", "cmi.core.score.raw": "80" });
    const s = new ScormSession(api);
    s.start();
    s.report({ correct: 1, total: 4, passed: false });
    expect(data["cmi.core.lesson_status"]).toBe("passed");
    expect(data["cmi.core.score.raw"]).toBe("80");
    const fresh = fakeApi();
    const t = new ScormSession(fresh.api);
    t.start();
    t.report({ correct: 1, total: 4, passed: false });
    expect(fresh.data["cmi.core.lesson_status"]).toBe("incomplete");
    expect(fresh.data["cmi.core.score.raw"]).toBe("25");
    t.finish();
    expect(fresh.data["cmi.core.exit"]).toBe("suspend");
  });

  it("does nothing after a refused LMSInitialize, and survives an LMS that throws", () => {
    const refused = fakeApi({}, { refuse: true });
    const s = new ScormSession(refused.api);
    expect(s.start()).toBe(false);
    s.report({ correct: 4, total: 4, passed: true });
    s.finish();
    expect(refused.calls).toEqual(["LMSInitialize"]);
    const broken = fakeApi({}, { throws: true });
    const t = new ScormSession(broken.api);
    expect(t.start()).toBe(true);
    expect(() => t.report({ correct: 4, total: 4, passed: true })).not.toThrow();
    expect(() => t.finish()).not.toThrow();
  });
});
