import type { LessonNotes } from "@/lib/content/notes";

export const notes: LessonNotes = {
  "how-to-check-a-claim-yourself": {
    say: "Explain why this lesson exists: one vendor article about SMTP ports is copied all over the web, and students will find it. Instead of memorising corrections, they should learn to check: the RFC for the protocol, the IANA registry for port numbers, the provider's docs for one provider.",
    ask: {
      question: "Where would you check what port 2525 is officially assigned to?",
      listenFor: "The IANA service name and port number registry (it says ms-v-worlds).",
    },
    minutes: 2,
  },
  "myths-about-port-25": {
    say: "Four myths, one theme: port 25 is the relay port by design, and it does support TLS. Play the opportunistic STARTTLS scenario to show TLS on 25 with your own eyes. Then untangle the blocking claim: networks block outbound 25 from end users, mail servers keep inbound 25 open.",
    ask: {
      question: "If port 25 supports TLS, why is it still less protected than submission on 465?",
      listenFor:
        "An MX must not require STARTTLS, so TLS on 25 is opportunistic and can be stripped unless MTA-STS or DANE is used (RFC 3207 §4, §6).",
    },
    minutes: 4,
  },
  "myths-about-port-465": {
    say: "This is the myth with the most copies: '465 is deprecated'. Tell the real history as a story: briefly smtps, revoked because MX has no port, kept alive by mail apps, standardised as submissions in 2018, and now preferred. Note that the 1998 date repeated online has no RFC source.",
    ask: {
      question: "Which RFC made port 465 official for submission, and what does it prefer?",
      listenFor: "RFC 8314 (January 2018); it prefers implicit TLS on 465 to STARTTLS on 587.",
    },
    minutes: 4,
  },
  "myths-about-ports-587-and-2525": {
    say: "The common thread is attaching security to a port number. Play the comparison: the same attack on 587 with an opportunistic client and on 465. Port 2525 is only a provider convention, and 587 blocking breaks a BCP.",
    ask: {
      question: "Is 'use 587 for secure email' good advice? What would you say instead?",
      listenFor:
        "No: 587 is only secure with STARTTLS required and a checked certificate; say 'use 465, or 587 with STARTTLS required'.",
    },
    minutes: 4,
  },
  "myths-about-tls-ssl-and-smtps": {
    say: "Sort out the vocabulary: implicit TLS and STARTTLS are the standard terms; SMTPS and explicit SSL are informal; SSL itself is retired. Then cut the 'SMTPS secures your email' claim down to size: one hop, server identity only with a checked certificate, user identity from AUTH.",
    ask: {
      question:
        "A mail app offers 'SSL/TLS' and 'STARTTLS'. Which is which, and does 'SSL' mean the app uses SSL 3.0?",
      listenFor:
        "SSL/TLS is implicit TLS (465), STARTTLS the upgrade (587); the label is historical and the app should negotiate TLS 1.2 or later (RFC 8997).",
    },
    minutes: 3,
  },
  "a-myth-about-the-message-itself": {
    say: "Go back to the transcript from the first lesson: every line of the message was readable. SMTP sends text lines after DATA; packets are TCP's business, and MIME parts are readable by any mail app.",
    ask: {
      question: "Could someone on the network read a message sent on port 25 without TLS?",
      listenFor: "Yes: it is plain text lines after DATA (RFC 5321 §4.1.1.4); only TLS hides it.",
    },
    minutes: 1,
  },
  "what-the-article-gets-right": {
    say: "Be fair to the source: several basics are right, and the last claim is nearly right. Naming what is correct makes the corrections more credible.",
    ask: {
      question:
        "What one correction turns 'the IETF recommends 465, just like 587' into a fully correct statement?",
      listenFor: "RFC 8314 asks for both during a transition but prefers implicit TLS on 465.",
    },
    minutes: 1,
  },
  "every-claim-at-a-glance": {
    say: "Use the table as a handout or a quick self-test: cover the verdict column and let students call out wrong, misleading or outdated, with a reason. Finish with the port chooser for anyone who needs to configure a real app.",
    ask: {
      question: "Pick one row and give the source that corrects it.",
      listenFor:
        "A specific RFC section, e.g. RFC 8314 §7.3 for 465's history, RFC 5068 §4.1 for 587 blocking, RFC 3207 for TLS on 25.",
    },
    minutes: 2,
  },
  recap: {
    say: "Boil it down to three habits: look for the RFC, never attach security to a port number, and distrust dates and names nobody cites. Then the quiz.",
    ask: {
      question: "Which single myth from today would you most want your friends to unlearn, and why?",
      listenFor:
        "Any well-argued answer; often '465 is deprecated' or '587 is secure by itself', with the RFC 8314 correction.",
    },
    minutes: 2,
  },
};
