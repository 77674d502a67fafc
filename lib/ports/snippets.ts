// Settings snippets for a port-chooser recommendation: mail apps, libraries, Postfix, test commands.
// Rules of this module:
// - A snippet is correct for the recommendation it was made from: its port and TLS flags are the
//   recommendation's (tests parse them back out of the code). Implicit TLS and required STARTTLS are
//   the only TLS modes a submission snippet ever sets up; certificate checks are never switched off.
// - Secrets never appear in code: passwords and tokens come from environment variables (SECRET_ENV).
// - Values that end up inside code (host, user, addresses, CA file) are checked against a strict
//   character set; anything else is replaced by the example.test placeholder with a note, so no input
//   can break out of a string literal.
// - Where we are not sure of an application's current label, the snippet names the setting plainly
//   and says so in a note. Protocol claims in comments and notes cite RFCs (facts sheet).
// - Pure string building: no I/O, clock or randomness.

import type { Recommendation } from "./choose-port";

export type SnippetLang = "js" | "python" | "php" | "go" | "java" | "ini" | "sh" | "text";

export type SnippetId =
  | "thunderbird"
  | "apple-mail"
  | "outlook"
  | "nodemailer"
  | "python-smtplib"
  | "phpmailer"
  | "go-net-smtp"
  | "java-jakarta-mail"
  | "postfix-smarthost"
  | "postfix-outbound"
  | "postfix-master-cf"
  | "postfix-main-cf"
  | "swaks"
  | "openssl"
  | "dns-checks";

export interface Snippet {
  readonly id: SnippetId;
  readonly title: string;
  /** A shiki language id, for highlighting at build time. */
  readonly lang: SnippetLang;
  readonly code: string;
  readonly notes: readonly string[];
}

export interface SnippetOptions {
  /** The server to connect to. Default: smtp.example.test (mx.example.test, mail.example.test by role). */
  readonly host?: string;
  /** The login name. Default: alice@example.test. */
  readonly user?: string;
  readonly from?: string;
  readonly to?: string;
  /** Override the port in the code (tests run servers on random ports). Default: the recommendation's. */
  readonly port?: number;
  /**
   * A PEM file with the CA to trust for the server certificate, e.g. a private CA or a test's
   * self-signed certificate. Default: the system's trusted CAs. Verification always stays on.
   */
  readonly caFile?: string;
}

/** Environment variables the snippets read secrets from. */
export const SECRET_ENV = { password: "SMTP_PASSWORD", token: "SMTP_ACCESS_TOKEN" } as const;

/** The test message every sending snippet sends. */
export const SNIPPET_MESSAGE = {
  subject: "Test from SMTP Lab",
  body: "Hello from SMTP Lab: this message was submitted over TLS, after AUTH.",
} as const;

const HOST_RE = /^[A-Za-z0-9](?:[A-Za-z0-9.-]{0,251}[A-Za-z0-9])?$|^\d{1,3}(?:\.\d{1,3}){3}$/;
const ADDRESS_RE = /^[A-Za-z0-9._%+-]{1,64}(?:@[A-Za-z0-9.-]{1,253})?$/;
const PATH_RE = /^\/?[A-Za-z0-9._-]+(?:\/[A-Za-z0-9._-]+)*$/;

type SubmissionTls = "implicit" | "starttls-required";

interface Ctx {
  readonly host: string;
  readonly port: number;
  readonly tls: SubmissionTls;
  readonly user: string;
  readonly from: string;
  readonly to: string;
  readonly caFile: string | undefined;
  readonly oauth: boolean;
  /** Notes about replaced inputs, added to every snippet. */
  readonly inputNotes: readonly string[];
}

function pick(
  value: string | undefined,
  re: RegExp,
  fallback: string,
  what: string,
  notes: string[],
): string {
  if (value === undefined || value === "") return fallback;
  if (value.length <= 254 && re.test(value)) return value;
  notes.push(
    `The ${what} you gave has characters we can't put into code safely, so the snippets use ${fallback}.`,
  );
  return fallback;
}

function context(rec: Recommendation, o: SnippetOptions, defaultHost: string): Ctx {
  const notes: string[] = [];
  const host = pick(o.host, HOST_RE, defaultHost, "server name", notes);
  const user = pick(o.user, ADDRESS_RE, "alice@example.test", "user name", notes);
  const from = pick(o.from, ADDRESS_RE, user.includes("@") ? user : "alice@example.test", "sender", notes);
  const to = pick(o.to, ADDRESS_RE, "bob@example.test", "recipient", notes);
  const caFile =
    o.caFile === undefined ? undefined : pick(o.caFile, PATH_RE, "", "CA file path", notes) || undefined;
  let port: number = rec.port;
  if (o.port !== undefined) {
    if (Number.isInteger(o.port) && o.port >= 1 && o.port <= 65535) port = o.port;
    else notes.push(`The port you gave isn't a TCP port number, so the snippets use ${rec.port}.`);
  }
  const tls: SubmissionTls = rec.tlsMode === "implicit" ? "implicit" : "starttls-required";
  return { host, port, tls, user, from, to, caFile, oauth: rec.auth?.method === "oauth2", inputNotes: notes };
}

const q = (s: string): string => JSON.stringify(s); // double-quoted literal (JS, Go, Java, Python)
const sq = (s: string): string => `'${s}'`; // single-quoted PHP literal; inputs are [A-Za-z0-9._%+@/-] only

function snippet(c: Ctx, s: Omit<Snippet, "notes"> & { notes: string[] }): Snippet {
  return { ...s, notes: [...s.notes, ...c.inputNotes] };
}

