// Reads the connection settings back out of a generated snippet's code: port and TLS mode.
// Rules of this module:
// - It is deliberately independent of snippets.ts (its own regular expressions over the finished
//   text), so tests can check that every snippet says what its recommendation says.
// - It reports what the code does, not what it was meant to do: a Nodemailer config without
//   requireTLS reads as opportunistic, a Postfix `may` as opportunistic, an SMTP() without starttls()
//   as plaintext.
// - It also lists red flags: settings that switch certificate checks off or make TLS optional.
// - Pure: string matching only.

import type { Snippet } from "./snippets";

export type ReadTls =
  | "implicit"
  | "starttls-required"
  | "starttls-opportunistic"
  | "plaintext"
  | "tls-unspecified";

export interface ReadEndpoint {
  readonly port: number;
  readonly tls: ReadTls;
}

export interface ReadSnippet {
  readonly endpoints: readonly ReadEndpoint[];
  readonly redFlags: readonly string[];
}

const RED_FLAGS: readonly [RegExp, string][] = [
  [/rejectUnauthorized\s*:\s*false/, "Nodemailer certificate check off"],
  [/ignoreTLS\s*:\s*true/, "Nodemailer ignores STARTTLS"],
  [/opportunisticTLS/, "Nodemailer opportunistic TLS"],
  [/InsecureSkipVerify/, "Go certificate check off"],
  [/_create_unverified_context|CERT_NONE|check_hostname\s*=\s*False/, "Python certificate check off"],
  [/verify_peer(_name)?'\s*=>\s*false/, "PHP certificate check off"],
  [/SMTPAutoTLS/, "PHPMailer opportunistic STARTTLS"],
  [/mail\.smtp\.ssl\.trust/, "Jakarta Mail trusts hosts blindly"],
  [/--tls-optional/, "swaks opportunistic TLS"],
  [/smtp_sasl_tls_security_options\s*=\s*noplaintext/, "Postfix refuses PLAIN even inside TLS"],
  [/wonderland|lab-access-token/, "a test secret in the code"],
];

function num(m: RegExpMatchArray | null): number | undefined {
  const v = m?.[1];
  return v === undefined ? undefined : Number(v);
}

function one(port: number | undefined, tls: ReadTls): ReadEndpoint[] {
  return port === undefined ? [] : [{ port, tls }];
}

/** Joins shell lines continued with a trailing backslash. */
function shellCommands(code: string): string[] {
  return code
    .replace(/\\\n\s*/g, " ")
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => l !== "" && !l.startsWith("#"));
}

