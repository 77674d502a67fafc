/**
 * `npm run bench:lab`: the live lab under load, on loopback. Not part of `npm test`.
 *
 * 1. 200 concurrent sessions, each STARTTLS + AUTH on the 587 profile sending a 10 KB message (Nodemailer):
 *    sessions per second, p50/p99 session time, the lab's peak memory (VmHWM of its process), errors, and
 *    whether every message reached the mailbox (no session lost).
 * 2. 10,000-connection churn on the 25 profile (connect, greeting, QUIT, close; 100 at a time): errors,
 *    and the lab's open file descriptors before and after (/proc/<pid>/fd), to catch a descriptor leak.
 *
 * The lab runs in its own process (node --import tsx lab/main.ts), so its memory and descriptors are its
 * own; the clients run here. Writes bench/lab-results.md.
 */
import { spawn } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { createServer, connect as netConnect } from "node:net";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import nodemailer from "nodemailer";

const ROOT = path.resolve(import.meta.dirname, "..");
const SESSIONS = Number(process.env.BENCH_SESSIONS ?? 200);
const CHURN = Number(process.env.BENCH_CHURN ?? 10_000);
const CHURN_PARALLEL = 100;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once("error", reject);
    s.listen(0, "127.0.0.1", () => {
      const a = s.address();
      const port = typeof a === "object" && a ? a.port : 0;
      s.close(() => resolve(port));
    });
  });
}

