import type { SessionScenario } from "@/lib/smtp";

export const scenario: SessionScenario = {
  id: "465-plaintext-client",
  kind: "session",
  title: "Port 465 with a plaintext client (wrong mode)",
  summary:
    "The client waits for a greeting that never comes, speaks anyway, and the server drops the connection.",
  port: 465,
  theme: "failure",
  client: {
    tls: "none",
    auth: { mechanism: "PLAIN", user: "alice", passwords: ["wonderland"] },
    envelope: { from: "alice@example.test", to: ["bob@example.net"] },
  },
};