const READERS: Readonly<Record<Snippet["id"], (code: string) => ReadEndpoint[]>> = {
  thunderbird: (code) => {
    const sec = code.match(/Connection security:\s+(SSL\/TLS|STARTTLS|None)/)?.[1];
    const tls: ReadTls =
      sec === "SSL/TLS" ? "implicit" : sec === "STARTTLS" ? "starttls-required" : "plaintext";
    return one(num(code.match(/^Port:\s+(\d+)/m)), tls);
  },
  "apple-mail": (code) =>
    one(num(code.match(/^Port:\s+(\d+)/m)), /Use TLS\/SSL: on/.test(code) ? "tls-unspecified" : "plaintext"),
  outlook: (code) => {
    const enc = code.match(/Encrypted connection:\s+(SSL\/TLS|STARTTLS|None|Auto)/)?.[1];
    const tls: ReadTls =
      enc === "SSL/TLS" ? "implicit" : enc === "STARTTLS" ? "starttls-required" : "plaintext";
    return one(num(code.match(/Outgoing server \(SMTP\):\s+(\d+)/)), tls);
  },
  nodemailer: (code) => {
    const secure = /secure:\s*true/.test(code);
    const required = /requireTLS:\s*true/.test(code);
    return one(
      num(code.match(/\bport:\s*(\d+)/)),
      secure ? "implicit" : required ? "starttls-required" : "starttls-opportunistic",
    );
  },
  "python-smtplib": (code) => {
    const ssl = code.match(/smtplib\.SMTP_SSL\("[^"]*", (\d+)/);
    if (ssl !== null) return one(num(ssl), "implicit");
    return one(
      num(code.match(/smtplib\.SMTP\("[^"]*", (\d+)\)/)),
      /\.starttls\(/.test(code) ? "starttls-required" : "plaintext",
    );
  },
  phpmailer: (code) => {
    const tls: ReadTls = /ENCRYPTION_SMTPS/.test(code)
      ? "implicit"
      : /ENCRYPTION_STARTTLS/.test(code)
        ? "starttls-required"
        : "starttls-opportunistic";
    return one(num(code.match(/->Port = (\d+);/)), tls);
  },
  "go-net-smtp": (code) => {
    const port = num(code.match(/addr := "[^"]*:(\d+)"/));
    if (/tls\.Dial\("tcp", addr/.test(code)) return one(port, "implicit");
    const checks = /c\.Extension\("STARTTLS"\); !ok/.test(code) && /c\.StartTLS\(/.test(code);
    return one(
      port,
      checks ? "starttls-required" : /smtp\.SendMail/.test(code) ? "starttls-opportunistic" : "plaintext",
    );
  },
  "java-jakarta-mail": (code) => {
    const port = num(code.match(/"mail\.smtp\.port", "(\d+)"/));
    if (/"mail\.smtp\.ssl\.enable", "true"/.test(code)) return one(port, "implicit");
    const enable = /"mail\.smtp\.starttls\.enable", "true"/.test(code);
    const required = /"mail\.smtp\.starttls\.required", "true"/.test(code);
    return one(
      port,
      enable && required ? "starttls-required" : enable ? "starttls-opportunistic" : "plaintext",
    );
  },
  "postfix-smarthost": (code) => {
    const port = num(code.match(/^relayhost = \[[^\]]+\]:(\d+)$/m));
    const level = code.match(/^smtp_tls_security_level = (\w+)$/m)?.[1];
    const wrapper = /^smtp_tls_wrappermode = yes$/m.test(code);
    const strict = level === "encrypt" || level === "secure" || level === "verify" || level === "dane-only";
    const tls: ReadTls = !strict
      ? level === "may"
        ? "starttls-opportunistic"
        : "plaintext"
      : wrapper
        ? "implicit"
        : "starttls-required";
    return one(port, tls);
  },
  "postfix-outbound": (code) => {
    if (!/^relayhost =\s*$/m.test(code)) return [];
    const level = code.match(/^smtp_tls_security_level = (\w+)$/m)?.[1];
    // No relayhost: delivery to each MX, which has no port field, so always 25.
    return one(25, level === "may" || level === "dane" ? "starttls-opportunistic" : "plaintext");
  },
  "postfix-master-cf": (code) => {
    const out: ReadEndpoint[] = [];
    const blocks = code.split(/\n(?=\S)/);
    const ports: Readonly<Record<string, number>> = { smtp: 25, submission: 587, submissions: 465 };
    for (const block of blocks) {
      const name = block.match(/^(\S+)\s+inet\s/)?.[1];
      if (name === undefined) continue;
      const port = ports[name] ?? Number(name);
      const tls: ReadTls = /smtpd_tls_wrappermode=yes/.test(block)
        ? "implicit"
        : /smtpd_tls_security_level=encrypt/.test(block)
          ? "starttls-required"
          : "starttls-opportunistic";
      out.push({ port, tls });
    }
    return out;
  },
  "postfix-main-cf": () => [],
  "dns-checks": () => [],
  swaks: (code) =>
    shellCommands(code).flatMap((cmd) => {
      const port = num(cmd.match(/--port (\d+)/));
      const tls: ReadTls = /--tls-on-connect\b/.test(cmd)
        ? "implicit"
        : /--tls(?=\s|$)/.test(cmd)
          ? "starttls-required"
          : /--tls-optional/.test(cmd)
            ? "starttls-opportunistic"
            : "plaintext";
      return one(port, tls);
    }),
  openssl: (code) =>
    shellCommands(code).flatMap((cmd) =>
      one(
        num(cmd.match(/-connect \S+:(\d+)/)),
        /-starttls smtp\b/.test(cmd) ? "starttls-required" : "implicit",
      ),
    ),
};

export function readSnippet(snippet: Snippet): ReadSnippet {
  const redFlags = RED_FLAGS.filter(([re]) => re.test(snippet.code)).map(([, what]) => what);
  return { endpoints: READERS[snippet.id](snippet.code), redFlags };
}
