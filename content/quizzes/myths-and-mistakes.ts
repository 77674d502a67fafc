import type { Quiz } from "@/lib/content/quiz";

export const quiz: Quiz = {
  id: "myths-and-mistakes",
  questions: [
    {
      id: "predict-starttls-on-25",
      kind: "predict",
      prompt:
        'The article says port 25 "lacks encryption". A sending server connects to our lab\'s MX on port 25 and sends STARTTLS. What does the MX answer?',
      reveal: { scenario: "25-starttls-opportunistic", command: "STARTTLS" },
      choices: [
        {
          text: "`220 2.0.0`",
          correct: true,
          feedback:
            "Right: 'Ready to start TLS' (RFC 3207 §4). Port 25 supports encryption; on an MX it is offered, not required.",
        },
        {
          text: "`502 5.5.1`",
          feedback:
            "No: that would mean STARTTLS is not implemented here. Our MX lists STARTTLS in its EHLO reply on port 25 and accepts it (RFC 3207).",
        },
        {
          text: "`530 5.7.0`",
          feedback:
            "No: 530 is what a server says when you skip STARTTLS, not when you send it. An MX must not even require STARTTLS (RFC 3207 §4).",
        },
        {
          text: "`554 5.7.1`",
          feedback:
            "No: 554 5.7.1 is a policy refusal such as 'Relay access denied'; STARTTLS on 25 is welcome.",
        },
      ],
      cite: [{ rfc: 3207, section: "4" }],
    },
    {
      id: "status-of-465",
      kind: "single",
      prompt: "What is the status of port 465 today?",
      choices: [
        {
          text: "A standard submission port with implicit TLS, registered as 'submissions' and preferred by RFC 8314",
          correct: true,
          feedback:
            "Right: RFC 8314 (January 2018) standardised it (§3.3, §7.3) and recommends implicit TLS in preference to STARTTLS (§1).",
        },
        {
          text: "Deprecated since 1998; only legacy software still uses it",
          feedback:
            "No: 465 is a current Standards Track port. The '1998' date has no source in the RFCs, and RFC 8314 §7.3 notes STARTTLS never replaced 465.",
        },
        {
          text: "Never recognised by IANA until December 2017",
          feedback:
            "No: IANA briefly registered 465 as 'smtps' before revoking it (RFC 8314 §7.3). The 2017-12-12 record is its re-registration as 'submissions'.",
        },
        {
          text: "The port for relay between mail servers over SSL",
          feedback:
            "No: relay always uses port 25 because MX records carry no port (RFC 8314 §7.3). Port 465 is for submission from mail apps.",
        },
      ],
      cite: [
        { rfc: 8314, section: "1" },
        { rfc: 8314, section: "3.3" },
        { rfc: 8314, section: "7.3" },
      ],
    },
    {
      id: "port-25-truths",
      kind: "multiple",
      prompt: "Which statements about port 25 are correct? (Choose all that apply.)",
      choices: [
        {
          text: "STARTTLS works on port 25",
          correct: true,
          feedback: "Right: RFC 3207 defines STARTTLS for SMTP, including relay on port 25.",
        },
        {
          text: "An MX on port 25 must not require STARTTLS, so TLS there is opportunistic unless MTA-STS or DANE is used",
          correct: true,
          feedback:
            "Right: RFC 3207 §4 forbids a publicly referenced server to require it; RFC 8461 and RFC 7672 let a domain require authenticated TLS.",
        },
        {
          text: "Home and cloud networks often block outbound connections to port 25",
          correct: true,
          feedback: "Right: RFC 6409 §1 notes that many sites prohibit outbound traffic on port 25.",
        },
        {
          text: "Mail providers block inbound port 25 because of spam",
          feedback:
            "No: inbound 25 is where all Internet mail arrives, since MX records carry no port (RFC 8314 §7.3); a server SHOULD keep listening on it (RFC 5321 §4.5.4.2).",
        },
        {
          text: "Port 25 became the server-to-server port because it lacks encryption",
          feedback:
            "No: port 25 has been the transfer port since RFC 821 (1982); submission was split off for policy and authentication (RFC 6409 §1).",
        },
      ],
      cite: [
        { rfc: 3207, section: "4" },
        { rfc: 6409, section: "1" },
        { rfc: 8314, section: "7.3" },
      ],
    },
    {
      id: "what-is-2525",
      kind: "single",
      prompt: 'A colleague calls port 2525 "the secure standard fallback". What is it really?',
      choices: [
        {
          text: "A convention of some providers; no RFC assigns it to mail, and IANA lists it as ms-v-worlds",
          correct: true,
          feedback:
            "Right: it works only where a provider documents it, with whatever that listener offers. The standard fallback from 587 is 465 (RFC 8314 §3.3).",
        },
        {
          text: "The IETF's official fallback when 587 is blocked",
          feedback: "No: no RFC assigns 2525 to mail. RFC 8314 §3.3 names 465 and 587 for submission.",
        },
        {
          text: "An implicit-TLS (SMTPS) port like 465",
          feedback:
            "No: the providers quoted in this course list 2525 next to 587, for plaintext or STARTTLS connections, not for TLS from the first byte.",
        },
        {
          text: "A secure port: the number itself guarantees encryption",
          feedback:
            "No: no port number encrypts anything. Security comes from TLS that the client requires and a certificate it checks (RFC 8314 §5.2).",
        },
      ],
      cite: [
        { rfc: 8314, section: "3.3" },
        { rfc: 8314, section: "5.2" },
      ],
    },
    {
      id: "names-for-tls",
      kind: "single",
      prompt: "Which use of the names is correct?",
      choices: [
        {
          text: '"SMTPS" means implicit TLS on 465; "explicit SSL/TLS" is an informal name for STARTTLS',
          correct: true,
          feedback:
            "Right: RFC 8314 §3.3 calls them Implicit TLS and STARTTLS; the other names are informal, and SSL itself is retired (RFC 7568).",
        },
        {
          text: "Ports 587 and 2525 use SMTPS",
          feedback:
            "No: 587 and 2525 use STARTTLS, an upgrade inside a plaintext session. SMTPS conventionally means implicit TLS.",
        },
        {
          text: "Port 465 uses SSL 3.0, which is why it is called SMTPS",
          feedback:
            "No: SSL 3.0 is deprecated (RFC 7568) and mail software must support TLS 1.2 or later (RFC 8997). The 'SSL' label is historical.",
        },
        {
          text: "SMTPS is a protection scheme similar to TLS",
          feedback:
            "No: SMTPS is not similar to TLS, it is the submission protocol running inside TLS (RFC 8314 §3.3).",
        },
      ],
      cite: [{ rfc: 8314, section: "3.3" }, { rfc: 7568 }, { rfc: 8997 }],
    },
    {
      id: "what-tls-on-465-gives",
      kind: "multiple",
      prompt:
        "Alice submits a message on port 465 with a validated certificate. What does TLS give her? (Choose all that apply.)",
      choices: [
        {
          text: "Encryption of the connection from her app to her submission server",
          correct: true,
          feedback: "Right: TLS protects that one hop (RFC 8314 §3.3).",
        },
        {
          text: "Protection against changes on that connection",
          correct: true,
          feedback: "Right: TLS detects tampering on the hop it protects.",
        },
        {
          text: "Assurance that she is talking to the real server, because the certificate was validated",
          correct: true,
          feedback:
            "Right: that is what certificate validation is for, and RFC 8314 §3.3 requires clients to implement it.",
        },
        {
          text: "Proof to the server that she is Alice",
          feedback: "No: the user's identity comes from SMTP AUTH (RFC 4954), a separate step inside TLS.",
        },
        {
          text: "Encryption all the way to Bob's mailbox",
          feedback:
            "No: 'SMTP is not an end-to-end mechanism' (RFC 3207 §6); each later hop negotiates its own TLS, or none (RFC 8314 §1).",
        },
      ],
      cite: [{ rfc: 8314, section: "3.3" }, { rfc: 3207, section: "6" }, { rfc: 4954 }],
    },
  ],
};
