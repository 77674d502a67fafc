import type { Quiz } from "@/lib/content/quiz";

export const quiz: Quiz = {
  id: "what-is-smtp",
  questions: [
    {
      id: "role-on-587",
      kind: "single",
      prompt:
        "Alice's mail app on `client.example.test` logs in to `mail.example.test` on port 587 and hands it a message for Bob. Which role does `mail.example.test` play in this hop?",
      choices: [
        {
          text: "MSA (Mail Submission Agent)",
          correct: true,
          feedback:
            "Right: the MSA accepts a message from the author's MUA and enforces the site's rules (RFC 5598 §4.3.1; RFC 6409 §2.1).",
        },
        {
          text: "MUA (Message User Agent)",
          feedback: "No: the MUA is Alice's mail app, the program she writes in (RFC 5598 §4.2.1).",
        },
        {
          text: "MDA (Mail Delivery Agent)",
          feedback:
            "No: the MDA puts a message into the recipient's mailbox at the end of the journey (RFC 5598 §4.3.3). Bob's mailbox is not on this server.",
        },
        {
          text: "None: only MTAs speak SMTP",
          feedback:
            "No: submission is SMTP too, with extra rules such as login (RFC 6409 §4.3). A role is a job, and one program can do several.",
        },
      ],
      cite: [
        { rfc: 5598, section: "4.3.1" },
        { rfc: 6409, section: "2.1" },
      ],
    },
    {
      id: "envelope-decides",
      kind: "single",
      prompt:
        "A client sends `RCPT TO:<bob@example.net>`, and the message after `DATA` has the header line `To: alice@example.test`. Where does the server deliver it?",
      choices: [
        {
          text: "To bob@example.net",
          correct: true,
          feedback:
            "Right: the envelope (MAIL FROM, RCPT TO) routes the message; the header lines are content for the reader (RFC 5321 §2.3.1).",
        },
        {
          text: "To alice@example.test",
          feedback:
            "No: servers route by the envelope, not by the To: header line. That is also how Bcc works: the Bcc recipient is in the envelope only.",
        },
        {
          text: "To both addresses",
          feedback:
            "No: only RCPT TO adds a recipient. The To: line is text inside the content (RFC 5321 §2.3.1).",
        },
        {
          text: "Nowhere: the server refuses because they differ",
          feedback:
            "No: nothing requires them to match, and a relay must not inspect or alter the header to decide delivery (RFC 5321 §3.6.3).",
        },
      ],
      cite: [
        { rfc: 5321, section: "2.3.1" },
        { rfc: 5321, section: "3.6.3" },
      ],
    },
    {
      id: "predict-rcpt-alice",
      kind: "predict",
      prompt:
        "In the session from this lesson, the client has sent `EHLO` and `MAIL FROM:<sender@example.net>`. It now sends `RCPT TO:<alice@example.test>`. What does the server answer?",
      reveal: { scenario: "25-plain-delivery", command: "RCPT" },
      choices: [
        {
          text: "`250 2.1.5`",
          correct: true,
          feedback:
            "Right: `250 2.1.5 Ok`, the recipient is accepted. alice is a local user of `example.test` (RFC 5321 §3.3).",
        },
        {
          text: "`250 2.1.0`",
          feedback:
            "No: 2.1.0 is what our server says to MAIL FROM. For a recipient it says 2.1.5; both are class 2, subject 1 (addressing) (RFC 3463 §2).",
        },
        {
          text: "`354`",
          feedback:
            "No: 354 is the go-ahead after DATA (RFC 5321 §4.2.3). The client has not asked to send the message yet.",
        },
        {
          text: "`550 5.1.1`",
          feedback: "No: 550 5.1.1 would mean there is no such mailbox. alice exists on this server.",
        },
      ],
      cite: [
        { rfc: 5321, section: "3.3" },
        { rfc: 3463, section: "2" },
      ],
    },
    {
      id: "what-to-do-with-451",
      kind: "single",
      prompt:
        "`mail.example.test` is delivering a message to `mx.example.net` and gets `451` (local error in processing). What should it do?",
      choices: [
        {
          text: "Keep the message in its queue and try again later",
          correct: true,
          feedback:
            "Right: a 4yz is a transient failure, and the client should retry (RFC 5321 §4.2.1); undeliverable mail is queued and retried (RFC 5321 §4.5.4.1).",
        },
        {
          text: "Send a bounce to the sender at once",
          feedback:
            "No: that is the reaction to a 5yz, or to 4yz replies that go on for days. One 4yz means 'try later' (RFC 5321 §4.2.1).",
        },
        {
          text: "Resend the message immediately, over and over, until it works",
          feedback:
            "No: the sender must wait before retrying the same destination, preferably at least 30 minutes (RFC 5321 §4.5.4.1).",
        },
        {
          text: "Delete the message: the receiver has refused it",
          feedback:
            "No: the sending server is responsible for the message until a receiver says 250 to the lone dot (RFC 5321 §6.1). It must not lose it.",
        },
      ],
      cite: [
        { rfc: 5321, section: "4.2.1" },
        { rfc: 5321, section: "4.5.4.1" },
      ],
    },
    {
      id: "history-true",
      kind: "multiple",
      prompt: "Which statements about SMTP's history are true?",
      choices: [
        {
          text: "RFC 5321 (2008) is the current SMTP specification; it replaced RFC 2821",
          correct: true,
          feedback: "Right (RFC 5321 §1.2).",
        },
        {
          text: "EHLO and the extension mechanism were added in the 1990s",
          correct: true,
          feedback:
            "Right: service extensions came with RFC 1425 (1993), revised by RFC 1651 and then by RFC 1869 (1995); the work started in 1990 (RFC 5321 §2.2.1).",
        },
        {
          text: "Port 25's protocol has not changed since 1982",
          feedback:
            "No: only the port number stayed. Extensions such as STARTTLS (RFC 3207), PIPELINING (RFC 2920) and SMTPUTF8 (RFC 6531) came later, and the base specification was revised twice.",
        },
        {
          text: "Servers no longer have to accept HELO",
          feedback:
            "No: clients should prefer EHLO, but both sides must still support HELO as a fallback (RFC 5321 §2.2.1).",
        },
      ],
      cite: [
        { rfc: 5321, section: "1.2" },
        { rfc: 5321, section: "2.2.1" },
      ],
    },
    {
      id: "reading-protocol",
      kind: "single",
      prompt:
        "Bob reads his mail on his phone. Which protocol does his mail app use to fetch it from his mailbox?",
      choices: [
        {
          text: "IMAP or POP",
          correct: true,
          feedback: "Right: retrieval from the mailbox uses POP or IMAP, not SMTP (RFC 5598 §4.3.3).",
        },
        {
          text: "SMTP on port 25",
          feedback:
            "No: port 25 is for servers delivering mail to each other (RFC 5321 §4.5.4.2). SMTP only sends mail.",
        },
        {
          text: "SMTP on port 587",
          feedback: "No: 587 is for *sending*: submitting new mail to the user's provider (RFC 6409).",
        },
        {
          text: "The DATA command",
          feedback:
            "No: DATA is how an SMTP client sends a message to a server, not how a reader fetches one.",
        },
      ],
      cite: [{ rfc: 5598, section: "4.3.3" }],
    },
  ],
};
