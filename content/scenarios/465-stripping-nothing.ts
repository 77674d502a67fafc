import type { SessionScenario } from "@/lib/smtp";

export const scenario: SessionScenario = {
  id: "465-stripping-nothing",
  kind: "session",
  title: "The stripping attacker on port 465: nothing to strip",
  summary:
    "The same attacker sits on the path, but on 465 the first byte is already TLS: it sees only records it cannot read or change.",
  port: 465,
  theme: "attack",
  attacker: { mode: "strip-starttls" },
  client: {
    tls: "implicit",
    auth: { mechanism: "PLAIN", user: "alice", passwords: ["wonderland"] },
    envelope: { from: "alice@example.test", to: ["bob@example.net"] },
    message: { subject: "Hi Bob", body: ["Hi Bob"] },
  },
};
