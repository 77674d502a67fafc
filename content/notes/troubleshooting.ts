import type { LessonNotes } from "@/lib/content/notes";

export const notes: LessonNotes = {
  "read-the-reply-first": {
    say: "Teach the reading routine before any specific error: which command, which first digit, which enhanced code, who said it. Most wrong fixes come from skipping this step. Postmasters get the same information from the server log.",
    ask: {
      question: "A reply says 450 4.2.0 at RCPT TO. Before reading the words, what do you already know?",
      listenFor:
        "It is temporary (4), about that one recipient (RCPT), a mailbox-status subject (x.2); retry later.",
    },
    minutes: 2,
  },
  "530-do-something-else-first": {
    say: "Two different 530s: one asks for TLS, one for a login. Our lab only produces the first. Point out that an app which got 530 after AUTH has already sent its password in the clear.",
    ask: {
      question:
        "What is the difference between '530 Must issue a STARTTLS command first' and '530 Authentication required'?",
      listenFor:
        "The first needs TLS (fix the connection setting), the second needs a login (switch authentication on).",
    },
    minutes: 2,
  },
  "535-the-login-was-refused": {
    say: "535 means the server checked the credentials and said no. Go through the checklist: password, user name form, mechanism, token logins. Play the wrong-password scenario and point at the delay after the failure.",
    ask: {
      question: "Should a mail app ask the user for a new password after a 454 4.7.0 to AUTH?",
      listenFor:
        "No: 454 is a temporary server failure; the app should report it and retry later (RFC 4954 §6).",
    },
    minutes: 2,
  },
  "554-571-relaying-or-access-denied": {
    say: "Same code, two situations: relay refused on 25, and no login on 587. In both the fix is to submit with AUTH. Note that TLS alone does not authorise relaying, and that Postfix refuses at RCPT where the RFC expects MAIL.",
    ask: {
      question:
        "A printer sends scans by mail through port 25 of the company server and gets 554 5.7.1 Relay access denied for external addresses. What do you change?",
      listenFor: "Make it submit on 587 or 465 with a login (or send only to the server's own domains).",
    },
    minutes: 3,
  },
  "550-511-no-such-mailbox": {
    say: "550 5.1.1 is the classic typo error. Stress that it concerns only that recipient and that retrying unchanged is pointless. Mention that 550 with a 5.7 code is a policy refusal instead.",
    ask: {
      question: "How can 550 mean two different things, and how do you tell them apart?",
      listenFor:
        "Mailbox not found or policy refusal (RFC 5321 §4.2.3); the enhanced code tells: 5.1.1 address, 5.7.x policy.",
    },
    minutes: 2,
  },
  "4xx-try-again-later": {
    say: "Temporary means the same command could work later. Mail servers retry on their own for days; people and apps must retry themselves. Greylisting is the 4xx that is meant to go away.",
    ask: {
      question: "Your server's queue shows a message deferred with 450 for ten minutes. Should you act?",
      listenFor:
        "Not yet: it will retry (RFC 5321 §4.5.4.1); only a 4xx that persists for long needs investigation.",
    },
    minutes: 2,
  },
  "wrong-version-number-tls-on-a-starttls-port": {
    say: "Explain the odd wording: the client's TLS library read the server's '220 m' as a TLS record header. Play the scenario and show the plaintext greeting and the two 500 lines. The fix is to match mode and port.",
    ask: {
      question: "Does 'wrong version number' mean the server uses an old TLS version?",
      listenFor: "No: no TLS happened at all; the client spoke TLS to a port expecting plain SMTP first.",
    },
    minutes: 3,
  },
  "timeouts-plain-text-on-the-implicit-tls-port": {
    say: "The mirror image: a plaintext client on 465 waits for a greeting that never comes. Play the scenario: silence, then a reset when the client speaks. Then distinguish this from a blocked port, which never connects at all.",
    ask: {
      question: "How can you tell a mode mismatch on 465 from a firewall blocking 465?",
      listenFor:
        "With the mismatch the TCP connection succeeds ('Connected') and then nothing comes; with a block the connection itself fails or times out.",
    },
    minutes: 3,
  },
  "symptom-cause-fix": {
    say: "Let the class use the table as a cheat sheet. Read a symptom aloud and let them find the cause and fix without looking, then check against the table.",
    ask: {
      question: "Symptom: 'Connected', then a timeout waiting for the greeting, on port 465. Cause and fix?",
      listenFor:
        "Plaintext or STARTTLS client on the implicit-TLS port; set SSL/TLS on 465 or use STARTTLS on 587.",
    },
    minutes: 2,
  },
  "practise-make-the-server-say-it": {
    say: "Give everyone time to provoke all four errors; breaking things on purpose is the best way to recognise them later. Pairs can race each other. Check that they read the full reply text, not only the code.",
    ask: {
      question: "Which command got the 554 and which got the 550, and why was MAIL FROM accepted both times?",
      listenFor: "Both came at RCPT TO, per recipient; MAIL FROM was fine, only the recipients were refused.",
    },
    minutes: 6,
  },
  "spf-dkim-and-dmarc-are-another-story": {
    say: "Name SPF, DKIM and DMARC so students recognise them in rejection texts, but do not go further. The point is only that a 5.7.x can have causes beyond ports and TLS.",
    ask: {
      question: "What does the 7 in 5.7.1 tell you?",
      listenFor: "Security or policy status (RFC 3463 §2).",
    },
    minutes: 1,
  },
  recap: {
    say: "Close with the routine: read the code, decide temporary or permanent, match mode and port, log in before sending. Then the quiz.",
    ask: {
      question: "What are the two most common causes of 'it connects but nothing works' with mail apps?",
      listenFor:
        "TLS mode and port do not match (SSL/TLS on 587, plaintext on 465), or authentication is switched off.",
    },
    minutes: 2,
  },
};
