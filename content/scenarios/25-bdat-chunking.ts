import type { SessionScenario } from "@/lib/smtp";

export const scenario: SessionScenario = {
  id: "25-bdat-chunking",
  kind: "session",
  title: "Port 25 with CHUNKING: BDAT instead of DATA",
  summary:
    "The client announces the message's exact size with BDAT … LAST, so no dot-stuffing and no final dot are needed.",
  port: 25,
  theme: "happy",
  client: {
    tls: "none",
    bdat: true,
    envelope: { from: "sender@example.net", to: ["alice@example.test"] },
    message: { subject: "Chunked", body: ["Sent with BDAT.", ".a line that starts with a dot"] },
  },
};