// ---------------------------------------------------------------------------------------------------
// Mail apps: the fields and the names the apps use.

const TLS_WORDS: Readonly<Record<SubmissionTls, { thunderbird: string; outlook: string }>> = {
  implicit: { thunderbird: "SSL/TLS", outlook: "SSL/TLS" },
  "starttls-required": { thunderbird: "STARTTLS", outlook: "STARTTLS" },
};

function thunderbird(c: Ctx): Snippet {
  return snippet(c, {
    id: "thunderbird",
    title: "Thunderbird",
    lang: "text",
    code: [
      "Account Settings → Outgoing Server (SMTP) → Edit…",
      "",
      `Server Name:            ${c.host}`,
      `Port:                   ${c.port}`,
      `Connection security:    ${TLS_WORDS[c.tls].thunderbird}`,
      `Authentication method:  ${c.oauth ? "OAuth2" : "Normal password"}`,
      `User Name:              ${c.user}`,
    ].join("\n"),
    notes: [
      c.tls === "implicit"
        ? "“SSL/TLS” is Thunderbird's name for implicit TLS: TLS from the first byte (RFC 8314 §3.3)."
        : "Thunderbird's “STARTTLS” setting requires STARTTLS: Thunderbird's own test suite checks that sending is aborted when the server doesn't offer it (RFC 3207 §6).",
      c.oauth
        ? "OAuth2 in Thunderbird works with providers it knows how to sign in to; it opens the provider's sign-in page."
        : "“Normal password” sends the password inside the TLS connection set up above; never pick “None” for Connection security (RFC 4616 §5).",
      "Labels as in current Thunderbird versions as far as we know; older versions may word them differently.",
    ],
  });
}

function appleMail(c: Ctx): Snippet {
  return snippet(c, {
    id: "apple-mail",
    title: "Apple Mail (Mac)",
    lang: "text",
    code: [
      "Mail → Settings (Preferences) → Accounts → Server Settings → Outgoing Mail Server (SMTP)",
      "",
      `User Name:   ${c.user}`,
      `Password:    ${c.oauth ? "(signed in through your provider)" : "your password"}`,
      `Host Name:   ${c.host}`,
      "Automatically manage connection settings:  off",
      `Port:        ${c.port}`,
      "Use TLS/SSL: on",
      `Authentication: ${c.oauth ? "as set up by the provider's sign-in" : "Password"}`,
      "Advanced → Allow insecure authentication: off",
    ].join("\n"),
    notes: [
      "Apple says that with “Automatically manage connection settings” on, Mail may try other ports and try with or without TLS when it can't connect (Apple support, a vendor page): turn it off so your settings hold.",
      `Apple Mail has one TLS switch and, as far as we know, picks implicit TLS or STARTTLS itself; we could not check how. Make sure it connects to port ${c.port} and fails rather than sending without TLS.`,
      "Field names follow Apple's Mail user guide; they vary between macOS versions.",
      ...(c.oauth
        ? [
            "We don't know of a generic OAuth 2.0 setting in Apple Mail; OAuth works for accounts added through the provider's own sign-in.",
          ]
        : []),
    ],
  });
}

function outlook(c: Ctx): Snippet {
  return snippet(c, {
    id: "outlook",
    title: "Outlook (classic, Windows)",
    lang: "text",
    code: [
      "File → Account Settings → Account Settings → (account) → Change → More Settings",
      "",
      "Outgoing Server tab:",
      "  My outgoing server (SMTP) requires authentication:  on",
      "Advanced tab:",
      `  Outgoing server (SMTP):  ${c.port}`,
      `  Encrypted connection:    ${TLS_WORDS[c.tls].outlook}`,
      "",
      `Server settings: Outgoing mail server (SMTP) = ${c.host}, User Name = ${c.user}`,
    ].join("\n"),
    notes: [
      `We are not sure of the exact label of the encryption setting in current Outlook versions: it is the drop-down for the outgoing server's encrypted connection type. Recent versions offer ${
        c.tls === "implicit" ? "“SSL/TLS” (implicit TLS)" : "“STARTTLS”"
      }; older ones said “SSL” for implicit TLS and “TLS” for STARTTLS.`,
      "Pick the explicit setting, not “Auto” or “None”: we could not verify what “Auto” does when TLS fails.",
      "The new Outlook for Windows and Outlook for Mac lay these settings out differently; look for the same three things: port, encryption type, authentication.",
      ...(c.oauth
        ? [
            "Outlook uses OAuth 2.0 (“modern authentication”) for providers it knows, through their sign-in page; there is no field for a token.",
          ]
        : []),
    ],
  });
}

// ---------------------------------------------------------------------------------------------------
// Libraries

