/**
 * Compare mode's data: which scenarios to compare (read from `?ids=a,b[,c]`, never trusted), each run
 * reduced to what a compare cell shows, and the rows from the phase alignment (align.ts).
 * Rules: pure; everything shown comes from the engine's steps (lines, reply codes, TLS state, wire sizes),
 * nothing here decides a protocol outcome. Parsing accepts any string and never throws.
 */
import type { Phase, RfcRef, SessionLog, SessionScenario, Step, TlsPolicy } from "@/lib/smtp";
import { alignRuns } from "./align";

/** The comparison shown without `ids`, and whenever the given ids cannot make one. */
export const DEFAULT_COMPARE_IDS = ["587-starttls-auth", "465-implicit-tls", "25-starttls-opportunistic"];
export const MIN_COLUMNS = 2;
export const MAX_COLUMNS = 3;

/** A step as a compare cell shows it: compact, and small enough to travel as page data. */
export type CompareStep = {
  n: number;
  phase: Phase;
  speaker: Step["speaker"];
  to: Step["to"];
  tls: boolean;
  kind: Step["kind"];
  /** SMTP text lines without the swaks prefix (empty for TLS flights, waits, connects, closes). */
  text: string[];
  /** What to show when there is no SMTP text (a TLS flight's records, a connection opened …). */
  headline: string | null;
  /** `===` notes of the client tool and the attacker, minus the connection lines. */
  notes: string[];
  /** Octets on the wire (TCP payload) for this step. */
  wireBytes: number;
  reply: { code: number; enhanced: string | null; class: 2 | 3 | 4 | 5 } | null;
  /** The attacker read a password in this step. */
  captured: { user: string; password: string } | null;
};

export type CompareColumn = {
  id: string;
  title: string;
  port: number;
  /** The client's TLS policy in words (an input of the scenario). */
  tlsMode: string;
  /** A few words to label a cell when the column headers are out of sight: "587 · STARTTLS required". */
  short: string;
  attacker: boolean;
  /** From the engine's outcome. */
  outcome: { tls: boolean; queued: boolean; authenticated: boolean; captured: boolean; aborted: boolean };
  steps: CompareStep[];
};

/** A row's cell: the first and last step numbers of that run's segment, or null for a gap. */
export type CompareCell = { first: number; last: number } | null;
export type CompareRow = { phase: Phase; cells: CompareCell[] };
export type Comparison = { ids: string[]; columns: CompareColumn[]; rows: CompareRow[] };

export const TLS_MODE: Record<TlsPolicy, string> = {
  implicit: "Implicit TLS: TLS from the first byte",
  required: "STARTTLS, required by the client",
  opportunistic: "STARTTLS if offered (opportunistic)",
  none: "No TLS: the client never asks",
  "tls-first": "Starts TLS at once on a STARTTLS port",
};

const TLS_SHORT: Record<TlsPolicy, string> = {
  implicit: "implicit TLS",
  required: "STARTTLS required",
  opportunistic: "STARTTLS if offered",
  none: "no TLS",
  "tls-first": "TLS first",
};

/** Row labels and one sentence per phase, each with its RFC. */
export const PHASE_INFO: Record<Phase, { label: string; gloss: string; rfc: RfcRef[] }> = {
  connect: {
    label: "Connect",
    gloss: "The client opens a TCP connection to the server's port.",
    rfc: [{ rfc: 5321, section: "3.1" }],
  },
  greeting: {
    label: "Greeting",
    gloss: "The server speaks first: 220 means it is ready.",
    rfc: [{ rfc: 5321, section: "3.1" }],
  },
  ehlo: {
    label: "EHLO",
    gloss: "The client introduces itself; the server lists the extensions it offers.",
    rfc: [{ rfc: 5321, section: "3.2" }],
  },
  tls: {
    label: "TLS handshake",
    gloss:
      "From here on the network sees only encrypted records and their sizes. On 465 the handshake starts with the first byte; on 587 and 25 it follows STARTTLS, and the client says EHLO again because both sides forget what they knew.",
    rfc: [
      { rfc: 8314, section: "3.3" },
      { rfc: 3207, section: "4.2" },
    ],
  },
  auth: {
    label: "AUTH",
    gloss: "The client logs in. AUTH PLAIN's base64 is an encoding, not encryption: only TLS hides it.",
    rfc: [
      { rfc: 4954, section: "4" },
      { rfc: 4616, section: "5" },
    ],
  },
  envelope: {
    label: "Envelope",
    gloss: "MAIL FROM and RCPT TO name the sender and the recipients.",
    rfc: [{ rfc: 5321, section: "3.3" }],
  },
  data: {
    label: "Data",
    gloss:
      "DATA, then the message, ending with a line holding only a dot. A 250 now means the server has taken responsibility for it.",
    rfc: [
      { rfc: 5321, section: "4.1.1.4" },
      { rfc: 5321, section: "6.1" },
    ],
  },
  quit: {
    label: "Quit",
    gloss: "QUIT: the server answers 221 and closes.",
    rfc: [{ rfc: 5321, section: "4.1.1.10" }],
  },
  wait: { label: "Wait", gloss: "Nothing travels: one side waits.", rfc: [] },
  close: { label: "Close", gloss: "The connection ends (closed, or reset).", rfc: [] },
};

function printable(s: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what we remove
  return s.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, "?");
}

function quote(raw: string): string {
  const s = printable(raw.trim());
  return `“${s.length > 40 ? `${s.slice(0, 40)}…` : s}”`;
}

export type ParsedIds = {
  ids: string[];
  /** Human-readable notes about what was dropped or replaced; empty when the value was fine. */
  notes: string[];
  /** True when the default comparison is shown instead of the requested one. */
  fallback: boolean;
};

