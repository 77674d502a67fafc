import type { LessonNotes } from "@/lib/content/notes";

export const notes: LessonNotes = {
  "why-relay-always-uses-port-25": {
    say: "Start from the MX record on the board: preference and host name, no port. Let the class conclude that the receiving port has to be fixed by convention, and that is port 25. Stress that relay needs no login: an MX must take mail for its domains from servers it has never heard of.",
    ask: {
      question: "Could example.net move its incoming mail to port 2525 to avoid spam?",
      listenFor:
        "No: senders find it only through MX records, which carry no port, so they will always connect to 25 (RFC 8314 §7.3).",
    },
    minutes: 3,
  },
  "opportunistic-starttls": {
    say: "Play the compare view and point at the eavesdropper lane: readable on the left, TLS records on the right after the 220. Then explain why a public MX cannot insist on TLS and what that costs: an active attacker can delete STARTTLS and the sender will happily go on in plain text. Close with MTA-STS and DANE as the way a domain tells senders to insist.",
    ask: {
      question:
        "Who is in a position to stop a STARTTLS-stripping attack on port 25: the sender or the receiver?",
      listenFor:
        "The sender, by requiring TLS for that destination (RFC 3207 §6), for example because the receiver published MTA-STS or DANE; the receiver never sees the attack.",
    },
    minutes: 4,
  },
  "open-relays-and-relay-access-denied": {
    say: "Play the relay-refused scenario and stop at the 554. Explain why MAIL is accepted but RCPT is refused: only the recipient's domain tells the server whether it is the destination. Point out that TLS did not change the answer in the lab: encryption is not identity. Then contrast with 550 5.1.1 for an unknown local user.",
    ask: {
      question: "550 5.1.1 and 554 5.7.1: which one means 'wrong address' and which 'not allowed'?",
      listenFor:
        "5.1.1 is addressing (no such mailbox); 5.7.1 is security/policy (not authorised to relay) (RFC 3463 §3).",
    },
    minutes: 3,
  },
  "why-networks-block-outbound-port-25": {
    say: "Separate the three voices clearly: RFC 6409 observes that many sites block outbound 25, RFC 5068 makes no recommendation, M3AAWG as an industry group recommends blocking. For clouds, say only that providers document limits and that students must check current docs. End with the smarthost as the fix for a server behind a block.",
    ask: {
      question:
        "Why does blocking outbound 25 on a home network not stop the family's mail apps from sending?",
      listenFor:
        "Mail apps submit on 587 or 465 to their own provider, and access providers must not block 587 (RFC 5068 §4.1).",
    },
    minutes: 4,
  },
  "port-25-is-not-for-your-mail-app": {
    say: "Tie the lesson back to roles: port 25 is for MTAs, mail apps submit. Give the three reasons in one breath: login, fix-ups, blocking. Mention the internal exception (a printer sending to the site's own relay) so the postmasters in the room do not object.",
    ask: {
      question: "Name one thing a submission server may do to a message that a relay on port 25 must not.",
      listenFor:
        "Add a missing Date: or Message-ID:, or similar fix-ups (RFC 6409 §8); a relay must pass the message on unchanged (RFC 5321 §3.6.3).",
    },
    minutes: 2,
  },
  recap: {
    say: "Summarise port 25 as: fixed port, no login, optional encryption, strict about destinations, often blocked outbound. Run the quiz; the predict question on the relay refusal is a good one to do together.",
    ask: {
      question:
        "In one sentence: what is the difference between an MX refusing to relay and a network blocking port 25?",
      listenFor:
        "The MX refuses mail for other domains at RCPT (a policy reply); the network stops the TCP connection from ever reaching port 25 elsewhere.",
    },
    minutes: 2,
  },
};