function nodemailerSnippet(c: Ctx): Snippet {
  const implicit = c.tls === "implicit";
  const lines: string[] = ['import nodemailer from "nodemailer";'];
  if (c.caFile !== undefined) lines.push('import { readFileSync } from "node:fs";');
  lines.push(
    "",
    "const transporter = nodemailer.createTransport({",
    `  host: ${q(c.host)},`,
    `  port: ${c.port},`,
  );
  if (implicit) {
    lines.push("  secure: true, // implicit TLS: the TLS handshake comes first (RFC 8314 §3.3)");
  } else {
    lines.push(
      "  secure: false, // plaintext greeting, then STARTTLS",
      "  requireTLS: true, // stop if STARTTLS fails or isn't offered: never go on in cleartext (RFC 3207 §6)",
    );
  }
  if (c.oauth) {
    lines.push(
      "  auth: {",
      '    type: "OAuth2", // Nodemailer sends the token with XOAUTH2',
      `    user: ${q(c.user)},`,
      `    accessToken: process.env.${SECRET_ENV.token},`,
      "  },",
    );
  } else {
    lines.push(
      "  auth: {",
      `    user: ${q(c.user)},`,
      `    pass: process.env.${SECRET_ENV.password},`,
      "  },",
    );
  }
  lines.push("  tls: {", '    minVersion: "TLSv1.2", // RFC 8997');
  if (c.caFile !== undefined) {
    lines.push(`    ca: [readFileSync(${q(c.caFile)})], // trust this CA (instead of the system list)`);
  }
  lines.push(
    "  },",
    "});",
    "",
    "const info = await transporter.sendMail({",
    `  from: ${q(c.from)},`,
    `  to: ${q(c.to)},`,
    `  subject: ${q(SNIPPET_MESSAGE.subject)},`,
    `  text: ${q(SNIPPET_MESSAGE.body)},`,
    "});",
    'console.log("Accepted:", info.response);',
  );
  return snippet(c, {
    id: "nodemailer",
    title: "Node.js: Nodemailer",
    lang: "js",
    code: lines.join("\n"),
    notes: [
      implicit
        ? "`secure: true` is right for 465: TLS starts on connect. Don't also set `requireTLS` or `ignoreTLS`; they are about STARTTLS."
        : "`secure: false` does not mean “insecure” here: with `requireTLS: true` Nodemailer sends STARTTLS and fails if the server doesn't take it, so nothing leaves in cleartext.",
      "Certificates are checked by default; never set `tls.rejectUnauthorized: false` (RFC 8314 §5.2).",
      c.oauth
        ? "Nodemailer's built-in OAuth 2.0 support uses XOAUTH2 (provider-specific, not RFC 7628); it can also fetch and refresh tokens for you, see its OAuth2 documentation."
        : `The password comes from the ${SECRET_ENV.password} environment variable, not from the code.`,
      "Save as send.mjs (ES module, top-level await) and run `node send.mjs`.",
    ],
  });
}

function pythonSnippet(c: Ctx): Snippet {
  const implicit = c.tls === "implicit";
  const ctxLine =
    c.caFile === undefined
      ? "ssl.create_default_context()"
      : `ssl.create_default_context(cafile=${q(c.caFile)})`;
  const lines: string[] = [
    "import os",
    "import smtplib",
    "import ssl",
    "from email.message import EmailMessage",
    "",
    "msg = EmailMessage()",
    `msg["From"] = ${q(c.from)}`,
    `msg["To"] = ${q(c.to)}`,
    `msg["Subject"] = ${q(SNIPPET_MESSAGE.subject)}`,
    `msg.set_content(${q(SNIPPET_MESSAGE.body)})`,
    "",
    "# Checks the server certificate and host name (RFC 8314 §5.2).",
    `context = ${ctxLine}`,
    "context.minimum_version = ssl.TLSVersion.TLSv1_2  # RFC 8997",
    "",
  ];
  if (c.oauth) {
    lines.push(
      "",
      "def oauthbearer(challenge=None):",
      "    # OAUTHBEARER (RFC 7628). After an error challenge, a lone 0x01 ends the exchange.",
      "    if challenge:",
      '        return "\\x01"',
      `    token = os.environ[${q(SECRET_ENV.token)}]`,
      `    return "n,a=" + ${q(c.user)} + ",\\x01auth=Bearer " + token + "\\x01\\x01"`,
      "",
      "",
    );
  }
  if (implicit) {
    lines.push(
      "# Implicit TLS: TLS from the first byte (RFC 8314 §3.3).",
      `with smtplib.SMTP_SSL(${q(c.host)}, ${c.port}, context=context) as smtp:`,
    );
  } else {
    lines.push(
      `with smtplib.SMTP(${q(c.host)}, ${c.port}) as smtp:`,
      "    # Raises SMTPNotSupportedError if the server doesn't offer STARTTLS: nothing is sent in cleartext.",
      "    smtp.starttls(context=context)",
    );
  }
  if (c.oauth) {
    lines.push("    smtp.ehlo()", '    smtp.auth("OAUTHBEARER", oauthbearer)');
  } else {
    lines.push(`    smtp.login(${q(c.user)}, os.environ[${q(SECRET_ENV.password)}])`);
  }
  lines.push("    smtp.send_message(msg)", 'print("Accepted")');
  return snippet(c, {
    id: "python-smtplib",
    title: "Python: smtplib",
    lang: "python",
    code: lines.join("\n"),
    notes: [
      implicit
        ? "`SMTP_SSL` is implicit TLS, right for 465."
        : "`SMTP` + `starttls()` is right for 587 and 2525; call `starttls()` before `login()`.",
      "Always pass `context=` from `ssl.create_default_context()`: without it, smtplib's SMTP_SSL and starttls() don't check the certificate at all (Python 3.11, which we tested).",
      c.oauth
        ? "smtplib has no OAuth helper; `smtp.auth()` with the function above sends OAUTHBEARER. If your provider only accepts XOAUTH2 (provider-specific), use the format its documentation gives."
        : `The password comes from the ${SECRET_ENV.password} environment variable.`,
    ],
  });
}

