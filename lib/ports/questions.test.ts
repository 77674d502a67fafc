import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type Answers,
  answersToQuery,
  applicableQuestions,
  choosePort,
  firstUnanswered,
  normalizeAnswers,
  parseAnswers,
  QUESTIONS,
  type QuestionId,
  snippetsFor,
} from "./index";

const optionIds = (id: QuestionId): string[] => {
  const q = QUESTIONS.find((x) => x.id === id);
  return q === undefined ? [] : q.options.map((o) => o.id as string);
};

/** Any Answers value built from real option ids, relevant to each other or not. */
const answersArb: fc.Arbitrary<Answers> = fc.record(
  {
    role: fc.constantFrom("submit", "relay", "operate"),
    duties: fc.subarray(optionIds("duties")),
    blocks: fc.subarray(optionIds("blocks")),
    provider: fc.subarray(optionIds("provider")),
    client: fc.subarray(optionIds("client")),
    auth: fc.constantFrom("password", "oauth2"),
  },
  { requiredKeys: [] },
) as fc.Arbitrary<Answers>;

function isValid(answers: Answers): boolean {
  return Object.entries(answers).every(([k, v]) => {
    const ids = optionIds(k as QuestionId);
    if (ids.length === 0) return false;
    return typeof v === "string" ? ids.includes(v) : Array.isArray(v) && v.every((x) => ids.includes(x));
  });
}

describe("questionnaire data", () => {
  it("every question has a prompt, help and at least two described options with unique ids", () => {
    for (const q of QUESTIONS) {
      expect(q.prompt.length).toBeGreaterThan(5);
      expect(q.help.length).toBeGreaterThan(5);
      expect(q.options.length).toBeGreaterThanOrEqual(2);
      expect(new Set(q.options.map((o) => o.id)).size).toBe(q.options.length);
      for (const o of q.options) {
        expect(o.id).toMatch(/^[a-z0-9-]+$/);
        expect(o.label.length).toBeGreaterThan(0);
        expect(o.description.length).toBeGreaterThan(0);
      }
    }
  });

  it("asks provider, client and auth of submitters only, and provider/auth of relays only when 25 is blocked", () => {
    const ids = (a: Answers) => applicableQuestions(a).map((q) => q.id);
    expect(ids({})).toEqual(["role"]);
    expect(ids({ role: "submit" })).toEqual(["role", "blocks", "provider", "client", "auth"]);
    expect(ids({ role: "relay", blocks: ["none"] })).toEqual(["role", "blocks"]);
    expect(ids({ role: "relay", blocks: ["25"] })).toEqual(["role", "blocks", "provider", "auth"]);
    expect(ids({ role: "operate" })).toEqual(["role", "duties", "blocks"]);
  });

  it("firstUnanswered walks the questions in order", () => {
    expect(firstUnanswered({})).toBe("role");
    expect(firstUnanswered({ role: "submit", provider: ["465"] })).toBe("blocks");
    expect(
      firstUnanswered({
        role: "submit",
        blocks: ["none"],
        provider: ["465"],
        client: ["implicit-tls"],
        auth: "oauth2",
      }),
    ).toBeNull();
  });

  it("settles exclusive options: the specific choices win", () => {
    const notes: string[] = [];
    expect(
      normalizeAnswers({ role: "submit", blocks: ["none", "25"], provider: ["unknown", "587"] }, notes),
    ).toEqual({
      role: "submit",
      blocks: ["25"],
      provider: ["587"],
    });
    expect(notes).toHaveLength(2);
  });
});

