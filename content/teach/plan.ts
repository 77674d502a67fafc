/**
 * The teacher's guide as data: a two-hour class plan built from the lessons and the simulator, with what to
 * show, what to do and what to ask in each block, a checklist for before class and homework for after.
 * app/(site)/teach/page.tsx renders it, resolves every lesson section against the lesson's headings and every
 * simulator step against the engine, and fails the build if one does not match (so a changed heading or a
 * renumbered step cannot leave a wrong link in a teacher's hands).
 *
 * Rules: blocks are in order, each starts where the previous one ended, and they add up to `minutes`. Text may
 * use `backticks` for code. Facts agree with the facts sheet and name their RFC section in `cite`. A step's
 * `expect` states what the engine shows at that step (phase, reply code, command verb, or journey step kind).
 */
import type { Cite } from "@/lib/content/quiz";
import type { JourneyStepKind } from "@/lib/simulator/journey-data";
import type { Phase, Port } from "@/lib/smtp";

/** A lesson section: the lesson's slug and a heading id as in its table of contents (github-slugger). */
export type SectionRef = { lesson: string; id: string };

/** One simulator step to show: opens as /simulator/<scenario>?step=<step>. */
export type StepRef = {
  scenario: string;
  step: number;
  /** What the class should notice at this step, in the teacher's words. */
  shows: string;
  /** What the engine shows at this step; checked when the guide is built. */
  expect: { phase?: Phase; reply?: number; command?: string; journey?: JourneyStepKind };
};

export type ActivityKind = "talk" | "demo" | "pair" | "discuss" | "quiz" | "break";

export type Activity = { kind: ActivityKind; text: string };

/** A question for the class and the answer to listen for. */
export type ClassQuestion = { question: string; listenFor: string; cite?: Cite[] };

/** A question from a lesson's quiz (content/quizzes/<lesson>.ts), by its id. */
export type QuizRef = { lesson: string; question: string };

export type PlanBlock = {
  /** Minutes from the start of the class. */
  start: number;
  minutes: number;
  title: string;
  /** What the students can do at the end of the block. */
  goal: string;
  sections: SectionRef[];
  steps: StepRef[];
  /** Scenarios to play side by side: /simulator/compare?ids=a,b[,c]. */
  compare?: string[];
  /** A console exercise: /simulator/console?port=<port>. */
  console?: { port: Port; task: string };
  activities: Activity[];
  questions: ClassQuestion[];
  quiz?: QuizRef[];
  differentiation?: { fast: string; struggling: string };
};

export type ChecklistItem = { text: string; href?: string; section?: SectionRef };

export type ClassPlan = {
  title: string;
  audience: string;
  /** Total length in minutes, break included. */
  minutes: number;
  before: ChecklistItem[];
  blocks: PlanBlock[];
  after: ChecklistItem[];
};