function phpmailerSnippet(c: Ctx): Snippet {
  const implicit = c.tls === "implicit";
  const lines: string[] = ["<?php", "use PHPMailer\\PHPMailer\\PHPMailer;"];
  if (c.oauth)
    lines.push("use PHPMailer\\PHPMailer\\OAuth;", "use League\\OAuth2\\Client\\Provider\\GenericProvider;");
  lines.push(
    "",
    "require 'vendor/autoload.php';",
    "",
    "$mail = new PHPMailer(true); // throw an exception on any failure",
    "$mail->isSMTP();",
    `$mail->Host = ${sq(c.host)};`,
    `$mail->Port = ${c.port};`,
    implicit
      ? "$mail->SMTPSecure = PHPMailer::ENCRYPTION_SMTPS; // implicit TLS (RFC 8314 §3.3)"
      : "$mail->SMTPSecure = PHPMailer::ENCRYPTION_STARTTLS; // STARTTLS; sending stops if it fails",
    "$mail->SMTPAuth = true;",
  );
  if (c.oauth) {
    lines.push(
      "$mail->AuthType = 'XOAUTH2';",
      "$provider = new GenericProvider([ // or your provider's league/oauth2-client package",
      "    'clientId' => getenv('OAUTH_CLIENT_ID'),",
      "    'clientSecret' => getenv('OAUTH_CLIENT_SECRET'),",
      "    'urlAuthorize' => 'https://auth.example.test/authorize',",
      "    'urlAccessToken' => 'https://auth.example.test/token',",
      "    'urlResourceOwnerDetails' => '',",
      "]);",
      "$mail->setOAuth(new OAuth([",
      "    'provider' => $provider,",
      `    'userName' => ${sq(c.user)},`,
      "    'clientId' => getenv('OAUTH_CLIENT_ID'),",
      "    'clientSecret' => getenv('OAUTH_CLIENT_SECRET'),",
      "    'refreshToken' => getenv('OAUTH_REFRESH_TOKEN'),",
      "]));",
    );
  } else {
    lines.push(`$mail->Username = ${sq(c.user)};`, `$mail->Password = getenv('${SECRET_ENV.password}');`);
  }
  if (c.caFile !== undefined) {
    lines.push(`$mail->SMTPOptions = ['ssl' => ['cafile' => ${sq(c.caFile)}]]; // trust this CA`);
  }
  lines.push(
    `$mail->setFrom(${sq(c.from)});`,
    `$mail->addAddress(${sq(c.to)});`,
    `$mail->Subject = ${sq(SNIPPET_MESSAGE.subject)};`,
    `$mail->Body = ${sq(SNIPPET_MESSAGE.body)};`,
    "$mail->send();",
    'echo "Accepted\\n";',
  );
  return snippet(c, {
    id: "phpmailer",
    title: "PHP: PHPMailer",
    lang: "php",
    code: lines.join("\n"),
    notes: [
      implicit
        ? "`ENCRYPTION_SMTPS` (the value 'ssl') is implicit TLS, right for 465."
        : "`ENCRYPTION_STARTTLS` (the value 'tls') makes PHPMailer send STARTTLS and give up if it fails. Leaving SMTPSecure empty would only use STARTTLS when offered (SMTPAutoTLS): opportunistic, so don't.",
      "PHP checks certificates by default; don't set `verify_peer` to false in SMTPOptions.",
      c.oauth
        ? "PHPMailer's OAuth support sends XOAUTH2 (provider-specific, not RFC 7628) and needs league/oauth2-client."
        : `The password comes from the ${SECRET_ENV.password} environment variable.`,
    ],
  });
}

