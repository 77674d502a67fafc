import type { Quiz } from "@/lib/content/quiz";

export const quiz: Quiz = {
  id: "port-2525",
  questions: [
    {
      id: "iana-2525",
      kind: "single",
      prompt: "What does the IANA port registry list on port 2525?",
      choices: [
        {
          text: '`ms-v-worlds`, "MS V-Worlds": nothing to do with mail',
          correct: true,
          feedback:
            "Right: no RFC assigns 2525, or any alternate port, to SMTP. The standard mail ports are 25 (RFC 5321), 587 (RFC 6409) and 465 (RFC 8314).",
        },
        {
          text: "An alternate SMTP submission port",
          feedback:
            "No: providers that use 2525 for submission do so by their own choice; IANA lists ms-v-worlds there. Submission is 587 (RFC 6409) and 465 (RFC 8314 §7.3).",
        },
        {
          text: "SMTP over SSL",
          feedback: "No: that was the brief, revoked 'smtps' registration of port 465 (RFC 8314 §7.3).",
        },
        {
          text: "Nothing: the port is unregistered",
          feedback: "No: it is registered, just not for mail. The service there is ms-v-worlds.",
        },
      ],
      cite: [{ rfc: 8314, section: "7.3" }, { rfc: 6409 }],
    },
    {
      id: "hotel-blocks-587",
      kind: "single",
      prompt:
        "A hotel network blocks port 587. Alice's provider documents only 465 (implicit TLS) and 587 (STARTTLS). What should her app use?",
      choices: [
        {
          text: "Port 465 with implicit TLS",
          correct: true,
          feedback:
            "Right: 465 is the standard alternative; clients and servers should implement both (RFC 8314 §3.3), and RFC 8314 prefers implicit TLS anyway (§1).",
        },
        {
          text: "Port 2525",
          feedback:
            "No: her provider does not document 2525, so nothing listens there for it. Alternates work only where the provider offers them.",
        },
        {
          text: "Port 25",
          feedback:
            "No: 25 is the relay port, often blocked outbound, and mail apps should submit on a submission port (RFC 5068 §3.1).",
        },
        {
          text: "Port 587 without TLS, since the block might only affect TLS",
          feedback:
            "No: the port is blocked, not TLS, and submitting without TLS would expose her password (RFC 4616 §5).",
        },
      ],
      cite: [
        { rfc: 8314, section: "3.3" },
        { rfc: 5068, section: "4.1" },
      ],
    },
    {
      id: "settings-on-2525",
      kind: "multiple",
      prompt:
        "Alice's email service documents port 2525 with STARTTLS as an alternate for 587. Which settings should her app use on 2525?",
      choices: [
        {
          text: "STARTTLS required",
          correct: true,
          feedback:
            "Right: as on 587, an app that does not require STARTTLS can be stripped (RFC 3207 §6; RFC 8314 §5.2).",
        },
        {
          text: "Log in with AUTH, only after TLS is up",
          correct: true,
          feedback:
            "Right: it is a submission service, so a login is required (RFC 6409 §4.3), and only inside TLS (RFC 4616 §5).",
        },
        {
          text: "Certificate validation on",
          correct: true,
          feedback: "Right: a submission client must check the server's certificate (RFC 8314 §5.2).",
        },
        {
          text: "No login: a non-standard port is not bound by the submission rules",
          feedback:
            "No: the port number changes nothing. A listener that accepted mail without a login would be an open relay (RFC 5068 §3.2).",
        },
      ],
      cite: [
        { rfc: 8314, section: "5.2" },
        { rfc: 6409, section: "4.3" },
        { rfc: 3207, section: "6" },
      ],
    },
    {
      id: "mx-on-2525",
      kind: "single",
      prompt:
        "`mail.example.test` cannot reach other servers on port 25 because its network blocks it. Can it deliver to `mx.example.net` on port 2525 instead?",
      choices: [
        {
          text: "No: MX records carry no port, so delivery always goes to 25; it must relay through a smarthost instead",
          correct: true,
          feedback:
            "Right: relay always uses port 25 (RFC 8314 §7.3). Behind a block, a server hands its mail to a submission service with a login (RFC 6409 §1).",
        },
        {
          text: "Yes, if the MX record says 2525",
          feedback: "No: an MX record holds a preference and a host name, never a port (RFC 8314 §7.3).",
        },
        {
          text: "Yes: every MX also listens on 2525",
          feedback:
            "No: 2525 is a convention of a few sending services for their own customers, not something MX hosts offer.",
        },
        {
          text: "Yes, as long as it uses STARTTLS",
          feedback:
            "No: TLS does not change which port an MX listens on. The MX listens on 25 (RFC 5321 §4.5.4.2).",
        },
      ],
      cite: [
        { rfc: 8314, section: "7.3" },
        { rfc: 5321, section: "4.5.4.2" },
      ],
    },
    {
      id: "predict-starttls-on-2525",
      kind: "predict",
      prompt:
        "A mail app connects to our server's alternate port 2525, sends `EHLO` and sees `STARTTLS` in the list. It sends `STARTTLS`. What does the server answer?",
      reveal: { scenario: "2525-alternate-submission", command: "STARTTLS" },
      choices: [
        {
          text: "`220 2.0.0`",
          correct: true,
          feedback:
            "Right: `220 2.0.0 Ready to start TLS`, exactly as on 587 (RFC 3207 §4). Our 2525 listener is configured like 587.",
        },
        {
          text: "`502 5.5.1`",
          feedback:
            "No: the server listed STARTTLS in its EHLO reply, and a server must not list a command it then refuses as not implemented (RFC 5321 §4.2.4).",
        },
        {
          text: "`530 5.7.0`",
          feedback:
            "No: 530 is what this server answers to AUTH or MAIL *before* STARTTLS. STARTTLS itself is exactly what it wants.",
        },
        {
          text: "`454 4.7.0`",
          feedback:
            "No: 454 means TLS is temporarily unavailable (RFC 3207 §4), for example with a broken certificate. Our server's TLS works.",
        },
      ],
      cite: [{ rfc: 3207, section: "4" }],
    },
    {
      id: "security-of-2525",
      kind: "single",
      prompt: "What does using port 2525 instead of 587 add to the security of Alice's mail?",
      choices: [
        {
          text: "Nothing: security comes from the listener's configuration and from the app requiring TLS and AUTH",
          correct: true,
          feedback:
            "Right: a port number protects nothing. What matters is TLS that the client requires (RFC 8314 §5.2; RFC 3207 §6) and a login (RFC 6409 §4.3).",
        },
        {
          text: "It encrypts the connection from the first byte",
          feedback:
            "No: that is implicit TLS, standardised on 465 (RFC 8314 §3.3). SendGrid's documentation keeps 'SSL' (implicit TLS) for 465, and Postmark describes STARTTLS on its ports.",
        },
        {
          text: "It is SMTPS, so it is more secure than STARTTLS",
          feedback:
            "No: 'SMTPS' conventionally means implicit TLS on 465. 2525 is a provider's alternate listener, and the providers quoted in this lesson list it next to 587 (SendGrid keeps 465 for 'SSL').",
        },
        {
          text: "It hides the mail from eavesdroppers because the port is unusual",
          feedback:
            "No: anyone watching the network sees the connection whatever its port. Only TLS hides the content (RFC 3207 §6).",
        },
      ],
      cite: [
        { rfc: 8314, section: "5.2" },
        { rfc: 3207, section: "6" },
      ],
    },
  ],
};
