/**
 * `npm run lab`: the live lab. Real SMTP listeners on 127.0.0.1 (or a classroom network with --host),
 * whose every reply comes from the site's engine; sessions and accepted mail appear on the /lab page.
 * Never relays anything. See README.md, "Live lab".
 */
import type { Port } from "@/lib/smtp";
import { isLoopback, type LabConfig, parseArgs, USAGE } from "./config";
import { type RunningLab, startLab } from "./lab";

const NAMES: Record<Port, string> = {
  25: "relay / MX (port-25 profile)",
  587: "submission, STARTTLS (587 profile)",
  465: "submissions, implicit TLS (465 profile)",
  2525: "alternate submission (2525 profile)",
};

function banner(lab: RunningLab, c: LabConfig): string {
  const host = c.host === "0.0.0.0" || c.host === "::" ? "<this machine's address>" : c.host;
  const connect = c.host === "0.0.0.0" || c.host === "::" ? "127.0.0.1" : c.host;
  const byProfile = (p: Port) => lab.listeners.find((l) => l.profile === p)?.port ?? 0;
  const user = c.accessCode ? "student" : "alice";
  const pass = c.accessCode ?? "wonderland";
  const sec = (ms: number) => `${Math.round(ms / 1000)} s`;
  const t = c.timeouts;
  const lines = [
    "",
    "SMTP Lab: live lab (every reply comes from the site's engine; nothing is ever relayed)",
    "",
    ...lab.listeners.map((l) => `  ${NAMES[l.profile].padEnd(42)} ${host}:${l.port}   ${l.tls}`),
    "",
    c.accessCode
      ? `  Log in with ANY user name and the access code:   ${c.accessCode}`
      : "  Demo account: alice / wonderland (AUTH PLAIN or LOGIN, inside TLS)",
    `  Certificate: self-signed for mail.example.test (${c.certDir}/cert.pem)`,
    `               SHA-256 ${lab.certificate.sha256}`,
    "  Mailbox: in memory; every accepted message, for any recipient, newest kept.",
    "",
    "  Watch it: npm start (another terminal), then open http://localhost:3000/lab",
    `            (the page reads this lab at ${lab.apiUrl} through its own origin)`,
    "",
    "  Try:",
    `    swaks --server ${connect}:${byProfile(587)} --tls --auth PLAIN --auth-user ${user} --auth-password ${pass} \\`,
    `          --from alice@example.test --to bob@example.net`,
    `    swaks --server ${connect}:${byProfile(465)} --tls-on-connect --auth LOGIN --auth-user ${user} --auth-password ${pass} \\`,
    `          --from alice@example.test --to alice@example.test`,
    `    swaks --server ${connect}:${byProfile(25)} --from someone@example.net --to alice@example.test`,
    `    openssl s_client -starttls smtp -connect ${connect}:${byProfile(587)} -crlf -quiet`,
    `    openssl s_client -connect ${connect}:${byProfile(465)} -crlf -quiet`,
    `    nc ${connect} ${byProfile(25)}            (type EHLO x, MAIL FROM:<a@example.net>, …)`,
    "",
    `  Timeouts (RFC 5321 §4.5.3.2, divided by ${t.scale}): ${sec(t.commandMs)} waiting for a command (RFC: 5 min),`,
    `    ${sec(t.dataMs)} between DATA lines (RFC data block: 3 min), ${sec(t.tlsMs)} for a TLS handshake;`,
    `    a connection lasts at most ${Math.round(t.sessionMs / 60_000)} min. Bytes that do not finish a line do not count.`,
    `  Limits: ${c.limits.maxConnections} connections, ${c.limits.perClientConnections} per client` +
      (c.limits.perClientConnectionsPerMinute
        ? `, ${c.limits.perClientConnectionsPerMinute} new per minute`
        : "") +
      (c.limits.perClientMessagesPerMinute
        ? `, ${c.limits.perClientMessagesPerMinute} messages per minute`
        : "") +
      `; messages up to ${c.limits.messageSizeLimit.toLocaleString("en")} bytes.`,
    "",
  ];
  if (c.classroom) {
    lines.unshift(
      "",
      isLoopback(c.host)
        ? `  !!! CLASSROOM MODE on ${c.host}: access code and limits on, but only this machine can connect.`
        : `  !!! CLASSROOM MODE: the SMTP listeners are reachable from the network (--host ${c.host}).`,
      "  !!! Anyone who can reach them can connect. Everything they send is shown on the /lab page.",
      "  !!! The access code keeps out strangers from submission; the relay listener (port-25 profile) accepts",
      "  !!! mail for example.test from anyone, like a real MX. Sessions and messages expire after " +
        `${Math.round(c.limits.expireMs / 60_000) || "—"} min.`,
      "  !!! Stop the lab (Ctrl-C) when the class is over.",
    );
  }
  return lines.join("\n");
}

async function main(): Promise<void> {
  const { config, help, errors } = parseArgs(process.argv.slice(2));
  if (help) {
    console.log(USAGE);
    return;
  }
  if (errors.length) {
    console.error(`${errors.join("\n")}\n\n${USAGE}`);
    process.exit(2);
  }
  let lab: RunningLab;
  try {
    lab = await startLab(config, (line) => console.error(line));
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    if (e.code === "EADDRINUSE") {
      console.error(
        `A port is already in use (${e.message}). Is a lab already running? Try --ports or --api-port.`,
      );
    } else if (e.code === "EACCES") {
      console.error(
        `Not allowed to listen there (${e.message}). Ports below 1024 need privileges: drop --privileged-ports.`,
      );
    } else {
      console.error(`The lab could not start: ${String(err)}`);
    }
    process.exit(1);
  }
  console.log(banner(lab, config));
  if (config.verbose) {
    lab.context.sessions.on((e) => {
      const s = e.session;
      if (!s || s.open || s.silent) return;
      const bits = [
        s.tls ? "TLS" : "plaintext",
        s.authUser ? `AUTH ${s.authUser}` : "",
        s.queued.length ? `${s.queued.length} message(s)` : "",
        s.end,
      ];
      console.log(`[lab] session ${s.n}: ${s.client} → ${s.listener} · ${bits.filter(Boolean).join(" · ")}`);
    });
  }
  // Last line of defence: a bug must not end a class. Each connection already guards its own handlers.
  process.on("uncaughtException", (err) =>
    console.error(`[lab] unexpected error (still serving): ${String(err)}`),
  );
  process.on("unhandledRejection", (err) =>
    console.error(`[lab] unexpected rejection (still serving): ${String(err)}`),
  );
  let stopping = false;
  const stop = () => {
    if (stopping) process.exit(0);
    stopping = true;
    console.log("\nStopping the lab…");
    lab.close().then(
      () => process.exit(0),
      () => process.exit(0),
    );
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}

void main();
