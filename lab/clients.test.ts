/**
 * Real mail clients against the running lab, all on 127.0.0.1: Nodemailer (implicit TLS on the 465
 * profile, STARTTLS with AUTH on 587 and 2525, plain delivery on 25), Python's smtplib (SMTP_SSL and
 * starttls(), in a python3 subprocess), and `openssl s_client -starttls smtp` where installed. Each
 * message must arrive in the lab's mailbox (read through the HTTP API the /lab page uses), and its
 * session must be on record with TLS and AUTH as the client used them. A wrong password gets 535.
 */
import { spawn, spawnSync } from "node:child_process";
import nodemailer from "nodemailer";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type {
  LabMessageDetail,
  LabMessageSummary,
  LabSessionDetail,
  LabSessionSummary,
} from "@/lib/lab/types";
import type { RunningLab } from "./lab";
import { api, portOf, startTestLab, until } from "./test-helpers";

let lab: RunningLab;
beforeAll(async () => {
  lab = await startTestLab();
});
afterAll(async () => {
  await lab?.close();
});

function transport(port: number, secure: boolean, pass = "wonderland") {
  return nodemailer.createTransport({
    host: "127.0.0.1",
    port,
    secure,
    requireTLS: !secure,
    auth: { user: "alice", pass },
    tls: { rejectUnauthorized: false, servername: "mail.example.test" },
  });
}

async function inbox(subject: string): Promise<LabMessageDetail> {
  // Parsing is asynchronous: the message can reach the mailbox a moment after the 250.
  const mb = lab.context.mailbox;
  await until(
    () => mb.list().some((m) => m.subject === subject),
    (fn) => mb.on(fn),
    `mail "${subject}"`,
  );
  const { messages } = await api<{ messages: LabMessageSummary[] }>(lab, "/api/mailbox");
  const found = messages.find((m) => m.subject === subject);
  if (!found) throw new Error(`the API does not list "${subject}"`);
  return api<LabMessageDetail>(lab, `/api/mailbox/${found.id}`);
}

async function sessionOf(m: LabMessageDetail): Promise<LabSessionDetail> {
  return api<LabSessionDetail>(lab, `/api/sessions/${m.sessionId}`);
}

function run(
  cmd: string,
  args: string[],
  input: string,
): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((resolve, reject) => {
    const p = spawn(cmd, args, { stdio: ["pipe", "pipe", "pipe"] });
    let out = "";
    let err = "";
    p.stdout.on("data", (d) => {
      out += d;
    });
    p.stderr.on("data", (d) => {
      err += d;
    });
    p.on("error", reject);
    p.on("close", (code) => resolve({ code, out, err }));
    p.stdin.end(input);
  });
}

const hasPython = spawnSync("python3", ["--version"]).status === 0;
const hasOpenssl = spawnSync("openssl", ["version"]).status === 0;

describe("Nodemailer", () => {
  it("implicit TLS with AUTH on the 465 profile: delivered, in the mailbox, TLS from the first byte", async () => {
    const info = await transport(portOf(lab, 465), true).sendMail({
      from: "alice@example.test",
      to: "bob@example.net",
      subject: "nodemailer 465",
      text: "Hello over implicit TLS",
    });
    expect(info.response).toMatch(/^250 2\.0\.0 Ok: queued as [0-9A-F]{11}$/);
    const m = await inbox("nodemailer 465");
    expect(m).toMatchObject({ tls: true, authUser: "alice", to: ["bob@example.net"] });
    expect(m.text.trim()).toBe("Hello over implicit TLS");
    expect(m.headers[0]?.name).toBe("Received");
    expect(m.headers[0]?.value).toMatch(/by mail\.example\.test \(Postfix\) with ESMTPSA id/);
    const s = await sessionOf(m);
    expect(s.summary).toMatchObject({ port: 465, tls: true, authUser: "alice" });
    expect(s.data.steps[1]).toMatchObject({ kind: "TlsFlight", speaker: "client" });
    // The real ClientHello is recorded, and the greeting only comes after the handshake.
    const firstReply = s.data.steps.findIndex((st) => st.kind === "ServerReplied");
    const established = s.data.steps.findIndex((st) => st.lines.some((l) => l.startsWith("=== TLS started")));
    expect(established).toBeGreaterThan(0);
    expect(firstReply).toBeGreaterThan(established);
  });

  it("STARTTLS with AUTH on the 587 profile", async () => {
    await transport(portOf(lab, 587), false).sendMail({
      from: "alice@example.test",
      to: "carol@example.org",
      subject: "nodemailer 587",
      text: "Hello after STARTTLS",
    });
    const m = await inbox("nodemailer 587");
    expect(m).toMatchObject({ tls: true, authUser: "alice" });
    const s = await sessionOf(m);
    const verbs = s.data.steps.flatMap((st) => (st.command ? [st.command] : []));
    expect(verbs.slice(0, 3)).toEqual(["EHLO", "STARTTLS", "EHLO"]);
    expect(s.clientLines).toContain("STARTTLS");
  });

  it("STARTTLS with AUTH on the 2525 profile", async () => {
    await transport(portOf(lab, 2525), false).sendMail({
      from: "alice@example.test",
      to: "dave@example.org",
      subject: "nodemailer 2525",
      text: "Hello on 2525",
    });
    expect((await inbox("nodemailer 2525")).tls).toBe(true);
  });

  it("plain delivery to a local user on the relay profile (no AUTH, as an MX)", async () => {
    const t = nodemailer.createTransport({
      host: "127.0.0.1",
      port: portOf(lab, 25),
      secure: false,
      ignoreTLS: true,
    });
    await t.sendMail({
      from: "someone@example.net",
      to: "alice@example.test",
      subject: "nodemailer 25",
      text: "MX",
    });
    expect(await inbox("nodemailer 25")).toMatchObject({ tls: false, authUser: null });
  });

  it("a wrong password gets 535 and nothing is delivered", async () => {
    const err = await transport(portOf(lab, 465), true, "not-the-password")
      .sendMail({ from: "alice@example.test", to: "bob@example.net", subject: "never", text: "x" })
      .then(
        () => null,
        (e: { responseCode?: number; response?: string }) => e,
      );
    expect(err?.responseCode).toBe(535);
    expect(err?.response).toBe("535 5.7.8 Error: authentication failed: (reason unavailable)");
    const { sessions } = await api<{ sessions: LabSessionSummary[] }>(lab, "/api/sessions");
    expect(sessions.some((s) => s.codes.includes(535))).toBe(true);
  });
});

