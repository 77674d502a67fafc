import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  announcementTarget,
  embedMessage,
  HOST_SOURCE,
  isAllowedOrigin,
  MAX_STEP,
  parseHostMessage,
  parseOrigins,
} from "./messages";

const known = new Set(["587-starttls-auth", "465-implicit-tls", "delivery-direct"]);
const ctx = { maxStep: 20, isScenario: (id: string) => known.has(id) };
const msg = (extra: Record<string, unknown>) => ({ source: HOST_SOURCE, version: 1, ...extra });

describe("parseHostMessage: the documented shapes", () => {
  it("accepts each command in exactly its shape", () => {
    expect(parseHostMessage(msg({ type: "play" }), ctx)).toEqual({ type: "play" });
    expect(parseHostMessage(msg({ type: "pause" }), ctx)).toEqual({ type: "pause" });
    expect(parseHostMessage(msg({ type: "goToStep", step: 0 }), ctx)).toEqual({ type: "goToStep", step: 0 });
    expect(parseHostMessage(msg({ type: "goToStep", step: 20 }), ctx)).toEqual({
      type: "goToStep",
      step: 20,
    });
    expect(parseHostMessage(msg({ type: "setScenario", scenario: "465-implicit-tls" }), ctx)).toEqual({
      type: "setScenario",
      scenario: "465-implicit-tls",
    });
    for (const theme of ["light", "dark", "auto"])
      expect(parseHostMessage(msg({ type: "setTheme", theme }), ctx)).toEqual({ type: "setTheme", theme });
  });

  it("accepts a null-prototype object (what some hosts build)", () => {
    const o = Object.assign(Object.create(null), msg({ type: "play" }));
    expect(parseHostMessage(o, ctx)).toEqual({ type: "play" });
  });

  it("refuses wrong source, version or type", () => {
    expect(parseHostMessage({ source: "smtp-lab", version: 1, type: "play" }, ctx)).toBeNull();
    expect(parseHostMessage({ source: HOST_SOURCE, version: 2, type: "play" }, ctx)).toBeNull();
    expect(parseHostMessage({ source: HOST_SOURCE, version: "1", type: "play" }, ctx)).toBeNull();
    expect(parseHostMessage(msg({ type: "PLAY" }), ctx)).toBeNull();
    expect(parseHostMessage(msg({ type: "toString" }), ctx)).toBeNull();
    expect(parseHostMessage(msg({ type: "__proto__" }), ctx)).toBeNull();
    expect(parseHostMessage(msg({ type: "constructor" }), ctx)).toBeNull();
  });

  it("refuses missing or extra keys", () => {
    expect(parseHostMessage(msg({ type: "goToStep" }), ctx)).toBeNull();
    expect(parseHostMessage(msg({ type: "play", step: 1 }), ctx)).toBeNull();
    expect(parseHostMessage(msg({ type: "setTheme", theme: "dark", x: 1 }), ctx)).toBeNull();
    expect(parseHostMessage({ source: HOST_SOURCE, type: "play" }, ctx)).toBeNull();
  });

  it("refuses steps that are not integers in range", () => {
    for (const step of [-1, 21, 1.5, Number.NaN, Number.POSITIVE_INFINITY, "3", null, 2 ** 53, [3], { n: 3 }])
      expect(parseHostMessage(msg({ type: "goToStep", step }), ctx)).toBeNull();
    expect(parseHostMessage(msg({ type: "goToStep", step: MAX_STEP + 1 }), {})).toBeNull();
    expect(parseHostMessage(msg({ type: "goToStep", step: MAX_STEP }), {})).toEqual({
      type: "goToStep",
      step: MAX_STEP,
    });
  });

  it("refuses unknown or malformed scenario ids and themes", () => {
    for (const scenario of [
      "no-such-scenario",
      "",
      "587-STARTTLS-AUTH",
      "../etc",
      "a".repeat(200),
      587,
      null,
    ])
      expect(parseHostMessage(msg({ type: "setScenario", scenario }), ctx)).toBeNull();
    for (const theme of ["Dark", "", "system", 1, null, ["dark"]])
      expect(parseHostMessage(msg({ type: "setTheme", theme }), ctx)).toBeNull();
  });

  it("refuses prototype-pollution attempts and leaves Object.prototype alone", () => {
    const attempts = [
      JSON.parse('{"source":"smtp-lab-host","version":1,"type":"play","__proto__":{"polluted":true}}'),
      JSON.parse('{"__proto__":{"source":"smtp-lab-host","version":1,"type":"play"}}'),
      JSON.parse(
        '{"source":"smtp-lab-host","version":1,"type":"setTheme","theme":"dark","constructor":{"prototype":{"polluted":true}}}',
      ),
      Object.create({ source: HOST_SOURCE, version: 1, type: "play" }),
    ];
    for (const a of attempts) expect(parseHostMessage(a, ctx)).toBeNull();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("never throws: getters that throw, proxies, huge objects, non-objects", () => {
    const throwing = {
      source: HOST_SOURCE,
      version: 1,
      get type(): string {
        throw new Error("boom");
      },
    };
    const proxy = new Proxy(
      {},
      {
        ownKeys() {
          throw new Error("trap");
        },
      },
    );
    const huge: Record<string, unknown> = msg({ type: "play" });
    for (let i = 0; i < 100_000; i++) huge[`k${i}`] = i;
    for (const v of [
      throwing,
      proxy,
      huge,
      null,
      undefined,
      "play",
      42,
      [],
      [msg({ type: "play" })],
      () => 1,
    ])
      expect(parseHostMessage(v, ctx)).toBeNull();
  });

  it("returns fresh objects with only the documented keys", () => {
    const input = msg({ type: "goToStep", step: 3 });
    const out = parseHostMessage(input, ctx);
    expect(out).not.toBe(input);
    expect(Object.keys(out ?? {}).sort()).toEqual(["step", "type"]);
  });
});

describe("parseHostMessage: hostile inputs (fast-check)", () => {
  it("never throws and only ever returns a documented command", () => {
    fc.assert(
      fc.property(fc.anything({ withNullPrototype: true, withObjectString: true, maxDepth: 3 }), (v) => {
        const out = parseHostMessage(v, ctx);
        if (out === null) return true;
        return ["play", "pause", "goToStep", "setScenario", "setTheme"].includes(out.type);
      }),
      { numRuns: 3000 },
    );
  });

  it("accepts a near-miss only when it is exactly a valid message", () => {
    const near = fc.record(
      {
        source: fc.constantFrom(HOST_SOURCE, "smtp-lab", "", 1),
        version: fc.constantFrom(1, 0, 2, "1", 1.5),
        type: fc.constantFrom("play", "pause", "goToStep", "setScenario", "setTheme", "stop", "__proto__"),
        step: fc.oneof(fc.integer({ min: -5, max: 30 }), fc.double(), fc.string()),
        scenario: fc.constantFrom("587-starttls-auth", "nope", "", "465-implicit-tls "),
        theme: fc.constantFrom("light", "dark", "auto", "Dark"),
        extra: fc.anything(),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(near, (v) => {
        const out = parseHostMessage(v, ctx);
        if (out === null) return true;
        const keys = Object.keys(v).sort();
        const base = ["source", "type", "version"];
        const extraKey = { goToStep: "step", setScenario: "scenario", setTheme: "theme" } as Record<
          string,
          string
        >;
        const want = [...base, ...(extraKey[out.type] ? [extraKey[out.type] as string] : [])].sort();
        return (
          v.source === HOST_SOURCE &&
          v.version === 1 &&
          JSON.stringify(keys) === JSON.stringify(want) &&
          (out.type !== "goToStep" || (Number.isInteger(out.step) && out.step >= 0 && out.step <= 20)) &&
          (out.type !== "setScenario" || known.has(out.scenario))
        );
      }),
      { numRuns: 5000 },
    );
  });
});

describe("origins", () => {
  it("parses exact origins, normalised", () => {
    expect(parseOrigins("https://LMS.example.edu/").origins).toEqual(["https://lms.example.edu"]);
    expect(parseOrigins("http://127.0.0.1:4000, https://a.example:443").origins).toEqual([
      "http://127.0.0.1:4000",
      "https://a.example",
    ]);
    expect(parseOrigins(null)).toEqual({ origins: [], notes: [] });
  });

  it("refuses wildcards, null, paths, credentials and other schemes, with notes", () => {
    for (const bad of [
      "*",
      "null",
      "https://*.example.edu",
      "https://lms.example.edu/course",
      "https://u:p@lms.example.edu",
      "javascript:alert(1)",
      "file:///etc",
      "lms.example.edu",
      "https://lms.example.edu?x",
    ]) {
      const r = parseOrigins(bad);
      expect(r.origins, bad).toEqual([]);
      expect(r.notes.length, bad).toBe(1);
    }
  });

  it("caps the list", () => {
    const many = Array.from({ length: 8 }, (_, i) => `https://h${i}.example`).join(",");
    const r = parseOrigins(many);
    expect(r.origins).toHaveLength(5);
    expect(r.notes).toHaveLength(1);
  });

  it("never throws on any string", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (s) => {
        const r = parseOrigins(s);
        return r.origins.every((o) => /^https?:\/\/[^/]+$/.test(o));
      }),
    );
  });

  it("matches origins exactly", () => {
    const allowed = ["https://lms.example.edu"];
    expect(isAllowedOrigin("https://lms.example.edu", allowed)).toBe(true);
    expect(isAllowedOrigin("https://lms.example.edu.evil.example", allowed)).toBe(false);
    expect(isAllowedOrigin("http://lms.example.edu", allowed)).toBe(false);
    expect(isAllowedOrigin("null", allowed)).toBe(false);
    expect(isAllowedOrigin(undefined, allowed)).toBe(false);
  });
});

describe("where announcements go", () => {
  it("without origin=: public ones to any parent, the learner's quiz results nowhere", () => {
    expect(announcementTarget("ready", [], null)).toBe("*");
    expect(announcementTarget("step", [], "https://x.example")).toBe("*");
    expect(announcementTarget("quizAnswered", [], "https://x.example")).toBeNull();
    expect(announcementTarget("quizPassed", [], null)).toBeNull();
  });

  it("with origin=: only to the parent when it is allowed", () => {
    const allowed = ["https://a.example", "https://b.example"];
    expect(announcementTarget("quizPassed", allowed, "https://b.example")).toBe("https://b.example");
    expect(announcementTarget("ready", allowed, "https://evil.example")).toBeNull();
    expect(announcementTarget("ready", allowed, null)).toBeNull();
    expect(announcementTarget("ready", ["https://a.example"], null)).toBe("https://a.example");
  });

  it("stamps source and version", () => {
    expect(embedMessage({ type: "resize", height: 10 })).toEqual({
      source: "smtp-lab",
      version: 1,
      type: "resize",
      height: 10,
    });
  });
});
