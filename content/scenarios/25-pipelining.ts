import type { SessionScenario } from "@/lib/smtp";

export const scenario: SessionScenario = {
  id: "25-pipelining",
  kind: "session",
  title: "Port 25 with PIPELINING: several commands in one packet",
  summary:
    "The client sends MAIL, two RCPTs and DATA in one go; the server answers all four in order, in one packet.",
  port: 25,
  theme: "happy",
  client: {
    tls: "none",
    pipelining: true,
    envelope: { from: "sender@example.net", to: ["alice@example.test", "postmaster@example.test"] },
    message: { subject: "Pipelined", body: ["Sent with PIPELINING."] },
  },
};