function goSnippet(c: Ctx): Snippet {
  const implicit = c.tls === "implicit";
  const imports = ["crypto/tls"];
  if (c.caFile !== undefined) imports.push("crypto/x509");
  if (c.oauth) imports.push("errors");
  imports.push("log", "net/smtp", "os");
  const lines: string[] = ["package main", "", "import (", ...imports.map((i) => `\t${q(i)}`), ")", ""];
  if (c.oauth) {
    lines.push(
      "// oauthBearer is the OAUTHBEARER SASL mechanism (RFC 7628); net/smtp has no OAuth of its own.",
      "type oauthBearer struct{ user, token string }",
      "",
      "func (a oauthBearer) Start(server *smtp.ServerInfo) (string, []byte, error) {",
      "\tif !server.TLS {",
      '\t\treturn "", nil, errors.New("refusing to send a bearer token without TLS")',
      "\t}",
      '\treturn "OAUTHBEARER", []byte("n,a=" + a.user + ",\\x01auth=Bearer " + a.token + "\\x01\\x01"), nil',
      "}",
      "",
      "func (a oauthBearer) Next(fromServer []byte, more bool) ([]byte, error) {",
      "\tif more {",
      '\t\treturn []byte("\\x01"), nil // after an error challenge, a lone 0x01 ends the exchange',
      "\t}",
      "\treturn nil, nil",
      "}",
      "",
    );
  }
  lines.push("func main() {", `\thost := ${q(c.host)}`, `\taddr := ${q(`${c.host}:${c.port}`)}`);
  if (c.caFile !== undefined) {
    lines.push(
      `\tpem, err := os.ReadFile(${q(c.caFile)})`,
      "\tif err != nil {",
      "\t\tlog.Fatal(err)",
      "\t}",
      "\tpool := x509.NewCertPool()",
      "\tif !pool.AppendCertsFromPEM(pem) {",
      '\t\tlog.Fatal("no certificate in the CA file")',
      "\t}",
      "\ttlsConfig := &tls.Config{ServerName: host, MinVersion: tls.VersionTLS12, RootCAs: pool}",
    );
  } else {
    lines.push("\ttlsConfig := &tls.Config{ServerName: host, MinVersion: tls.VersionTLS12}");
  }
  lines.push("");
  if (implicit) {
    lines.push(
      "\t// Implicit TLS: the TLS handshake first, then SMTP inside it (RFC 8314 §3.3).",
      '\tconn, err := tls.Dial("tcp", addr, tlsConfig)',
      "\tif err != nil {",
      "\t\tlog.Fatal(err)",
      "\t}",
      "\tc, err := smtp.NewClient(conn, host)",
      "\tif err != nil {",
      "\t\tlog.Fatal(err)",
      "\t}",
    );
  } else {
    lines.push(
      "\tc, err := smtp.Dial(addr)",
      "\tif err != nil {",
      "\t\tlog.Fatal(err)",
      "\t}",
      "\t// Require STARTTLS: stop if the server doesn't offer it (RFC 3207 §6).",
      '\tif ok, _ := c.Extension("STARTTLS"); !ok {',
      '\t\tlog.Fatal("server does not offer STARTTLS; refusing to continue in cleartext")',
      "\t}",
      "\tif err := c.StartTLS(tlsConfig); err != nil {",
      "\t\tlog.Fatal(err)",
      "\t}",
    );
  }
  lines.push("\tdefer c.Close()", "");
  if (c.oauth) {
    lines.push(`\tauth := oauthBearer{user: ${q(c.user)}, token: os.Getenv(${q(SECRET_ENV.token)})}`);
  } else {
    lines.push(
      "\t// PlainAuth refuses to send the password over a connection without TLS (except to localhost).",
      `\tauth := smtp.PlainAuth("", ${q(c.user)}, os.Getenv(${q(SECRET_ENV.password)}), host)`,
    );
  }
  const message = `From: ${c.from}\\r\\nTo: ${c.to}\\r\\nSubject: ${SNIPPET_MESSAGE.subject}\\r\\n\\r\\n${SNIPPET_MESSAGE.body}\\r\\n`;
  lines.push(
    "\tif err := c.Auth(auth); err != nil {",
    "\t\tlog.Fatal(err)",
    "\t}",
    `\tif err := c.Mail(${q(c.from)}); err != nil {`,
    "\t\tlog.Fatal(err)",
    "\t}",
    `\tif err := c.Rcpt(${q(c.to)}); err != nil {`,
    "\t\tlog.Fatal(err)",
    "\t}",
    "\tw, err := c.Data()",
    "\tif err != nil {",
    "\t\tlog.Fatal(err)",
    "\t}",
    `\tif _, err := w.Write([]byte("${message}")); err != nil {`,
    "\t\tlog.Fatal(err)",
    "\t}",
    "\tif err := w.Close(); err != nil {",
    "\t\tlog.Fatal(err)",
    "\t}",
    "\tif err := c.Quit(); err != nil {",
    "\t\tlog.Fatal(err)",
    "\t}",
    '\tlog.Print("Accepted")',
    "}",
  );
  return snippet(c, {
    id: "go-net-smtp",
    title: "Go: net/smtp",
    lang: "go",
    code: lines.join("\n"),
    notes: [
      implicit
        ? "For 465, dial TLS yourself (`tls.Dial`) and hand the connection to `smtp.NewClient`: `smtp.Dial` and `smtp.SendMail` speak plaintext first."
        : "Don't use `smtp.SendMail` here: it uses STARTTLS only if the server offers it. This code checks for STARTTLS itself, and `c.StartTLS` also returns an error if the server refuses the command.",
      "`tls.Config` checks the certificate against ServerName by default; never set InsecureSkipVerify.",
      "The net/smtp package is frozen; it works, but third-party packages have more features.",
    ],
  });
}

function javaSnippet(c: Ctx): Snippet {
  const implicit = c.tls === "implicit";
  const props: string[] = [
    `props.put("mail.smtp.host", ${q(c.host)});`,
    `props.put("mail.smtp.port", "${c.port}");`,
  ];
  if (implicit) {
    props.push(
      "// Implicit TLS: TLS from the first byte (RFC 8314 §3.3)",
      'props.put("mail.smtp.ssl.enable", "true");',
    );
  } else {
    props.push(
      "// STARTTLS, and fail if it isn't available (RFC 3207 §6)",
      'props.put("mail.smtp.starttls.enable", "true");',
      'props.put("mail.smtp.starttls.required", "true");',
    );
  }
  props.push(
    'props.put("mail.smtp.ssl.checkserveridentity", "true");',
    'props.put("mail.smtp.ssl.protocols", "TLSv1.3 TLSv1.2");',
    'props.put("mail.smtp.auth", "true");',
  );
  if (c.oauth) props.push('props.put("mail.smtp.auth.mechanisms", "XOAUTH2"); // the token is the password');
  const secret = c.oauth ? SECRET_ENV.token : SECRET_ENV.password;
  const code = [
    "import jakarta.mail.Message;",
    "import jakarta.mail.MessagingException;",
    "import jakarta.mail.Session;",
    "import jakarta.mail.Transport;",
    "import jakarta.mail.internet.InternetAddress;",
    "import jakarta.mail.internet.MimeMessage;",
    "import java.util.Properties;",
    "",
    "public class SendTest {",
    "    public static void main(String[] args) throws MessagingException {",
    "        Properties props = new Properties();",
    ...props.map((p) => `        ${p}`),
    "",
    "        Session session = Session.getInstance(props);",
    "        MimeMessage msg = new MimeMessage(session);",
    `        msg.setFrom(new InternetAddress(${q(c.from)}));`,
    `        msg.setRecipients(Message.RecipientType.TO, ${q(c.to)});`,
    `        msg.setSubject(${q(SNIPPET_MESSAGE.subject)});`,
    `        msg.setText(${q(SNIPPET_MESSAGE.body)});`,
    `        Transport.send(msg, ${q(c.user)}, System.getenv(${q(secret)}));`,
    '        System.out.println("Accepted");',
    "    }",
    "}",
  ].join("\n");
  return snippet(c, {
    id: "java-jakarta-mail",
    title: "Java: Jakarta Mail",
    lang: "java",
    code,
    notes: [
      implicit
        ? "`mail.smtp.ssl.enable` is implicit TLS, right for 465."
        : "`mail.smtp.starttls.enable` alone is opportunistic; `mail.smtp.starttls.required` makes it fail instead of sending in cleartext.",
      "Set `mail.smtp.ssl.checkserveridentity` explicitly: how host names are checked has changed between Jakarta Mail implementations and versions. Never set `mail.smtp.ssl.trust` to `*`.",
      "Connect by host name, not IP address: in our test, Jakarta Mail 2.0.0 could not verify a server given as an IP address even though its certificate listed that address.",
      ...(c.oauth
        ? ["Jakarta Mail's built-in OAuth 2.0 support is the XOAUTH2 mechanism (provider-specific)."]
        : []),
      ...(c.caFile !== undefined
        ? [
            `Java reads CAs from a trust store, not a PEM file: import ${c.caFile} with \`keytool -importcert\` and run with -Djavax.net.ssl.trustStore=…`,
          ]
        : []),
    ],
  });
}

