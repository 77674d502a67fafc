// choosePort over every combination of inputs, checked against the invariants of issue 5 (not just
// "something came back"), plus the Done-means case spelled out.

import { describe, expect, it } from "vitest";
import {
  type Answers,
  type AuthOption,
  type BlockOption,
  type Citation,
  type ClientOption,
  choosePort,
  type DutyOption,
  isKnownCitation,
  KNOWN_CITATIONS,
  normalizeAnswers,
  type PortChoice,
  type ProviderOption,
  type Reason,
  type Recommendation,
  type Role,
  SCENARIO_IDS,
  snippetsFor,
  type Target,
} from "./index";
import { readSnippet } from "./read-snippet";

function subsets<T>(items: readonly T[]): T[][] {
  return items.reduce<T[][]>((acc, item) => acc.flatMap((s) => [s, [...s, item]]), [[]]);
}

/** undefined = unanswered; an empty multi-select is unanswered too, and is included on purpose. */
const ROLES: (Role | undefined)[] = [undefined, "submit", "relay", "operate"];
const DUTIES = subsets<DutyOption>(["inbound", "submission", "alternate"]);
const BLOCKS = subsets<BlockOption>(["25", "465", "587", "none"]);
const PROVIDERS = subsets<ProviderOption>(["465", "587", "alternate", "unknown"]);
const CLIENTS = subsets<ClientOption>(["implicit-tls", "starttls", "legacy-ssl", "plaintext"]);
const AUTHS: (AuthOption | undefined)[] = [undefined, "password", "oauth2"];

function* everyCombination(): Generator<Answers> {
  for (const role of ROLES)
    for (const duties of DUTIES)
      for (const blocks of BLOCKS)
        for (const provider of PROVIDERS)
          for (const client of CLIENTS)
            for (const auth of AUTHS) {
              yield {
                ...(role === undefined ? {} : { role }),
                duties,
                blocks,
                provider,
                client,
                ...(auth === undefined ? {} : { auth }),
              };
            }
}

const COMBINATIONS =
  ROLES.length * DUTIES.length * BLOCKS.length * PROVIDERS.length * CLIENTS.length * AUTHS.length;

const SUBMISSION_PORTS = new Set([465, 587, 2525]);

function citesOk(cites: readonly Citation[]): boolean {
  return cites.length > 0 && cites.every(isKnownCitation);
}

function fail(answers: Answers, choice: PortChoice, what: string): never {
  throw new Error(`${what}\nanswers: ${JSON.stringify(answers)}\nchoice: ${JSON.stringify(choice, null, 1)}`);
}

/** What the user effectively said (irrelevant answers dropped, unanswered = the stated defaults). */
function effective(answers: Answers) {
  const a = normalizeAnswers(answers);
  const role = a.role ?? "submit";
  const blocks = new Set<string>(a.blocks ?? []);
  const provider = new Set<string>(a.provider ?? ["unknown"]);
  const duties = new Set<string>(a.duties ?? ["inbound", "submission"]);
  return { role, blocks, provider, duties };
}

/** Every place the recommendation points a connection: main choice, fallbacks, listeners. */
function endpoints(rec: Recommendation): { port: number; tlsMode: string; target: Target; auth: boolean }[] {
  const main = { port: rec.port, tlsMode: rec.tlsMode, target: rec.target, auth: rec.auth !== null };
  const fallbacks = rec.fallbacks.map((f) => ({
    port: f.port,
    tlsMode: f.tlsMode,
    target: f.target,
    auth: true,
  }));
  const listeners = (rec.listeners ?? []).map((l) => ({
    port: l.port,
    tlsMode: l.tlsMode,
    target: "listeners" as const,
    auth: l.auth === "required",
  }));
  return rec.target === "listeners" ? listeners : [main, ...fallbacks];
}

/** Snippet checks depend only on these fields, so each distinct key is checked once. */
const snippetChecked = new Map<string, number>();

