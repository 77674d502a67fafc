import type { Quiz } from "@/lib/content/quiz";

export const quiz: Quiz = {
  id: "port-25",
  questions: [
    {
      id: "predict-relay-refused",
      kind: "predict",
      prompt:
        "A client that has not logged in connects to our server on port 25 and sends `MAIL FROM:<sender@example.net>` (accepted), then `RCPT TO:<bob@example.net>`. `mail.example.test` does not handle `example.net`. What does it answer to the RCPT?",
      reveal: { scenario: "25-relay-refused", command: "RCPT" },
      choices: [
        {
          text: "`554 5.7.1`",
          correct: true,
          feedback:
            "Right: Postfix refuses to relay for an unknown client: `554 5.7.1 <bob@example.net>: Relay access denied`. 5.7.1 is a permanent policy refusal (RFC 3463 §3).",
        },
        {
          text: "`250 2.1.5`",
          feedback:
            "No: accepting it would make the server an open relay, passing strangers' mail to any domain. Sites limit relaying to known sources (RFC 5321 §7.9).",
        },
        {
          text: "`550 5.1.1`",
          feedback:
            "No: 5.1.1 means the mailbox does not exist in a domain the server handles. Here the domain is not the server's at all, so it is a policy (X.7) refusal.",
        },
        {
          text: "`530 5.7.0`",
          feedback:
            "No: 530 is 'authentication required' or 'STARTTLS first', typical of a submission port. Port 25 does not ask strangers to log in; it just refuses to relay for them.",
        },
      ],
      cite: [
        { rfc: 5321, section: "7.9" },
        { rfc: 3463, section: "3" },
      ],
    },
    {
      id: "which-port-to-the-mx",
      kind: "single",
      prompt:
        "`mail.example.test` has a message for `bob@example.net`, whose MX record is `10 mx.example.net.`. Which port does it connect to?",
      choices: [
        {
          text: "25",
          correct: true,
          feedback:
            "Right: an MX record carries no port, so relay always uses port 25 (RFC 8314 §7.3), where a mail server keeps a listen (RFC 5321 §4.5.4.2).",
        },
        {
          text: "587",
          feedback:
            "No: 587 is for a mail app submitting to its own provider, with a login (RFC 6409 §4.3). `mail.example.test` has no account at `example.net`.",
        },
        {
          text: "465",
          feedback:
            "No: 465 is submission with implicit TLS (RFC 8314 §3.3), again for a provider's own users, not for delivery between domains.",
        },
        {
          text: "The port written in the MX record",
          feedback:
            "No: an MX record holds only a preference and a host name; there is no port field (RFC 8314 §7.3).",
        },
      ],
      cite: [
        { rfc: 8314, section: "7.3" },
        { rfc: 5321, section: "4.5.4.2" },
      ],
    },
    {
      id: "public-mx-must-not-require-tls",
      kind: "single",
      prompt: "Why may `mx.example.net`, a public MX, offer STARTTLS on port 25 but not require it?",
      choices: [
        {
          text: "Senders that cannot do TLS would no longer be able to deliver to it",
          correct: true,
          feedback:
            "Right: a publicly-referenced server must not require STARTTLS to deliver mail locally (RFC 3207 §4), so that mail between servers keeps working.",
        },
        {
          text: "TLS is not allowed on port 25",
          feedback:
            "No: STARTTLS works on port 25 (RFC 3207), and our lab's port 25 offers it. It just cannot be mandatory for a public MX.",
        },
        {
          text: "MX servers cannot have certificates",
          feedback:
            "No: an MX can have a certificate, and DANE (RFC 7672) and MTA-STS (RFC 8461) exist precisely so senders can check it.",
        },
        {
          text: "STARTTLS only works on port 587",
          feedback:
            "No: STARTTLS is an SMTP extension and works on any port that speaks SMTP, 25 included (RFC 3207).",
        },
      ],
      cite: [{ rfc: 3207, section: "4" }],
    },
    {
      id: "stripping-between-mtas",
      kind: "multiple",
      prompt:
        "An attacker between two mail servers deletes `250-STARTTLS` from the receiving server's EHLO reply. Which statements are true?",
      choices: [
        {
          text: "A sender using opportunistic TLS delivers the message in plain text",
          correct: true,
          feedback:
            "Right: it sees no STARTTLS and assumes the receiver cannot do TLS. This is the man-in-the-middle attack RFC 3207 §6 describes.",
        },
        {
          text: "If the receiving domain publishes an MTA-STS policy in enforce mode, a sender that honours it refuses to deliver",
          correct: true,
          feedback:
            "Right: in enforce mode, senders must not deliver to an MX that lacks STARTTLS or fails certificate checks (RFC 8461 §5).",
        },
        {
          text: "The receiving server notices the attack and refuses the mail",
          feedback:
            "No: the receiver never sees anything wrong. It offered STARTTLS, and it must accept plain-text mail anyway (RFC 3207 §4).",
        },
        {
          text: "Delivering on port 465 instead would avoid the problem",
          feedback:
            "No: delivery to an MX can only use port 25, because MX records carry no port (RFC 8314 §7.3). 465 is a submission port.",
        },
      ],
      cite: [
        { rfc: 3207, section: "6" },
        { rfc: 8461, section: "5" },
      ],
    },
    {
      id: "who-blocks-port-25",
      kind: "single",
      prompt:
        'A classmate says: "Email providers block port 25 because of spam." Which correction is accurate?',
      choices: [
        {
          text: "Providers receive mail on port 25; what is often blocked is outbound 25 from home and cloud networks",
          correct: true,
          feedback:
            "Right: inbound mail arrives on 25 because MX records carry no port (RFC 8314 §7.3). Access networks block their customers' outbound 25 (RFC 6409 §1).",
        },
        {
          text: "Correct: providers have moved incoming mail to port 587",
          feedback:
            "No: 587 is for submission by a provider's own users (RFC 6409). Other servers cannot deliver there; relay stays on 25.",
        },
        {
          text: "Correct: RFC 5068 requires everybody to block port 25",
          feedback:
            "No: RFC 5068 describes port-25 blocking but 'offers no recommendation concerning the blocking of SMTP port 25' (RFC 5068 §4).",
        },
        {
          text: "Wrong: nobody ever blocks port 25",
          feedback:
            "No: many sites prohibit outbound port 25 and send all submissions through submission servers (RFC 6409 §1).",
        },
      ],
      cite: [
        { rfc: 8314, section: "7.3" },
        { rfc: 6409, section: "1" },
        { rfc: 5068, section: "4" },
      ],
    },
    {
      id: "cloud-vm-blocked",
      kind: "single",
      prompt:
        "Your new mail server on a cloud virtual machine cannot open any connection to other domains' MX hosts on port 25. What should it do?",
      choices: [
        {
          text: "Relay all outgoing mail through a smarthost on 465 or 587 with a login, or ask the provider to lift the block",
          correct: true,
          feedback:
            "Right: outbound 25 is blocked at the network (RFC 6409 §1), so the server hands its mail to a submission service that can deliver it, with AUTH (RFC 6409 §4.3).",
        },
        {
          text: "Deliver to the recipients' MX hosts on port 587 instead",
          feedback:
            "No: 587 on someone else's server is their users' submission service and needs an account there (RFC 6409 §4.3). MX delivery only works on 25.",
        },
        {
          text: "Deliver to the recipients' MX hosts on port 2525",
          feedback:
            "No: 2525 is not a mail port in any standard, and MX records carry no port, so delivery always goes to 25 (RFC 8314 §7.3).",
        },
        {
          text: "Keep the mail queued; blocks like this clear after a few days",
          feedback:
            "No: queueing handles temporary failures of the receiver (RFC 5321 §4.5.4.1). A network block does not go away by waiting: send another way, or have the block lifted.",
        },
      ],
      cite: [
        { rfc: 6409, section: "1" },
        { rfc: 5068, section: "4" },
      ],
    },
  ],
};