// ---------------------------------------------------------------------------------------------------
// Postfix

function postfixSmarthost(c: Ctx): Snippet {
  const implicit = c.tls === "implicit";
  const lines: string[] = [
    "# /etc/postfix/main.cf: send all outgoing mail through the smarthost",
    `relayhost = [${c.host}]:${c.port}`,
  ];
  if (implicit) {
    lines.push("# Implicit TLS: TLS from the first byte (RFC 8314 §3.3)", "smtp_tls_wrappermode = yes");
  } else {
    lines.push("# STARTTLS, no implicit TLS", "smtp_tls_wrappermode = no");
  }
  lines.push(
    "# TLS required and the certificate must match the host name (RFC 4954 §14)",
    "smtp_tls_security_level = secure",
    "smtp_tls_mandatory_protocols = >=TLSv1.2",
    `smtp_tls_CAfile = ${c.caFile ?? "/etc/ssl/certs/ca-certificates.crt"}`,
    "smtp_tls_loglevel = 1",
  );
  if (c.oauth) {
    lines.push(
      "# OAuth 2.0: Postfix's SASL client needs a SASL plugin that implements it;",
      "# configure it as that plugin's documentation says.",
      "smtp_sasl_auth_enable = yes",
    );
  } else {
    lines.push(
      "# AUTH with the password stored in /etc/postfix/sasl_passwd",
      "smtp_sasl_auth_enable = yes",
      "smtp_sasl_password_maps = hash:/etc/postfix/sasl_passwd",
      "# without TLS: no plaintext mechanisms; with TLS: PLAIN/LOGIN allowed",
      "smtp_sasl_security_options = noplaintext, noanonymous",
      "smtp_sasl_tls_security_options = noanonymous",
      "",
      "# /etc/postfix/sasl_passwd (then: chmod 600 it, and run postmap /etc/postfix/sasl_passwd)",
      `# [${c.host}]:${c.port} ${c.user}:YOUR-PASSWORD`,
    );
  }
  return snippet(c, {
    id: "postfix-smarthost",
    title: "Postfix: relay through the smarthost",
    lang: "ini",
    code: lines.join("\n"),
    notes: [
      "The square brackets in relayhost stop Postfix from looking up MX records for the smarthost's name.",
      "`secure` is stricter than `encrypt`: `encrypt` requires TLS but does not check the certificate, and a password should only go to a verified server (RFC 4954 §14).",
      implicit
        ? "`smtp_tls_wrappermode = yes` is what makes Postfix speak implicit TLS to port 465."
        : "With `secure`, Postfix refuses to deliver if STARTTLS is missing or fails, so it never sends AUTH in cleartext.",
      "main.cf only treats # at the start of a line as a comment.",
      "The CA file path is Debian/Ubuntu's; other systems keep the bundle elsewhere.",
    ],
  });
}

// ---------------------------------------------------------------------------------------------------
// Test commands

function swaksSubmission(c: Ctx): Snippet {
  const tlsFlag = c.tls === "implicit" ? "--tls-on-connect" : "--tls";
  const ca = c.caFile !== undefined ? ` --tls-ca-path ${c.caFile}` : "";
  const code = c.oauth
    ? `swaks --server ${c.host} --port ${c.port} ${tlsFlag} --tls-verify${ca} --quit-after TLS`
    : [
        `swaks --server ${c.host} --port ${c.port} ${tlsFlag} --tls-verify${ca} \\`,
        `  --auth PLAIN --auth-user ${c.user} \\`,
        `  --from ${c.from} --to ${c.to}`,
      ].join("\n");
  return snippet(c, {
    id: "swaks",
    title: "Test with swaks",
    lang: "sh",
    code,
    notes: [
      c.tls === "implicit"
        ? "`--tls-on-connect` is implicit TLS (465); `--tls` would send STARTTLS instead."
        : "`--tls` requires STARTTLS and exits if it isn't offered; `--tls-optional` would be opportunistic.",
      "swaks doesn't check the certificate unless you add `--tls-verify`.",
      c.oauth
        ? "swaks (as of version 20201014) has no OAuth 2.0 mechanism, so this only tests the TLS part."
        : "swaks asks for the password; the transcript shows `~>` for lines sent inside TLS.",
    ],
  });
}

