import type { Quiz } from "@/lib/content/quiz";

export const quiz: Quiz = {
  id: "port-587",
  questions: [
    {
      id: "predict-auth-before-starttls",
      kind: "predict",
      prompt:
        "A client connects to our server on port 587, sends `EHLO`, and then straight away `AUTH PLAIN AGFsaWNlAHdvbmRlcmxhbmQ=`, without STARTTLS. What does the server answer?",
      reveal: { scenario: "587-auth-before-starttls", command: "AUTH" },
      choices: [
        {
          text: "`530 5.7.0`",
          correct: true,
          feedback:
            "Right: our 587 requires TLS and answers `530 5.7.0 Must issue a STARTTLS command first`, the reply RFC 3207 §4 describes for a server that requires TLS. The password has already crossed the network in the clear, though.",
        },
        {
          text: "`235 2.7.0`",
          feedback:
            "No: the password is right, but this server takes logins only inside TLS. 235 comes only after STARTTLS and a new EHLO.",
        },
        {
          text: "`503 5.5.1`",
          feedback:
            "No: that is what our port 25 says (`Error: authentication not enabled`), where no login is offered before TLS. Port 587 tells the client what to do instead: start TLS.",
        },
        {
          text: "`535 5.7.8`",
          feedback:
            "No: 535 means wrong credentials (RFC 4954 §6). The server does not even check them before TLS is up.",
        },
      ],
      cite: [
        { rfc: 3207, section: "4" },
        { rfc: 6409, section: "4.3" },
      ],
    },
    {
      id: "must-and-may",
      kind: "single",
      prompt: "How does RFC 6409's summary table classify AUTH and STARTTLS on the submission port?",
      choices: [
        {
          text: "AUTH is a MUST; STARTTLS is a MAY",
          correct: true,
          feedback:
            "Right (RFC 6409 §7). That is why port 587 is not encrypted by itself: TLS happens only if the client asks for it.",
        },
        {
          text: "Both are MUST",
          feedback:
            "No: STARTTLS is only MAY in RFC 6409 §7. Later advice (RFC 8314) asks clients to require TLS, but RFC 6409 itself does not.",
        },
        {
          text: "STARTTLS is a MUST; AUTH is a MAY",
          feedback:
            "No: it is the other way round. The MSA must refuse mail from unauthenticated sessions (RFC 6409 §4.3); STARTTLS is optional.",
        },
        {
          text: "Both are MAY",
          feedback:
            "No: authentication has been mandatory since RFC 4409; RFC 6409 §4.3 says the MSA MUST, by default, refuse MAIL from an unauthenticated session.",
        },
      ],
      cite: [
        { rfc: 6409, section: "7" },
        { rfc: 6409, section: "4.3" },
      ],
    },
    {
      id: "safe-app-settings",
      kind: "multiple",
      prompt:
        "Alice sets up her mail app to send through `mail.example.test` on port 587. Which settings does it need?",
      choices: [
        {
          text: "STARTTLS set to required, so the app stops if TLS is not available",
          correct: true,
          feedback:
            "Right: only a client that requires TLS is safe when an attacker strips STARTTLS (RFC 3207 §6; RFC 8314 §5.2).",
        },
        {
          text: "Certificate validation switched on",
          correct: true,
          feedback:
            "Right: without it an attacker could present their own certificate. RFC 8314 §5.2 asks clients to validate by default.",
        },
        {
          text: "A login (user name and password), sent only after TLS",
          correct: true,
          feedback:
            "Right: the MSA requires AUTH (RFC 6409 §4.3), and PLAIN must be protected by TLS (RFC 4616 §5).",
        },
        {
          text: "STARTTLS 'if available', so that sending still works on networks that remove it",
          feedback:
            "No: that is opportunistic TLS. When STARTTLS disappears, the app sends the password in plain text to whoever removed it (RFC 3207 §6).",
        },
      ],
      cite: [
        { rfc: 8314, section: "5.2" },
        { rfc: 3207, section: "6" },
        { rfc: 6409, section: "4.3" },
      ],
    },
    {
      id: "after-starttls",
      kind: "single",
      prompt:
        "The server has just answered `220 2.0.0 Ready to start TLS` and the handshake has succeeded. What should the client send next?",
      choices: [
        {
          text: "`EHLO client.example.test`, again",
          correct: true,
          feedback:
            "Right: after TLS both sides forget what was said before, and the client should send EHLO first (RFC 3207 §4.2). Only the new list shows `AUTH PLAIN LOGIN`.",
        },
        {
          text: "`AUTH PLAIN …` straight away",
          feedback:
            "No: the client must discard the old EHLO list and ask again (RFC 3207 §4.2); it does not yet know which mechanisms the server offers inside TLS.",
        },
        {
          text: "`MAIL FROM:<alice@example.test>`",
          feedback:
            "No: the client should first send EHLO inside TLS (RFC 3207 §4.2), and it has not logged in. Our Postfix would accept this MAIL FROM but refuse every recipient with 554 5.7.1, so no mail would be accepted.",
        },
        {
          text: "`STARTTLS`, to make sure",
          feedback:
            "No: TLS is already active. Our Postfix answers `554 5.5.1 Error: TLS already active`, and a server must not offer STARTTLS again (RFC 3207 §4.2).",
        },
      ],
      cite: [{ rfc: 3207, section: "4.2" }],
    },
    {
      id: "why-a-separate-port",
      kind: "single",
      prompt: "Why does message submission have its own port instead of using port 25?",
      choices: [
        {
          text: "So that submission can have its own rules, above all a login, while relay stays on 25 unchanged",
          correct: true,
          feedback:
            "Right: RFC 6409 separates submission from relay so each can have its own policy; 'Message relay is unaffected, and continues to use SMTP over port 25' (RFC 6409, abstract; §1).",
        },
        {
          text: "Because port 25 cannot use TLS",
          feedback: "No: STARTTLS works on port 25 (RFC 3207). Encryption was not the reason for the split.",
        },
        {
          text: "Because traffic on 587 is always encrypted",
          feedback:
            "No: STARTTLS is only MAY on 587 (RFC 6409 §7). A session there starts in plain text, like on 25.",
        },
        {
          text: "Because port 25 is deprecated",
          feedback:
            "No: port 25 is the only port for delivery between servers (RFC 8314 §7.3). It is very much in use.",
        },
      ],
      cite: [
        { rfc: 6409, section: "1" },
        { rfc: 6409, section: "7" },
      ],
    },
    {
      id: "no-login-inside-tls",
      kind: "single",
      prompt:
        "Alice's app starts TLS on our port 587 but forgets to log in. It sends `MAIL FROM:<alice@example.test>`, then `RCPT TO:<bob@example.net>`. What does our Postfix do?",
      choices: [
        {
          text: "Accepts the MAIL, then refuses the RCPT with `554 5.7.1 … Client host rejected: Access denied`",
          correct: true,
          feedback:
            "Right: Postfix (smtpd_delay_reject = yes) checks the client at RCPT. RFC 6409 §4.3 asks for the error at MAIL; either way no message is accepted without a login.",
        },
        {
          text: "Refuses the MAIL with `530 5.7.0`",
          feedback:
            "No for our Postfix, though refusing MAIL is what RFC 6409 §4.3 describes (530 is the AUTH 'authentication required' code, RFC 4954 §6). Our server accepts MAIL and refuses at RCPT instead: real servers differ in where they refuse.",
        },
        {
          text: "Accepts both and delivers the message, because TLS proves who Alice is",
          feedback:
            "No: TLS encrypts the connection but says nothing about the user. Submission requires AUTH (RFC 6409 §4.3; RFC 5068 §3.2).",
        },
        {
          text: "Closes the connection without a reply",
          feedback:
            "No: an SMTP server answers every command with a reply (RFC 5321 §4.2), here a 5yz refusal.",
        },
      ],
      cite: [
        { rfc: 6409, section: "4.3" },
        { rfc: 5068, section: "3.2" },
      ],
    },
  ],
};
