import type { SessionScenario } from "@/lib/smtp";

export const scenario: SessionScenario = {
  id: "2525-alternate-submission",
  kind: "session",
  title: "Port 2525: a copy of 587 on another port",
  summary:
    "Exactly the 587 conversation on port 2525, a vendor convention for networks that block 587: STARTTLS, AUTH, send.",
  port: 2525,
  theme: "happy",
  client: {
    tls: "required",
    auth: { mechanism: "PLAIN", user: "alice", passwords: ["wonderland"] },
    envelope: { from: "alice@example.test", to: ["bob@example.net"] },
    message: { subject: "Hi Bob", body: ["Hi Bob (port 2525)"] },
  },
};
