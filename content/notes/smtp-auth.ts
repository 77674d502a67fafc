import type { LessonNotes } from "@/lib/content/notes";

export const notes: LessonNotes = {
  "why-the-server-asks-who-you-are": {
    say: "A submission server relays to the whole Internet, so it must know who is sending; without a login it would be an open relay. AUTH is the SMTP command, SASL mechanisms are the login methods it carries. The mechanisms on offer appear on the AUTH line of the EHLO reply.",
    ask: {
      question: "What would happen if port 587 accepted mail for any domain without a login?",
      listenFor:
        "It would be an open relay that spammers could use; RFC 5068 §3.2 forbids relaying unauthenticated messages.",
    },
    minutes: 2,
  },
  "the-auth-exchange": {
    say: "Show the one-line PLAIN login, then the variant with an empty 334 challenge. Go through the table row by row and point out where our Postfix differs from the RFC, especially 535 instead of 504 for an unknown mechanism. Then play the wrong-password scenario and note the delay.",
    ask: {
      question: "A client sends AUTH right after MAIL FROM. What will it get, and what should it do?",
      listenFor: "503, because AUTH is not allowed inside a transaction (RFC 4954 §4); send RSET, then AUTH.",
    },
    minutes: 3,
  },
  "plain-one-line-three-fields": {
    say: "Do the first base64 group on the board together, bits and all, then let the class decode another group in pairs. The goal is the moment they realise the password is right there. Finish with the one-line shell command to show that no skill is needed.",
    ask: {
      question: "What is the difference between encoding and encryption?",
      listenFor:
        "Encoding follows public rules anyone can reverse; encryption needs a secret key. Base64 is encoding.",
    },
    minutes: 4,
  },
  "login-common-but-in-no-rfc": {
    say: "LOGIN is everywhere in mail app menus, yet no RFC defines it; only an expired 2003 draft, which itself recommends PLAIN. Decode the two challenges, Username: and Password:, to show it is the same plain text in two steps.",
    ask: {
      question: "Is LOGIN safer than PLAIN because the password comes on a separate line?",
      listenFor: "No: both send the password in base64, which anyone can decode; only TLS protects either.",
    },
    minutes: 2,
  },
  "cram-md5-a-legacy-challenge": {
    say: "CRAM-MD5 avoided sending the password, which was clever in 1997, but it relies on MD5 and forces servers to store password equivalents. Today the answer is PLAIN inside TLS. Our lab does not offer it, and refuses it with 535.",
    ask: {
      question: "Why is 'the password never crosses the network' not enough to recommend CRAM-MD5 today?",
      listenFor:
        "It relies on MD5 and makes the server store password equivalents; PLAIN over TLS is the standard choice (RFC 4954 §4).",
    },
    minutes: 2,
  },
  "oauthbearer-and-xoauth2-tokens-instead-of-passwords": {
    say: "Tokens replace the account password with something the app gets from the provider's sign-in page. OAUTHBEARER is the standard, XOAUTH2 the older provider-specific variant. A bearer token is usable by whoever holds it, so TLS is mandatory.",
    ask: {
      question: "What does 'bearer' tell you about how the token must be protected?",
      listenFor:
        "Whoever holds it can use it, like a password, so it must only travel inside TLS (RFC 7628 §3).",
    },
    minutes: 2,
  },
  "never-send-auth-without-tls": {
    say: "This is the central rule of the lesson. Show the 530 transcript and ask where the password is at the moment the server refuses. Then play the stripping scenario: the attacker decodes the credentials. The server's rule cannot undo what the client already sent.",
    ask: {
      question: "Our server refused the plaintext AUTH with 530. Is Alice's password safe?",
      listenFor:
        "No: it was already sent in the clear before the refusal; only the client can prevent that by requiring TLS and checking the certificate (RFC 4954 §14).",
    },
    minutes: 3,
  },
  "try-it-log-in-as-alice": {
    say: "Let everyone do the console exercise; early finishers try AUTH before STARTTLS and AUTH LOGIN by hand. Walk around and check that people send EHLO again after STARTTLS. Remind them that the base64 helper is a convenience, not protection.",
    ask: {
      question: "Why did the AUTH line only appear in the EHLO list after STARTTLS?",
      listenFor:
        "The server offers logins only inside TLS (Postfix smtpd_tls_auth_only), as RFC 4616 §5 and RFC 4954 §9 advise.",
    },
    minutes: 4,
  },
  recap: {
    say: "Recap the chain: AUTH carries a SASL mechanism, PLAIN is base64 not encryption, LOGIN and CRAM-MD5 are legacy, OAUTHBEARER is the token standard, and nothing is safe without TLS set up by the client. Then the quiz.",
    ask: {
      question: "Which one setting in a mail app protects the password, whatever mechanism is used?",
      listenFor:
        "The connection security: SSL/TLS on 465 or STARTTLS required on 587, with certificate validation.",
    },
    minutes: 2,
  },
};
