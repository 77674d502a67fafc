import type { SessionScenario } from "@/lib/smtp";

export const scenario: SessionScenario = {
  id: "587-auth-before-starttls",
  kind: "session",
  title: "Port 587: trying to log in before STARTTLS",
  summary:
    "A careless client sends AUTH and MAIL in plaintext; this submission server refuses both until TLS is started.",
  port: 587,
  theme: "failure",
  client: {
    tls: "none",
    // A test probe (like the reference capture): it sends AUTH although AUTH is not offered, and keeps going.
    auth: { mechanism: "PLAIN", user: "alice", passwords: ["wonderland"], whenNotAdvertised: "try" },
    persist: true,
    envelope: { from: "alice@example.test", to: ["bob@example.net"] },
  },
};
