import type { SessionScenario } from "@/lib/smtp";

export const scenario: SessionScenario = {
  id: "587-starttls-no-auth",
  kind: "session",
  title: "Port 587: encrypted but not logged in",
  summary: "A client starts TLS but forgets AUTH: MAIL FROM is accepted, then every RCPT TO is refused.",
  port: 587,
  theme: "failure",
  client: {
    tls: "required",
    envelope: { from: "alice@example.test", to: ["bob@example.net"] },
    message: { subject: "No login", body: ["Will this go out?"] },
  },
};