export const classPlan: ClassPlan = {
  title: "How email moves, and which port to use: a two-hour class",
  audience:
    "First-year students or new IT staff who use email but have never looked inside it. No installation: every student needs a browser; the console exercises work in pairs on one device.",
  minutes: 120,
  before: [
    {
      text: "Set the projector to 1920×1080 and open a lesson and a simulator scenario on it; check from the back row that the transcript lines are readable.",
      href: "/simulator/25-plain-delivery",
    },
    {
      text: "Presenter mode: show the lesson or scenario on the projector and open the speaker-notes window on your laptop; the notes follow each lesson section and scenario phase. F toggles fullscreen, B blanks the screen, PageUp/PageDown (a presentation clicker) or the arrow keys step, ? lists the keys.",
    },
    {
      text: "Open the simulator tabs listed below in the order of the plan, so that each demo is one click away.",
    },
    {
      text: "Try the console on a student device: it runs in the browser, nothing to install. Check both ports used in class.",
      href: "/simulator/console?port=25",
    },
    {
      text: "Write the demo account on the board: user `alice`, password `wonderland`, and its AUTH PLAIN line `AUTH PLAIN AGFsaWNlAHdvbmRlcmxhbmQ=`.",
    },
    {
      text: "For the store-and-forward role play, prepare five name cards (mail app, submission server, Bob's MX, Bob's mailbox, network) and one sheet of paper as 'the message'.",
    },
    {
      text: "Optional, for students who prefer paper: print the handouts (every step of a session on one page) of the sessions you will demo, such as the port-587 submission.",
      href: "/simulator/587-starttls-auth/handout",
    },
    {
      text: "Optional: the live lab. `npm run lab` on your laptop starts real SMTP listeners, so students can point a real mail client or a script at it and watch their own session on the stage; on a classroom network use its classroom mode with an access code. Skip it if your copy of SMTP Lab does not have it: every block below works without it.",
    },
  ],
  blocks: [
    {
      start: 0,
      minutes: 7,
      title: "Who handles an email",
      goal: "Name the four roles (MUA, MSA, MTA, MDA) and say which hops speak SMTP.",
      sections: [
        { lesson: "what-is-smtp", id: "who-handles-an-email-four-roles" },
        { lesson: "what-is-smtp", id: "which-protocol-each-hop-uses" },
        { lesson: "store-and-forward", id: "the-journey-at-a-glance" },
      ],
      steps: [
        {
          scenario: "delivery-direct",
          step: 1,
          shows: "The route from Alice's mail app to Bob's mailbox; the message leaves the app on port 587.",
          expect: { journey: "Submitted" },
        },
      ],
      activities: [
        {
          kind: "talk",
          text: "Draw Alice's laptop, `mail.example.test`, `mx.example.net` and Bob's mailbox on the board and label each box with its role.",
        },
        {
          kind: "discuss",
          text: "Think, pair, share (one minute): which arrows on the board are SMTP, and which are not?",
        },
      ],
      questions: [
        {
          question: "Which hops in this picture use SMTP, and which do not?",
          listenFor:
            "App to submission server (submission) and server to server (relay) are SMTP; filing into the mailbox happens inside Bob's provider; Bob reads with IMAP or POP.",
          cite: [
            { rfc: 5598, section: "4.3.3" },
            { rfc: 6409, section: "2.1" },
          ],
        },
        {
          question: "You can read your mail but not send it. Which settings do you check first?",
          listenFor:
            "The outgoing (SMTP submission) settings: server, port 465 or 587, TLS mode and login. Sending and reading are different protocols.",
          cite: [{ rfc: 8314, section: "3.3" }],
        },
      ],
      quiz: [
        { lesson: "what-is-smtp", question: "role-on-587" },
        { lesson: "what-is-smtp", question: "reading-protocol" },
      ],
      differentiation: {
        fast: "Which roles does the lab's single Postfix server play, and on which ports? (MSA on 587, MTA on 25, MDA through its local delivery program: a role is a job, not a program.)",
        struggling:
          "Give them the lesson's four-row role table as a card and let them match each role to a box on the board.",
      },
    },
    {
      start: 7,
      minutes: 14,
      title: "One SMTP session: predict, then play",
      goal: "Read a real session line by line, from the 220 greeting to the 221 goodbye, and tell the envelope from the header.",
      sections: [
        { lesson: "what-is-smtp", id: "how-to-read-the-notation" },
        { lesson: "what-is-smtp", id: "the-session-step-by-step" },
        { lesson: "what-is-smtp", id: "the-envelope-and-the-message-are-different-things" },
      ],
      steps: [
        {
          scenario: "25-plain-delivery",
          step: 2,
          shows: "The server speaks first: 220, service ready.",
          expect: { phase: "greeting", reply: 220 },
        },
        {
          scenario: "25-plain-delivery",
          step: 4,
          shows: "The EHLO reply: one reply of eleven lines, the extensions the client may use.",
          expect: { phase: "ehlo", reply: 250 },
        },
        {
          scenario: "25-plain-delivery",
          step: 7,
          shows: "RCPT TO: the envelope recipient, which decides where the message goes.",
          expect: { phase: "envelope", command: "RCPT" },
        },
        {
          scenario: "25-plain-delivery",
          step: 10,
          shows: "354: go ahead, end with a line holding only a dot.",
          expect: { phase: "data", reply: 354 },
        },
        {
          scenario: "25-plain-delivery",
          step: 12,
          shows: "250 after the lone dot, with a queue id: the server has taken responsibility.",
          expect: { phase: "data", reply: 250 },
        },
        {
          scenario: "25-plain-delivery",
          step: 14,
          shows: "221: goodbye; the server closes the connection.",
          expect: { phase: "quit", reply: 221 },
        },
      ],
      activities: [
        {
          kind: "talk",
          text: "Introduce the notation: `->` the client, `<-` the server, `===` a remark of the tool; every line ends in CR LF, which the transcript does not show.",
        },
        {
          kind: "demo",
          text: "Play the session one step at a time. Stop on every client command and let the class call out the server's reply before you step on.",
        },
      ],
      questions: [
        {
          question: "What does the hyphen in `250-PIPELINING` mean?",
          listenFor: "More lines of the same reply follow; only the last line has a space after the code.",
          cite: [{ rfc: 5321, section: "4.2.1" }],
        },
        {
          question:
            "The header inside the message says `To: carol@example.org`, but the client sent `RCPT TO:<alice@example.test>`. Who gets the message?",
          listenFor:
            "alice@example.test: the envelope routes the message; the To: header is text for the reader.",
          cite: [
            { rfc: 5321, section: "2.3.1" },
            { rfc: 5321, section: "3.3" },
          ],
        },
        {
          question: "What has the server promised with its 250 to the lone dot?",
          listenFor: "To deliver the message or report that it failed: it has accepted responsibility.",
          cite: [{ rfc: 5321, section: "6.1" }],
        },
      ],
      quiz: [
        { lesson: "what-is-smtp", question: "predict-rcpt-alice" },
        { lesson: "what-is-smtp", question: "envelope-decides" },
        { lesson: "anatomy-of-a-session", question: "predict-data" },
      ],
      differentiation: {
        fast: "Open the deep dive on dot-stuffing: what does the client send for a body line that is only a dot, and what does the server store?",
        struggling:
          "Give them the printed handout of this session (/simulator/25-plain-delivery/handout) to follow and annotate line by line.",
      },
    },
    {
      start: 21,
      minutes: 9,
      title: "Reply codes: the first digit says what to do",
      goal: "Classify any reply by its first digit, and read an enhanced status code such as 5.1.1 or 5.7.1.",
      sections: [
        { lesson: "what-is-smtp", id: "reply-codes-the-first-digit-says-what-to-do" },
        { lesson: "anatomy-of-a-session", id: "enhanced-status-codes-classsubjectdetail" },
      ],
      steps: [
        {
          scenario: "25-unknown-user",
          step: 8,
          shows: "550 5.1.1: no such mailbox; permanent, and about the address.",
          expect: { phase: "envelope", reply: 550 },
        },
        {
          scenario: "25-relay-refused",
          step: 8,
          shows: "554 5.7.1: relaying refused; permanent, and about policy.",
          expect: { phase: "envelope", reply: 554 },
        },
        {
          scenario: "25-greylisting",
          step: 8,
          shows: "450 from a greylisting server: temporary, come back later.",
          expect: { phase: "envelope", reply: 450 },
        },
        {
          scenario: "25-greylisting",
          step: 12,
          shows: "The sending server keeps the message and waits before trying again.",
          expect: { phase: "wait" },
        },
        {
          scenario: "25-greylisting",
          step: 24,
          shows: "On the retry the same message is accepted: 250 after the lone dot.",
          expect: { phase: "data", reply: 250 },
        },
      ],
      activities: [
        {
          kind: "quiz",
          text: "Quick-fire: call out a code (250, 354, 421, 450, 452, 550, 554); the class answers with a gesture for done, send more, try later or give up.",
        },
        {
          kind: "demo",
          text: "Show the three refusals, then play the greylisting retry to its 250.",
        },
      ],
      questions: [
        {
          question: "`452` or `550`: which one should a mail server retry later?",
          listenFor:
            "452 (insufficient storage may clear up); 550 is permanent. The test: a reply is 4yz if the identical command could succeed later.",
          cite: [{ rfc: 5321, section: "4.2.1" }],
        },
        {
          question: "`550 5.1.1` and `554 5.7.1` are both permanent. What does the enhanced code add?",
          listenFor:
            "The reason: 5.1.1 is a bad destination mailbox (addressing), 5.7.1 is 'delivery not authorized' (security or policy).",
          cite: [{ rfc: 3463, section: "3" }],
        },
      ],
      quiz: [
        { lesson: "what-is-smtp", question: "what-to-do-with-451" },
        { lesson: "troubleshooting", question: "which-are-temporary" },
      ],
      differentiation: {
        fast: "Explain the second digit (x0z syntax, x1z information, x2z connections, x5z mail system): why do 221 and 250 differ in the middle?",
        struggling: "Give them a four-line card: 2 done, 3 send more, 4 try later, 5 do not repeat.",
      },
    },
    {
      start: 30,
      minutes: 13,
      title: "Pair exercise: be the client on port 25",
      goal: "Type a complete SMTP session that delivers a message, then cause a sequence error and two refusals on purpose.",
      sections: [
        { lesson: "anatomy-of-a-session", id: "try-it-deliver-a-message-on-port-25" },
        { lesson: "anatomy-of-a-session", id: "sequence-errors-and-syntax-errors" },
        { lesson: "port-25", id: "open-relays-and-relay-access-denied" },
      ],
      steps: [],
      console: {
        port: 25,
        task: "Deliver a message to alice@example.test until the server answers `250 2.0.0 Ok: queued as …`; then make it answer 503, 554 and 550.",
      },
      activities: [
        {
          kind: "pair",
          text: "In pairs, one types and one reads the lesson's hints aloud; swap after the first `250 … queued as`.",
        },
        {
          kind: "pair",
          text: "Break it on purpose: `RCPT TO` before `MAIL FROM` (503), `RCPT TO:<bob@example.net>` (554 5.7.1, relaying refused), `RCPT TO:<nosuchuser@example.test>` (550 5.1.1).",
        },
        {
          kind: "discuss",
          text: "Two pairs report: which reply surprised you, and what does its first digit tell the client?",
        },
      ],
      questions: [
        {
          question: "Why was `bob@example.net` refused when `alice@example.test` was accepted?",
          listenFor:
            "On port 25 the server takes mail for its own domains from anyone, but does not relay to other domains for a client that has not logged in; an open relay would be abused.",
          cite: [{ rfc: 5321, section: "7.9" }],
        },
        {
          question: "`RCPT TO` before `MAIL FROM` got 503. What kind of error is that?",
          listenFor: "A sequence error: a valid command at the wrong time. 500 and 501 are syntax errors.",
          cite: [{ rfc: 5321, section: "4.1.4" }],
        },
      ],
      quiz: [
        { lesson: "anatomy-of-a-session", question: "rcpt-before-mail" },
        { lesson: "port-25", question: "predict-relay-refused" },
      ],
      differentiation: {
        fast: "Send a body line that starts with a dot, once stuffed and once not; try `VRFY alice` (252) and `MAIL FROM:<you@example.net> SIZE=20000000` (552 before any data is sent).",
        struggling:
          "Follow the lesson's seven hints exactly, using the console's buttons that insert the commands; the goal is one `250 … queued as`.",
      },
    },
    {
      start: 43,
      minutes: 14,
      title: "Store-and-forward: who holds the message",
      goal: "Explain the hand-over at the 250, how the next hop is found, why mail waits in queues, and where bounces come from.",
      sections: [
        { lesson: "store-and-forward", id: "the-hand-off-at-the-250-after-the-lone-dot" },
        { lesson: "store-and-forward", id: "finding-the-next-hop-with-mx-records" },
        { lesson: "store-and-forward", id: "the-queue-waiting-and-trying-again" },
        { lesson: "store-and-forward", id: "bounces-and-the-null-reverse-path" },
      ],
      steps: [
        {
          scenario: "delivery-direct",
          step: 2,
          shows: "The message is in mail.example.test's queue: responsibility has moved from Alice's app.",
          expect: { journey: "QueuedAt" },
        },
        {
          scenario: "delivery-direct",
          step: 3,
          shows: "The MX lookup: two hosts, lowest preference first, no port.",
          expect: { journey: "MxLookup" },
        },
        {
          scenario: "delivery-direct",
          step: 4,
          shows: "Relay to mx1.example.net on port 25 with opportunistic STARTTLS and no login.",
          expect: { journey: "RelayAttempt" },
        },
        {
          scenario: "delivery-direct",
          step: 5,
          shows: "Delivered: one Received: line per hop, newest on top.",
          expect: { journey: "Delivered" },
        },
        {
          scenario: "delivery-greylisted-retry",
          step: 5,
          shows: "Deferred after a 4xx: the message waits 30 minutes in the queue.",
          expect: { journey: "Deferred" },
        },
        {
          scenario: "delivery-unknown-user-bounce",
          step: 6,
          shows: "After a 550 the sender's own server writes the bounce, sent with MAIL FROM:<>.",
          expect: { journey: "BounceSent" },
        },
      ],
      activities: [
        {
          kind: "discuss",
          text: "Role play (three minutes): four students hold the cards mail app, submission server, Bob's MX and Bob's mailbox; the paper message may change hands only when the receiver says '250'. The 'network' student then breaks one hand-over before the 250: who holds the paper now?",
        },
        {
          kind: "demo",
          text: "Play the direct journey, then jump to the greylisted deferral and the bounce for the mistyped address.",
        },
      ],
      questions: [
        {
          question: "The connection breaks after the lone dot, before the 250 arrives. Who has the message?",
          listenFor:
            "Still the sender: without the 250 nothing was handed over, so it keeps the message queued and tries again.",
          cite: [
            { rfc: 5321, section: "6.1" },
            { rfc: 5321, section: "4.5.4.1" },
          ],
        },
        {
          question: "Why is a bounce sent with `MAIL FROM:<>`?",
          listenFor:
            "So that a bounce that fails can never cause another bounce: there are no notifications about notifications.",
          cite: [{ rfc: 5321, section: "3.6.3" }],
        },
        {
          question: "How long does a queue keep trying?",
          listenFor: "Retries at least 30 minutes apart; it gives up only after at least 4–5 days.",
          cite: [{ rfc: 5321, section: "4.5.4.1" }],
        },
      ],
      quiz: [
        { lesson: "store-and-forward", question: "meaning-of-250-after-dot" },
        { lesson: "store-and-forward", question: "why-null-reverse-path" },
      ],
      differentiation: {
        fast: "Play delivery-mailbox-full-bounce and explain why the bounce comes from mx1.example.net this time; or read the sample header block's Received: lines bottom-up.",
        struggling:
          "Stay with the direct journey and fill in a five-box worksheet: who holds the message after each step?",
      },
    },
    {
      start: 57,
      minutes: 10,
      title: "Break",
      goal: "Rest.",
      sections: [],
      steps: [],
      activities: [
        {
          kind: "break",
          text: "Leave the port-25 comparison (plain delivery next to STARTTLS) open on the projector, ready for the next block.",
        },
      ],
      questions: [],
    },
    {
      start: 67,
      minutes: 8,
      title: "Port 25: relay between servers",
      goal: "Explain why MX delivery always uses port 25, why its STARTTLS is opportunistic, and who blocks outbound 25.",
      sections: [
        { lesson: "port-25", id: "why-relay-always-uses-port-25" },
        { lesson: "port-25", id: "opportunistic-starttls" },
        { lesson: "port-25", id: "why-networks-block-outbound-port-25" },
      ],
      steps: [
        {
          scenario: "25-starttls-opportunistic",
          step: 4,
          shows: "STARTTLS in the EHLO list: an offer, not a requirement.",
          expect: { phase: "ehlo", reply: 250 },
        },
        {
          scenario: "25-starttls-opportunistic",
          step: 6,
          shows: "The go-ahead for TLS; after the handshake the middle lane shows only ciphertext.",
          expect: { phase: "tls", reply: 220 },
        },
        {
          scenario: "25-starttls-opportunistic",
          step: 12,
          shows: "EHLO again inside TLS: STARTTLS gone, AUTH offered.",
          expect: { phase: "ehlo", reply: 250 },
        },
      ],
      compare: ["25-plain-delivery", "25-starttls-opportunistic"],
      activities: [
        {
          kind: "demo",
          text: "Open both deliveries side by side and step through them together; the class says when the middle lanes start to differ.",
        },
        {
          kind: "talk",
          text: "Outbound 25 is blocked by access networks and clouds, not by mail providers. RFC 5068 makes no recommendation on it; the industry group M3AAWG recommends blocking it. Provider rules change, so check their current documentation.",
        },
      ],
      questions: [
        {
          question: "Why can't Bob's provider move its MX to port 2525?",
          listenFor: "MX records carry no port: delivery to an MX always uses 25.",
          cite: [{ rfc: 8314, section: "7.3" }],
        },
        {
          question: "May a public MX require STARTTLS?",
          listenFor:
            "No: a publicly referenced server must not require it, or senders without TLS could not deliver. Domains harden relay with MTA-STS or DANE instead.",
          cite: [{ rfc: 3207, section: "4" }, { rfc: 8461 }],
        },
        {
          question: "A classmate says 'mail providers block port 25 because of spam'. Correct it.",
          listenFor:
            "Access networks block outbound 25 from their customers' machines; inbound mail has to arrive on 25.",
          cite: [
            { rfc: 6409, section: "1" },
            { rfc: 8314, section: "7.3" },
          ],
        },
      ],
      quiz: [
        { lesson: "port-25", question: "which-port-to-the-mx" },
        { lesson: "port-25", question: "who-blocks-port-25" },
      ],
      differentiation: {
        fast: "Read the hardening table (MTA-STS, DANE, TLS-RPT, REQUIRETLS): which of them would stop a stripping attack between two servers?",
        struggling:
          "Fill in the lesson's two-row table from memory: who connects, to which port, with or without a login.",
      },
    },
    {
      start: 75,
      minutes: 12,
      title: "Port 587: submission with STARTTLS and AUTH",
      goal: "State what RFC 6409 requires on 587 (AUTH) and only allows (STARTTLS), and read a submission session with its second EHLO and login.",
      sections: [
        { lesson: "port-587", id: "why-submission-has-its-own-port" },
        { lesson: "port-587", id: "the-rules-on-port-587" },
        { lesson: "port-587", id: "what-our-postfix-does-on-587" },
        { lesson: "smtp-auth", id: "plain-one-line-three-fields" },
      ],
      steps: [
        {
          scenario: "587-auth-before-starttls",
          step: 5,
          shows: "AUTH PLAIN sent before TLS: the password crosses the wire in base64.",
          expect: { phase: "auth", command: "AUTH" },
        },
        {
          scenario: "587-auth-before-starttls",
          step: 6,
          shows: "Refused, but too late: the password has already crossed the network.",
          expect: { phase: "auth", reply: 530 },
        },
        {
          scenario: "587-starttls-auth",
          step: 6,
          shows: "The go-ahead: the client's next bytes are the TLS handshake, on the same connection.",
          expect: { phase: "tls", reply: 220 },
        },
        {
          scenario: "587-starttls-auth",
          step: 12,
          shows: "The EHLO list inside TLS now offers AUTH PLAIN LOGIN.",
          expect: { phase: "ehlo", reply: 250 },
        },
        {
          scenario: "587-starttls-auth",
          step: 14,
          shows: "235 2.7.0: logged in; now a recipient at another domain is accepted.",
          expect: { phase: "auth", reply: 235 },
        },
      ],
      activities: [
        {
          kind: "demo",
          text: "Play the careless client first and stop at the 530; then play the correct session from its STARTTLS step.",
        },
        {
          kind: "talk",
          text: "Decode `AGFsaWNlAHdvbmRlcmxhbmQ=` on the board (or with `base64 -d`): NUL, `alice`, NUL, `wonderland`. Base64 is an encoding, not encryption.",
        },
      ],
      questions: [
        {
          question:
            "RFC 6409 says AUTH is a MUST and STARTTLS only a MAY. Who makes sure the session is encrypted?",
          listenFor:
            "The client, by requiring STARTTLS; a submission server may also require it, as the lab's does.",
          cite: [
            { rfc: 6409, section: "7" },
            { rfc: 8314, section: "5.2" },
            { rfc: 3207, section: "4" },
          ],
        },
        {
          question: "The server answered 530 to the early AUTH. Is the password safe?",
          listenFor: "No: it had already crossed the network in base64, which anyone can decode.",
          cite: [{ rfc: 4616, section: "5" }],
        },
        {
          question: "Why does AUTH appear only in the EHLO list inside TLS?",
          listenFor:
            "This server offers logins only inside TLS, and after STARTTLS the client must ask for the list again.",
          cite: [
            { rfc: 3207, section: "4.2" },
            { rfc: 4954, section: "9" },
          ],
        },
      ],
      quiz: [
        { lesson: "port-587", question: "must-and-may" },
        { lesson: "port-587", question: "predict-auth-before-starttls" },
        { lesson: "smtp-auth", question: "what-base64-protects" },
      ],
      differentiation: {
        fast: "Decode the base64 by hand with the 6-bit table in the SMTP AUTH lesson; or compare the lab's 554 5.7.1 at RCPT for a session without a login (587-starttls-no-auth) with what RFC 6409 §4.3 asks for.",
        struggling:
          "Ask one question per step: could someone on the café Wi-Fi read this line? Let them point at the middle lane.",
      },
    },
    {
      start: 87,
      minutes: 10,
      title: "Pair exercise: submit a message as alice on 587",
      goal: "Submit a message with the full recipe: EHLO, STARTTLS, EHLO, AUTH, MAIL, RCPT, DATA.",
      sections: [
        { lesson: "port-587", id: "try-it-send-a-message-as-alice" },
        { lesson: "smtp-auth", id: "try-it-log-in-as-alice" },
      ],
      steps: [],
      console: {
        port: 587,
        task: "Log in as alice (password `wonderland`) and get a message queued for bob@example.net.",
      },
      activities: [
        {
          kind: "pair",
          text: "Same pairs, roles swapped. First send `AUTH` before `STARTTLS` and read the 530; then do it right.",
        },
        {
          kind: "discuss",
          text: "One pair reads out its second EHLO list: what changed, and why?",
        },
      ],
      questions: [
        {
          question: "What changed in the EHLO list after STARTTLS?",
          listenFor: "STARTTLS disappeared and AUTH PLAIN LOGIN appeared.",
          cite: [{ rfc: 3207, section: "4.2" }],
        },
        {
          question: "`RCPT TO:<bob@example.net>` was refused on port 25 but accepted here. Why?",
          listenFor: "After AUTH the submission server relays for its own logged-in user.",
          cite: [
            { rfc: 6409, section: "4.3" },
            { rfc: 5068, section: "3.2" },
          ],
        },
      ],
      quiz: [{ lesson: "port-587", question: "after-starttls" }],
      differentiation: {
        fast: "Log in with a wrong password (`AUTH PLAIN AGFsaWNlAHdyb25n`) and time the 535; send AUTH twice (503); then repeat on port 465 and count the EHLOs.",
        struggling:
          "Use the recipe on the board, the insert buttons and the console's base64 helper; success is one `235` and one `250 … queued as`.",
      },
    },
    {
      start: 97,
      minutes: 12,
      title: "Stripping, injection and port 465",
      goal: "Explain why only a client that requires TLS survives STARTTLS stripping, and why implicit TLS on 465 has nothing to strip.",
      sections: [
        { lesson: "starttls-vs-implicit-tls", id: "stripping-the-attack-on-the-plaintext-start" },
        { lesson: "starttls-vs-implicit-tls", id: "opportunistic-or-required-the-client-decides" },
        { lesson: "port-465", id: "tls-from-the-first-byte" },
        { lesson: "port-465", id: "the-return-submissions-in-rfc-8314" },
      ],
      steps: [
        {
          scenario: "587-stripping-opportunistic",
          step: 5,
          shows: "The attacker forwards a forged EHLO list: STARTTLS removed, AUTH added.",
          expect: { phase: "ehlo", reply: 250 },
        },
        {
          scenario: "587-stripping-opportunistic",
          step: 6,
          shows: "The opportunistic client logs in in plain text; the attacker decodes the password.",
          expect: { phase: "auth", command: "AUTH" },
        },
        {
          scenario: "587-stripping-opportunistic",
          step: 7,
          shows: "The server's 530 comes too late.",
          expect: { phase: "auth", reply: 530 },
        },
        {
          scenario: "587-stripping-required",
          step: 6,
          shows: "The client that requires TLS gives up before sending anything secret.",
          expect: { phase: "quit" },
        },
        {
          scenario: "465-implicit-tls",
          step: 2,
          shows: "On 465 the first bytes are the client's TLS ClientHello.",
          expect: { phase: "tls" },
        },
        {
          scenario: "465-implicit-tls",
          step: 6,
          shows: "The 220 greeting arrives already inside TLS.",
          expect: { phase: "greeting", reply: 220 },
        },
      ],
      compare: ["587-stripping-opportunistic", "587-stripping-required", "465-stripping-nothing"],
      activities: [
        {
          kind: "talk",
          text: "Tell the café story: Mallory controls the Wi-Fi and can change packets. Alice's app is set to 'STARTTLS if available'.",
        },
        {
          kind: "demo",
          text: "Open the three-way comparison. Before each player, take a vote: will the password leak?",
        },
        {
          kind: "talk",
          text: "Port 465 in one minute: briefly registered as 'smtps', revoked because MX delivery cannot use another port, registered again as 'submissions' by RFC 8314 (IANA record 2017-12-12, RFC published January 2018). Not deprecated: preferred.",
        },
      ],
      questions: [
        {
          question: "The server requires TLS. Why did the opportunistic client still lose its password?",
          listenFor:
            "It sent AUTH before the server could refuse; only a client that requires TLS (and checks the certificate) is safe.",
          cite: [
            { rfc: 3207, section: "6" },
            { rfc: 8314, section: "5.2" },
          ],
        },
        {
          question: "Is port 465 deprecated?",
          listenFor: "No: it is the 'submissions' port, and RFC 8314 prefers implicit TLS for submission.",
          cite: [
            { rfc: 8314, section: "7.3" },
            { rfc: 8314, section: "1" },
          ],
        },
        {
          question: "When are STARTTLS on 587 and implicit TLS on 465 equally secure?",
          listenFor:
            "When the implementations are correct and both client and server require TLS before submission.",
          cite: [{ rfc: 8314, section: "3.3" }],
        },
      ],
      quiz: [
        { lesson: "starttls-vs-implicit-tls", question: "which-client-is-safe" },
        { lesson: "port-465", question: "when-equally-secure" },
      ],
      differentiation: {
        fast: "Play 587-starttls-injection and explain what the server does with the injected lines at its 220 (CVE-2011-0411).",
        struggling: "Compare only the first two players: same attacker, same server, one app setting.",
      },
    },
    {
      start: 109,
      minutes: 6,
      title: "Wrong port, wrong mode; 2525 and the myths",
      goal: "Recognise a TLS-mode mismatch from 'wrong version number' or a silent timeout, and place 2525 correctly.",
      sections: [
        { lesson: "troubleshooting", id: "wrong-version-number-tls-on-a-starttls-port" },
        { lesson: "troubleshooting", id: "timeouts-plain-text-on-the-implicit-tls-port" },
        { lesson: "port-2525", id: "not-a-standard-port" },
        { lesson: "myths-and-mistakes", id: "every-claim-at-a-glance" },
      ],
      steps: [
        {
          scenario: "587-tls-first-client",
          step: 4,
          shows: "A TLS client on 587: the server reads the ClientHello as text and answers 500 5.5.2.",
          expect: { phase: "envelope", reply: 500 },
        },
        {
          scenario: "465-plaintext-client",
          step: 2,
          shows: "A plain-text client on 465: five seconds of silence, no greeting.",
          expect: { phase: "wait" },
        },
        {
          scenario: "465-plaintext-client",
          step: 4,
          shows: "The server resets the connection without a single byte of reply.",
          expect: { phase: "close" },
        },
      ],
      activities: [
        {
          kind: "talk",
          text: "Two symptoms, one rule: 'wrong version number', or 'Connected' followed by a timeout, means the TLS mode does not match the port.",
        },
        {
          kind: "quiz",
          text: "Myth or fact, one minute: read three claims from the myths table ('port 465 is deprecated', 'port 2525 is the secure standard fallback', 'port 25 lacks encryption') and let the class vote.",
        },
      ],
      questions: [
        {
          question:
            "An app set to 'SSL/TLS' on port 587 reports 'wrong version number'. What are the two fixes?",
          listenFor: "Switch the app to STARTTLS on 587, or keep SSL/TLS and use port 465.",
          cite: [{ rfc: 8314, section: "3.3" }],
        },
        {
          question: "Is 2525 a standard mail port?",
          listenFor:
            "No: IANA lists it as ms-v-worlds. Some providers document it as an alternate submission port, which needs the same rules as 587: TLS required and a login.",
          cite: [
            { rfc: 8314, section: "5.2" },
            { rfc: 6409, section: "4.3" },
          ],
        },
      ],
      quiz: [
        { lesson: "troubleshooting", question: "wrong-version-number" },
        { lesson: "port-2525", question: "iana-2525" },
      ],
      differentiation: {
        fast: "Open the port chooser and find the answers that lead to 465, to 587 and to a provider's alternate port.",
        struggling: "Give them the symptom, cause and fix table from the troubleshooting lesson as a card.",
      },
    },
    {
      start: 115,
      minutes: 5,
      title: "Exit quiz and homework",
      goal: "Check the main ideas of the class and set the homework.",
      sections: [],
      steps: [],
      activities: [
        {
          kind: "quiz",
          text: "Five questions from the lesson quizzes, on paper or by show of hands; go through them with the answer keys at the end of this guide.",
        },
        { kind: "talk", text: "Set the homework (below)." },
      ],
      questions: [
        {
          question: "Which two settings make a mail app safe when it sends mail?",
          listenFor:
            "TLS required (SSL/TLS on 465, or STARTTLS required on 587) with the certificate checked, and AUTH only inside TLS.",
          cite: [
            { rfc: 8314, section: "5.2" },
            { rfc: 4954, section: "14" },
          ],
        },
      ],
      quiz: [
        { lesson: "store-and-forward", question: "retry-rules" },
        { lesson: "port-25", question: "public-mx-must-not-require-tls" },
        { lesson: "port-587", question: "safe-app-settings" },
        { lesson: "starttls-vs-implicit-tls", question: "rfc8314-position" },
        { lesson: "troubleshooting", question: "act-on-550-511" },
      ],
      differentiation: {
        fast: "Answer all five and name the RFC section behind each answer.",
        struggling: "Answer the single-choice questions only.",
      },
    },
  ],
  after: [
    {
      text: "Take the quiz of every lesson (pass mark 75 %). Progress is kept in the browser and shown on the lessons page.",
      href: "/lessons",
    },
    {
      text: "Read what the class skipped in SMTP AUTH: LOGIN, CRAM-MD5, OAUTHBEARER and XOAUTH2, and why a password or a token must never travel without TLS.",
      section: { lesson: "smtp-auth", id: "login-common-but-in-no-rfc" },
    },
    {
      text: "Read 'Hardening relay on port 25' and answer in two sentences: why can relay between servers not simply switch to implicit TLS?",
      section: { lesson: "starttls-vs-implicit-tls", id: "hardening-relay-on-port-25" },
    },
    {
      text: "Do the four console exercises of the troubleshooting lesson: make the server answer 530, 535, 554 and 550.",
      section: { lesson: "troubleshooting", id: "practise-make-the-server-say-it" },
    },
    {
      text: "Pick two claims from the myths table and write each correction with its RFC section.",
      section: { lesson: "myths-and-mistakes", id: "every-claim-at-a-glance" },
    },
    {
      text: "Look up the outgoing-server settings of your own mail app or your provider's help page: which port, which TLS mode? Check them against the port chooser.",
      href: "/port-chooser",
    },
    {
      text: "Open the full headers of a message in your inbox and read its Received: lines bottom-up: the hops, the 'with' words and the times.",
      section: { lesson: "store-and-forward", id: "reading-the-header-block-after-two-hops" },
    },
  ],
};

/** Problems with the plan's timing: blocks must follow each other without gaps and add up to the class length. */
export function timingProblems(plan: ClassPlan): string[] {
  const problems: string[] = [];
  let t = 0;
  for (const b of plan.blocks) {
    if (b.start !== t) problems.push(`"${b.title}" starts at minute ${b.start}, expected ${t}`);
    if (b.minutes <= 0) problems.push(`"${b.title}" has no duration`);
    t = b.start + b.minutes;
  }
  if (t !== plan.minutes) problems.push(`the blocks end at minute ${t}, not ${plan.minutes}`);
  return problems;
}

/** "1:07" for minute 67 of the class. */
export function clock(minute: number): string {
  return `${Math.floor(minute / 60)}:${String(minute % 60).padStart(2, "0")}`;
}
