// "Snippets that really send": the generated Nodemailer and Python smtplib snippets are run, as
// generated, against a local smtp-server on 127.0.0.1 with a throwaway self-signed certificate.
//
// The only substitution is through snippetsFor's own options, the way a user with a private CA would
// use them: host 127.0.0.1, the random port, user "alice", and `caFile` (the test certificate, whose
// subjectAltName covers 127.0.0.1). The password comes from the SMTP_PASSWORD environment variable,
// as in every generated snippet. No regex patching of the code.
//
// Nodemailer is imported as an ES module, and ESM ignores NODE_PATH, so the temp directory gets a
// node_modules symlink to the repository's node_modules instead.

import { execFile } from "node:child_process";
import { mkdtemp, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { generate } from "selfsigned";
import { SMTPServer, type SMTPServerOptions } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type Answers,
  choosePort,
  type Recommendation,
  SECRET_ENV,
  SNIPPET_MESSAGE,
  snippetsFor,
} from "./index";

const LAB_TOKEN = "lab-access-token";
const NODE_MODULES = fileURLToPath(new URL("../../node_modules", import.meta.url));

interface AuthAttempt {
  readonly user: string;
  readonly ok: boolean;
  readonly insideTls: boolean;
}
interface Delivery {
  readonly from: string;
  readonly to: readonly string[];
  readonly data: string;
  readonly insideTls: boolean;
  readonly user: unknown;
}
interface LabServer {
  readonly port: number;
  readonly auths: AuthAttempt[];
  readonly deliveries: Delivery[];
  readonly errors: Error[];
  connections: number;
  close(): Promise<void>;
}

let dir = "";
let caFile = "";
let key = "";
let cert = "";

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "smtp-lab-snippets-"));
  await symlink(NODE_MODULES, join(dir, "node_modules"), "dir");
  const pems = await generate([{ name: "commonName", value: "localhost" }], {
    keyType: "ec",
    algorithm: "sha256",
    extensions: [
      { name: "basicConstraints", cA: false },
      { name: "keyUsage", digitalSignature: true, keyEncipherment: true },
      { name: "extKeyUsage", serverAuth: true },
      {
        name: "subjectAltName",
        altNames: [
          { type: 2, value: "localhost" },
          { type: 7, ip: "127.0.0.1" },
        ],
      },
    ],
  });
  key = pems.private;
  cert = pems.cert;
  caFile = join(dir, "ca.pem");
  await writeFile(caFile, cert);
});

afterAll(async () => {
  if (dir !== "") await rm(dir, { recursive: true, force: true });
});

type Mode = "implicit-tls" | "starttls" | "no-starttls";

async function startServer(mode: Mode): Promise<LabServer> {
  const auths: AuthAttempt[] = [];
  const deliveries: Delivery[] = [];
  const errors: Error[] = [];
  const lab = { connections: 0 };
  const options: SMTPServerOptions = {
    key,
    cert,
    logger: false,
    closeTimeout: 2_000,
    authMethods: ["PLAIN", "LOGIN", "XOAUTH2"],
    onConnect(_session, callback) {
      lab.connections += 1;
      callback();
    },
    onAuth(auth, session, callback) {
      const ok =
        auth.username === "alice" &&
        (auth.method === "XOAUTH2" ? auth.accessToken === LAB_TOKEN : auth.password === "wonderland");
      auths.push({ user: auth.username ?? "", ok, insideTls: session.secure });
      if (ok) callback(null, { user: "alice" });
      else callback(new Error("Invalid username or password"));
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (c: Buffer) => chunks.push(c));
      stream.on("end", () => {
        deliveries.push({
          from: session.envelope.mailFrom === false ? "" : session.envelope.mailFrom.address,
          to: session.envelope.rcptTo.map((r) => r.address),
          data: Buffer.concat(chunks).toString("utf8"),
          insideTls: session.secure,
          user: session.user,
        });
        callback();
      });
    },
    ...(mode === "implicit-tls" ? { secure: true } : {}),
    // STARTTLS mode: AUTH is required, and refused before STARTTLS (smtp-server's default).
    ...(mode === "starttls" ? { secure: false, authOptional: false, allowInsecureAuth: false } : {}),
    // A server without STARTTLS that would happily take AUTH and mail in cleartext: the snippet must not.
    ...(mode === "no-starttls"
      ? { secure: false, disabledCommands: ["STARTTLS"], authOptional: true, allowInsecureAuth: true }
      : {}),
  };
  const server = new SMTPServer(options);
  server.on("error", (err: Error) => errors.push(err));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => resolve()));
  const address = server.server.address();
  if (address === null || typeof address === "string") throw new Error("no TCP address");
  return Object.assign(lab, {
    port: address.port,
    auths,
    deliveries,
    errors,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  });
}

interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