function checkSnippets(answers: Answers, rec: Recommendation): void {
  const key = [
    rec.target,
    rec.port,
    rec.tlsMode,
    rec.auth?.method,
    (rec.listeners ?? []).map((l) => l.port),
  ].join("|");
  snippetChecked.set(key, (snippetChecked.get(key) ?? 0) + 1);
  if ((snippetChecked.get(key) ?? 0) > 1) return;
  const snippets = snippetsFor(rec);
  if (snippets.length === 0) fail(answers, rec, "no snippets");
  const expected = endpoints(rec);
  for (const s of snippets) {
    const read = readSnippet(s);
    if (read.redFlags.length > 0) fail(answers, rec, `${s.id}: red flags ${read.redFlags.join(", ")}`);
    if (s.code.includes("undefined") || s.code.includes("[object"))
      fail(answers, rec, `${s.id}: broken text`);
    if (!inlineCitationsOk([s.code, ...s.notes].join("\n"))) fail(answers, rec, `${s.id}: unknown citation`);
    for (const e of read.endpoints) {
      if (rec.target === "listeners") {
        const l = expected.find((x) => x.port === e.port);
        if (l === undefined) fail(answers, rec, `${s.id}: port ${e.port} is not a listener`);
        // Test commands insist on STARTTLS even against port 25, to check that it is offered.
        const okTls =
          e.tls === l.tlsMode || (l.tlsMode === "starttls-opportunistic" && e.tls === "starttls-required");
        if (!okTls) fail(answers, rec, `${s.id}: ${e.port} reads as ${e.tls}, listener is ${l.tlsMode}`);
      } else if (rec.target === "mx") {
        if (e.port !== 25) fail(answers, rec, `${s.id}: port ${e.port} toward an MX`);
        if (e.tls === "implicit" || e.tls === "plaintext")
          fail(answers, rec, `${s.id}: ${e.tls} toward an MX`);
      } else {
        if (e.port !== rec.port) fail(answers, rec, `${s.id}: port ${e.port}, recommended ${rec.port}`);
        const okTls = e.tls === rec.tlsMode || (e.tls === "tls-unspecified" && s.id === "apple-mail");
        if (!okTls) fail(answers, rec, `${s.id}: reads as ${e.tls}, recommended ${rec.tlsMode}`);
      }
    }
    const mustRead = !["postfix-main-cf", "dns-checks"].includes(s.id);
    if (mustRead && read.endpoints.length === 0) fail(answers, rec, `${s.id}: no port/TLS found in the code`);
    if (rec.target === "listeners" && s.id === "postfix-master-cf") {
      const got = read.endpoints.map((e) => e.port).sort();
      const want = expected.map((e) => e.port).sort();
      if (got.join() !== want.join()) fail(answers, rec, `master.cf listeners ${got} vs ${want}`);
    }
  }
}

/** Citations written into prose ("RFC 8314 §3.3") must be known ones too. */
function inlineCitationsOk(text: string): boolean {
  return [...text.matchAll(/RFC (\d{3,4})(?: §([\d.]+))?/g)].every((m) =>
    m[2] === undefined
      ? KNOWN_CITATIONS.some((c) => c.rfc === Number(m[1]))
      : isKnownCitation({ rfc: Number(m[1]), section: m[2] }),
  );
}

function checkReasons(answers: Answers, choice: PortChoice, label: string, items: readonly Reason[]): void {
  for (const r of items) {
    if (r.text.trim() === "") fail(answers, choice, `${label}: empty text`);
    if (!citesOk(r.cites)) fail(answers, choice, `${label}: "${r.text}" lacks a known RFC citation`);
    if (!inlineCitationsOk(r.text)) fail(answers, choice, `${label}: unknown citation in "${r.text}"`);
  }
}

