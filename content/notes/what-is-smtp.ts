import type { LessonNotes } from "@/lib/content/notes";

export const notes: LessonNotes = {
  "who-handles-an-email-four-roles": {
    say: "Draw Alice's message travelling from her app to Bob's phone and label each box MUA, MSA, MTA, MDA as the class names them. Stress that a role is a job, not a program: our one Postfix server plays three roles. Finish with the protocols per hop, especially that reading mail is IMAP or POP, never SMTP.",
    ask: {
      question: "Which of the four roles does your phone's mail app play, and which protocols does it speak?",
      listenFor: "MUA; it submits with SMTP on 587 or 465 and reads with IMAP or POP.",
    },
    minutes: 4,
  },
  "one-smtp-session-start-to-finish": {
    say: "Read the real transcript aloud as a dialogue, one student as client and one as server. Explain the notation first (arrows, hyphen versus space in multi-line replies), then the steps from 220 to 221. Spend the last minute on the envelope versus the header: RCPT TO decides delivery, To: is only text.",
    ask: {
      question:
        "The header says To: alice@example.test but RCPT TO names bob@example.net. Who gets the message?",
      listenFor: "Bob: the envelope routes the message, the header is content (RFC 5321 §2.3.1).",
    },
    minutes: 6,
  },
  "reply-codes-the-first-digit-says-what-to-do": {
    say: "Teach the first digit as four instructions: done, send more, try later, give up. Use the test from RFC 5321: could the identical command succeed later? If yes, it should be a 4yz. Keep the full code table for reference rather than memorising it.",
    ask: {
      question: "Should 'mailbox full' be a 4yz or a 5yz reply, and why?",
      listenFor:
        "Usually 4yz: the same message could be accepted once the user frees space, so the sender should retry later.",
    },
    minutes: 4,
  },
  "where-smtp-came-from": {
    say: "Walk the timeline from RFC 821 to RFC 5321 and use the EHLO list from the transcript as evidence that SMTP kept growing. Debunk the 'port 25 unchanged since 1982' claim: only the port number stayed.",
    ask: {
      question: "Name one keyword in our server's EHLO list that did not exist in 1982.",
      listenFor:
        "Any of PIPELINING, SIZE, STARTTLS, 8BITMIME, DSN, SMTPUTF8, CHUNKING, ENHANCEDSTATUSCODES: all extensions, and the extension mechanism itself only began in 1990 (RFC 5321 §2.2.1).",
    },
    minutes: 2,
  },
  recap: {
    say: "Recap the roles, the session steps and the meaning of the first digit, then run the quiz. The predict question uses the same session they just read.",
    ask: {
      question: "What is the difference between the envelope and the message?",
      listenFor:
        "The envelope is MAIL FROM and RCPT TO, used for routing and bounces; the message is the header and body sent after DATA.",
    },
    minutes: 2,
  },
};
