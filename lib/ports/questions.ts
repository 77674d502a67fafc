// The port chooser's questionnaire, as data, and its URL form.
// Rules of this module:
// - Questions are asked in array order. A question is asked only when its `when(answers)` holds, and
//   `when` may look only at questions that come before it, so one pass in order settles everything.
// - An answer to a question that does not apply is dropped. A multi-select answer is a set: order and
//   repeats carry no meaning, and the canonical order is the option order below.
// - An option marked `exclusive` ("none", "I don't know", "no TLS") cannot be combined with others;
//   when it is, the specific choices win and the exclusive one is dropped with a note.
// - Parsing a URL never throws and never echoes raw input back: unknown or malformed values are dropped
//   with a short human note, so the UI can restart at the first unanswered question.

export type Role = "submit" | "relay" | "operate";
export type DutyOption = "inbound" | "submission" | "alternate";
export type BlockOption = "25" | "465" | "587" | "none";
export type ProviderOption = "465" | "587" | "alternate" | "unknown";
export type ClientOption = "implicit-tls" | "starttls" | "legacy-ssl" | "plaintext";
export type AuthOption = "password" | "oauth2";

export interface Answers {
  readonly role?: Role;
  readonly duties?: readonly DutyOption[];
  readonly blocks?: readonly BlockOption[];
  readonly provider?: readonly ProviderOption[];
  readonly client?: readonly ClientOption[];
  readonly auth?: AuthOption;
}

export type QuestionId = keyof Answers;

export interface QuestionOption<V extends string = string> {
  readonly id: V;
  readonly label: string;
  readonly description: string;
  /** Cannot be combined with the other options of a multi-select question. */
  readonly exclusive?: boolean;
}

interface QuestionShape<Id extends QuestionId, V extends string, K extends "single" | "multi"> {
  readonly id: Id;
  readonly kind: K;
  readonly prompt: string;
  readonly help: string;
  readonly options: readonly QuestionOption<V>[];
  /** Whether the question applies, given the answers to the questions before it. */
  readonly when: (answers: Answers) => boolean;
}

export type Question =
  | QuestionShape<"role", Role, "single">
  | QuestionShape<"duties", DutyOption, "multi">
  | QuestionShape<"blocks", BlockOption, "multi">
  | QuestionShape<"provider", ProviderOption, "multi">
  | QuestionShape<"client", ClientOption, "multi">
  | QuestionShape<"auth", AuthOption, "single">;

const smarthostNeeded = (a: Answers): boolean => a.role === "relay" && (a.blocks ?? []).includes("25");

