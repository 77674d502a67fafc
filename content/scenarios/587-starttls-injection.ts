import type { SessionScenario } from "@/lib/smtp";

export const scenario: SessionScenario = {
  id: "587-starttls-injection",
  kind: "session",
  title: "STARTTLS command injection (CVE-2011-0411)",
  summary:
    "An attacker appends plaintext commands to the client's STARTTLS packet; the server throws them away when TLS starts.",
  port: 587,
  theme: "attack",
  attacker: { mode: "inject-after-starttls" },
  client: {
    tls: "required",
    auth: { mechanism: "PLAIN", user: "alice", passwords: ["wonderland"] },
    envelope: { from: "alice@example.test", to: ["bob@example.net"] },
    message: { subject: "Hi Bob", body: ["Hi Bob"] },
  },
};
