import type { SessionScenario } from "@/lib/smtp";

export const scenario: SessionScenario = {
  id: "587-wrong-password",
  kind: "session",
  title: "Port 587: a wrong password, then the right one",
  summary: "Alice mistypes her password, waits through the server's slow refusal, tries again and gets in.",
  port: 587,
  theme: "failure",
  client: {
    tls: "required",
    auth: { mechanism: "PLAIN", user: "alice", passwords: ["wonderlnad", "wonderland"] },
    envelope: { from: "alice@example.test", to: ["bob@example.net"] },
    message: { subject: "Second try", body: ["Typing is hard."] },
  },
};