describe.skipIf(!hasPython)("Python smtplib", () => {
  const script = (mode: "ssl" | "starttls", port: number, subject: string) => `
import smtplib, ssl
from email.message import EmailMessage
ctx = ssl.create_default_context()
ctx.check_hostname = False
ctx.verify_mode = ssl.CERT_NONE
msg = EmailMessage()
msg["From"] = "alice@example.test"
msg["To"] = "bob@example.net"
msg["Subject"] = "${subject}"
msg.set_content("Hello from smtplib")
if "${mode}" == "ssl":
    s = smtplib.SMTP_SSL("127.0.0.1", ${port}, context=ctx, timeout=20)
else:
    s = smtplib.SMTP("127.0.0.1", ${port}, timeout=20)
    s.starttls(context=ctx)
s.login("alice", "wonderland")
s.send_message(msg)
s.quit()
print("sent")
`;

  it("SMTP_SSL on the 465 profile", async () => {
    const r = await run("python3", ["-c", script("ssl", portOf(lab, 465), "smtplib SMTP_SSL")], "");
    expect(r.err).toBe("");
    expect(r.out.trim()).toBe("sent");
    expect(await inbox("smtplib SMTP_SSL")).toMatchObject({ tls: true, authUser: "alice" });
  });

  it("starttls() on the 587 profile", async () => {
    const r = await run("python3", ["-c", script("starttls", portOf(lab, 587), "smtplib starttls")], "");
    expect(r.out.trim()).toBe("sent");
    const m = await inbox("smtplib starttls");
    const s = await sessionOf(m);
    // smtplib says ehlo in lower case; the engine takes it, as Postfix does.
    expect(s.clientLines[0]).toMatch(/^ehlo /);
    expect(m.tls).toBe(true);
  });
});

describe.skipIf(!hasOpenssl)("openssl s_client -starttls smtp", () => {
  it("delivers inside TLS on the 587 profile", async () => {
    const lines = [
      "EHLO client.example.test",
      "AUTH PLAIN AGFsaWNlAHdvbmRlcmxhbmQ=",
      "MAIL FROM:<alice@example.test>",
      "RCPT TO:<bob@example.net>",
      "DATA",
      "Subject: openssl s_client",
      "",
      "Hello from s_client",
      ".",
      "QUIT",
      "",
    ].join("\n");
    const r = await run(
      "openssl",
      [
        "s_client",
        "-starttls",
        "smtp",
        "-connect",
        `127.0.0.1:${portOf(lab, 587)}`,
        "-crlf",
        "-quiet",
        "-servername",
        "mail.example.test",
      ],
      lines,
    );
    expect(r.out).toMatch(/235 2\.7\.0 Authentication successful/);
    expect(r.out).toMatch(/221 2\.0\.0 Bye/);
    const m = await inbox("openssl s_client");
    expect(m).toMatchObject({ tls: true, authUser: "alice" });
  });
});
