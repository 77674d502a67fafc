import type { Quiz } from "@/lib/content/quiz";

export const quiz: Quiz = {
  id: "port-465",
  questions: [
    {
      id: "predict-auth-on-465",
      kind: "predict",
      prompt:
        "A mail app connects to our server on port 465 with implicit TLS, says `EHLO` once, and sends `AUTH PLAIN AGFsaWNlAHdvbmRlcmxhbmQ=` (alice, with the right password). No STARTTLS was sent. What does the server answer?",
      reveal: { scenario: "465-implicit-tls", command: "AUTH" },
      choices: [
        {
          text: "`235 2.7.0`",
          correct: true,
          feedback:
            "Right: `235 2.7.0 Authentication successful` (RFC 4954 §6). On 465 TLS has been running since the first byte, so no STARTTLS is needed (RFC 8314 §3.3).",
        },
        {
          text: "`530 5.7.0`",
          feedback:
            "No: 'Must issue a STARTTLS command first' is for a plain-text session on a port that requires TLS. On 465 the session is already inside TLS.",
        },
        {
          text: "`503 5.5.1`",
          feedback:
            "No: nothing is out of order. EHLO has been sent, no transaction is open and nobody has logged in yet.",
        },
        {
          text: "`334`",
          feedback:
            "No: 334 asks the client for more login data (RFC 4954 §4). This client put its credentials on the AUTH line itself, so the server can answer at once.",
        },
      ],
      cite: [
        { rfc: 8314, section: "3.3" },
        { rfc: 4954, section: "6" },
      ],
    },
    {
      id: "why-smtps-was-revoked",
      kind: "single",
      prompt: 'Why was the first registration of port 465, as "smtps", revoked?',
      choices: [
        {
          text: "MX records cannot name a port, so servers always relay on 25 and a second SMTP relay port could not work",
          correct: true,
          feedback:
            "Right: 'the SMTP transport MX infrastructure has no way to specify a port, so port 25 is always used' (RFC 8314 §7.3).",
        },
        {
          text: "Because SSL was found to be insecure",
          feedback:
            "No: RFC 8314 gives the MX reason, not SSL's weaknesses. (SSL versions were retired by their own RFCs, 6176 and 7568, and 465 runs modern TLS today.)",
        },
        {
          text: "Because port 587 replaced it",
          feedback:
            "No: 587 was reserved for submission in general (RFC 2476), and it never replaced 465 in practice (RFC 8314 §7.3).",
        },
        {
          text: "Because no software ever used it",
          feedback:
            "No: some widely used mail software kept using 465 for submission, which is why RFC 8314 registered it again (RFC 8314 §7.3).",
        },
      ],
      cite: [{ rfc: 8314, section: "7.3" }],
    },
    {
      id: "what-8314-recommends",
      kind: "single",
      prompt: "What does RFC 8314 recommend for a mail app that submits mail?",
      choices: [
        {
          text: "Implicit TLS (port 465) in preference to STARTTLS, with both implemented during the transition",
          correct: true,
          feedback:
            "Right: implicit TLS 'in preference to' STARTTLS (RFC 8314 §1, §3), while clients and servers SHOULD implement both (RFC 8314 §3.3).",
        },
        {
          text: "Port 587 only, because 465 is deprecated",
          feedback:
            "No: RFC 8314 standardised 465 as 'submissions' (§7.3) and prefers it. Advice calling it deprecated is out of date.",
        },
        {
          text: "Either port; RFC 8314 states no preference",
          feedback:
            "No: it states a preference for implicit TLS (RFC 8314 §1, §3, App. A), though it calls both equally secure when TLS is required.",
        },
        {
          text: "Plain SMTP on port 25, because servers handle encryption between themselves",
          feedback:
            "No: RFC 8314 is titled 'Cleartext Considered Obsolete'. Mail apps should submit over TLS, and 25 is the relay port (RFC 5068 §3.1).",
        },
      ],
      cite: [
        { rfc: 8314, section: "1" },
        { rfc: 8314, section: "3" },
        { rfc: 8314, section: "3.3" },
      ],
    },
    {
      id: "true-about-465-today",
      kind: "multiple",
      prompt: "Which statements about port 465 today are true?",
      choices: [
        {
          text: 'IANA lists it as `submissions`, "Message Submission over TLS protocol", in a record dated 2017-12-12',
          correct: true,
          feedback: "Right: that registration comes from RFC 8314 §7.3, published in January 2018.",
        },
        {
          text: "The server still requires a login",
          correct: true,
          feedback:
            "Right: all the rules of submission apply on 465, 'including the requirement to implement SMTP AUTH' (RFC 8314 §3.3).",
        },
        {
          text: "The client should use TLS 1.2 or later",
          correct: true,
          feedback: "Right: RFC 8997 raised the minimum for email submission and access to TLS 1.2.",
        },
        {
          text: "The EHLO reply offers STARTTLS",
          feedback:
            "No: TLS is already running when the client says EHLO, so there is nothing to upgrade. Our server lists AUTH instead.",
        },
      ],
      cite: [{ rfc: 8314, section: "7.3" }, { rfc: 8314, section: "3.3" }, { rfc: 8997 }],
    },
    {
      id: "plaintext-client-on-465",
      kind: "single",
      prompt: "A mail app set to plain text (no TLS) connects to our server on port 465. What happens?",
      choices: [
        {
          text: "Silence: no greeting arrives; when the app finally sends EHLO, the server resets the connection",
          correct: true,
          feedback:
            "Right: the server waits for a TLS ClientHello (RFC 8314 §3.3). In the lab it sent nothing, then a TCP reset 0.25 ms after the plain-text EHLO.",
        },
        {
          text: "A `220` greeting, then `530 5.7.0` to every command",
          feedback:
            "No: that is a STARTTLS port that requires TLS, such as our 587. On 465 no plain-text greeting is ever sent.",
        },
        {
          text: "A plain-text `220`, then `500 5.5.2` errors",
          feedback:
            "No: that is the opposite mistake, a TLS client on port 587, where the server reads the ClientHello as bad SMTP commands.",
        },
        {
          text: "A readable error message explaining that TLS is required",
          feedback:
            "No: the server answered with neither SMTP nor a TLS alert in the lab. Its log said 'wrong version number'; the client sees only a timeout or a reset.",
        },
      ],
      cite: [{ rfc: 8314, section: "3.3" }],
    },
    {
      id: "when-equally-secure",
      kind: "single",
      prompt: "According to RFC 8314, when is STARTTLS on port 587 as secure as implicit TLS on port 465?",
      choices: [
        {
          text: "When the implementations are correct and both client and server require TLS before submission",
          correct: true,
          feedback:
            "Right: then there is 'no significant difference between the security properties' of the two (RFC 8314 §3.3).",
        },
        {
          text: "Never: STARTTLS is always insecure",
          feedback:
            "No: RFC 8314 calls STARTTLS a less secure *architecture* (App. A), but equally secure when TLS is required on both sides (§3.3).",
        },
        {
          text: "Always: the port makes no difference",
          feedback:
            "No: an app that only uses STARTTLS 'if available' can be stripped (RFC 3207 §6). On 465 there is no plain-text phase to strip.",
        },
        {
          text: "Only when TLS 1.3 is used",
          feedback:
            "No: the TLS version matters for both ports alike (TLS 1.2 or later, RFC 8997). The condition is that TLS is required.",
        },
      ],
      cite: [
        { rfc: 8314, section: "3.3" },
        { rfc: 8314, section: "A" },
      ],
    },
  ],
};