function checkInvariants(answers: Answers, choice: PortChoice): void {
  const eff = effective(answers);
  if (choice.kind !== "recommendation" && choice.kind !== "unsafe") fail(answers, choice, "neither kind");
  if (choice.role !== eff.role) fail(answers, choice, "wrong role");

  if (choice.kind === "unsafe") {
    if (choice.because.trim() === "") fail(answers, choice, "unsafe without a because");
    if (choice.reasons.length === 0) fail(answers, choice, "unsafe without reasons");
    if (choice.whatToDoInstead.length === 0) fail(answers, choice, "unsafe without advice");
    checkReasons(answers, choice, "unsafe reason", choice.reasons);
    for (const w of choice.whatToDoInstead) {
      const sourced = (w.sources ?? []).length > 0;
      if (!(citesOk(w.cites) || (w.cites.every(isKnownCitation) && sourced))) {
        fail(answers, choice, `advice without RFC or named source: ${w.text}`);
      }
    }
    if (choice.role === "operate") fail(answers, choice, "operators always get listeners");
    if (choice.scenarioId !== undefined && !SCENARIO_IDS.includes(choice.scenarioId)) {
      fail(answers, choice, "unknown scenario");
    }
    return;
  }

  const rec = choice;
  const all = endpoints(rec);
  const submittingTargets: readonly Target[] = ["provider", "smarthost"];

  // Never AUTH without TLS.
  for (const e of all) {
    if (e.auth && e.tlsMode !== "implicit" && e.tlsMode !== "starttls-required") {
      fail(answers, rec, `AUTH with ${e.tlsMode} on ${e.port}`);
    }
  }
  if (rec.auth !== null && (!rec.auth.onlyInsideTls || !citesOk(rec.auth.cites)))
    fail(answers, rec, "auth advice");
  // Never opportunistic TLS for submission.
  for (const e of all) {
    if (SUBMISSION_PORTS.has(e.port) && e.tlsMode === "starttls-opportunistic") {
      fail(answers, rec, `opportunistic on ${e.port}`);
    }
    if (submittingTargets.includes(e.target) && e.tlsMode === "starttls-opportunistic") {
      fail(answers, rec, "opportunistic TLS toward a submission server");
    }
  }
  // Never 465, 587 or 2525 toward another domain's MX; port 25 only for server-to-server relay.
  for (const e of all) {
    if (e.target === "mx" && e.port !== 25) fail(answers, rec, `${e.port} toward an MX`);
    if (e.port === 25 && !(e.target === "mx" || (e.target === "listeners" && eff.duties.has("inbound")))) {
      fail(answers, rec, "port 25 outside server-to-server relay");
    }
    if (e.port === 25 && e.auth) fail(answers, rec, "AUTH on port 25");
  }
  if (rec.target === "mx" && (eff.role !== "relay" || eff.blocks.has("25")))
    fail(answers, rec, "MX delivery");
  if (rec.target === "smarthost" && !(eff.role === "relay" && eff.blocks.has("25")))
    fail(answers, rec, "smarthost");
  // 2525 only when documented.
  for (const e of all) {
    if (e.port !== 2525) continue;
    const documented =
      (submittingTargets.includes(e.target) && eff.provider.has("alternate")) ||
      (e.target === "listeners" && eff.duties.has("alternate"));
    if (!documented) fail(answers, rec, "2525 without documentation");
  }
  // Never a port the network blocks (listeners are inbound, so outgoing blocks don't apply).
  for (const e of all) {
    if (e.target !== "listeners" && eff.blocks.has(String(e.port)))
      fail(answers, rec, `${e.port} is blocked`);
  }
  // Fallbacks never repeat the main choice, nor each other.
  const seen = new Set([`${rec.port}|${rec.tlsMode}|${rec.target}`]);
  for (const f of rec.fallbacks) {
    const k = `${f.port}|${f.tlsMode}|${f.target}`;
    if (seen.has(k)) fail(answers, rec, "fallback repeats");
    seen.add(k);
    if (!citesOk(f.cites) || f.when.trim() === "") fail(answers, rec, "fallback without when/citation");
    if (!SCENARIO_IDS.includes(f.scenarioId)) fail(answers, rec, "fallback scenario");
  }
  // Every reason, warning and listener rule carries an RFC citation from the facts sheet.
  if (rec.reasons.length === 0) fail(answers, rec, "no reasons");
  checkReasons(answers, rec, "reason", rec.reasons);
  checkReasons(answers, rec, "warning", rec.warnings);
  for (const l of rec.listeners ?? []) checkReasons(answers, rec, `listener ${l.port}`, l.rules);
  if (!SCENARIO_IDS.includes(rec.scenarioId)) fail(answers, rec, "unknown scenario");
  // The warnings the issue requires, wherever they apply.
  const ids = new Set(rec.warnings.map((w) => w.id));
  const need = (cond: boolean, id: string) => {
    if (cond && !ids.has(id as never)) fail(answers, rec, `missing warning ${id}`);
  };
  const submitting = submittingTargets.includes(rec.target);
  need(submitting && rec.auth?.method === "password", "auth-only-inside-tls");
  need(
    all.some((e) => submittingTargets.includes(e.target) && e.tlsMode === "starttls-required"),
    "require-starttls",
  );
  need(rec.target === "provider", "port-25-is-relay-only");
  need(submitting && eff.blocks.has("25"), "port-25-blocked-means-smarthost");
  need(rec.target === "mx", "relay-tls-is-opportunistic");
  if (rec.target === "listeners") {
    if (eff.role !== "operate") fail(answers, rec, "listeners for a non-operator");
    if ((rec.listeners ?? []).length === 0) fail(answers, rec, "no listeners");
  }

  checkSnippets(answers, rec);
}

