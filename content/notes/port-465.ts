import type { LessonNotes } from "@/lib/content/notes";

export const notes: LessonNotes = {
  "tls-from-the-first-byte": {
    say: "Show the 465 transcript and ask what is missing compared with 587: no STARTTLS, no plain-text lines, only one EHLO. Then describe the wire: the first bytes are a ClientHello, and even the 220 greeting is an encrypted record. An eavesdropper learns that a connection to 465 happened and little else.",
    ask: {
      question: "Why is there only one EHLO on port 465?",
      listenFor:
        "Nothing was said before TLS, so there is nothing to forget and no reason to ask again (RFC 8314 §3.3).",
    },
    minutes: 3,
  },
  "465-and-587-side-by-side": {
    say: "Play the compare view and let the phases line up: connect, TLS, greeting on 465 versus connect, greeting, EHLO, STARTTLS, TLS on 587. The plain-text phase on 587 is the part an attacker can tamper with. Everything after the handshake is the same protocol.",
    ask: {
      question:
        "Which lines of the 587 session can a passive eavesdropper read that they cannot read on 465?",
      listenFor: "The greeting, the first EHLO and its list, STARTTLS and the 220 Ready reply.",
    },
    minutes: 3,
  },
  "a-short-first-life-as-smtps": {
    say: "Tell the history as a story with a moral: registering a second SMTP port made no sense because MX records cannot name a port, so the registration was revoked; mail apps kept using 465 for submission anyway. Refuse to give years: the RFC says only 'briefly', and we do not teach dates we could not confirm.",
    ask: {
      question: "Why could 'SMTP over SSL on 465' never work for delivery between servers?",
      listenFor:
        "Senders find the MX through DNS, and MX records carry no port, so relay always goes to 25 (RFC 8314 §7.3).",
    },
    minutes: 3,
  },
  "the-return-submissions-in-rfc-8314": {
    say: "Explain the fix: in 2017–2018 RFC 8314 registered 465 again, this time as submissions, a one-time exception that made the registry match practice. Then read out the three recommendations, and balance them with §3.3: 587 with required STARTTLS is equally secure. The myth callout is the takeaway: 465 is not deprecated.",
    ask: {
      question: "A blog post says 'avoid port 465, it is deprecated'. What do you reply?",
      listenFor:
        "It is outdated: since RFC 8314 (January 2018) 465 is the standard submissions port and implicit TLS is the preferred mechanism (RFC 8314 §1, §3, §7.3).",
    },
    minutes: 4,
  },
  "tls-versions-and-certificates": {
    say: "Keep this short and practical: TLS 1.2 or later, and certificate validation on by default. Without validation, implicit TLS only protects against people who listen, not against people who impersonate the server. Address the 'SSL' label in mail apps so nobody switches to plain text because the word sounds old.",
    ask: {
      question: "Why is TLS without certificate validation not enough for a password?",
      listenFor:
        "An attacker can present their own certificate and decrypt everything; RFC 4954 §14 requires verifying the certificate before AUTH PLAIN.",
    },
    minutes: 2,
  },
  "wrong-mode-wrong-port": {
    say: "Play the plaintext-client scenario and let the silence sink in: both sides are waiting for the other. Then describe the opposite mismatch on 587, where the server answers with readable 500 errors. These two symptoms are the fastest way to diagnose a wrong TLS mode in troubleshooting.",
    ask: {
      question:
        "A mail app times out on port 465 without any error from the server. What is the most likely setting mistake?",
      listenFor:
        "The app is set to plain text or STARTTLS instead of SSL/TLS (implicit TLS), so it waits for a greeting that never comes.",
    },
    minutes: 3,
  },
  recap: {
    say: "Summarise: TLS first, then the same submission protocol; a confused history that ended in RFC 8314; preferred, not deprecated. Run the quiz.",
    ask: {
      question: "What does a mail app need to be safe on 465?",
      listenFor: "Implicit TLS with TLS 1.2 or later, certificate validation, and AUTH inside TLS.",
    },
    minutes: 2,
  },
};
