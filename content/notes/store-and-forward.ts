import type { LessonNotes } from "@/lib/content/notes";

export const notes: LessonNotes = {
  "the-journey-at-a-glance": {
    say: "Trace the five steps on the diagram and name the role at each step. The key idea of the lesson is already here: each server stores the message safely before passing it on, so an outage delays mail instead of losing it.",
    ask: {
      question: "At which steps is the message sitting on a disk rather than travelling?",
      listenFor:
        "In mail.example.test's queue after submission, and at example.net before the MDA files it; every server stores before it forwards.",
    },
    minutes: 2,
  },
  "the-hand-off-at-the-250-after-the-lone-dot": {
    say: "Make the 250 after the lone dot feel like a signature on a delivery receipt: from that moment the receiver owns the problem. Show the Postfix log lines so students see the queue ID travel from the SMTP reply into the log. Warn that 250 means 'I have it', not 'it is in the inbox'.",
    ask: {
      question:
        "The connection drops right after the client sent the lone dot but before any reply arrived. Who is responsible for the message?",
      listenFor:
        "Still the sender: without the 250 it has not handed over responsibility, so it keeps the message queued and retries (RFC 5321 §6.1).",
    },
    minutes: 3,
  },
  "finding-the-next-hop-with-mx-records": {
    say: "Run dig on a real domain if the room has network access, and compare with the demo world. Cover the three special cases quickly: no MX means the domain itself (implicit MX), MX 0 dot means no mail at all, and a temporary DNS failure means retry rather than bounce.",
    ask: {
      question: "What is the difference between a domain with no MX record and a domain with a null MX?",
      listenFor:
        "No MX: mail goes to the domain's own A/AAAA address (implicit MX). Null MX: the domain accepts no mail, so senders fail at once (RFC 7505).",
    },
    minutes: 4,
  },
  "the-queue-waiting-and-trying-again": {
    say: "Walk the retry schedule table and ask the class to compute when the bounce would go out. Emphasise that the numbers are SHOULDs and configurable, so real servers differ. If time allows, open the greylisting deep dive as an example of receivers using retries deliberately.",
    ask: {
      question: "Why does greylisting stop a lot of spam but only delay real mail?",
      listenFor:
        "Real MTAs queue and retry after a 4yz (RFC 5321 §4.5.4.1); much spam software does not retry (RFC 6647).",
    },
    minutes: 4,
  },
  "bounces-and-the-null-reverse-path": {
    say: "Use the mistyped address to show both cases: refused during the session (the sender's own server writes the bounce) and accepted then failed (the receiver writes it). Then explain MAIL FROM:<> as a loop breaker. Point out that bounces go to the envelope sender, not to the From: line.",
    ask: {
      question: "A bounce itself cannot be delivered. What happens next?",
      listenFor:
        "Nothing: it was sent with an empty reverse-path, so there is no address to notify, and no bounce about a bounce is ever sent (RFC 5321 §3.6.3).",
    },
    minutes: 4,
  },
  "trace-headers-one-received-line-per-hop": {
    say: "Hand out or project the header block and have the class read the Received: lines bottom-up, writing the hop, the protocol word and the time for each. Explain ESMTPS and ESMTPSA. Finish with the caution that clocks can be wrong, so a slow-looking hop is a hint, not proof.",
    ask: {
      question: "Which Received: line was written by Bob's provider, and how do you know?",
      listenFor: "The top one: 'by mx.example.net'; each server adds its line at the top (RFC 5321 §4.4).",
    },
    minutes: 4,
  },
  recap: {
    say: "Recap the chain: 250 hands off responsibility, MX finds the next hop, the queue retries, bounces go back with an empty sender, Received: lines record the path. Run the quiz.",
    ask: {
      question: "How long may a message sit in a queue before the sender gives up, according to RFC 5321?",
      listenFor: "Generally at least 4–5 days, with retries at least 30 minutes apart (RFC 5321 §4.5.4.1).",
    },
    minutes: 2,
  },
};
