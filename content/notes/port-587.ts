import type { LessonNotes } from "@/lib/content/notes";

export const notes: LessonNotes = {
  "why-submission-has-its-own-port": {
    say: "Draw the two doors of the provider's server: port 25 for strangers delivering to local users, port 587 for local users sending anywhere. The split exists so each door can have its own rules, not because of encryption. Use the history table to show that 587 predates STARTTLS.",
    ask: {
      question: "Which was specified first: port 587 for submission or the STARTTLS command?",
      listenFor:
        "Port 587 (RFC 2476, December 1998); STARTTLS followed in January 1999 (RFC 2487). 587 is about submission, not TLS.",
    },
    minutes: 3,
  },
  "the-rules-on-port-587": {
    say: "Put RFC 6409's two words side by side: AUTH MUST, STARTTLS MAY. Everything else in the lesson follows from that asymmetry. Explain that a submission server, unlike a public MX, is allowed to require TLS, and that current advice (RFC 8314) pushes clients to require it too.",
    ask: {
      question: "If STARTTLS is only a MAY in RFC 6409, who makes sure a session on 587 is encrypted?",
      listenFor:
        "The client, by requiring STARTTLS (RFC 8314 §5.2); a server may also require it, as ours does.",
    },
    minutes: 2,
  },
  "what-our-postfix-does-on-587": {
    say: "Show the EHLO list and ask the class to spot the difference from port 25: there is none. Then play the AUTH-before-STARTTLS scenario and stop at the 530, noting that the password already crossed the wire. Finish with the happy path from the STARTTLS step, and with the quirk that Postfix refuses a non-logged-in sender at RCPT, not at MAIL.",
    ask: {
      question: "How can a client tell from the first EHLO list that port 587 requires TLS?",
      listenFor:
        "It cannot: the list is identical to port 25's. It finds out from the 530 reply, or by being configured to use STARTTLS anyway.",
    },
    minutes: 5,
  },
  "why-the-client-must-require-starttls": {
    say: "Use the two-row table: same attacker, same server, two app settings, opposite outcomes. The server cannot help because it never sees the stripped list. Link to the two stripping scenarios and let the class predict which one leaks the password before you play them.",
    ask: {
      question: "The server requires TLS on 587. Why is an app set to 'STARTTLS if available' still unsafe?",
      listenFor:
        "The attacker strips STARTTLS, the app sends AUTH PLAIN in clear, and the server's 530 comes too late: the password is already captured (RFC 3207 §6).",
    },
    minutes: 4,
  },
  "what-the-submission-server-may-fix": {
    say: "List the fix-ups quickly and contrast them with a relay, which must not touch the message. Mention the DKIM warning for the administrators: change first, sign afterwards.",
    ask: {
      question: "Why may an MSA add a missing Message-ID while a relay may not?",
      listenFor:
        "The MSA knows its authenticated user and is completing their message (RFC 6409 §8); a relay must pass other people's mail on unchanged (RFC 5321 §3.6.3).",
    },
    minutes: 2,
  },
  "nobody-should-block-port-587": {
    say: "One sentence from RFC 5068: access providers must not block 587. Contrast it with port 25, where RFC 5068 makes no recommendation. Mention 465 as the standard way round a network that breaks this rule.",
    ask: {
      question: "A café Wi-Fi blocks 587. Is the café following best practice, and what can Alice try?",
      listenFor: "No, it breaks BCP 134 (RFC 5068 §4.1); she can use 465 with implicit TLS.",
    },
    minutes: 1,
  },
  "try-it-send-a-message-as-alice": {
    say: "Give the class the console with the hint list. Encourage them to try AUTH first and read the 530, then do it properly. Check that everyone sends the second EHLO and notices AUTH appear.",
    ask: {
      question: "What changed in the EHLO list after STARTTLS, and why?",
      listenFor:
        "STARTTLS disappeared and AUTH PLAIN LOGIN appeared: TLS is active, and this server offers login only inside TLS.",
    },
    minutes: 6,
  },
  recap: {
    say: "Summarise: 587 is submission, login is mandatory, TLS is up to the client to insist on. Run the quiz; the predict question reuses the 530 they just saw.",
    ask: {
      question: "What two settings make a mail app safe on 587?",
      listenFor: "STARTTLS required (with certificate validation) and AUTH only after TLS.",
    },
    minutes: 2,
  },
};