function opensslSubmission(c: Ctx): Snippet {
  const ca = c.caFile !== undefined ? ` -CAfile ${c.caFile}` : "";
  const start = c.tls === "implicit" ? "" : "-starttls smtp ";
  return snippet(c, {
    id: "openssl",
    title: "Look at the TLS connection with openssl",
    lang: "sh",
    code: `openssl s_client ${start}-connect ${c.host}:${c.port} -crlf -verify_return_error -verify_hostname ${c.host}${ca}`,
    notes: [
      c.tls === "implicit"
        ? "No -starttls: on 465 the handshake happens first; the 220 greeting arrives inside TLS."
        : "-starttls smtp reads the plaintext greeting, sends EHLO and STARTTLS, then starts TLS.",
      "-crlf turns Enter into CRLF, the only line ending SMTP accepts (RFC 5321 §2.3.8). Then type `ehlo client.example.test` and look for AUTH in the reply.",
      "In interactive mode s_client treats a line starting with Q or R as its own command (quit, renegotiate): type SMTP commands in lower case, e.g. `rcpt to:<bob@example.test>`.",
    ],
  });
}

// ---------------------------------------------------------------------------------------------------
// Server-to-server relay (target "mx")

function postfixOutbound(rec: Recommendation, c: Ctx): Snippet {
  return snippet(c, {
    id: "postfix-outbound",
    title: "Postfix: delivering to other domains",
    lang: "ini",
    code: [
      "# /etc/postfix/main.cf: deliver straight to each domain's MX on port 25",
      "relayhost =",
      "# Opportunistic STARTTLS: use TLS whenever the MX offers it (RFC 3207)",
      "smtp_tls_security_level = may",
      "smtp_tls_loglevel = 1",
      "",
      "# Better, with a DNSSEC-validating resolver: DANE (RFC 7672) makes TLS required",
      "# and authenticated for MX hosts that publish TLSA records, opportunistic elsewhere.",
      "# smtp_dns_support_level = dnssec",
      "# smtp_tls_security_level = dane",
    ].join("\n"),
    notes: [
      `Delivery uses port ${rec.port}, because MX records carry no port (RFC 8314 §7.3).`,
      "Postfix has no built-in MTA-STS (RFC 8461) support; it needs an external policy service plugged into smtp_tls_policy_maps.",
      "`may` is opportunistic, so an active attacker can strip it (RFC 3207 §6); `dane` is downgrade-resistant where receivers publish TLSA records.",
    ],
  });
}

function mxTests(c: Ctx): Snippet[] {
  const domain = c.to.includes("@") ? (c.to.split("@")[1] ?? "example.test") : "example.test";
  return [
    snippet(c, {
      id: "dns-checks",
      title: "Find the MX and its TLS policies",
      lang: "sh",
      code: [
        `dig +short MX ${domain}`,
        `dig +short TXT _mta-sts.${domain}`,
        `dig +short TXT _smtp._tls.${domain}`,
        `dig +short TLSA _25._tcp.${c.host}`,
      ].join("\n"),
      notes: [
        "No MX record means the domain itself is the implicit MX; “MX 0 .” (null MX) means it accepts no mail (RFC 5321 §5.1).",
        "_mta-sts is MTA-STS (RFC 8461), _smtp._tls is TLS-RPT (RFC 8460), and TLSA records at _25._tcp are DANE (RFC 7672).",
      ],
    }),
    snippet(c, {
      id: "openssl",
      title: "Does the MX offer STARTTLS?",
      lang: "sh",
      code: `openssl s_client -starttls smtp -connect ${c.host}:${c.port} -crlf -verify_hostname ${c.host}`,
      notes: [
        "If this can't connect at all, your network probably blocks outgoing 25.",
        "A verification error here does not stop delivery: relay TLS is opportunistic unless MTA-STS or DANE apply (RFC 3207 §4).",
      ],
    }),
    snippet(c, {
      id: "swaks",
      title: "Test delivery with swaks",
      lang: "sh",
      code: `swaks --server ${c.host} --port ${c.port} --tls --from ${c.from} --to ${c.to} --quit-after RCPT`,
      notes: [
        "`--tls` makes swaks insist on STARTTLS, to check the MX offers it; `--quit-after RCPT` stops before any mail is sent.",
        "No AUTH: mail to another domain's MX is accepted for its own users without a login.",
      ],
    }),
  ];
}

// ---------------------------------------------------------------------------------------------------
// Operators (target "listeners")

const MASTER_CF: Readonly<Record<number, readonly string[]>> = {
  25: ["smtp       inet  n       -       y       -       -       smtpd"],
  587: [
    "submission inet  n       -       y       -       -       smtpd",
    "  -o syslog_name=postfix/submission",
    "  -o smtpd_tls_security_level=encrypt",
    "  -o smtpd_sasl_auth_enable=yes",
    "  -o smtpd_tls_auth_only=yes",
    "  -o smtpd_client_restrictions=permit_sasl_authenticated,reject",
    "  -o smtpd_relay_restrictions=permit_sasl_authenticated,reject",
    "  -o milter_macro_daemon_name=ORIGINATING",
  ],
  465: [
    "submissions inet n       -       y       -       -       smtpd",
    "  -o syslog_name=postfix/submissions",
    "  -o smtpd_tls_wrappermode=yes",
    "  -o smtpd_sasl_auth_enable=yes",
    "  -o smtpd_client_restrictions=permit_sasl_authenticated,reject",
    "  -o smtpd_relay_restrictions=permit_sasl_authenticated,reject",
    "  -o milter_macro_daemon_name=ORIGINATING",
  ],
  2525: [
    "2525       inet  n       -       y       -       -       smtpd",
    "  -o syslog_name=postfix/submission2525",
    "  -o smtpd_tls_security_level=encrypt",
    "  -o smtpd_sasl_auth_enable=yes",
    "  -o smtpd_tls_auth_only=yes",
    "  -o smtpd_client_restrictions=permit_sasl_authenticated,reject",
    "  -o smtpd_relay_restrictions=permit_sasl_authenticated,reject",
    "  -o milter_macro_daemon_name=ORIGINATING",
  ],
};