function run(cmd: string, file: string, password: string): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      cmd,
      [file],
      {
        cwd: dir,
        timeout: 8_000,
        env: {
          ...process.env,
          [SECRET_ENV.password]: password,
          [SECRET_ENV.token]: password === "wonderland" ? LAB_TOKEN : password,
          NODE_PATH: NODE_MODULES,
        },
      },
      (error, stdout, stderr) => {
        const code = error === null ? 0 : typeof error.code === "number" ? error.code : 1;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

function recommendation(answers: Answers): Recommendation {
  const choice = choosePort(answers);
  if (choice.kind !== "recommendation") throw new Error(`expected a recommendation, got: ${choice.because}`);
  return choice;
}

async function runSnippet(
  rec: Recommendation,
  server: LabServer,
  id: "nodemailer" | "python-smtplib",
  password = "wonderland",
  trustTestCa = true,
): Promise<Run> {
  const options = {
    host: "127.0.0.1",
    port: server.port,
    user: "alice",
    caFile: trustTestCa ? caFile : undefined,
  };
  const snippet = snippetsFor(rec, options).find((s) => s.id === id);
  if (snippet === undefined) throw new Error(`no ${id} snippet`);
  const file = join(
    dir,
    `${id}-${server.port}-${password.length}-${trustTestCa}.${id === "nodemailer" ? "mjs" : "py"}`,
  );
  await writeFile(file, snippet.code);
  return run(id === "nodemailer" ? process.execPath : "python3", file, password);
}

/** The "Done means" developer: VPS blocks 25, provider offers 587 and 465, Nodemailer, password. */
const DONE_MEANS: Answers = {
  role: "submit",
  blocks: ["25"],
  provider: ["465", "587"],
  client: ["implicit-tls", "starttls"],
  auth: "password",
};
/** Someone whose client or provider only does 587. */
const ONLY_587: Answers = {
  role: "submit",
  blocks: ["none"],
  provider: ["587"],
  client: ["starttls"],
  auth: "password",
};

function expectDelivered(server: LabServer, result: Run): void {
  expect(result.code, result.stderr).toBe(0);
  expect(server.errors).toEqual([]);
  expect(server.auths).toEqual([{ user: "alice", ok: true, insideTls: true }]);
  expect(server.deliveries).toHaveLength(1);
  const [d] = server.deliveries;
  expect(d?.from).toBe("alice@example.test");
  expect(d?.to).toEqual(["bob@example.test"]);
  expect(d?.insideTls).toBe(true);
  expect(d?.user).toBe("alice");
  expect(d?.data).toContain(`Subject: ${SNIPPET_MESSAGE.subject}`);
  expect(d?.data).toContain(SNIPPET_MESSAGE.body);
}

describe.each(["nodemailer", "python-smtplib"] as const)(
  "generated %s snippet against a local server",
  (id) => {
    it("465 implicit TLS (the Done-means recommendation): delivers, AUTH inside TLS", async () => {
      const rec = recommendation(DONE_MEANS);
      expect([rec.port, rec.tlsMode]).toEqual([465, "implicit"]);
      const server = await startServer("implicit-tls");
      try {
        expectDelivered(server, await runSnippet(rec, server, id));
      } finally {
        await server.close();
      }
    });

    it("587 with STARTTLS required and AUTH required: delivers, AUTH inside TLS", async () => {
      const rec = recommendation(ONLY_587);
      expect([rec.port, rec.tlsMode]).toEqual([587, "starttls-required"]);
      const server = await startServer("starttls");
      try {
        expectDelivered(server, await runSnippet(rec, server, id));
      } finally {
        await server.close();
      }
    });

    it("the Done-means fallback (587 + required STARTTLS) delivers too", async () => {
      const done = recommendation(DONE_MEANS);
      const fallback = done.fallbacks[0];
      expect(fallback).toMatchObject({ port: 587, tlsMode: "starttls-required" });
      const asMain = recommendation({ ...DONE_MEANS, blocks: ["25", "465"] });
      expect([asMain.port, asMain.tlsMode]).toEqual([fallback?.port, fallback?.tlsMode]);
      const server = await startServer("starttls");
      try {
        expectDelivered(server, await runSnippet(asMain, server, id));
      } finally {
        await server.close();
      }
    });

    it("a wrong password is refused inside TLS and nothing is delivered", async () => {
      const rec = recommendation(ONLY_587);
      const server = await startServer("starttls");
      try {
        const result = await runSnippet(rec, server, id, "not-the-password");
        expect(result.code).not.toBe(0);
        // smtplib's login() tries each mechanism the server offers (PLAIN, then LOGIN) before giving up.
        expect(server.auths.length).toBeGreaterThanOrEqual(1);
        for (const attempt of server.auths)
          expect(attempt).toEqual({ user: "alice", ok: false, insideTls: true });
        expect(server.deliveries).toEqual([]);
      } finally {
        await server.close();
      }
    });

    it("without the test CA the self-signed certificate is refused: no AUTH, no message", async () => {
      const rec = recommendation(DONE_MEANS);
      const server = await startServer("implicit-tls");
      try {
        const result = await runSnippet(rec, server, id, "wonderland", false);
        expect(result.code).not.toBe(0);
        expect(result.stderr).toMatch(/certificate/i);
        expect(server.auths).toEqual([]);
        expect(server.deliveries).toEqual([]);
      } finally {
        await server.close();
      }
    });

    it("587 snippet refuses to go on when the server offers no STARTTLS: no AUTH, no message", async () => {
      const rec = recommendation(ONLY_587);
      const server = await startServer("no-starttls");
      try {
        const result = await runSnippet(rec, server, id);
        expect(result.code).not.toBe(0);
        expect(result.stderr).toMatch(/STARTTLS/i);
        expect(server.connections).toBe(1);
        expect(server.auths).toEqual([]);
        expect(server.deliveries).toEqual([]);
      } finally {
        await server.close();
      }
    });
  },
);

describe("generated Nodemailer snippet with OAuth 2.0", () => {
  it("465: sends the token with XOAUTH2 inside TLS and delivers", async () => {
    const rec = recommendation({ ...DONE_MEANS, auth: "oauth2" });
    expect(rec.auth).toMatchObject({ method: "oauth2", onlyInsideTls: true });
    const server = await startServer("implicit-tls");
    try {
      expectDelivered(server, await runSnippet(rec, server, "nodemailer"));
    } finally {
      await server.close();
    }
  });
});
