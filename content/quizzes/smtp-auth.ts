import type { Quiz } from "@/lib/content/quiz";

export const quiz: Quiz = {
  id: "smtp-auth",
  questions: [
    {
      id: "what-base64-protects",
      kind: "single",
      prompt:
        "Alice's app sends `AUTH PLAIN AGFsaWNlAHdvbmRlcmxhbmQ=` over a connection without TLS. What does the base64 protect?",
      choices: [
        {
          text: "Nothing: anyone who sees the line can decode alice / wonderland",
          correct: true,
          feedback:
            "Right: base64 is an encoding with public rules and no key. That is why PLAIN needs TLS underneath (RFC 4616 §5).",
        },
        {
          text: "The password, but not the user name",
          feedback:
            "No: both are in the same base64 string, NUL alice NUL wonderland (RFC 4616), and both decode just as easily.",
        },
        {
          text: "Everything, as long as the server uses ENHANCEDSTATUSCODES",
          feedback:
            "No: enhanced status codes only add x.y.z codes to replies (RFC 2034); they hide nothing.",
        },
        {
          text: "Everything, because only the server knows the base64 key",
          feedback:
            "No: base64 has no key. It only turns bytes into printable characters; decoding it is a one-line command.",
        },
      ],
      cite: [
        { rfc: 4616, section: "5" },
        { rfc: 4954, section: "4" },
      ],
    },
    {
      id: "predict-wrong-password",
      kind: "predict",
      prompt:
        "Inside TLS on port 587, Alice's app sends AUTH PLAIN with a mistyped password. What does the server answer to that first AUTH?",
      reveal: { scenario: "587-wrong-password", command: "AUTH" },
      choices: [
        {
          text: "`535 5.7.8`",
          correct: true,
          feedback:
            "Right: 535 with 5.7.8 means the credentials are invalid (RFC 4954 §6). The app should ask the user for the password again.",
        },
        {
          text: "`530 5.7.0`",
          feedback:
            "No: TLS is already up, so 'Must issue a STARTTLS command first' does not apply. The server checks the password and rejects it with 535.",
        },
        {
          text: "`454 4.7.0`",
          feedback:
            "No: 454 is a temporary failure, e.g. the password checker is down (RFC 4954 §6). Here the checker works and says the password is wrong.",
        },
        {
          text: "`503 5.5.1`",
          feedback:
            "No: 503 is for a second AUTH after success, or AUTH inside a transaction (RFC 4954 §4). This is the first attempt.",
        },
      ],
      cite: [{ rfc: 4954, section: "6" }],
    },
    {
      id: "auth-rules",
      kind: "multiple",
      prompt: "Which of these follow RFC 4954's rules for the AUTH command? (Choose all that apply.)",
      choices: [
        {
          text: "After a successful AUTH, another AUTH in the same session gets 503",
          correct: true,
          feedback:
            "Right: only one successful AUTH per session (RFC 4954 §4). Our Postfix says 503 5.5.1 Error: already authenticated.",
        },
        {
          text: "AUTH after MAIL FROM, before the message is finished, gets 503",
          correct: true,
          feedback:
            "Right: AUTH is not permitted during a mail transaction (RFC 4954 §4). Send RSET first, then AUTH.",
        },
        {
          text: "A client answers a 334 challenge with `*` to cancel, and the server replies 501",
          correct: true,
          feedback: "Right (RFC 4954 §4). Our Postfix says 501 5.7.0 Authentication aborted.",
        },
        {
          text: "A 334 challenge may contain readable text such as 'Please log in'",
          feedback:
            "No: the challenge text must be base64 only (RFC 4954 §4). LOGIN's 'Username:' prompt travels as VXNlcm5hbWU6.",
        },
        {
          text: "A server that does not support the requested mechanism must answer 535",
          feedback:
            "No: the RFC asks for 504 (RFC 4954 §4). Our Postfix with Dovecot answers 535 5.7.8 instead, a real-world difference worth knowing.",
        },
      ],
      cite: [
        { rfc: 4954, section: "4" },
        { rfc: 4954, section: "6" },
      ],
    },
    {
      id: "which-mechanism-standard",
      kind: "single",
      prompt: "Which statement about SASL mechanisms is correct?",
      choices: [
        {
          text: "OAUTHBEARER is standardised in RFC 7628 and requires TLS; XOAUTH2 is a pre-standard, provider-specific mechanism",
          correct: true,
          feedback:
            "Right: RFC 7628 §3 says TLS MUST be used to protect the bearer token; XOAUTH2 appears in no RFC.",
        },
        {
          text: "LOGIN is the standard password mechanism of RFC 4954",
          feedback:
            "No: LOGIN is in no RFC. Its only description is an expired 2003 Internet-Draft, which itself says clients SHOULD use PLAIN. RFC 4954 makes PLAIN over TLS mandatory.",
        },
        {
          text: "CRAM-MD5 is the recommended modern mechanism because it never sends the password",
          feedback:
            "No: CRAM-MD5 (RFC 2195, 1997) is legacy: it relies on MD5 and makes the server store password equivalents. PLAIN inside TLS is today's standard choice.",
        },
        {
          text: "PLAIN encrypts the password, so it is safe without TLS",
          feedback:
            "No: PLAIN only base64-encodes it; RFC 4616 §5 says not to use PLAIN without protection such as TLS.",
        },
      ],
      cite: [{ rfc: 7628, section: "3" }, { rfc: 2195 }, { rfc: 4616, section: "5" }],
    },
    {
      id: "who-protects-the-password",
      kind: "single",
      prompt:
        "Our port 587 refuses any AUTH before STARTTLS with 530. Why must the mail app still refuse to send AUTH without TLS?",
      choices: [
        {
          text: "Because the server can only refuse the password after it has already crossed the network",
          correct: true,
          feedback:
            "Right: the 530 comes back after the base64 line was sent in plain text. Only the client can keep it off the wire (RFC 4616 §5; RFC 4954 §14).",
        },
        {
          text: "It need not: the server's 530 means the password was never transmitted",
          feedback:
            "No: the client wrote the whole AUTH line, password included, before the server answered. An eavesdropper already has it.",
        },
        {
          text: "Because AUTH without TLS makes the server close the connection",
          feedback:
            "No: our server answers 530 and keeps the connection open; the problem is the password already sent in clear.",
        },
        {
          text: "Because the certificate check happens after AUTH",
          feedback:
            "No: it is the other way round. The client must verify the certificate and host name before sending PLAIN (RFC 4954 §14).",
        },
      ],
      cite: [
        { rfc: 4616, section: "5" },
        { rfc: 4954, section: "14" },
      ],
    },
  ],
};