export const QUESTIONS: readonly Question[] = [
  {
    id: "role",
    kind: "single",
    prompt: "What are you setting up?",
    help:
      "Sending through your provider (submission) and delivering to other domains (relay) use different " +
      "ports on purpose: submission has its own ports with login required, relay always uses port 25.",
    options: [
      {
        id: "submit",
        label: "An app or mail client that sends through my provider",
        description:
          "Your code (Nodemailer, smtplib, PHPMailer…) or your mail program logs in to your provider's or " +
          "email service's server and hands the message over. This is message submission.",
      },
      {
        id: "relay",
        label: "A server that delivers mail to other domains",
        description:
          "Your mail server sends mail straight to the recipients' domains, to the servers named in their " +
          "MX records: server to server.",
      },
      {
        id: "operate",
        label: "A mail server I run: which ports should it listen on?",
        description:
          "You run the server others connect to: it receives mail for your domains, lets your users send, " +
          "or both.",
      },
    ],
    when: () => true,
  },
  {
    id: "duties",
    kind: "multi",
    prompt: "What should your server do?",
    help: "Each job has its own listener with its own rules. Pick every job it has.",
    options: [
      {
        id: "inbound",
        label: "Receive mail for my domains",
        description: "It is the MX for your domains: other servers deliver to it on port 25.",
      },
      {
        id: "submission",
        label: "Let my users send mail",
        description: "Your users' apps and mail programs log in and submit mail to it (465 and 587).",
      },
      {
        id: "alternate",
        label: "Also offer an extra submission port, such as 2525",
        description:
          "For users whose networks block the standard ports. No standard defines it; you document it " +
          "for your users. Choosing this also sets up submission.",
      },
    ],
    when: (a) => a.role === "operate",
  },
  {
    id: "blocks",
    kind: "multi",
    prompt: "Which outgoing ports does your network block?",
    help:
      "Home ISPs and cloud providers often block outgoing port 25; some networks block more. Your host's " +
      "documentation usually says, or try `openssl s_client -connect host:port` from the machine.",
    options: [
      { id: "25", label: "25", description: "Outgoing port 25 (server-to-server delivery) is blocked." },
      { id: "465", label: "465", description: "Outgoing port 465 is blocked." },
      { id: "587", label: "587", description: "Outgoing port 587 is blocked." },
      {
        id: "none",
        label: "None that I know of",
        description: "Nothing is blocked, or you don't know of a block.",
        exclusive: true,
      },
    ],
    when: (a) => a.role !== undefined,
  },
  {
    id: "provider",
    kind: "multi",
    prompt: "Which ports does your provider document for sending?",
    help:
      "Look in your provider's (or email service's) SMTP settings page. Pick every port it lists for " +
      "authenticated sending.",
    options: [
      {
        id: "465",
        label: "465",
        description: "Implicit TLS, often called “SSL/TLS”, “SSL” or “SMTPS”.",
      },
      { id: "587", label: "587", description: "STARTTLS, sometimes called “TLS”." },
      {
        id: "alternate",
        label: "A documented alternate port with STARTTLS, such as 2525",
        description:
          "Only if the provider's documentation lists it. If your provider uses another number (Amazon SES " +
          "documents 2587), use that number with the same settings.",
      },
      {
        id: "unknown",
        label: "I don't know",
        description: "We'll assume the two standard submission ports, 465 and 587, and say so.",
        exclusive: true,
      },
    ],
    when: (a) => a.role === "submit" || smarthostNeeded(a),
  },
  {
    id: "client",
    kind: "multi",
    prompt: "What can your app or mail client do?",
    help:
      "Look at its TLS or security setting. Pick everything it supports; we pick the safest option that " +
      "works with your provider and network.",
    options: [
      {
        id: "implicit-tls",
        label: "TLS from the first byte (implicit TLS)",
        description:
          "Often labelled “SSL/TLS”, “SSL” or `secure: true`, with TLS 1.2 or later and certificate checks.",
      },
      {
        id: "starttls",
        label: "STARTTLS that it can require",
        description:
          "It upgrades the connection with STARTTLS and stops if that fails (e.g. `requireTLS`, or a " +
          "“STARTTLS” setting rather than “STARTTLS if available”).",
      },
      {
        id: "legacy-ssl",
        label: "Only an old “use SSL” switch",
        description:
          "An older program with a single SSL checkbox and no STARTTLS, and you aren't sure which TLS " +
          "versions it speaks.",
      },
      {
        id: "plaintext",
        label: "No TLS, or STARTTLS only “if available”",
        description: "It cannot insist on encryption.",
        exclusive: true,
      },
    ],
    when: (a) => a.role === "submit",
  },
  {
    id: "auth",
    kind: "single",
    prompt: "How do you log in to your provider?",
    help: "Submission servers require a login before they accept mail.",
    options: [
      {
        id: "password",
        label: "A password",
        description: "A password, app password or API key used as the SMTP password.",
      },
      {
        id: "oauth2",
        label: "OAuth 2.0 tokens",
        description: "An access token from your provider's OAuth 2.0 sign-in.",
      },
    ],
    when: (a) => a.role === "submit" || smarthostNeeded(a),
  },
];

export function questionById(id: QuestionId): Question {
  const found = QUESTIONS.find((q) => q.id === id);
  if (found === undefined) throw new Error(`no question ${id}`);
  return found;
}

// ---------------------------------------------------------------------------------------------------
// Normalising answers

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** Removes repeats, puts options in canonical order, and settles exclusive options. */
function canonicalSet(question: Question, values: readonly string[], notes: string[]): string[] | undefined {
  const chosen = new Set(values);
  let ids = question.options.map((o) => o.id as string).filter((id) => chosen.has(id));
  const exclusive = question.options.filter((o) => o.exclusive === true).map((o) => o.id as string);
  const specific = ids.filter((id) => !exclusive.includes(id));
  if (specific.length > 0 && ids.length > specific.length) {
    for (const id of ids.filter((i) => exclusive.includes(i))) {
      const label = question.options.find((o) => o.id === id)?.label ?? id;
      notes.push(
        `“${label}” can't be combined with other choices in “${question.prompt}”, so we left it out.`,
      );
    }
    ids = specific;
  }
  // "Also offer 2525" implies submission: the alternate port is an alias of the submission listener.
  if (question.id === "duties" && ids.includes("alternate") && !ids.includes("submission")) {
    ids = question.options.map((o) => o.id as string).filter((id) => id === "submission" || ids.includes(id));
  }
  return ids.length > 0 ? ids : undefined;
}

function setAnswer(answers: Mutable<Answers>, id: QuestionId, value: string | string[]): void {
  // The values were checked against the question's options before we get here.
  (answers as Record<QuestionId, unknown>)[id] = value;
}

/**
 * Canonical form of `answers`: questions that do not apply are dropped, multi-selects are sets in option
 * order with exclusive options settled. Values that are not options are dropped too.
 * `notes` receives a human sentence for every change that is not pure reordering.
 */
