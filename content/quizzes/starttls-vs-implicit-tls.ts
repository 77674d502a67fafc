import type { Quiz } from "@/lib/content/quiz";

export const quiz: Quiz = {
  id: "starttls-vs-implicit-tls",
  questions: [
    {
      id: "predict-stripped-auth",
      kind: "predict",
      prompt:
        "An attacker has deleted STARTTLS from the EHLO reply, and an opportunistic mail app now sends `AUTH PLAIN` with Alice's password in plain text to our server on port 587. What does the server answer?",
      reveal: { scenario: "587-stripping-opportunistic", command: "AUTH" },
      choices: [
        {
          text: "`235 2.7.0`",
          feedback:
            "No: the server never received STARTTLS, and on 587 it requires TLS before any login. It refuses the AUTH, but the password has already crossed the attacker's path.",
        },
        {
          text: "`530 5.7.0`",
          correct: true,
          feedback:
            "Right: our 587 requires TLS, so it answers 'Must issue a STARTTLS command first' (RFC 3207 §4). Too late for Alice: the attacker has already decoded her password from the base64.",
        },
        {
          text: "`535 5.7.8`",
          feedback:
            "No: 535 means wrong credentials (RFC 4954 §6), but the server does not even check them before TLS is up. It refuses earlier, with 530.",
        },
        {
          text: "`334`",
          feedback:
            "No: 334 is a challenge asking for more login data (RFC 4954 §4). The client sent its credentials on the AUTH line itself, and the server refuses because TLS is missing.",
        },
      ],
      cite: [
        { rfc: 3207, section: "4" },
        { rfc: 3207, section: "6" },
      ],
    },
    {
      id: "which-client-is-safe",
      kind: "single",
      prompt:
        "An attacker on the café Wi-Fi strips STARTTLS from the EHLO reply on port 587. Which mail app setting keeps Alice's password safe?",
      choices: [
        {
          text: "STARTTLS required, with certificate validation",
          correct: true,
          feedback:
            "Right: the app sees no STARTTLS, treats it as an error and quits before sending anything secret (RFC 3207 §6; RFC 8314 §5.2).",
        },
        {
          text: "STARTTLS if available",
          feedback:
            "No: that is opportunistic TLS. When STARTTLS vanishes from the list, the app carries on in plain text and sends the password where the attacker can read it (RFC 3207 §6).",
        },
        {
          text: "Any setting, because the server on 587 requires TLS anyway",
          feedback:
            "No: the server refuses the plaintext login with 530, but only after the client has sent it. The server's policy cannot protect a client that is willing to go on without TLS.",
        },
        {
          text: "Use AUTH LOGIN instead of AUTH PLAIN",
          feedback:
            "No: LOGIN sends the same user name and password in base64, just in two lines. Base64 is an encoding, not encryption.",
        },
      ],
      cite: [
        { rfc: 3207, section: "6" },
        { rfc: 8314, section: "5.2" },
      ],
    },
    {
      id: "after-the-handshake",
      kind: "multiple",
      prompt:
        "The STARTTLS handshake has just succeeded. Which statements are true? (Choose all that apply.)",
      choices: [
        {
          text: "The client must forget the EHLO list it received before TLS",
          correct: true,
          feedback:
            "Right: it arrived in plain text and may have been changed, so the client must discard it (RFC 3207 §4.2).",
        },
        {
          text: "The client should send EHLO again as its first command",
          correct: true,
          feedback:
            "Right: RFC 3207 §4.2 says the client SHOULD send EHLO first, and the new list may differ (in our lab, AUTH appears only now).",
        },
        {
          text: "The server must not offer STARTTLS again",
          correct: true,
          feedback:
            "Right: TLS is already active (RFC 3207 §4.2). Our Postfix answers a second STARTTLS with 554 5.5.1 Error: TLS already active.",
        },
        {
          text: "The server keeps the client's EHLO name and any MAIL FROM sent before TLS",
          feedback:
            "No: the session is reset to its initial state and the server must discard what it learnt from the client before TLS (RFC 3207 §4.2).",
        },
      ],
      cite: [{ rfc: 3207, section: "4.2" }],
    },
    {
      id: "injection-fix",
      kind: "single",
      prompt:
        "An attacker appends `MAIL FROM:<mallory@attacker.example>` to the same packet as the client's STARTTLS. What does a server fixed against CVE-2011-0411 do with that line?",
      choices: [
        {
          text: "Discards it when TLS starts, without any reply",
          correct: true,
          feedback:
            "Right: the fix throws away buffered plaintext at the switch to TLS. Our lab's Postfix gave no reply at all to an injected RSET.",
        },
        {
          text: "Executes it inside the TLS session",
          feedback:
            "No: that is exactly the vulnerable behaviour: the attacker's command would run as if the client had sent it inside TLS (RFC 8314 App. A cites this flaw as VU#555316).",
        },
        {
          text: "Answers it in plain text before starting TLS",
          feedback:
            "No: STARTTLS must be the last command of a pipelined group (RFC 3207 §4), so nothing after it is treated as a real command.",
        },
        {
          text: "Refuses the STARTTLS command with 454",
          feedback:
            "No: 454 means TLS is temporarily unavailable (RFC 3207 §4). The fixed server starts TLS normally and only drops the extra plaintext.",
        },
      ],
      cite: [
        { rfc: 8314, section: "A" },
        { rfc: 3207, section: "4" },
      ],
    },
    {
      id: "rfc8314-position",
      kind: "single",
      prompt: "What does RFC 8314 say about STARTTLS on port 587 versus implicit TLS on port 465?",
      choices: [
        {
          text: "Equally secure when both sides require TLS and the code is correct, but implicit TLS is preferred",
          correct: true,
          feedback:
            "Right: §3.3 finds 'no significant difference' under those conditions, while §1 and §3 recommend implicit TLS, and App. A calls STARTTLS 'a less secure architecture'.",
        },
        {
          text: "Port 465 is deprecated; use 587",
          feedback:
            "No: RFC 8314 registered 465 as 'submissions' (§7.3) and prefers implicit TLS (§1). Both ports are standard.",
        },
        {
          text: "Port 587 is always encrypted, 465 only sometimes",
          feedback:
            "No: STARTTLS on 587 protects nothing unless it is required; 465 starts with the TLS handshake every time (§3.3).",
        },
        {
          text: "Use whichever you like: the RFC states no preference",
          feedback:
            "No: it states a preference for implicit TLS 'in preference to' STARTTLS (§1), while asking implementations to support both for now (§3.3).",
        },
      ],
      cite: [
        { rfc: 8314, section: "1" },
        { rfc: 8314, section: "3.3" },
        { rfc: 8314, section: "A" },
      ],
    },
    {
      id: "hardening-relay",
      kind: "multiple",
      prompt:
        "Which of these can make a sending server refuse to deliver a message over port 25 without properly authenticated TLS? (Choose all that apply.)",
      choices: [
        {
          text: "MTA-STS in enforce mode, published by the recipient's domain",
          correct: true,
          feedback:
            "Right: senders MUST NOT deliver to an MX that lacks STARTTLS or fails certificate validation (RFC 8461 §5).",
        },
        {
          text: "DANE TLSA records for the MX, signed with DNSSEC",
          correct: true,
          feedback:
            "Right: DANE is a downgrade-resistant way for the recipient's domain to require TLS (RFC 7672).",
        },
        {
          text: "REQUIRETLS on the MAIL FROM command",
          correct: true,
          feedback: "Right: it asks for TLS on every hop of that one message (RFC 8689).",
        },
        {
          text: "A TLS-RPT record",
          feedback:
            "No: TLS-RPT only asks senders to report TLS failures (RFC 8460). It tells the postmaster about problems but enforces nothing.",
        },
        {
          text: "Moving MX delivery to port 465",
          feedback:
            "No: MX records carry no port, so relay always uses port 25 (RFC 8314 §7.3); 465 is for submission from mail apps.",
        },
      ],
      cite: [
        { rfc: 8461, section: "5" },
        { rfc: 7672 },
        { rfc: 8460 },
        { rfc: 8689 },
        { rfc: 8314, section: "7.3" },
      ],
    },
  ],
};