describe("URL form", () => {
  it("has a readable canonical form", () => {
    const q = answersToQuery({
      role: "submit",
      blocks: ["25"],
      provider: ["587", "465"],
      client: ["starttls", "implicit-tls"],
      auth: "password",
    });
    expect(q).toBe("role=submit&blocks=25&provider=465,587&client=implicit-tls,starttls&auth=password");
  });

  it("round-trips any answers: parse(toQuery(a)) is normalize(a), with no problems", () => {
    fc.assert(
      fc.property(answersArb, (answers) => {
        const normal = normalizeAnswers(answers);
        const query = answersToQuery(answers);
        for (const input of [query, `?${query}`, new URLSearchParams(query)]) {
          const parsed = parseAnswers(input);
          expect(parsed.answers).toEqual(normal);
          expect(parsed.problems).toEqual([]);
          expect(parsed.firstUnanswered).toBe(firstUnanswered(normal));
        }
        expect(answersToQuery(normal)).toBe(query);
        expect(choosePort(parseAnswers(query).answers)).toEqual(choosePort(answers));
      }),
      { numRuns: 2000 },
    );
  });

  it("drops unknown values with a note and restarts at the first unanswered question", () => {
    const parsed = parseAnswers("role=submit&blocks=42&provider=465,smtps&client=implicit-tls&auth=password");
    expect(parsed.answers).toEqual({
      role: "submit",
      provider: ["465"],
      client: ["implicit-tls"],
      auth: "password",
    });
    expect(parsed.firstUnanswered).toBe("blocks");
    expect(parsed.problems).toHaveLength(2);
    expect(parsed.problems.join(" ")).toMatch(/isn't one of its choices/);
  });

  it("asks again when a single-choice question has conflicting repeated answers", () => {
    const parsed = parseAnswers("role=submit&role=relay");
    expect(parsed.answers).toEqual({});
    expect(parsed.firstUnanswered).toBe("role");
    expect(parsed.problems).toHaveLength(1);
    expect(parseAnswers("role=relay&role=relay").answers).toEqual({ role: "relay" });
  });

  it("merges repeated keys of multi-select questions", () => {
    expect(parseAnswers("role=submit&provider=465&provider=587&provider=465").answers).toEqual({
      role: "submit",
      provider: ["465", "587"],
    });
  });

  it("accepts Next's searchParams record, ignoring unknown and prototype keys", () => {
    const record = JSON.parse(
      '{"role":"submit","provider":["465","587"],"utm_source":"x","__proto__":{"role":"relay"}}',
    );
    const parsed = parseAnswers(record);
    expect(parsed.answers).toEqual({ role: "submit", provider: ["465", "587"] });
    expect(parsed.problems).toEqual([]);
  });

  const hostile = fc.oneof(
    fc.string(),
    fc.string({ unit: "binary", maxLength: 300 }),
    fc.constantFrom(
      "<script>alert(1)</script>",
      '"><img src=x onerror=alert(1)>',
      "%00%ff%fe",
      "%E0%A4%A",
      "__proto__",
      "constructor",
      ",,,,",
      "465,<script>",
      "submit\u0000",
      "a".repeat(100_000),
      "465,".repeat(20_000),
    ),
  );
  const keyArb = fc.oneof(
    fc.constantFrom(...QUESTIONS.map((q) => q.id), "__proto__", "constructor", "x"),
    fc.string(),
  );

  it("never throws on hostile input, keeps only real options, and never echoes the input", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(keyArb, hostile), { maxLength: 12 }), (pairs) => {
        const query = pairs.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join("&");
        const raw = pairs.map(([k, v]) => `${k}=${v}`).join("&");
        const record: Record<string, string[]> = {};
        for (const [k, v] of pairs) {
          if (k === "__proto__") continue;
          record[k] = [...(Object.hasOwn(record, k) ? (record[k] ?? []) : []), v];
        }
        for (const input of [query, raw, new URLSearchParams(query), record]) {
          const parsed = parseAnswers(input);
          expect(isValid(parsed.answers)).toBe(true);
          expect(parsed.problems.length).toBeLessThanOrEqual(8);
          for (const p of parsed.problems) {
            expect(p.length).toBeLessThan(300);
            expect(p).not.toMatch(/<script|onerror/);
            expect(p.includes(String.fromCharCode(0))).toBe(false);
          }
          if (parsed.firstUnanswered !== null) {
            expect(QUESTIONS.map((q) => q.id)).toContain(parsed.firstUnanswered);
          }
          const choice = choosePort(parsed.answers);
          expect(["recommendation", "unsafe"]).toContain(choice.kind);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe("snippet options from users", () => {
  it("refuse values that could break out of a string literal, and say so", () => {
    const rec = choosePort({
      role: "submit",
      blocks: ["none"],
      provider: ["465"],
      client: ["implicit-tls"],
      auth: "password",
    });
    if (rec.kind !== "recommendation") throw new Error("expected a recommendation");
    const evil = ['smtp.example.test"; rm -rf /', "a'b", "x`y`", "host\nname", "$(id)", "<script>"];
    for (const host of evil) {
      for (const s of snippetsFor(rec, { host, user: host, caFile: host })) {
        expect(s.code).not.toContain(host);
        expect(s.notes.join(" ")).toMatch(/can't put into code safely/);
      }
    }
    const ok = snippetsFor(rec, { host: "mail.example.org", user: "carol@example.org", port: 2465 });
    expect(ok.find((s) => s.id === "nodemailer")?.code).toContain('host: "mail.example.org"');
    expect(ok.find((s) => s.id === "nodemailer")?.code).toContain("port: 2465,");
  });
});
