import type { LessonNotes } from "@/lib/content/notes";

export const notes: LessonNotes = {
  "two-ways-to-switch-on-tls": {
    say: "Both methods end in the same TLS; what differs is whether anything happens in plain text first. With STARTTLS the first few lines are readable and changeable, with implicit TLS there are none. Keep that one difference in mind for the whole lesson; the rest follows from it.",
    ask: {
      question:
        "In your own mail app, which setting name corresponds to implicit TLS, and which to STARTTLS?",
      listenFor:
        '"SSL/TLS" (or "SSL") means implicit TLS, usually on 465; "STARTTLS" means the upgrade, usually on 587.',
    },
    minutes: 2,
  },
  "how-starttls-upgrades-a-session": {
    say: "Walk the class through the lab transcript: offer, request, 220, handshake, EHLO again. Point at the two EHLO lists side by side: STARTTLS disappears and AUTH appears. The reset rule exists because the first list came in plain text and cannot be trusted.",
    ask: {
      question: "Why must the client throw away the first EHLO list after the handshake?",
      listenFor:
        "It arrived in plain text and may have been changed by an attacker (RFC 3207 §4.2, §6); the list inside TLS is the trustworthy one.",
    },
    minutes: 3,
  },
  "stripping-the-attack-on-the-plaintext-start": {
    say: "Play the three players side by side and pause after the EHLO reply: all three clients see the same forged list, or none at all on 465. Then let them run. Stress the surprise in the first player: our server requires TLS and refuses the login with 530, yet the password is already gone, so only the client's setting can protect it.",
    ask: {
      question: "The server on 587 requires TLS. Why was Alice's password still stolen?",
      listenFor:
        "The opportunistic client sent AUTH before the server could refuse; the 530 came after the password crossed the attacker. The client must require TLS (RFC 3207 §6, RFC 8314 §5.2).",
    },
    minutes: 4,
  },
  "command-injection-cve-2011-0411": {
    say: "This attack targets the other direction: extra plaintext commands hidden behind STARTTLS in one packet. Show the lab capture where the injected RSET simply gets no answer; that silence is the fix. Mention that a 2021 study still found many vulnerable servers, which supports RFC 8314's argument (2018) for implicit TLS.",
    ask: {
      question: "Why can't command injection happen on port 465?",
      listenFor:
        "There is no plaintext phase: the first bytes are the TLS handshake, so there is nothing to append commands to.",
    },
    minutes: 3,
  },
  "port-465-nothing-to-strip": {
    say: "Compare the first lines of the 465 transcript with 587: TLS starts before the greeting. Read RFC 8314's 'no significant difference' sentence aloud and underline its two conditions, then the preference for implicit TLS. The practical rule: 465 if offered, else 587 with STARTTLS required, and always a certificate check.",
    ask: {
      question: "Under which two conditions does RFC 8314 call 587 and 465 equally secure?",
      listenFor:
        "Correct implementations, and both client and server requiring TLS before submission (RFC 8314 §3.3).",
    },
    minutes: 3,
  },
  "hardening-relay-on-port-25": {
    say: "Relay cannot simply switch to implicit TLS: MX records have no port field, and an MX may not demand STARTTLS. So the receiving domain publishes a policy instead. MTA-STS and DANE make senders require TLS, TLS-RPT only reports, REQUIRETLS is a per-message request by the sender.",
    ask: {
      question: "Which of the four standards protects nothing by itself, and why is it still useful?",
      listenFor:
        "TLS-RPT: it only reports TLS failures, but tells the postmaster about attacks or broken configurations.",
    },
    minutes: 3,
  },
  "tls-protects-one-hop-only": {
    say: "Draw the path Alice's app, mail.example.test, mx.example.net, Bob's mailbox on the board and mark each arrow as a separate TLS session. Every server decrypts and holds the message. End-to-end encryption is a different tool and not part of this course.",
    ask: {
      question:
        "Alice used 465 with a valid certificate. Can she be sure the message reached Bob encrypted all the way?",
      listenFor:
        "No: TLS covered only her first hop; the relay hop on port 25 negotiates its own TLS, or none (RFC 3207 §6, RFC 8314 §1).",
    },
    minutes: 2,
  },
  recap: {
    say: "Summarise with the three attacks on the plaintext start (stripping, injection, and the study showing both are still real) and the two cures: require TLS on the client, or use implicit TLS. Then run the quiz; the predict question about the stripped AUTH usually surprises people.",
    ask: {
      question: "In one sentence: what should a mail app's TLS setting be?",
      listenFor: "Implicit TLS on 465, or STARTTLS required on 587, always with certificate validation.",
    },
    minutes: 2,
  },
};
