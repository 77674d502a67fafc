import type { SessionScenario } from "@/lib/smtp";

export const scenario: SessionScenario = {
  id: "25-relay-refused",
  kind: "session",
  title: "Port 25: relaying for a stranger is refused",
  summary:
    "A client without a login asks alice's server to pass mail on to another domain; the server refuses at RCPT TO.",
  port: 25,
  theme: "failure",
  client: {
    tls: "none",
    envelope: { from: "sender@example.net", to: ["bob@example.net"] },
    message: { subject: "relay?", body: ["Please pass this on."] },
  },
};
