import type { Quiz } from "@/lib/content/quiz";

export const quiz: Quiz = {
  id: "store-and-forward",
  questions: [
    {
      id: "meaning-of-250-after-dot",
      kind: "single",
      prompt:
        "`mx.example.net` answers the lone dot with `250 2.0.0 Ok: queued as 5D2E9F1180`. What has just happened?",
      choices: [
        {
          text: "`mx.example.net` has accepted responsibility: it must now deliver the message or report the failure",
          correct: true,
          feedback:
            "Right: the 250 after the end of data hands responsibility to the receiver, which must not lose the message 'for frivolous reasons' (RFC 5321 §6.1).",
        },
        {
          text: "The message is now in Bob's inbox",
          feedback:
            "No: 250 means 'I have it', not 'it is delivered'. The server may still relay it further, and it can still fail (RFC 5321 §6.1).",
        },
        {
          text: "Nothing is final until the client sends QUIT",
          feedback:
            "No: the transaction is complete at the 250. QUIT only ends the session; it does not undo a completed transaction (RFC 5321 §4.1.1.10).",
        },
        {
          text: "The sending server must keep its copy until Bob has read the message",
          feedback:
            "No: once the receiver has said 250, the sender has handed over responsibility and may remove the message from its queue (RFC 5321 §6.1).",
        },
      ],
      cite: [{ rfc: 5321, section: "6.1" }],
    },
    {
      id: "mx-preference",
      kind: "single",
      prompt:
        "`example.net` publishes `MX 10 mx.example.net.` and `MX 20 mx2.example.net.`. Which host does a sending server try first?",
      choices: [
        {
          text: "`mx.example.net`, because the lower preference number wins",
          correct: true,
          feedback: "Right: lower preference means more preferred; mx2 is the fallback (RFC 5321 §5.1).",
        },
        {
          text: "`mx2.example.net`, because the higher number has priority",
          feedback:
            "No: it is the other way round; the lowest preference value is tried first (RFC 5321 §5.1).",
        },
        {
          text: "Either, chosen at random",
          feedback:
            "No: random order applies only to hosts with the *same* preference, to spread the load (RFC 5321 §5.1).",
        },
        {
          text: "Both at once, keeping whichever answers first",
          feedback:
            "No: the sender works through the list in preference order, trying the next host only when one fails (RFC 5321 §5.1).",
        },
      ],
      cite: [{ rfc: 5321, section: "5.1" }],
    },
    {
      id: "implicit-mx",
      kind: "single",
      prompt:
        "`web.example.net` has an A record (`203.0.113.80`) but no MX record at all. A message for `info@web.example.net` is waiting. What does the sending server do?",
      choices: [
        {
          text: "Connects to 203.0.113.80 on port 25: the domain is treated as its own MX with preference 0",
          correct: true,
          feedback: "Right: that is the implicit MX, used only when no MX records exist (RFC 5321 §5.1).",
        },
        {
          text: "Bounces the message at once, because no MX means no mail",
          feedback:
            "No: that is what a *null MX* (`MX 0 .`) says (RFC 7505 §3). With no MX at all, the A record is used.",
        },
        {
          text: "Sends it to the MX hosts of `example.net`",
          feedback:
            "No: MX lookup is for the exact domain after the @. A parent domain's MX records play no part (RFC 5321 §5.1).",
        },
        {
          text: "Keeps it in the queue until an MX record appears",
          feedback: "No: the implicit MX rule gives the sender a host to try right away (RFC 5321 §5.1).",
        },
      ],
      cite: [
        { rfc: 5321, section: "5.1" },
        { rfc: 7505, section: "3" },
      ],
    },
    {
      id: "why-null-reverse-path",
      kind: "single",
      prompt: "Why is a bounce sent with `MAIL FROM:<>`, the empty reverse-path?",
      choices: [
        {
          text: "So that a bounce that cannot be delivered never causes another bounce",
          correct: true,
          feedback:
            "Right: servers must not send notifications about notifications (RFC 5321 §3.6.3), and with no reverse-path there is nowhere to send one (RFC 5321 §6.1).",
        },
        {
          text: "To hide the address of the server that wrote the bounce",
          feedback:
            "No: the bounce names the reporting server inside its report (RFC 3464). The empty reverse-path is about preventing loops.",
        },
        {
          text: "Because bounces are sent without an envelope",
          feedback:
            "No: a bounce is an ordinary SMTP transaction with MAIL, RCPT and DATA; only its reverse-path is empty (RFC 5321 §6.1).",
        },
        {
          text: "So that the recipient's spam filter accepts it",
          feedback:
            "No: the rule exists to stop bounce loops between broken servers (RFC 5321 §3.6.3), not to pass filters.",
        },
      ],
      cite: [
        { rfc: 5321, section: "3.6.3" },
        { rfc: 5321, section: "6.1" },
      ],
    },
    {
      id: "retry-rules",
      kind: "multiple",
      prompt:
        "`mx.example.net` and `mx2.example.net` are both down. Which behaviours of the sending server follow RFC 5321 §4.5.4.1?",
      choices: [
        {
          text: "Waiting at least 30 minutes between attempts to the same destination",
          correct: true,
          feedback: "Right: the retry interval SHOULD be at least 30 minutes (RFC 5321 §4.5.4.1).",
        },
        {
          text: "Giving up and bouncing only after at least 4–5 days",
          correct: true,
          feedback: "Right: the give-up time 'generally needs to be at least 4-5 days' (RFC 5321 §4.5.4.1).",
        },
        {
          text: "Letting the administrator configure the retry schedule",
          correct: true,
          feedback: "Right: retry parameters MUST be configurable (RFC 5321 §4.5.4.1).",
        },
        {
          text: "Retrying every 10 seconds so the message arrives as soon as possible",
          feedback:
            "No: the sender MUST delay retrying a destination after a failure, and the interval SHOULD be at least 30 minutes (RFC 5321 §4.5.4.1).",
        },
        {
          text: "Bouncing the message after the first failed attempt",
          feedback: "No: undeliverable mail MUST be queued and retried (RFC 5321 §4.5.4.1).",
        },
      ],
      cite: [{ rfc: 5321, section: "4.5.4.1" }],
    },
    {
      id: "received-lines",
      kind: "multiple",
      prompt: "Which statements about `Received:` header lines are true?",
      choices: [
        {
          text: "Each server that receives the message adds its line at the top, so you read them from the bottom up",
          correct: true,
          feedback: "Right: a receiving server MUST prepend its Received: line (RFC 5321 §4.4).",
        },
        {
          text: "`with ESMTPSA` means the message arrived over TLS from a client that had logged in",
          correct: true,
          feedback: "Right: S for TLS, A for SMTP AUTH (RFC 3848).",
        },
        {
          text: "A relay may delete old Received: lines to keep the header short",
          feedback: "No: existing Received: lines MUST NOT be changed, deleted or reordered (RFC 5321 §4.4).",
        },
        {
          text: "The name after `from` is always the client's verified host name",
          feedback:
            "No: it is the name the client gave in EHLO. The server records the real IP address next to it, in square brackets, so you can compare (RFC 5321 §4.4).",
        },
      ],
      cite: [{ rfc: 5321, section: "4.4" }, { rfc: 3848 }],
    },
  ],
};
