import type { SessionScenario } from "@/lib/smtp";

export const scenario: SessionScenario = {
  id: "587-stripping-opportunistic",
  kind: "session",
  title: "STARTTLS stripping: an opportunistic client gives away its password",
  summary:
    "An attacker removes STARTTLS from the EHLO list and adds AUTH; the client logs in in plaintext and the attacker reads the password.",
  port: 587,
  theme: "attack",
  attacker: { mode: "strip-starttls" },
  client: {
    tls: "opportunistic",
    auth: { mechanism: "PLAIN", user: "alice", passwords: ["wonderland"] },
    envelope: { from: "alice@example.test", to: ["bob@example.net"] },
    message: { subject: "Hi Bob", body: ["Hi Bob"] },
  },
};
