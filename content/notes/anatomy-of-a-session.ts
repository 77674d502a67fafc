import type { LessonNotes } from "@/lib/content/notes";

export const notes: LessonNotes = {
  "the-commands-in-order": {
    say: "Play the port-25 session with the class and pause before every server reply. The point is that a session is a strict turn-taking game: one command, one reply, and the order of MAIL, RCPT, DATA never changes. Mention that RSET and a new EHLO both wipe the transaction, and that VRFY is often answered with 252 on purpose.",
    ask: {
      question:
        "A message goes to three people at the same company. How many MAIL, RCPT and DATA commands does the client send?",
      listenFor:
        "One MAIL, three RCPT, one DATA: one copy of the message, one RCPT per recipient (RFC 5321 §4.5.4.1).",
    },
    minutes: 4,
  },
  "what-the-ehlo-keywords-mean": {
    say: "Treat the EHLO reply as a menu the client must read before ordering. Go down the list and ask what each keyword allows the client to do; stop at STARTTLS and AUTH and point out that AUTH is missing before TLS. Make the rule explicit: a server must not advertise something it will then call unknown.",
    ask: {
      question: "Our server's first EHLO list has no AUTH line. Does that mean nobody can log in?",
      listenFor:
        "No: after STARTTLS the client sends EHLO again, and the new list shows AUTH PLAIN LOGIN (RFC 3207 §4.2).",
    },
    minutes: 3,
  },
  "reply-codes-and-enhanced-status-codes": {
    say: "Write 550 5.1.1 and 550 5.7.1 on the board. Both tell the client to stop, but the enhanced code tells the human why: the first is a wrong address, the second a policy refusal. Show that the enhanced class always matches the first digit, and that Postfix leaves it off the greeting, EHLO and 354.",
    ask: {
      question: "A reply reads 452 4.5.3. Without a table, what can you say about it?",
      listenFor:
        "Class 4: temporary, retry later; subject 5: a protocol matter. The basic and enhanced class agree.",
    },
    minutes: 3,
  },
  "sequence-errors-and-syntax-errors": {
    say: "Walk through the captured error session line by line and have the class label each reply: wrong order (503), bad argument (501), unknown command (500). Then show the pitfall: Postfix accepted MAIL before EHLO and an address without brackets, and the next server might not. Leniency in one server is not permission in the standard.",
    ask: {
      question:
        "Why does the RCPT right after EHLO get 503 when MAIL FROM had already been accepted before it?",
      listenFor:
        "The EHLO reset the session like RSET (RFC 5321 §4.1.4), so there was no open transaction for RCPT to join.",
    },
    minutes: 3,
  },
  "the-message-after-data": {
    say: "Put the stuffed and unstuffed lines side by side: the server always removes one leading dot, so stuffing is entirely the client's job. Mention the limits (512 for commands, 1000 for text lines) and that our Postfix is more generous, which is exactly why clients should not rely on it. BDAT avoids the whole problem by counting bytes.",
    ask: {
      question: "A client forgets to stuff the body line '.signature'. What does the recipient see?",
      listenFor:
        "'signature' without the dot: the server removed one leading dot, as it does for every such line (RFC 5321 §4.5.2).",
    },
    minutes: 3,
  },
  "try-it-deliver-a-message-on-port-25": {
    say: "Give the class five minutes in the console with the hint list on screen. Walk round and look for CR LF trouble and spaces after the colon in MAIL FROM. Those who finish early should provoke a 503 and a relay refusal on purpose and read the enhanced codes.",
    ask: {
      question: "What exactly told you that the server had taken the message?",
      listenFor: "250 2.0.0 Ok: queued as … after the lone dot, not the 354 and not the 221.",
    },
    minutes: 6,
  },
  recap: {
    say: "Recap the three layers: the command order, the two-part reply codes, and the framing of the message. Then run the quiz, starting with the predict question.",
    ask: {
      question: "Which single reply in a session matters most to the sender, and why?",
      listenFor:
        "The 250 after the lone dot: from then on the receiving server is responsible for the message.",
    },
    minutes: 2,
  },
};