describe("choosePort over every combination of answers", () => {
  const counts = { recommendation: 0, unsafe: 0 };
  it(`holds every invariant for all ${COMBINATIONS} combinations (role × duties × blocks × provider × client × auth, unanswered included)`, () => {
    let n = 0;
    for (const answers of everyCombination()) {
      const choice = choosePort(answers);
      checkInvariants(answers, choice);
      counts[choice.kind] += 1;
      n += 1;
    }
    expect(n).toBe(COMBINATIONS);
    expect(counts.recommendation).toBeGreaterThan(0);
    expect(counts.unsafe).toBeGreaterThan(0);
    // Distinct (target, port, TLS, auth, listeners) shapes whose snippets were parsed back and checked:
    // provider and smarthost × {465, 587, 2525} × {password, OAuth} = 12, MX = 1, listener sets = 5.
    expect(snippetChecked.size).toBe(18);
  });

  it("ignores answers that don't apply, and is deterministic", () => {
    let i = 0;
    for (const answers of everyCombination()) {
      // Every 97th combination: comparing whole results as JSON is the slow part.
      i += 1;
      if (i % 97 !== 0) continue;
      const a = JSON.stringify(choosePort(answers));
      expect(JSON.stringify(choosePort(normalizeAnswers(answers)))).toBe(a);
      expect(JSON.stringify(choosePort(answers))).toBe(a);
    }
  });
});

describe("the Done-means case", () => {
  // "My VPS blocks 25 and my provider offers 587 and 465, I use Nodemailer" (a password login).
  const answers: Answers = {
    role: "submit",
    blocks: ["25"],
    provider: ["587", "465"],
    client: ["implicit-tls", "starttls"],
    auth: "password",
  };
  const choice = choosePort(answers);

  it("recommends 465 with implicit TLS and AUTH PLAIN inside TLS", () => {
    expect(choice.kind).toBe("recommendation");
    if (choice.kind !== "recommendation") return;
    expect(choice.port).toBe(465);
    expect(choice.tlsMode).toBe("implicit");
    expect(choice.target).toBe("provider");
    expect(choice.auth).toMatchObject({ method: "password", mechanism: "PLAIN", onlyInsideTls: true });
    expect(choice.scenarioId).toBe("465-implicit-tls");
    expect(choice.assumed).toEqual([]);
  });

  it("falls back to 587 with required STARTTLS, and nothing else", () => {
    if (choice.kind !== "recommendation") throw new Error("not a recommendation");
    expect(choice.fallbacks.map((f) => [f.port, f.tlsMode])).toEqual([[587, "starttls-required"]]);
    expect(choice.fallbacks[0]?.scenarioId).toBe("587-starttls-auth");
  });

  it("gives its reasons with RFC 8314 §3.3, and the warnings the issue asks for", () => {
    if (choice.kind !== "recommendation") throw new Error("not a recommendation");
    const cited = choice.reasons.flatMap((r) => r.cites);
    expect(cited).toContainEqual({ rfc: 8314, section: "3.3" });
    expect(choice.reasons.some((r) => /in preference to/.test(r.text))).toBe(true);
    expect(choice.warnings.map((w) => w.id)).toEqual(
      expect.arrayContaining([
        "auth-only-inside-tls",
        "require-starttls",
        "port-25-is-relay-only",
        "port-25-blocked-means-smarthost",
      ]),
    );
  });

  it("hands over a Nodemailer snippet with secure: true on 465", () => {
    if (choice.kind !== "recommendation") throw new Error("not a recommendation");
    const nodemailer = snippetsFor(choice).find((s) => s.id === "nodemailer");
    expect(nodemailer?.code).toContain("port: 465,");
    expect(nodemailer?.code).toContain("secure: true,");
    expect(nodemailer?.code).not.toContain("requireTLS");
  });
});

