import type { Quiz } from "@/lib/content/quiz";

export const quiz: Quiz = {
  id: "anatomy-of-a-session",
  questions: [
    {
      id: "predict-data",
      kind: "predict",
      prompt:
        "The client on port 25 has sent `MAIL FROM`, and `RCPT TO:<alice@example.test>` was accepted. It now sends `DATA`. What does the server answer?",
      reveal: { scenario: "25-plain-delivery", command: "DATA" },
      choices: [
        {
          text: "`354`",
          correct: true,
          feedback:
            "Right: 354 is the go-ahead to send the message, ending with a line holding only a dot (RFC 5321 §4.2.3). Like every 3yz reply it carries no enhanced status code (RFC 2034).",
        },
        {
          text: "`250 2.0.0`",
          feedback:
            "No: 250 2.0.0 comes later, after the lone dot, when the message has been stored. DATA itself only gets permission to start sending.",
        },
        {
          text: "`503 5.5.1`",
          feedback:
            "No: 503 is for commands out of order, such as DATA before any accepted RCPT. Here MAIL and RCPT came first, so the order is right.",
        },
        {
          text: "`221 2.0.0`",
          feedback:
            "No: 221 is the reply to QUIT, when the server closes the connection (RFC 5321 §4.1.1.10).",
        },
      ],
      cite: [
        { rfc: 5321, section: "4.1.1.4" },
        { rfc: 5321, section: "4.2.3" },
      ],
    },
    {
      id: "dot-stuff-a-lone-dot",
      kind: "single",
      prompt:
        "Alice's message body contains a line that is just a single `.` (she is showing how SMTP ends a message). What does her client send on the wire for that line?",
      choices: [
        {
          text: "`..`",
          correct: true,
          feedback:
            "Right: the client adds one dot to every line that begins with a dot; the server removes it again, and Bob sees a single dot (RFC 5321 §4.5.2).",
        },
        {
          text: "`.`",
          feedback:
            "No: a line holding only a dot ends the data. The server would take the rest of Alice's body as SMTP commands.",
        },
        {
          text: "`\\.`",
          feedback:
            "No: SMTP has no backslash escape. Transparency works by doubling the leading dot (RFC 5321 §4.5.2), and the server would store the backslash.",
        },
        {
          text: "Nothing: the client must drop that line",
          feedback:
            "No: SMTP can carry any line. Dot-stuffing exists precisely so that lines starting with a dot survive (RFC 5321 §4.5.2).",
        },
      ],
      cite: [{ rfc: 5321, section: "4.5.2" }],
    },
    {
      id: "rcpt-before-mail",
      kind: "single",
      prompt:
        "Right after `EHLO`, a client sends `RCPT TO:<alice@example.test>`. Which reply code should it expect?",
      choices: [
        {
          text: "`503`, bad sequence of commands",
          correct: true,
          feedback:
            "Right: RCPT is a valid command at the wrong time; without a previous MAIL the server must answer 503 (RFC 5321 §3.3). Our Postfix says `503 5.5.1 Error: need MAIL command`.",
        },
        {
          text: "`501`, syntax error in parameters",
          feedback:
            "No: 501 is for a bad argument, such as `RCPT TO:<>`. The address here is fine; the problem is the order.",
        },
        {
          text: "`500`, command unrecognized",
          feedback:
            "No: RCPT is a command every server knows (RFC 5321 §4.5.1). 500 is for something like `FOO`.",
        },
        {
          text: "`550`, mailbox unavailable",
          feedback:
            "No: the server does not look at the address yet. There is no transaction for the recipient to join, so it is a sequence error.",
        },
      ],
      cite: [
        { rfc: 5321, section: "3.3" },
        { rfc: 5321, section: "4.1.4" },
      ],
    },
    {
      id: "read-the-ehlo-list",
      kind: "multiple",
      prompt:
        "Our server answers `EHLO` on port 25 with eleven lines, from `250-mail.example.test` to `250 CHUNKING`, including `250-SIZE 10240000` and `250-STARTTLS` but no `AUTH`. Which statements are true?",
      choices: [
        {
          text: "It is one reply; the line `250 CHUNKING`, with a space after the code, is its last line",
          correct: true,
          feedback:
            "Right: every line but the last has a hyphen after the code, and the last has a space (RFC 5321 §4.2.1).",
        },
        {
          text: "The client may announce its message size with `MAIL FROM:<…> SIZE=500000`",
          correct: true,
          feedback: "Right: the SIZE keyword allows the SIZE parameter on MAIL (RFC 1870).",
        },
        {
          text: "Because `STARTTLS` is listed, the session is already encrypted",
          feedback:
            "No: STARTTLS is an offer. The session stays in plain text until the client sends STARTTLS and the handshake succeeds (RFC 3207).",
        },
        {
          text: "Because `AUTH` is missing, nobody can ever log in to this server",
          feedback:
            "No: the list can change. After STARTTLS the client sends EHLO again, and our server then lists `AUTH PLAIN LOGIN` (RFC 3207 §4.2).",
        },
      ],
      cite: [{ rfc: 5321, section: "4.2.1" }, { rfc: 1870 }, { rfc: 3207, section: "4.2" }],
    },
    {
      id: "decode-550-511",
      kind: "single",
      prompt: "A server answers `RCPT TO:<bbo@example.net>` with `550 5.1.1`. What does `5.1.1` tell you?",
      choices: [
        {
          text: "A permanent failure about addressing: there is no such mailbox",
          correct: true,
          feedback:
            "Right: class 5 is permanent failure, subject 1 is addressing, and 5.1.1 is 'Bad destination mailbox address' (RFC 3463 §2, §3).",
        },
        {
          text: "A temporary failure: try again later",
          feedback:
            "No: a temporary failure would have class 4 (and a 4yz basic code). Class 5 means do not retry unchanged.",
        },
        {
          text: "A security or policy refusal",
          feedback:
            "No: policy refusals use subject 7, as in 5.7.1 'Delivery not authorized, message refused' (RFC 3463 §3).",
        },
        {
          text: "The server's storage is full",
          feedback:
            "No: a full mailbox is subject 2 (4.2.2 'Mailbox full'), and full system storage is subject 3. Subject 1 is about the address itself.",
        },
      ],
      cite: [
        { rfc: 3463, section: "2" },
        { rfc: 3463, section: "3" },
      ],
    },
    {
      id: "line-limits",
      kind: "multiple",
      prompt: "Which of these break the size limits of RFC 5321 (with no extension that raises them)?",
      choices: [
        {
          text: "A 600-octet command line",
          correct: true,
          feedback:
            "Right: command lines are limited to 512 octets including CR LF (RFC 5321 §4.5.3.1.4). Our Postfix happens to accept 600, but the next server may not.",
        },
        {
          text: "A 1200-octet line of message text",
          correct: true,
          feedback:
            "Right: a text line may be at most 1000 octets including CR LF (RFC 5321 §4.5.3.1.6). Lenient servers exist, but a client must not count on them.",
        },
        {
          text: "A 900-octet line of message text, including CR LF",
          feedback: "No: 900 is within the 1000-octet text-line limit (RFC 5321 §4.5.3.1.6).",
        },
        {
          text: "A local part (before the @) of 70 characters",
          correct: true,
          feedback: "Right: a local part may be at most 64 octets long (RFC 5321 §4.5.3.1.1).",
        },
      ],
      cite: [{ rfc: 5321, section: "4.5.3.1" }],
    },
  ],
};