const fdCount = (pid: number) => readdirSync(`/proc/${pid}/fd`).length;
/** CPU time (user + system) the process has used, in ms: a figure that a busy machine does not distort. */
function cpuMs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]?.split(" ") ?? [];
  const ticks = Number(fields[11] ?? 0) + Number(fields[12] ?? 0);
  return (ticks * 1000) / 100; // USER_HZ is 100 on Linux
}
function memKb(pid: number, field: "VmHWM" | "VmRSS"): number {
  const m = new RegExp(`^${field}:\\s+(\\d+) kB`, "m").exec(readFileSync(`/proc/${pid}/status`, "utf8"));
  return m ? Number(m[1]) : 0;
}
const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))] ?? 0;
};
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function main(): Promise<void> {
  const ports = await Promise.all([freePort(), freePort(), freePort(), freePort(), freePort()]);
  const [p25, p587, p465, p2525, api] = ports as [number, number, number, number, number];
  const child = spawn(
    process.execPath,
    [
      ...(process.env.BENCH_LAB_NODE_ARGS ?? "").split(" ").filter(Boolean),
      "--import",
      "tsx",
      "lab/main.ts",
      "--ports",
      `${p25},${p587},${p465},${p2525}`,
      "--api-port",
      String(api),
      "--quiet",
    ],
    { cwd: ROOT, stdio: ["ignore", "ignore", "pipe"] },
  );
  let stderr = "";
  child.stderr.on("data", (d) => {
    stderr += d;
  });
  const pid = child.pid as number;
  const apiUrl = `http://127.0.0.1:${api}`;
  for (let i = 0; ; i++) {
    try {
      const r = await fetch(`${apiUrl}/api/status`);
      if (r.ok) break;
    } catch {
      if (i > 300) throw new Error(`the lab did not start: ${stderr}`);
      await sleep(100);
    }
  }
  const mailboxBefore = ((await (await fetch(`${apiUrl}/api/mailbox`)).json()) as { messages: unknown[] })
    .messages.length;
  const rssStart = memKb(pid, "VmRSS");
  const cpuStart = cpuMs(pid);

  // --- 1. concurrent STARTTLS sessions -------------------------------------------------------------
  const body = `${"The quick brown fox jumps over the lazy dog. ".repeat(227).slice(0, 10_200)}\n`;
  const times: number[] = [];
  let errors = 0;
  const errorKinds = new Map<string, number>();
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: SESSIONS }, async (_, i) => {
      const start = performance.now();
      try {
        const t = nodemailer.createTransport({
          host: "127.0.0.1",
          port: p587,
          secure: false,
          requireTLS: true,
          auth: { user: "alice", pass: "wonderland" },
          tls: { rejectUnauthorized: false },
          connectionTimeout: 60_000,
          greetingTimeout: 60_000,
          socketTimeout: 60_000,
        });
        const info = await t.sendMail({
          from: "alice@example.test",
          to: "bob@example.net",
          subject: `bench ${i}`,
          text: body,
        });
        if (!/^250 /.test(info.response)) throw new Error(info.response);
        times.push(performance.now() - start);
      } catch (err) {
        errors++;
        const k = String((err as Error).message).slice(0, 80);
        errorKinds.set(k, (errorKinds.get(k) ?? 0) + 1);
      }
    }),
  );
  const wall = performance.now() - t0;
  // Messages are parsed asynchronously after the 250: wait until the mailbox has settled.
  let delivered = 0;
  for (let i = 0; i < 100; i++) {
    const { messages } = (await (await fetch(`${apiUrl}/api/mailbox`)).json()) as {
      messages: { subject: string }[];
    };
    delivered = new Set(messages.filter((m) => m.subject.startsWith("bench ")).map((m) => m.subject)).size;
    if (delivered >= SESSIONS - errors) break;
    await sleep(100);
  }
  const peakAfterSessions = memKb(pid, "VmHWM");
  const cpuSessions = cpuMs(pid) - cpuStart;

  // --- 2. connection churn ---------------------------------------------------------------------------
  await sleep(500);
  const fdBefore = fdCount(pid);
  let churnErrors = 0;
  let churned = 0;
  const tc = performance.now();
  const one = () =>
    new Promise<void>((resolve) => {
      const s = netConnect({ host: "127.0.0.1", port: p25 });
      let buf = "";
      let sentQuit = false;
      s.on("data", (d) => {
        buf += d.toString();
        if (!sentQuit && buf.includes("\r\n")) {
          sentQuit = true;
          if (!buf.startsWith("220 ")) churnErrors++;
          s.write("QUIT\r\n");
        }
      });
      s.on("error", () => {
        churnErrors++;
      });
      s.on("close", () => {
        if (!buf.includes("221 2.0.0 Bye")) churnErrors++;
        churned++;
        resolve();
      });
    });
  let next = 0;
  await Promise.all(
    Array.from({ length: CHURN_PARALLEL }, async () => {
      while (next < CHURN) {
        next++;
        await one();
      }
    }),
  );
  const churnWall = performance.now() - tc;
  const cpuChurn = cpuMs(pid) - cpuStart - cpuSessions;
  // Let the lab finish closing its side, then count again.
  let fdAfter = fdCount(pid);
  for (let i = 0; i < 50 && fdAfter > fdBefore; i++) {
    await sleep(100);
    fdAfter = fdCount(pid);
  }
  const peak = memKb(pid, "VmHWM");
  const rssEnd = memKb(pid, "VmRSS");
  child.kill("SIGTERM");

  const ms = (x: number) => `${x.toFixed(1)} ms`;
  const mb = (kb: number) => `${(kb / 1024).toFixed(1)} MB`;
  const lines = [
    "# Live lab benchmark",
    "",
    `Run ${new Date().toISOString()} on ${os.cpus().length} CPUs (${os.cpus()[0]?.model ?? "?"}), Node ${process.version}, load average ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(
        " ",
      )}. The lab runs in its own process; the clients (Nodemailer, raw sockets) in the benchmark's.`,
    "",
    `## ${SESSIONS} concurrent sessions: STARTTLS + AUTH PLAIN on the 587 profile, one 10 KB message each`,
    "",
    "| measure | value |",
    "| --- | ---: |",
    `| sessions | ${SESSIONS} |`,
    `| wall time (all sessions) | ${ms(wall)} |`,
    `| sessions per second | ${((times.length / wall) * 1000).toFixed(1)} |`,
    `| session time p50 | ${ms(pct(times, 50))} |`,
    `| session time p99 | ${ms(pct(times, 99))} |`,
    `| session time max | ${ms(Math.max(0, ...times))} |`,
    `| errors | ${errors}${errorKinds.size ? ` (${[...errorKinds].map(([k, n]) => `${n}× ${k}`).join("; ")})` : ""} |`,
    `| messages in the mailbox | ${delivered} of ${SESSIONS} (mailbox had ${mailboxBefore} before) |`,
    `| lab CPU time for all sessions (user + system) | ${ms(cpuSessions)} (${ms(cpuSessions / SESSIONS)} per session) |`,
    `| lab RSS at start | ${mb(rssStart)} |`,
    `| lab peak RSS (VmHWM) after the sessions | ${mb(peakAfterSessions)} |`,
    "",
    `## ${CHURN.toLocaleString("en")}-connection churn on the 25 profile (greeting, QUIT, close; ${CHURN_PARALLEL} at a time)`,
    "",
    "| measure | value |",
    "| --- | ---: |",
    `| connections | ${churned} |`,
    `| wall time | ${ms(churnWall)} (${((churned / churnWall) * 1000).toFixed(0)} connections/s) |`,
    `| errors (no 220, no 221, or a socket error) | ${churnErrors} |`,
    `| lab CPU time | ${ms(cpuChurn)} (${((cpuChurn / churned) * 1000).toFixed(0)} µs per connection) |`,
    `| lab open file descriptors before | ${fdBefore} |`,
    `| lab open file descriptors after | ${fdAfter} |`,
    `| descriptor leak | ${fdAfter > fdBefore ? `YES: ${fdAfter - fdBefore}` : "none"} |`,
    `| lab peak RSS (VmHWM) overall | ${mb(peak)} |`,
    `| lab RSS at the end | ${mb(rssEnd)} |`,
    "",
    `Targets: 0 errors and no session lost (${errors === 0 && delivered === SESSIONS ? "met" : "NOT met"}); no descriptor leak (${fdAfter <= fdBefore ? "met" : "NOT met"}).`,
    "",
  ];
  mkdirSync(path.join(ROOT, "bench"), { recursive: true });
  writeFileSync(path.join(ROOT, "bench", "lab-results.md"), lines.join("\n"));
  console.log(lines.join("\n"));
  if (errors || delivered !== SESSIONS || churnErrors || fdAfter > fdBefore) process.exitCode = 1;
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