function operatorSnippets(rec: Recommendation, c: Ctx): Snippet[] {
  const listeners = rec.listeners ?? [];
  const master = listeners.flatMap((l) => MASTER_CF[l.port] ?? []);
  const hasSubmission = listeners.some((l) => l.auth === "required");
  const mainCf = [
    "# /etc/postfix/main.cf (the parts that matter for the listeners)",
    "smtpd_tls_cert_file = /etc/letsencrypt/live/mail.example.test/fullchain.pem",
    "smtpd_tls_key_file = /etc/letsencrypt/live/mail.example.test/privkey.pem",
    "# Port 25: offer STARTTLS, never require it (RFC 3207 §4)",
    "smtpd_tls_security_level = may",
    "smtpd_tls_mandatory_protocols = >=TLSv1.2",
    "# Mail for your own domains only; relaying needs a login (no open relay)",
    "smtpd_relay_restrictions = permit_sasl_authenticated, reject_unauth_destination",
  ];
  if (hasSubmission) {
    mainCf.push(
      "# SASL through Dovecot; AUTH is offered only inside TLS",
      "smtpd_sasl_type = dovecot",
      "smtpd_sasl_path = private/auth",
      "smtpd_tls_auth_only = yes",
    );
  }
  const probes = listeners.map((l) =>
    l.tlsMode === "implicit"
      ? `openssl s_client -connect ${c.host}:${l.port} -crlf -verify_return_error -verify_hostname ${c.host}`
      : `openssl s_client -starttls smtp -connect ${c.host}:${l.port} -crlf -verify_return_error -verify_hostname ${c.host}`,
  );
  const swaks = listeners.map((l) =>
    l.auth === "required"
      ? `swaks --server ${c.host} --port ${l.port} ${l.tlsMode === "implicit" ? "--tls-on-connect" : "--tls"} --tls-verify --auth PLAIN --auth-user ${c.user} --from ${c.from} --to ${c.to}`
      : `swaks --server ${c.host} --port ${l.port} --tls --from someone@example.net --to postmaster@example.test`,
  );
  return [
    snippet(c, {
      id: "postfix-master-cf",
      title: "Postfix: listeners in master.cf",
      lang: "text",
      code: master.join("\n"),
      notes: [
        "These lines go into your existing master.cf in place of its smtp, submission and submissions lines; keep everything else (pickup, cleanup, qmgr…).",
        "Based on Postfix's stock master.cf and the SMTP Lab reference server; `submissions` needs an /etc/services entry for 465 (current Debian has one).",
        "587 and 2525 require STARTTLS (`encrypt`); 465 is implicit TLS (`smtpd_tls_wrappermode=yes`); 25 only offers it.",
        "Run `postfix reload` after editing.",
      ],
    }),
    snippet(c, {
      id: "postfix-main-cf",
      title: "Postfix: main.cf settings for the listeners",
      lang: "ini",
      code: mainCf.join("\n"),
      notes: [
        "Certificate paths are examples (a Let's Encrypt layout); use your own.",
        "The Dovecot SASL lines assume Dovecot's auth socket at private/auth, as in the SMTP Lab reference server.",
      ],
    }),
    snippet(c, {
      id: "openssl",
      title: "Check each listener's TLS",
      lang: "sh",
      code: probes.join("\n"),
      notes: [
        "Implicit TLS on 465: no -starttls. STARTTLS listeners: -starttls smtp.",
        "On 587 and 2525, AUTH should appear in the EHLO reply only after STARTTLS.",
      ],
    }),
    snippet(c, {
      id: "swaks",
      title: "Test each listener with swaks",
      lang: "sh",
      code: swaks.join("\n"),
      notes: [
        "Submission listeners: expect 530 before STARTTLS and a refusal without AUTH.",
        "Port 25: mail to your own domain is accepted without a login; mail to other domains must be refused.",
      ],
    }),
  ];
}

// ---------------------------------------------------------------------------------------------------

const DEFAULT_HOST: Readonly<Record<Recommendation["target"], string>> = {
  provider: "smtp.example.test",
  smarthost: "smtp.example.test",
  mx: "mx.example.test",
  listeners: "mail.example.test",
};

/** Settings snippets for a recommendation. Options fill in names; defaults are example.test placeholders. */
export function snippetsFor(rec: Recommendation, options: SnippetOptions = {}): Snippet[] {
  const c = context(rec, options, DEFAULT_HOST[rec.target]);
  switch (rec.target) {
    case "provider":
      return [
        thunderbird(c),
        appleMail(c),
        outlook(c),
        nodemailerSnippet(c),
        pythonSnippet(c),
        phpmailerSnippet(c),
        goSnippet(c),
        javaSnippet(c),
        postfixSmarthost(c),
        swaksSubmission(c),
        opensslSubmission(c),
      ];
    case "smarthost":
      return [postfixSmarthost(c), swaksSubmission(c), opensslSubmission(c)];
    case "mx":
      return [postfixOutbound(rec, c), ...mxTests(c)];
    case "listeners":
      return operatorSnippets(rec, c);
  }
}
