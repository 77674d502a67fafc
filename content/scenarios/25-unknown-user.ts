import type { SessionScenario } from "@/lib/smtp";

export const scenario: SessionScenario = {
  id: "25-unknown-user",
  kind: "session",
  title: "Port 25: no such mailbox",
  summary:
    "A server delivers to an address that does not exist at example.test and gets a permanent refusal.",
  port: 25,
  theme: "failure",
  client: {
    tls: "none",
    envelope: { from: "sender@example.net", to: ["nosuchuser@example.test"] },
    message: { subject: "Hello?", body: ["Is anybody there?"] },
  },
};