/**
 * Reads `ids` from a query value. `resolve` maps an id to the current id of a SESSION scenario (following
 * renames), or undefined. Unknown, malformed and duplicate ids are dropped, a fourth and later ignored;
 * fewer than two left → the default comparison. Every drop is explained in `notes`.
 */
export function parseCompareIds(
  raw: string | null,
  resolve: (id: string) => string | undefined,
  defaults: readonly string[] = DEFAULT_COMPARE_IDS,
): ParsedIds {
  if (raw === null || raw.trim() === "") return { ids: [...defaults], notes: [], fallback: false };
  const notes: string[] = [];
  const ids: string[] = [];
  const tokens = raw.slice(0, 1000).split(",");
  for (const token of tokens) {
    const t = token.trim();
    if (t === "") continue;
    const id = /^[a-z0-9][a-z0-9-]{0,63}$/.test(t) ? resolve(t) : undefined;
    if (id === undefined) {
      notes.push(`There is no conversation called ${quote(t)}: left out.`);
      continue;
    }
    if (ids.includes(id)) {
      notes.push(`${quote(t)} was listed twice: shown once.`);
      continue;
    }
    if (ids.length === MAX_COLUMNS) {
      notes.push(`Compare mode shows at most ${MAX_COLUMNS} conversations: ${quote(t)} left out.`);
      continue;
    }
    ids.push(id);
  }
  if (ids.length < MIN_COLUMNS) {
    notes.push(
      `A comparison needs at least ${MIN_COLUMNS} conversations: showing the default one (ports 587, 465 and 25).`,
    );
    return { ids: [...defaults], notes, fallback: true };
  }
  return { ids, notes, fallback: false };
}

/** The `ids` query value for a list of ids. */
export function compareQuery(ids: readonly string[]): string {
  return `?ids=${ids.map(encodeURIComponent).join(",")}`;
}

function compactStep(step: Step, port: number): CompareStep {
  const text: string[] = [];
  const notes: string[] = [];
  for (const l of step.lines) {
    if (l.startsWith("===")) {
      const note = l.replace(/^===\s?/, "");
      if (!/^(Trying|Connected to) /.test(note)) notes.push(note);
    } else text.push(l.slice(4));
  }
  let headline: string | null = null;
  switch (step.kind) {
    case "Connected":
      headline = `Opens a TCP connection to port ${port}`;
      break;
    case "TlsFlight":
      headline = step.wire
        .map((w) => (w.kind === "tls" ? w.label.replace(/ \((inferred|compatibility)\)$/, "") : "data"))
        .join(" + ");
      break;
    case "ConnectionClosed":
      headline = "Closes the connection";
      break;
    case "ConnectionReset":
      headline = "Resets the connection (TCP RST)";
      break;
    case "Waited":
      headline = notes.shift() ?? "Waits";
      break;
    case "ServerReplied":
      if (text.length === 0 && step.to === "attacker")
        headline = `Reply ${step.reply?.code ?? ""} goes to the attacker, not to the client`.replace(
          "  ",
          " ",
        );
      break;
    default:
      break;
  }
  return {
    n: step.n,
    phase: step.phase,
    speaker: step.speaker,
    to: step.to,
    tls: step.tls,
    kind: step.kind,
    text,
    headline,
    notes: notes.filter((n) => !/^\[attacker\] decoded /.test(n)),
    wireBytes: step.wireBytes,
    reply: step.reply
      ? { code: step.reply.code, enhanced: step.reply.enhanced, class: step.reply.class }
      : null,
    captured: step.attacker?.captured
      ? { user: step.attacker.captured.user, password: step.attacker.captured.password }
      : null,
  };
}

export function compareColumn(
  scenario: Pick<SessionScenario, "id" | "title" | "port" | "client" | "attacker">,
  log: SessionLog,
  steps: readonly Step[],
): CompareColumn {
  const o = log.outcome;
  return {
    id: scenario.id,
    title: scenario.title,
    port: scenario.port,
    tlsMode: TLS_MODE[scenario.client.tls],
    short: `${scenario.port} · ${TLS_SHORT[scenario.client.tls]}${scenario.attacker ? " · attacker" : ""}`,
    attacker: !!scenario.attacker,
    outcome: {
      tls: o.tls,
      queued: o.queued.length > 0,
      authenticated: o.authenticated,
      captured: o.credentialsCaptured !== null,
      aborted: o.aborted,
    },
    steps: steps.map((s) => compactStep(s, scenario.port)),
  };
}

/** Aligns the columns' runs by phase (align.ts) into rows of step ranges. */
export function compareColumns(columns: CompareColumn[]): Comparison {
  const rows = alignRuns(columns.map((c) => c.steps)).map((r) => ({
    phase: r.phase,
    cells: r.cells.map((c) => {
      const first = c?.steps[0];
      const last = c?.steps[c.steps.length - 1];
      return first && last ? { first: first.n, last: last.n } : null;
    }),
  }));
  return { ids: columns.map((c) => c.id), columns, rows };
}

/**
 * Where "open in the player" should land for a column when `row` (1-based; 0 = none) is highlighted: the
 * first step of its segment in that row, else the last step it took before that row, else the start.
 */
export function playerStepFor(c: Comparison, column: number, row: number): number {
  if (row <= 0) return 0;
  const cell = c.rows[row - 1]?.cells[column];
  if (cell) return cell.first;
  for (let r = row - 2; r >= 0; r--) {
    const before = c.rows[r]?.cells[column];
    if (before) return before.last;
  }
  return 0;
}
