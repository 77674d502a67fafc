import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { scenarioById } from "@/content/scenarios";
import { runScenario, type SessionScenario } from "@/lib/smtp";
import { applyWhatIf, currentSetup, isNoChange, parseWhatIf, whatIfToParams } from "./what-if";

const base = scenarioById("587-starttls-auth") as SessionScenario;

describe("parseWhatIf", () => {
  it("round-trips every knob", () => {
    const w = {
      port: 465,
      tls: "implicit",
      attacker: true,
      password: "wrong",
      rcpt: "local",
      pipelining: true,
    } as const;
    expect(parseWhatIf(whatIfToParams(w)).whatIf).toEqual(w);
  });

  it("drops unknown or hostile values with a note and never throws", () => {
    const { whatIf, problems } = parseWhatIf(
      new URLSearchParams("port=26&tls=<script>alert(1)</script>&step=3"),
    );
    expect(whatIf).toEqual({});
    expect(problems).toHaveLength(2);
    expect(problems[1]).toContain("tls=");
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (q) => {
        const r = parseWhatIf(new URLSearchParams(q));
        expect(Array.isArray(r.problems)).toBe(true);
      }),
    );
  });
});

describe("applyWhatIf: the engine decides the outcome", () => {
  it("with no change the scenario is the same", () => {
    expect(isNoChange(base, parseWhatIf(new URLSearchParams("port=587&tls=required")).whatIf)).toBe(true);
    expect(applyWhatIf(base, {})).toEqual(base);
  });

  it("a wrong password makes the server refuse the login (535) and nothing is queued", () => {
    const log = runScenario(applyWhatIf(base, { password: "wrong" }));
    expect(log.outcome.codes).toContain(535);
    expect(log.outcome.queued).toHaveLength(0);
  });

  it("an attacker against an opportunistic client captures the password; a requiring client aborts", () => {
    const opp = runScenario(applyWhatIf(base, { attacker: true, tls: "opportunistic" }));
    expect(opp.outcome.credentialsCaptured).toEqual({ user: "alice", password: "wonderland" });
    const req = runScenario(applyWhatIf(base, { attacker: true, tls: "required" }));
    expect(req.outcome.credentialsCaptured).toBeNull();
    expect(req.outcome.aborted).toBe(true);
  });

  it("moving the same client to 465 with implicit TLS still submits", () => {
    const log = runScenario(applyWhatIf(base, { port: 465, tls: "implicit" }));
    expect(log.outcome.queued).toHaveLength(1);
    expect(currentSetup(applyWhatIf(base, { port: 465, tls: "implicit" })).port).toBe(465);
  });
});