export function normalizeAnswers(answers: Answers, notes: string[] = []): Answers {
  const out: Mutable<Answers> = {};
  for (const q of QUESTIONS) {
    const raw = answers[q.id] as string | readonly string[] | undefined;
    if (raw === undefined) continue;
    if (!q.when(out)) {
      notes.push(`Your answer to “${q.prompt}” doesn't apply to your other answers, so we left it out.`);
      continue;
    }
    const values = typeof raw === "string" ? [raw] : [...raw];
    const known = values.filter((v) => q.options.some((o) => o.id === v));
    if (known.length < values.length) {
      notes.push(`We ignored an answer to “${q.prompt}” that isn't one of its choices.`);
    }
    if (q.kind === "single") {
      const first = known[0];
      if (first !== undefined) setAnswer(out, q.id, first);
      continue;
    }
    const set = canonicalSet(q, known, notes);
    if (set !== undefined) setAnswer(out, q.id, set);
  }
  return out;
}

/** The first question that applies and has no answer yet, or null when the questionnaire is complete. */
export function firstUnanswered(answers: Answers): QuestionId | null {
  const a = normalizeAnswers(answers);
  for (const q of QUESTIONS) {
    if (q.when(a) && a[q.id] === undefined) return q.id;
  }
  return null;
}

/** The questions that apply to these answers, in order (answered or not): for a progress indicator. */
export function applicableQuestions(answers: Answers): Question[] {
  const a = normalizeAnswers(answers);
  return QUESTIONS.filter((q) => q.when(a));
}

// ---------------------------------------------------------------------------------------------------
// URL form: ?role=submit&blocks=25&provider=465,587&client=implicit-tls,starttls&auth=password

/** Query string (without "?") for the answers: canonical, only questions that apply, in question order. */
export function answersToQuery(answers: Answers): string {
  const a = normalizeAnswers(answers);
  const parts: string[] = [];
  for (const q of QUESTIONS) {
    const v = a[q.id];
    if (v === undefined) continue;
    // Option ids are [a-z0-9-] only, so they need no escaping; the comma is a legal query character.
    parts.push(`${q.id}=${typeof v === "string" ? v : v.join(",")}`);
  }
  return parts.join("&");
}

export type SearchParamsInput =
  | string
  | URLSearchParams
  | Readonly<Record<string, string | readonly string[] | undefined>>;

export interface ParsedAnswers {
  readonly answers: Answers;
  readonly firstUnanswered: QuestionId | null;
  /** Human notes about what was dropped; empty for a URL made by answersToQuery. */
  readonly problems: string[];
}

/** Longest single value we look at; longer ones are dropped whole (no option id comes close). */
const MAX_VALUE_LENGTH = 200;
const MAX_PROBLEMS = 8;

function valuesFor(input: SearchParamsInput, id: QuestionId): string[] {
  if (typeof input === "string" || input instanceof URLSearchParams) {
    const params = typeof input === "string" ? new URLSearchParams(input) : input;
    return params.getAll(id);
  }
  if (!Object.hasOwn(input, id)) return [];
  const v = input[id];
  if (v === undefined) return [];
  if (typeof v === "string") return [v];
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : [];
}

/**
 * Reads answers from a URL's search params (a string, URLSearchParams, or Next's searchParams record).
 * Never throws. Unknown keys are ignored silently (tracking parameters and the like); unknown or
 * malformed values of known keys are dropped with a note.
 */
export function parseAnswers(input: SearchParamsInput): ParsedAnswers {
  const problems: string[] = [];
  const raw: Mutable<Answers> = {};
  let params: SearchParamsInput = input;
  try {
    if (typeof input === "string") params = new URLSearchParams(input);
  } catch {
    params = new URLSearchParams();
  }
  for (const q of QUESTIONS) {
    let values: string[];
    try {
      values = valuesFor(params, q.id);
    } catch {
      values = [];
    }
    if (values.length === 0) continue;
    const tooLong = values.filter((v) => v.length > MAX_VALUE_LENGTH);
    if (tooLong.length > 0) problems.push(`We ignored an overlong answer to “${q.prompt}”.`);
    const items = values
      .filter((v) => v.length <= MAX_VALUE_LENGTH)
      .flatMap((v) => v.split(","))
      .map((v) => v.trim())
      .filter((v) => v !== "");
    const known = items.filter((v) => q.options.some((o) => o.id === v));
    if (known.length < items.length) {
      problems.push(`We ignored an answer to “${q.prompt}” that isn't one of its choices.`);
    }
    if (q.kind === "single") {
      const distinct = [...new Set(known)];
      if (distinct.length > 1) {
        problems.push(
          `“${q.prompt}” was answered more than once with different answers, so we'll ask again.`,
        );
        continue;
      }
      if (distinct[0] !== undefined) setAnswer(raw, q.id, distinct[0]);
    } else if (known.length > 0) {
      setAnswer(raw, q.id, known);
    }
  }
  const answers = normalizeAnswers(raw, problems);
  const unique = [...new Set(problems)];
  const shown =
    unique.length > MAX_PROBLEMS
      ? [...unique.slice(0, MAX_PROBLEMS - 1), `…and ${unique.length - MAX_PROBLEMS + 1} more problems.`]
      : unique;
  return { answers, firstUnanswered: firstUnanswered(answers), problems: shown };
}
