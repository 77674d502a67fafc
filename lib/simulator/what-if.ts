/**
 * "What if…": a scenario's inputs changed by the learner (port, the client's TLS policy, an attacker, the
 * password, the recipient, pipelining), as a small value that lives in the URL, and its application to a
 * session scenario. The engine then computes what happens; nothing here predicts an outcome.
 * Rules: parsing accepts any query string and never throws; unknown or malformed values are dropped with a
 * human-readable note; the changed scenario keeps the original's id and texts (the page says it changed).
 */
import type { Port, SessionScenario, TlsPolicy } from "@/lib/smtp";

export type WhatIf = {
  port?: Port;
  tls?: Exclude<TlsPolicy, "tls-first">;
  attacker?: boolean;
  password?: "right" | "wrong";
  rcpt?: "local" | "external";
  pipelining?: boolean;
};

export const WHAT_IF_KEYS = ["port", "tls", "attacker", "password", "rcpt", "pipelining"] as const;

export const WHAT_IF_OPTIONS = {
  port: [
    { value: "25", label: "25 (relay)" },
    { value: "587", label: "587 (submission, STARTTLS)" },
    { value: "465", label: "465 (submission, implicit TLS)" },
    { value: "2525", label: "2525 (provider alternate)" },
  ],
  tls: [
    { value: "none", label: "No TLS" },
    { value: "opportunistic", label: "STARTTLS if offered (opportunistic)" },
    { value: "required", label: "STARTTLS required" },
    { value: "implicit", label: "TLS from the first byte (implicit)" },
  ],
  attacker: [
    { value: "off", label: "No attacker" },
    { value: "on", label: "Active attacker strips STARTTLS" },
  ],
  password: [
    { value: "right", label: "Right password" },
    { value: "wrong", label: "Wrong password" },
  ],
  rcpt: [
    { value: "local", label: "Local: alice@example.test" },
    { value: "external", label: "External: bob@example.net" },
  ],
  pipelining: [
    { value: "off", label: "One command at a time" },
    { value: "on", label: "Pipelining (batches)" },
  ],
} as const;

export const WHAT_IF_LABELS: Record<(typeof WHAT_IF_KEYS)[number], string> = {
  port: "Port",
  tls: "Client's TLS policy",
  attacker: "Attacker",
  password: "Password",
  rcpt: "Recipient",
  pipelining: "Pipelining",
};

const LOCAL_RCPT = "alice@example.test";
const EXTERNAL_RCPT = "bob@example.net";
const RIGHT = "wonderland";
const WRONG = "wonderlnd";

function clip(s: string): string {
  return s.length > 40 ? `${s.slice(0, 40)}…` : s;
}

/** Read the what-if keys from a query string; everything else (step, …) is ignored here. */
export function parseWhatIf(params: URLSearchParams): { whatIf: WhatIf; problems: string[] } {
  const whatIf: WhatIf = {};
  const problems: string[] = [];
  for (const key of WHAT_IF_KEYS) {
    const all = params.getAll(key);
    if (all.length === 0) continue;
    const raw = all[all.length - 1] ?? "";
    const allowed: readonly { value: string }[] = WHAT_IF_OPTIONS[key];
    if (!allowed.some((o) => o.value === raw)) {
      problems.push(`Ignored ${key}=“${clip(raw)}”: not one of ${allowed.map((o) => o.value).join(", ")}.`);
      continue;
    }
    switch (key) {
      case "port":
        whatIf.port = Number(raw) as Port;
        break;
      case "tls":
        whatIf.tls = raw as WhatIf["tls"];
        break;
      case "attacker":
        whatIf.attacker = raw === "on";
        break;
      case "password":
        whatIf.password = raw as WhatIf["password"];
        break;
      case "rcpt":
        whatIf.rcpt = raw as WhatIf["rcpt"];
        break;
      case "pipelining":
        whatIf.pipelining = raw === "on";
        break;
    }
  }
  return { whatIf, problems };
}

export function whatIfToParams(w: WhatIf): URLSearchParams {
  const p = new URLSearchParams();
  if (w.port !== undefined) p.set("port", String(w.port));
  if (w.tls !== undefined) p.set("tls", w.tls);
  if (w.attacker !== undefined) p.set("attacker", w.attacker ? "on" : "off");
  if (w.password !== undefined) p.set("password", w.password);
  if (w.rcpt !== undefined) p.set("rcpt", w.rcpt);
  if (w.pipelining !== undefined) p.set("pipelining", w.pipelining ? "on" : "off");
  return p;
}

/** The current value of every knob for a scenario, so the form can show it. */
export function currentSetup(s: SessionScenario): Required<Omit<WhatIf, "tls">> & { tls: TlsPolicy } {
  const to = s.client.envelope.to[0] ?? EXTERNAL_RCPT;
  const pw = s.client.auth?.passwords[0];
  return {
    port: s.port,
    tls: s.client.tls,
    attacker: !!s.attacker && s.attacker.mode === "strip-starttls",
    password: pw === undefined || pw === RIGHT ? "right" : "wrong",
    rcpt: to.endsWith("@example.test") ? "local" : "external",
    pipelining: !!s.client.pipelining,
  };
}

/** True when the what-if changes nothing about the scenario. */
export function isNoChange(s: SessionScenario, w: WhatIf): boolean {
  const cur = currentSetup(s);
  return (Object.keys(w) as (keyof WhatIf)[]).every((k) => w[k] === undefined || w[k] === cur[k]);
}

export function applyWhatIf(s: SessionScenario, w: WhatIf): SessionScenario {
  const client = { ...s.client, envelope: { ...s.client.envelope } };
  if (w.tls !== undefined) client.tls = w.tls;
  if (w.pipelining !== undefined) client.pipelining = w.pipelining;
  if (w.rcpt !== undefined) client.envelope.to = [w.rcpt === "local" ? LOCAL_RCPT : EXTERNAL_RCPT];
  if (w.password !== undefined) {
    const pw = w.password === "right" ? RIGHT : WRONG;
    client.auth = { ...(client.auth ?? { mechanism: "PLAIN", user: "alice" }), passwords: [pw] };
  }
  const out: SessionScenario = { ...s, client, port: w.port ?? s.port };
  if (w.attacker === true) out.attacker = { mode: "strip-starttls" };
  if (w.attacker === false) delete out.attacker;
  return out;
}