describe("decision table rows", () => {
  const rec = (answers: Answers) => {
    const c = choosePort(answers);
    if (c.kind !== "recommendation") throw new Error(c.because);
    return c;
  };
  it("a STARTTLS-only client goes to 587 with STARTTLS required", () => {
    const c = rec({
      role: "submit",
      blocks: ["none"],
      provider: ["465", "587"],
      client: ["starttls"],
      auth: "password",
    });
    expect([c.port, c.tlsMode, c.fallbacks.length]).toEqual([587, "starttls-required", 0]);
  });
  it("465 and 587 blocked, provider documents 2525: 2525 with STARTTLS required and the non-standard warning", () => {
    const c = rec({
      role: "submit",
      blocks: ["465", "587"],
      provider: ["465", "587", "alternate"],
      client: ["implicit-tls", "starttls"],
      auth: "password",
    });
    expect([c.port, c.tlsMode]).toEqual([2525, "starttls-required"]);
    expect(c.warnings.map((w) => w.id)).toContain("alternate-port-is-not-standard");
    expect(c.warnings.map((w) => w.id)).toContain("port-587-blocked");
  });
  it("an unknown provider never gets 2525, and both standard ports blocked is unsafe", () => {
    const c = choosePort({
      role: "submit",
      blocks: ["465", "587"],
      provider: ["unknown"],
      client: ["implicit-tls", "starttls"],
      auth: "password",
    });
    expect(c.kind).toBe("unsafe");
  });
  it("a client that can't require TLS is refused, pointing at an internal relay instead", () => {
    const c = choosePort({
      role: "submit",
      blocks: ["none"],
      provider: ["587"],
      client: ["plaintext"],
      auth: "password",
    });
    expect(c.kind).toBe("unsafe");
    if (c.kind !== "unsafe") return;
    expect(c.whatToDoInstead.some((w) => w.cites.some((x) => x.rfc === 6409 && x.section === "3.1"))).toBe(
      true,
    );
    expect(c.scenarioId).toBe("587-stripping-opportunistic");
  });
  it("a STARTTLS-only client with a 465-only provider is unsafe, with the plaintext-on-465 scenario", () => {
    const c = choosePort({
      role: "submit",
      blocks: ["none"],
      provider: ["465"],
      client: ["starttls"],
      auth: "password",
    });
    expect(c.kind === "unsafe" && c.scenarioId).toBe("465-plaintext-client");
  });
  it("a legacy 'SSL' client gets 465 with the TLS-version warning", () => {
    const c = rec({
      role: "submit",
      blocks: ["none"],
      provider: ["465", "587"],
      client: ["legacy-ssl"],
      auth: "password",
    });
    expect([c.port, c.tlsMode, c.fallbacks.length]).toEqual([465, "implicit", 0]);
    expect(c.warnings.map((w) => w.id)).toContain("legacy-ssl-client");
  });
  it("a relay server with 25 open delivers on 25 with opportunistic STARTTLS, no AUTH", () => {
    const c = rec({ role: "relay", blocks: ["none"] });
    expect([c.port, c.tlsMode, c.target, c.auth]).toEqual([25, "starttls-opportunistic", "mx", null]);
    expect(c.fallbacks.map((f) => [f.port, f.target])).toEqual([
      [465, "smarthost"],
      [587, "smarthost"],
    ]);
  });
  it("a relay server with 25 blocked goes through a smarthost on 465", () => {
    const c = rec({ role: "relay", blocks: ["25"], provider: ["465", "587"], auth: "password" });
    expect([c.port, c.tlsMode, c.target]).toEqual([465, "implicit", "smarthost"]);
    expect(c.warnings.map((w) => w.id)).toContain("port-25-blocked-means-smarthost");
  });
  it("an operator gets 25, 465, 587 (and 2525 only when asked for)", () => {
    const c = rec({ role: "operate", duties: ["inbound", "submission"], blocks: ["none"] });
    expect(c.listeners?.map((l) => [l.port, l.tlsMode, l.auth])).toEqual([
      [25, "starttls-opportunistic", "not-offered"],
      [465, "implicit", "required"],
      [587, "starttls-required", "required"],
    ]);
    const withAlt = rec({ role: "operate", duties: ["alternate"], blocks: ["25"] });
    expect(withAlt.listeners?.map((l) => l.port)).toEqual([465, 587, 2525]);
    expect(withAlt.warnings.map((w) => w.id)).toContain("operator-outbound-25-blocked");
  });
  it("states what it assumed for unanswered questions", () => {
    const c = rec({});
    expect(c.assumed.map((a) => a.question)).toEqual(["role", "blocks", "provider", "client", "auth"]);
    expect([c.port, c.tlsMode]).toEqual([465, "implicit"]);
  });
});
