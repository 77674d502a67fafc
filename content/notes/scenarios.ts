/**
 * Speaker notes for the simulator's scenarios, per phase (presenter mode, issue 7): what the teacher says
 * while a phase is on screen, what to ask the class and the answer to listen for, and rough minutes.
 * Written for the front of the room; never a copy of the engine's step narration.
 *
 * Rules: one note per phase the scenario actually has (check with the engine: `toSteps(runScenario(s).events)`
 * for sessions, `journeyData(s, runJourney(…)).steps` with `journeyPhaseOf` for journeys). A phase that comes
 * back later in a session (a second EHLO inside TLS, a second connection after a retry) shares its note, so
 * the note covers every occurrence. Facts agree with the facts sheet and name their RFC section.
 */
import type { SpeakerNote } from "@/lib/content/notes";
import type { JourneyStep } from "@/lib/simulator/journey-data";
import type { Phase } from "@/lib/smtp";

/** The phases of a store-and-forward journey, as the journey view's steps fall into them. */
export type JourneyPhase = "submit" | "queue" | "dns" | "relay" | "retry" | "bounce" | "deliver";

/**
 * The journey phase of one journey step. An MX lookup after the first attempt belongs to the retry; a refused
 * connection belongs to the relay attempt it ended.
 */
export function journeyPhaseOf(step: Pick<JourneyStep, "kind" | "attempt">): JourneyPhase {
  switch (step.kind) {
    case "Submitted":
      return "submit";
    case "QueuedAt":
      return "queue";
    case "MxLookup":
      return (step.attempt ?? 1) > 1 ? "retry" : "dns";
    case "RelayAttempt":
    case "ConnectFailed":
      return "relay";
    case "Deferred":
    case "RetryRound":
    case "GaveUp":
      return "retry";
    case "Delivered":
      return "deliver";
    case "Bounced":
    case "BounceSent":
    case "BounceDelivered":
      return "bounce";
  }
}

export const scenarioNotes: Record<string, Partial<Record<Phase, SpeakerNote>>> = {
  "25-plain-delivery": {
    connect: {
      say: "Set the scene before anything moves: the left lane is another domain's mail server delivering to alice's provider, not a person's mail app. The middle lane is what anyone on the network path could record; ask the class to keep an eye on it for the whole session.",
      ask: {
        question: "Who is the client here, and why does it connect to port 25 rather than 587?",
        listenFor:
          "A mail server (an MTA) delivering to alice's MX. MX records carry no port, so delivery to an MX always uses 25 (RFC 8314 §7.3).",
      },
      minutes: 1,
    },
    greeting: {
      say: "Point out that the server speaks first, and that a client must wait for this line. A server that does not want to talk at all would greet with 554 instead of 220.",
      ask: {
        question: "What would a greeting starting with 554 tell the client?",
        listenFor: "No SMTP service here: do not go on with this server (RFC 5321 §3.1).",
      },
      minutes: 1,
    },
    ehlo: {
      say: "Read the EHLO reply as a menu: every line after the server's name is a feature the client may use now. Count the lines with the class and show that only the last one has a space after 250. Ask what is missing: there is no AUTH line before TLS.",
      ask: {
        question: "How does the client know that the EHLO reply is complete?",
        listenFor:
          "The last line has a space after the code (250 CHUNKING); every other line has a hyphen (RFC 5321 §4.2.1).",
      },
      minutes: 2,
    },
    envelope: {
      say: "Separate the envelope from the content: MAIL FROM and RCPT TO decide where the message goes and where problems are reported; the header lines after DATA are only for the reader. Pause before each server reply and let the class call it out.",
      ask: {
        question: "If the header inside the message said To: carol@example.org, who would receive it?",
        listenFor:
          "alice@example.test: RCPT TO routes the message; the To: header is text for the reader (RFC 5321 §2.3.1, §3.3).",
      },
      minutes: 2,
    },
    data: {
      say: "Make the two replies of this phase feel different: 354 means 'go on', the 250 after the lone dot is a hand-over of responsibility. Show the queue id and say that it is how a postmaster finds this message in the logs.",
      ask: {
        question: "After the 250 to the lone dot, who must deliver the message or report that it failed?",
        listenFor: "The receiving server, mail.example.test: it has accepted responsibility (RFC 5321 §6.1).",
      },
      minutes: 2,
    },
    quit: {
      say: "QUIT ends the session, not the transaction: the message was safe at the 250 already. The server must answer 221 and close.",
      ask: {
        question: "The connection breaks after the 250 but before QUIT. Is the message lost?",
        listenFor:
          "No: the transaction was complete at the 250; QUIT only closes the session (RFC 5321 §6.1, §4.1.1.10).",
      },
      minutes: 1,
    },
    close: {
      say: "Scroll back through the middle lane: every address and every line of the message crossed the network readable. Use it to announce the next scenario, the same delivery with STARTTLS.",
      ask: {
        question: "What could an eavesdropper on this path have learnt?",
        listenFor: "Everything: sender, recipient and the whole message; nothing was encrypted.",
      },
      minutes: 1,
    },
  },

  "25-starttls-opportunistic": {
    connect: {
      say: "Tell the class this is the plain delivery again with one difference to hunt for. Port 25 is not 'unencrypted by design': STARTTLS works here too.",
      ask: {
        question: "Before we play: will this session be encrypted from its first byte?",
        listenFor:
          "No: it starts in plain text and is encrypted only after STARTTLS and the handshake (RFC 3207).",
      },
      minutes: 1,
    },
    greeting: {
      say: "The greeting is still readable on the wire; nothing yet tells this session apart from the plain one. Remind the class that the server only offers TLS here; whether it is used is the sending client's choice.",
      ask: {
        question: "Who decides whether TLS is used on this connection?",
        listenFor:
          "The sending client, when it sees STARTTLS offered. A public MX offers it but must not require it (RFC 3207 §4).",
      },
      minutes: 1,
    },
    ehlo: {
      say: "This phase comes twice. The first time, find STARTTLS in the list: an offer, not a demand. The second time, inside TLS, compare the lists: STARTTLS has gone and AUTH has appeared.",
      ask: {
        question: "Why does the client send EHLO a second time?",
        listenFor:
          "After the handshake the session is reset: the client must forget what it learnt in plain text, the extension list included, and should start with EHLO (RFC 3207 §4.2).",
      },
      minutes: 2,
    },
    tls: {
      say: "Slow down here: the command, the 220 go-ahead, the handshake flights, and then the middle lane turns to ciphertext. Note that the STARTTLS command and its 220 were still readable, and so was the EHLO list that offered it.",
      ask: {
        question: "What could an active attacker have done before this point?",
        listenFor:
          "Delete STARTTLS from the plaintext EHLO reply, so the sender delivers in plain text: stripping (RFC 3207 §6).",
      },
      minutes: 3,
    },
    envelope: {
      say: "Same commands and same replies as the plain delivery; only the middle lane changed. Use it to separate encryption from trust.",
      ask: {
        question:
          "Could a stranger now relay through this server to another domain, since the session is encrypted?",
        listenFor:
          "No: TLS says nothing about who the client is. The lab refuses relaying inside TLS too (554 5.7.1); only a login allows it (RFC 5321 §7.9).",
      },
      minutes: 2,
    },
    data: {
      say: "The message crosses this hop encrypted. Stress 'this hop': the receiving server decrypts and stores it, and decides on its own whether the next hop uses TLS.",
      ask: {
        question: "Is the message now protected all the way to the recipient's mailbox?",
        listenFor: "No: TLS protects one hop; 'SMTP is not an end-to-end mechanism' (RFC 3207 §6).",
      },
      minutes: 2,
    },
    quit: {
      say: "QUIT and 221 now travel inside TLS: an observer sees only that a few short records went back and forth. Point at the record sizes in the middle lane: each is a little longer than the SMTP line inside it.",
      ask: {
        question: "What can an eavesdropper still learn from this encrypted session?",
        listenFor: "Who talked to whom, when, and how much; not the commands or the message.",
      },
      minutes: 1,
    },
    close: {
      say: "Open both sessions in compare mode and let the class describe the difference in their own words. Then ask what opportunistic TLS does and does not defend against.",
      ask: {
        question: "Against which attacker does opportunistic STARTTLS help, and against which not?",
        listenFor:
          "It stops a passive eavesdropper, not an active one who strips STARTTLS, unless the receiving domain publishes MTA-STS or DANE (RFC 3207 §6, RFC 8461, RFC 7672).",
      },
      minutes: 2,
    },
  },

  "25-relay-refused": {
    connect: {
      say: "Set up the twist: this client is not delivering to alice. It wants this server to pass a message on to example.net, a domain the server does not handle. Ask the class to predict where it will be stopped.",
      ask: {
        question: "At which command will the server refuse, and why there?",
        listenFor: "At RCPT TO: that is the first moment the server learns where the message should go.",
      },
      minutes: 1,
    },
    greeting: {
      say: "Nothing unusual: an MX greets every server on the Internet, because taking mail for its own domains from strangers is its job. What it will not do for a stranger is pass mail on to other domains.",
      ask: {
        question: "Why can an MX on port 25 not ask the sending server to log in?",
        listenFor:
          "Servers of other domains have no account on it; an MX accepts mail for its own domains from anyone, without a login.",
      },
      minutes: 1,
    },
    ehlo: {
      say: "This is the ordinary port-25 list. Nothing in it announces the relay policy; the client will find out from a reply.",
      ask: {
        question: "Can the client tell from the EHLO list that relaying will be refused?",
        listenFor: "No: policy shows only in the replies to MAIL FROM and RCPT TO.",
      },
      minutes: 1,
    },
    envelope: {
      say: "Stop on 554 5.7.1 and decode it together: 5, permanent; subject 7, security or policy. Explain open relays: a server that passed this on would soon carry spam with its origin hidden. RFC 5321 suggests 550 for policy refusals and Postfix sends 554; both are 5yz, so the client reacts the same way.",
      ask: {
        question: "Why did MAIL FROM get 250 and RCPT TO get 554?",
        listenFor:
          "Anyone may send mail to this server; what it refuses is relaying to a domain it does not handle for a client that has not logged in (RFC 5321 §7.9, RFC 3463 §3).",
      },
      minutes: 3,
    },
    quit: {
      say: "The client gives up politely. If it were a server holding someone's message, it would now owe that person a failure report.",
      ask: {
        question: "Who would tell the original sender that this recipient failed?",
        listenFor:
          "The sending server that still holds the message: it bounces to the MAIL FROM address (RFC 5321 §6.1).",
      },
      minutes: 1,
    },
    close: {
      say: "State the rule of port 25 in one line: mail for my domains from anyone, mail for other domains from nobody who has not logged in. The right door for sending anywhere is submission.",
      ask: {
        question: "Where should a mail app that wants to send to example.net connect instead?",
        listenFor:
          "To its own provider's submission server on 587 or 465, and log in (RFC 6409 §4.3, RFC 8314 §3.3).",
      },
      minutes: 1,
    },
  },

  "25-unknown-user": {
    connect: {
      say: "Another server delivers to example.test, the lab's own domain, but the mailbox does not exist. Ask the class for a prediction before playing: temporary or permanent, and at which command?",
      ask: {
        question: "Which class of reply do you expect, and at which command?",
        listenFor: "A permanent 5yz, at RCPT TO.",
      },
      minutes: 1,
    },
    greeting: {
      say: "Use the routine steps for a one-minute recap of reply classes: the first digit alone tells a client what to do. Ask for the four classes before the refusal arrives.",
      ask: {
        question: "What does a client do after a 2yz, 3yz, 4yz and 5yz reply?",
        listenFor:
          "Go on; send the rest; try again later; do not repeat the same command unchanged (RFC 5321 §4.2.1).",
      },
      minutes: 1,
    },
    ehlo: {
      say: "Point at VRFY in the list: a client could ask whether a mailbox exists. Many sites switch that off, because it lets strangers harvest valid addresses.",
      ask: {
        question: "What must a site answer to VRFY if it has disabled it?",
        listenFor: "252, not 250 or 550 (RFC 5321 §7.3); our lab answers VRFY alice with 252 2.0.0.",
      },
      minutes: 1,
    },
    envelope: {
      say: "Decode 550 5.1.1: mailbox unavailable, 'bad destination mailbox address'. Only this recipient is refused; with several RCPT TO lines the others would still get the message. Refusing here is better than accepting and bouncing later, because the MX never takes responsibility.",
      ask: {
        question: "Should the sending server try this recipient again in 30 minutes?",
        listenFor:
          "No: a 5yz is permanent, the same command will fail again; it reports the failure to its user instead (RFC 5321 §4.2.1, RFC 3463 §3).",
      },
      minutes: 3,
    },
    quit: {
      say: "The session ends without a message. In a real delivery the sending server would now write a bounce for its own user.",
      ask: {
        question: "Who writes that bounce: the MX or the sending server?",
        listenFor:
          "The sending server: the MX refused at RCPT and never accepted responsibility (RFC 5321 §6.1).",
      },
      minutes: 1,
    },
    close: {
      say: "Point to the journey 'a typo in the address' for the rest of the story: the bounce travelling back to the sender. There the refusal comes from Bob's MX, and Alice's own server writes the bounce.",
      ask: {
        question: "Which reverse-path will that bounce carry, and why?",
        listenFor:
          "The empty one, MAIL FROM:<>, so that a failed bounce can never cause another bounce (RFC 5321 §6.1, §3.6.3).",
      },
      minutes: 1,
    },
  },

  "25-pipelining": {
    connect: {
      say: "Warn the class that the order of the steps will look odd on purpose. Without PIPELINING a client waits for every reply; with it, the client sends a batch and reads the replies afterwards.",
      ask: {
        question: "Why does batching help a server talking to another continent?",
        listenFor:
          "Every wait for a reply costs a network round trip; a batch needs one round trip instead of several.",
      },
      minutes: 1,
    },
    greeting: {
      say: "Nothing is batched yet: the greeting and the EHLO exchange are waited for one by one. The client cannot batch before it knows that the server allows it.",
      ask: {
        question: "May a client pipeline commands before it has read the EHLO reply?",
        listenFor: "No: the PIPELINING keyword in the EHLO reply is the permission (RFC 2920).",
      },
      minutes: 1,
    },
    ehlo: {
      say: "Find PIPELINING in the list: that keyword is the permission for what follows. EHLO itself may only end a batch, so the client waits for this reply.",
      ask: {
        question: "Which commands may only come last in a batch?",
        listenFor: "EHLO, DATA, VRFY, EXPN, TURN, QUIT and NOOP (RFC 2920).",
      },
      minutes: 1,
    },
    envelope: {
      say: "Point at the client's four lines leaving together, then the server's replies coming back in the same order. Stress the client's duty: it must still check every reply and match them up in order.",
      ask: {
        question:
          "If the second RCPT TO had been refused, would the message still go to the first recipient?",
        listenFor:
          "Yes: each RCPT gets its own reply, and DATA still gets 354 because one recipient was accepted; the client must check every reply (RFC 2920, RFC 5321 §3.3).",
      },
      minutes: 3,
    },
    data: {
      say: "DATA closed the batch, as it must, and its 354 arrived with the other replies. From the message on, this is an ordinary DATA phase with the lone dot.",
      ask: {
        question: "Why can DATA not be followed by more commands in the same batch?",
        listenFor:
          "Whatever follows DATA is read as the message once the server says 354; DATA may only come last in a batch (RFC 2920).",
      },
      minutes: 2,
    },
    quit: {
      say: "Count the round trips with the class and compare with the plain delivery. On a link with a long delay, every saved round trip is time the connection does not sit idle.",
      ask: {
        question: "How many waits did pipelining save in this envelope?",
        listenFor: "Three: MAIL, two RCPT and DATA took one round trip instead of four.",
      },
      minutes: 1,
    },
    close: {
      say: "Sum up: pipelining changes when the client sends, not what the server answers. Every command still gets its own reply, in order.",
      ask: {
        question: "Did pipelining change any reply in this session?",
        listenFor: "No: the same replies, in the same order as the commands (RFC 2920).",
      },
      minutes: 1,
    },
  },

  "25-bdat-chunking": {
    connect: {
      say: "Tell the class to look for what is missing in this session: there will be no 354 and no lone dot. Ask the class to guess how the server will know that the message is complete.",
      ask: {
        question: "How could a server know where a message ends without the lone dot?",
        listenFor: "The client announces the exact number of bytes before sending them.",
      },
      minutes: 1,
    },
    greeting: {
      say: "An ordinary start; the keyword that matters comes in the EHLO reply. Ask the class to name it before you step on.",
      ask: {
        question: "Which EHLO keyword must the client see before it may send BDAT?",
        listenFor: "CHUNKING (RFC 3030).",
      },
      minutes: 1,
    },
    ehlo: {
      say: "Find CHUNKING at the end of the list. It adds a second way to send the message; it does not remove DATA.",
      ask: {
        question: "May a server that offers CHUNKING refuse DATA?",
        listenFor: "No: it must still accept DATA (RFC 3030).",
      },
      minutes: 1,
    },
    envelope: {
      say: "The envelope is exactly the one they know. CHUNKING changes only how the content is framed.",
      ask: {
        question: "Which part of the session does CHUNKING change?",
        listenFor:
          "Only the transfer of the message: BDAT instead of DATA; MAIL FROM and RCPT TO stay the same.",
      },
      minutes: 1,
    },
    data: {
      say: "Show BDAT 215 LAST and the bytes following at once, with no 354 in between. The server counts bytes, so there is no dot-stuffing and no final dot. Compare with the dot-stuffing rule of DATA.",
      ask: {
        question: "A line of the body starts with a dot. What does the client do with it when it uses BDAT?",
        listenFor:
          "Nothing: BDAT sends the bytes as they are; dot-stuffing belongs to DATA (RFC 3030, RFC 5321 §4.5.2).",
      },
      minutes: 3,
    },
    quit: {
      say: "The 250 after the last chunk played the role of the 250 after the lone dot: the hand-over. QUIT only closes.",
      ask: {
        question: "When did the server take responsibility for the message?",
        listenFor: "At its 250 to the LAST chunk, the end of the message (RFC 5321 §6.1).",
      },
      minutes: 1,
    },
    close: {
      say: "Mention where chunking matters: large messages and binary content, since BINARYMIME requires CHUNKING. A big message can also go as several chunks, with LAST only on the final one.",
      ask: {
        question: "Which extension lets a client send a binary body, and what does it need?",
        listenFor: "BINARYMIME, which needs CHUNKING (RFC 3030).",
      },
      minutes: 1,
    },
  },

  "25-greylisting": {
    connect: {
      say: "This scenario has two connections, five minutes apart: tell the class to watch the clock. On the first one the server has never seen this sender.",
      ask: {
        question: "What does a receiving server gain by refusing the first attempt from an unknown sender?",
        listenFor:
          "Much spam software never retries, while real mail servers queue and retry, so mostly spam is lost (RFC 6647).",
      },
      minutes: 1,
    },
    greeting: {
      say: "Both greetings are normal: greylisting does not refuse the connection. It waits for RCPT TO so that it can record who sends what to whom.",
      ask: {
        question: "Which three values does a greylist remember?",
        listenFor:
          "The client's IP address, the MAIL FROM address and the first RCPT TO address (RFC 6647 §5).",
      },
      minutes: 1,
    },
    ehlo: {
      say: "Both EHLO exchanges are the usual ones; the retry looks exactly like the first attempt. What the server recognises is the triple, not the greeting.",
      ask: {
        question: "Would a different EHLO name on the retry change the greylist's decision?",
        listenFor: "No: the key is IP address, sender and recipient (RFC 6647 §5).",
      },
      minutes: 1,
    },
    envelope: {
      say: "Stop on the 450 and ask for the class's reaction: 4, so come back later. On the second connection the very same RCPT TO gets 250. 450 is the code for a mailbox 'temporarily blocked for policy reasons'.",
      ask: {
        question: "Why is greylisting a 4yz and not a 5yz?",
        listenFor:
          "The identical command can succeed later, and the sender is meant to retry (RFC 5321 §4.2.1, §4.2.3).",
      },
      minutes: 3,
    },
    quit: {
      say: "After the 450 the client leaves with the message still in its own queue: nothing has been handed over yet. This QUIT ends an attempt, not the delivery.",
      ask: {
        question: "Where is the message while the client waits?",
        listenFor: "In the sending server's queue; nobody else has accepted it (RFC 5321 §4.5.4.1).",
      },
      minutes: 1,
    },
    close: {
      say: "Both connections end normally, but only the second one carried the message. Ask what would have happened to a sender that never came back.",
      ask: {
        question: "What if the sending software never came back?",
        listenFor:
          "Then nothing would be delivered: exactly the non-retrying spam software greylisting is meant to stop.",
      },
      minutes: 1,
    },
    wait: {
      say: "This sender comes back after five minutes; RFC 5321 says the retry interval should be at least 30, and a greylist per RFC 6647 accepts a retry between 1 minute and 24 hours. So on real servers the first message from a new sender is often half an hour late.",
      ask: {
        question: "What does greylisting cost a legitimate sender?",
        listenFor:
          "A delay on the first message, as long as the sender's retry interval (RFC 6647 §5, RFC 5321 §4.5.4.1).",
      },
      minutes: 2,
    },
    data: {
      say: "The retry delivers normally, and the 250 after the lone dot is the hand-over as always. Ask the class to work out the delay the recipient saw.",
      ask: {
        question: "How late did the message arrive, and whose setting decided that?",
        listenFor: "About five minutes, set by the sender's retry schedule, not by the greylist.",
      },
      minutes: 2,
    },
  },

  "587-starttls-auth": {
    connect: {
      say: "Switch roles: the client is now Alice's mail app, submitting to her own provider. On port 25 the server took mail for its own domains from anyone; here it takes mail for any domain, but only from its own users.",
      ask: {
        question: "What will this server insist on before it accepts a message?",
        listenFor:
          "TLS (this server requires STARTTLS) and a login: AUTH is required on submission (RFC 6409 §4.3).",
      },
      minutes: 1,
    },
    greeting: {
      say: "The session starts in plain text, exactly like port 25: the port number has encrypted nothing. Everything up to the reply to STARTTLS can be read, and changed, by someone on the path.",
      ask: {
        question: "Is a session on port 587 encrypted from the start?",
        listenFor: "No: STARTTLS is only a MAY in RFC 6409 (§7), and it comes after a plaintext start.",
      },
      minutes: 1,
    },
    ehlo: {
      say: "There are two EHLO replies: before TLS with STARTTLS and no AUTH, inside TLS with AUTH PLAIN LOGIN and no STARTTLS. Let the class spot both changes before you name them.",
      ask: {
        question: "Why does AUTH appear only in the second list?",
        listenFor:
          "This server offers logins only inside TLS, as RFC 4954 §9 and RFC 4616 §5 ask for PLAIN; a server must not offer STARTTLS again once TLS is on (RFC 3207 §4.2).",
      },
      minutes: 2,
    },
    tls: {
      say: "Walk through the upgrade: command, 220 go-ahead, handshake, and from then on only ciphertext in the middle lane. Remind the class that everything before the 220 could have been changed by someone on the path.",
      ask: {
        question: "What must both sides forget when the handshake is done?",
        listenFor:
          "Everything learnt before TLS, the extension list included; the client starts again with EHLO (RFC 3207 §4.2).",
      },
      minutes: 3,
    },
    auth: {
      say: "Decode the AUTH PLAIN string on the board: NUL, alice, NUL, wonderland. Anyone can undo base64; the password is safe here only because the line travels inside TLS. 235 2.7.0 means the login worked.",
      ask: {
        question: "What protects the password in this step: the base64 or the TLS?",
        listenFor: "TLS; base64 is an encoding, not encryption (RFC 4616 §5).",
      },
      minutes: 3,
    },
    envelope: {
      say: "RCPT TO:<bob@example.net> is accepted. From a stranger on port 25 the same request got 554 Relay access denied: the login makes the difference.",
      ask: {
        question: "Why does this server accept mail for example.net now?",
        listenFor:
          "The client has logged in; a submission server relays for its authenticated users and must not relay for anyone else (RFC 6409 §4.3, RFC 5068 §3.2).",
      },
      minutes: 2,
    },
    data: {
      say: "The message is queued; next it travels on port 25 to Bob's MX. Mention the submission server's privilege: it may complete the message, for example add a missing Date: or Message-ID:.",
      ask: {
        question: "What may this MSA add to Alice's message that a relay must not?",
        listenFor:
          "A missing Date: or Message-ID:, a Sender: line (RFC 6409 §8); a relay passes the message on unchanged (RFC 5321 §3.6.3).",
      },
      minutes: 2,
    },
    quit: {
      say: "QUIT and 221, inside TLS. The Received: line this server adds to the message will record both the TLS and the login.",
      ask: {
        question: "What does 'with ESMTPSA' in a Received: line mean?",
        listenFor: "ESMTP with TLS and SMTP AUTH (RFC 3848).",
      },
      minutes: 1,
    },
    close: {
      say: "Write the recipe on the board: EHLO, STARTTLS, EHLO, AUTH, MAIL, RCPT, DATA, QUIT. Students will type it in the console next.",
      ask: {
        question: "Which step of the recipe can an attacker attack, and which app setting defends it?",
        listenFor:
          "The plaintext EHLO reply (stripping STARTTLS); the app must require STARTTLS (RFC 3207 §6, RFC 8314 §5.2).",
      },
      minutes: 1,
    },
  },

  "587-auth-before-starttls": {
    connect: {
      say: "Introduce a careless client: it will log in without starting TLS. Ask the class to watch the middle lane at the AUTH step.",
      ask: {
        question: "Before we play: will the server accept this login?",
        listenFor: "No: this server requires STARTTLS first and answers 530.",
      },
      minutes: 1,
    },
    greeting: {
      say: "A plaintext start, as on every port-587 session. This server will require STARTTLS, but nothing here says so yet.",
      ask: {
        question: "Who can read this greeting?",
        listenFor: "Anyone on the path: nothing is encrypted before STARTTLS.",
      },
      minutes: 1,
    },
    ehlo: {
      say: "The list offers STARTTLS and has no AUTH line: a careful client would take the hint. This one does not.",
      ask: {
        question: "What in this list should tell a client to upgrade before logging in?",
        listenFor: "STARTTLS is offered and AUTH is missing: this server offers logins only inside TLS.",
      },
      minutes: 1,
    },
    auth: {
      say: "Stop on the AUTH line in the middle lane and decode it together: alice, wonderland. Then show the 530. The order of events is the lesson: the password crossed the network before the server could refuse it.",
      ask: {
        question: "The server refused the login. Is the password safe?",
        listenFor:
          "No: it was already sent in plain text, and base64 is readable by anyone; change it (RFC 4616 §5, RFC 3207 §4).",
      },
      minutes: 3,
    },
    envelope: {
      say: "MAIL FROM gets the same 530: on this server nothing happens until TLS is up. The client has now been told twice; a well-behaved one would send STARTTLS next.",
      ask: {
        question: "Which rule lets a submission server refuse commands until STARTTLS?",
        listenFor:
          "RFC 3207 §4: a server that is not publicly referenced may answer 530 Must issue a STARTTLS command first.",
      },
      minutes: 1,
    },
    quit: {
      say: "The client quits without sending a message, but the damage was done at AUTH. Nothing the server does at this point can take the password back off the network.",
      ask: {
        question: "Which app setting would have kept the password off the wire?",
        listenFor:
          "STARTTLS required on 587, or SSL/TLS on 465: never AUTH without TLS (RFC 8314 §5.2, RFC 4616 §5).",
      },
      minutes: 1,
    },
    close: {
      say: "Contrast with port 25 of the same lab: there an early AUTH gets 503 5.5.1 Error: authentication not enabled. Same mistake, different code, because the two ports have different rules.",
      ask: {
        question: "Why does the same AUTH get 530 on 587 but 503 on 25?",
        listenFor:
          "587 requires TLS first (530, RFC 3207 §4); port 25 offers no AUTH before TLS at all, and Postfix answers 503 5.5.1 authentication not enabled.",
      },
      minutes: 1,
    },
  },

  "587-wrong-password": {
    connect: {
      say: "A normal submission that goes wrong at the login. Ask the class to watch the clock in the AUTH phase.",
      ask: {
        question: "Which reply do you expect for a wrong password?",
        listenFor: "535 5.7.8, authentication credentials invalid (RFC 4954 §6).",
      },
      minutes: 1,
    },
    greeting: {
      say: "Everything up to the login is the session they already know. Let it run at normal speed and slow down at AUTH.",
      ask: {
        question: "What has to happen between this greeting and the first AUTH?",
        listenFor: "EHLO, STARTTLS, the TLS handshake, and EHLO again.",
      },
      minutes: 1,
    },
    ehlo: {
      say: "Point at AUTH PLAIN LOGIN in the second list: the mechanism the app uses was offered. So the failure that follows is about the credentials, not the mechanism.",
      ask: {
        question: "What should a server answer if the app asks for a mechanism that is not on the AUTH line?",
        listenFor: "504 (RFC 4954 §4); our lab's Postfix answers 535 instead.",
      },
      minutes: 1,
    },
    tls: {
      say: "Nothing new in the upgrade. Point out that the mistyped password will travel inside TLS.",
      ask: {
        question: "Who can see the wrong password?",
        listenFor: "Only the server: it crosses the network inside TLS.",
      },
      minutes: 1,
    },
    auth: {
      say: "Note the two delays: the 535 arrives after 1.5 s, the successful retry only after 4 s. Servers slow down after failures to make password guessing expensive. 5.7.8 means 'credentials invalid': the app should ask the user again.",
      ask: {
        question:
          "If the server had answered 454 4.7.0 instead of 535, should the app ask Alice for her password again?",
        listenFor:
          "No: 454 is a temporary authentication failure, e.g. the password checker is down; retry later (RFC 4954 §6).",
      },
      minutes: 4,
    },
    envelope: {
      say: "After the 235 the session continues as if nothing had happened: a failed AUTH does not end the session. MAIL FROM and RCPT TO are accepted because the second login worked.",
      ask: {
        question: "How many successful AUTH commands may one session have?",
        listenFor: "One; a second one gets 503 (RFC 4954 §4).",
      },
      minutes: 1,
    },
    data: {
      say: "A normal submission from here. For the administrators: the server log records the failed attempt with the user name that arrived.",
      ask: {
        question: "Where would a postmaster check which user name the app actually sent?",
        listenFor: "In the server's log: Postfix logs each failed SASL login with its sasl_username.",
      },
      minutes: 1,
    },
    quit: {
      say: "The session ends normally. Discuss what an app should do after repeated failures.",
      ask: {
        question: "What should an app do after several 535 replies in a row?",
        listenFor: "Stop and ask the user to check the credentials; blind retries only add delay.",
      },
      minutes: 1,
    },
    close: {
      say: "Recap: a 535 is about the credentials, not about TLS or the port. Changing the port will not fix it; checking the user name and password will.",
      ask: {
        question: "Name three things to check after a 535.",
        listenFor:
          "The password, the user name format (full address or local part), the mechanism; or a token login if the provider requires one.",
      },
      minutes: 1,
    },
  },

  "587-starttls-no-auth": {
    connect: {
      say: "This client gets TLS right but forgets to log in. Ask where the server should stop it.",
      ask: {
        question: "At which command does RFC 6409 expect the refusal?",
        listenFor: "At MAIL FROM (RFC 6409 §4.3).",
      },
      minutes: 1,
    },
    greeting: {
      say: "A plaintext start. Set up the key distinction of this scenario: encrypted is not the same as authenticated.",
      ask: {
        question: "Does TLS tell the server who the client is?",
        listenFor: "No: TLS protects the connection; the user's identity comes from AUTH.",
      },
      minutes: 1,
    },
    ehlo: {
      say: "Inside TLS the list offers AUTH PLAIN LOGIN. The client ignores the offer.",
      ask: {
        question: "What does the AUTH line invite the client to do before MAIL FROM?",
        listenFor: "Log in with PLAIN or LOGIN.",
      },
      minutes: 1,
    },
    tls: {
      say: "A correct upgrade: from here on the session is encrypted. Ask whether that is enough to send mail before you step on.",
      ask: {
        question: "Is this session now allowed to send mail?",
        listenFor: "Not yet: it is encrypted but not authenticated.",
      },
      minutes: 1,
    },
    envelope: {
      say: "MAIL FROM gets 250, then RCPT TO gets 554 5.7.1 Client host rejected. Explain the Postfix habit: it delays the refusal to RCPT so that its log shows the recipient. Note that the text names the client, not the address.",
      ask: {
        question: "Why does the refusal name localhost rather than bob@example.net?",
        listenFor:
          "The refusal is about who is sending (a client that has not logged in), not about the recipient.",
      },
      minutes: 3,
    },
    quit: {
      say: "Nothing was accepted. Turn it into a support case: what does the user change?",
      ask: {
        question: "Which setting does the user need to fix?",
        listenFor: "Switch on SMTP authentication in the app: log in after STARTTLS, before MAIL FROM.",
      },
      minutes: 1,
    },
    close: {
      say: "Other servers refuse the same session with a different text. Show the RFC's wording so students recognise both.",
      ask: {
        question: "What does RFC 4954 define for a server that requires a login before MAIL?",
        listenFor: "530 5.7.0 Authentication required (RFC 4954 §6).",
      },
      minutes: 1,
    },
  },

  "587-tls-unavailable": {
    connect: {
      say: "This time the problem is on the server's side. Ask the class what a careful client should do when TLS cannot be started.",
      ask: {
        question: "If TLS fails, should the app go on in plain text?",
        listenFor: "No: a client that requires TLS stops (RFC 3207 §6, RFC 8314 §5.2).",
      },
      minutes: 1,
    },
    greeting: {
      say: "An ordinary start; nothing wrong is visible yet. The server's problem shows only when the client asks for TLS.",
      ask: {
        question: "Can the client tell from the greeting that TLS is broken?",
        listenFor: "No: it finds out only when it asks for STARTTLS.",
      },
      minutes: 1,
    },
    ehlo: {
      say: "STARTTLS is offered, so the client asks for it. An offer is not a guarantee.",
      ask: {
        question: "Does STARTTLS in the EHLO list promise that the handshake will work?",
        listenFor: "No: the server may still answer 454.",
      },
      minutes: 1,
    },
    tls: {
      say: "454 4.7.0: TLS not available for a temporary reason, so 'try later'. This client requires TLS and stops, instead of sending its password in the clear.",
      ask: {
        question: "What would an opportunistic client have done here, and what would it have risked?",
        listenFor: "Carried on in plain text and sent AUTH unencrypted, exposing the password (RFC 3207 §6).",
      },
      minutes: 2,
    },
    quit: {
      say: "The client quits cleanly. A good app now shows an error and keeps the message in its outbox.",
      ask: {
        question: "What should Alice see on her screen?",
        listenFor:
          "An error that the secure connection failed, with the message still unsent, to retry later.",
      },
      minutes: 1,
    },
    close: {
      say: "For postmasters: a 454 to STARTTLS usually means a broken certificate or key on the server. Users can only wait or try another port; the fix is on the server.",
      ask: {
        question: "Who has to fix this: Alice or her provider?",
        listenFor: "The provider's postmaster; Alice can only retry later, or try port 465.",
      },
      minutes: 1,
    },
  },

  "587-tls-first-client": {
    connect: {
      say: "The app is set to 'SSL/TLS', implicit TLS, but connects to 587. Ask the class what each side expects to hear first.",
      ask: {
        question: "On port 587, who speaks first, and in which language?",
        listenFor: "The server, with a plaintext 220 greeting.",
      },
      minutes: 1,
    },
    tls: {
      say: "The client sends its binary TLS ClientHello at once. Show the hex bytes in the middle lane: to a plaintext SMTP server this is just a strange line of bytes.",
      ask: {
        question: "What will the server think these bytes are?",
        listenFor: "Text commands: it will try to read them as SMTP.",
      },
      minutes: 2,
    },
    greeting: {
      say: "The server greets in plain text anyway. The client's TLS library reads the first bytes, '220 m', as the header of a TLS record.",
      ask: {
        question: "Which error will the client report?",
        listenFor: "'wrong version number': the server's bytes are not a TLS record.",
      },
      minutes: 1,
    },
    envelope: {
      say: "Two 500 5.5.2 replies: the server could not read the binary bytes as commands. It keeps the connection open, waiting for something it can read.",
      ask: {
        question: "Why 500 and not 503?",
        listenFor:
          "The line is not a command at all (500, syntax error); 503 is for a valid command at the wrong time (RFC 5321 §4.2.3, §4.1.4).",
      },
      minutes: 2,
    },
    wait: {
      say: "Now both sides wait: the server for the rest of a line, the client for TLS that will never come. Neither side can recover on its own: a setting has to change.",
      ask: {
        question: "Who gives up first?",
        listenFor:
          "The client, after its own timeout; a server waits at least 5 minutes for the next command (RFC 5321 §4.5.3.2).",
      },
      minutes: 1,
    },
    close: {
      say: "Write both fixes on the board: keep 587 and switch the app to STARTTLS, or keep SSL/TLS and switch the port to 465. The same symptom appears on ports 25 and 2525, which also expect STARTTLS.",
      ask: {
        question: "Give the two fixes.",
        listenFor: "STARTTLS on 587, or implicit TLS on 465 (RFC 8314 §3.3).",
      },
      minutes: 1,
    },
  },

  "465-implicit-tls": {
    connect: {
      say: "Port 465: here the client speaks first, and it speaks TLS. Ask the class to predict when the first readable SMTP byte will appear in the middle lane.",
      ask: {
        question: "When does the first readable SMTP byte cross the network?",
        listenFor: "Never: the TLS handshake begins before the greeting (RFC 8314 §3.3).",
      },
      minutes: 1,
    },
    tls: {
      say: "The handshake follows the TCP connection directly: no STARTTLS command, no 220 go-ahead. The ClientHello is visible on the wire but carries no SMTP.",
      ask: {
        question: "What must the client check during this handshake?",
        listenFor: "The server's certificate and host name, by default (RFC 8314 §3.3, §5.2).",
      },
      minutes: 2,
    },
    greeting: {
      say: "The 220 arrives already encrypted. On 587 anyone on the path could read it.",
      ask: {
        question: "What could an attacker on the path strip here?",
        listenFor: "Nothing: there is no plaintext SMTP to change.",
      },
      minutes: 1,
    },
    ehlo: {
      say: "One EHLO only, and the list already has AUTH and no STARTTLS. Compare with the two lists on 587.",
      ask: {
        question: "Why is no second EHLO needed?",
        listenFor: "Nothing was said before TLS, so there is nothing to forget.",
      },
      minutes: 1,
    },
    auth: {
      say: "The same AUTH PLAIN as on 587, the same 235. Every rule of submission applies inside TLS, the login included.",
      ask: {
        question: "Is AUTH optional on 465 because the connection is encrypted?",
        listenFor: "No: all MSA rules apply on 465, including SMTP AUTH (RFC 8314 §3.3).",
      },
      minutes: 2,
    },
    envelope: {
      say: "Relaying to bob@example.net works because Alice logged in, exactly as on 587. Implicit TLS changes when encryption starts, not who may send.",
      ask: {
        question: "What would a client that had not logged in get at RCPT TO?",
        listenFor: "A refusal, as on 587: our lab answers 554 5.7.1 Client host rejected.",
      },
      minutes: 1,
    },
    data: {
      say: "The message is submitted. The next hop, to Bob's MX on port 25, has its own TLS or none.",
      ask: {
        question: "Does TLS on 465 protect the message all the way to Bob?",
        listenFor: "No: one hop only (RFC 8314 §1, RFC 3207 §6).",
      },
      minutes: 1,
    },
    quit: {
      say: "A clean end. Ask which of the two submission ports the IETF prefers.",
      ask: {
        question: "Which does RFC 8314 prefer for submission, and why?",
        listenFor:
          "Implicit TLS on 465, 'in preference to' STARTTLS (RFC 8314 §1, §3): there is no plaintext phase.",
      },
      minutes: 1,
    },
    close: {
      say: "Correct the most common myth before moving on: 465 is a current standard port. Advice that calls it deprecated is out of date since January 2018.",
      ask: {
        question: "Which service does the IANA registry list on TCP 465 for mail today?",
        listenFor: "submissions, 'Message Submission over TLS protocol' (RFC 8314 §7.3); not deprecated.",
      },
      minutes: 1,
    },
  },

  "465-plaintext-client": {
    connect: {
      say: "The opposite mistake: a plaintext or STARTTLS client on 465. Ask who speaks first.",
      ask: {
        question: "Who is waiting for whom?",
        listenFor: "The server waits for a TLS ClientHello; the client waits for a 220 greeting.",
      },
      minutes: 1,
    },
    wait: {
      say: "Five seconds of silence: on 465 the server sends no greeting, because the client must start TLS. Tools report this as a timeout.",
      ask: {
        question:
          "What does 'connected, then a timeout waiting for the greeting' tell you that 'timeout while connecting' does not?",
        listenFor:
          "The TCP connection worked, so the port is reachable and the TLS mode is wrong; a timeout while connecting points to a port blocked on the network.",
      },
      minutes: 2,
    },
    ehlo: {
      say: "The client stops waiting and sends EHLO in plain text. The server's TLS library receives it where it expected a handshake.",
      ask: {
        question: "How will the server read these bytes?",
        listenFor: "As a broken TLS record.",
      },
      minutes: 1,
    },
    close: {
      say: "The server resets the connection: no SMTP reply, no TLS alert. Its log shows 'wrong version number', the same words a client prints in the opposite mistake.",
      ask: {
        question: "How do you fix it?",
        listenFor: "SSL/TLS on 465, or STARTTLS on 587 (RFC 8314 §3.3).",
      },
      minutes: 2,
    },
  },

  "2525-alternate-submission": {
    connect: {
      say: "Port 2525 is in no mail standard: IANA lists it as ms-v-worlds. Some providers run a copy of their 587 service there for networks that block 587; the lab does the same.",
      ask: {
        question: "Who decides what port 2525 does on a given server?",
        listenFor: "Only that provider's configuration and documentation; no RFC assigns it to SMTP.",
      },
      minutes: 1,
    },
    greeting: {
      say: "Nothing in the protocol says 'this is port 2525': the greeting is the one from 587. The server behaves as it is configured, whatever number the client dialled.",
      ask: {
        question: "Is port 2525 more secure than 587?",
        listenFor: "No: a port number gives no security; the listener needs the same rules as 587.",
      },
      minutes: 1,
    },
    ehlo: {
      say: "Both EHLO lists are byte for byte those of 587, before and after TLS. Let the class check it against the 587 scenario in a second tab.",
      ask: {
        question: "Which settings must a mail app use on this port?",
        listenFor: "STARTTLS required, AUTH after TLS, and a checked certificate (RFC 8314 §5.2).",
      },
      minutes: 1,
    },
    tls: {
      say: "The upgrade is STARTTLS, with its plaintext start and its stripping risk, exactly as on 587. A different port number changes none of that.",
      ask: {
        question: "Can an attacker strip STARTTLS here?",
        listenFor: "Yes, as on any STARTTLS port; only a client that requires TLS is safe (RFC 3207 §6).",
      },
      minutes: 2,
    },
    auth: {
      say: "The same login with the same rule: AUTH only after TLS. The credentials are the account's, whichever port is used.",
      ask: {
        question: "What would AUTH before STARTTLS get on this port?",
        listenFor: "530 5.7.0 Must issue a STARTTLS command first, as on 587.",
      },
      minutes: 1,
    },
    envelope: {
      say: "After the login, relaying to bob@example.net works, as on 587. Use it to rule out the tempting misuse.",
      ask: {
        question: "Could mail.example.test use port 2525 to deliver to bob's MX when outbound 25 is blocked?",
        listenFor: "No: MX records carry no port, so delivery to an MX always uses 25 (RFC 8314 §7.3).",
      },
      minutes: 1,
    },
    data: {
      say: "The message is queued. Providers differ: Amazon SES, for example, documents 2465 and 2587 instead of 2525.",
      ask: {
        question: "How do you find out whether a provider offers 2525?",
        listenFor: "From that provider's current documentation, and nowhere else.",
      },
      minutes: 1,
    },
    quit: {
      say: "A clean end. Bring up the order in which to try ports.",
      ask: {
        question: "A network blocks 587. What should the app try before 2525?",
        listenFor:
          "465 with implicit TLS (RFC 8314 §3.3); access providers must not block 587 in the first place (RFC 5068 §4.1).",
      },
      minutes: 1,
    },
    close: {
      say: "Recap the order: 465; 587 with STARTTLS required; then an alternate the provider documents, with TLS required and AUTH. The port chooser walks through the same decisions.",
      ask: {
        question: "Why is 'fall back to plain text' or 'fall back to port 25' never on that list?",
        listenFor:
          "Plain text exposes the password; 25 is for relay between servers, not for mail apps, and often blocked outbound (RFC 5068 §3.1, RFC 6409 §1).",
      },
      minutes: 1,
    },
  },

  "587-stripping-opportunistic": {
    connect: {
      say: "Cast the roles: Alice in a café, Mallory in control of the Wi-Fi router, able to change packets as well as read them. Alice's app is set to 'STARTTLS if available'.",
      ask: {
        question: "What can an active attacker do that a passive eavesdropper cannot?",
        listenFor: "Change, delete or add traffic, not just read it.",
      },
      minutes: 1,
    },
    greeting: {
      say: "The greeting passes Mallory untouched. She is waiting for the one reply that matters.",
      ask: {
        question: "Which reply will Mallory rewrite?",
        listenFor: "The EHLO reply, to delete STARTTLS (RFC 3207 §6).",
      },
      minutes: 1,
    },
    ehlo: {
      say: "Show both lists: the server's, with STARTTLS, and the forged one the client receives, without STARTTLS and with an AUTH line added. The client has no way to tell.",
      ask: {
        question: "Why can the client not detect the forgery?",
        listenFor:
          "Everything before the TLS handshake is in the clear and may be modified by an active attacker (RFC 3207 §6).",
      },
      minutes: 3,
    },
    auth: {
      say: "The opportunistic client logs in without TLS, and Mallory decodes alice and wonderland. Then the server's 530, too late. The server's policy cannot protect a client that sends its password first.",
      ask: {
        question: "This server requires TLS. Why was the password lost anyway?",
        listenFor:
          "The client sent it before the server could refuse; only the client can prevent that, by requiring TLS (RFC 8314 §5.2).",
      },
      minutes: 3,
    },
    quit: {
      say: "The client gives up, but Mallory now holds a password she can reuse whenever she likes. In the server's log this looks like a harmless failed login.",
      ask: {
        question: "What should Alice do now?",
        listenFor: "Change her password, and set her app to require STARTTLS or to use SSL/TLS on 465.",
      },
      minutes: 1,
    },
    close: {
      say: "Set up the comparison: the same attack against a client that requires TLS, then against port 465. Take a vote on the outcome before each one.",
      ask: {
        question: "Predict: what will a client that requires TLS do when STARTTLS is missing?",
        listenFor: "Stop with an error (QUIT) before sending anything secret.",
      },
      minutes: 1,
    },
  },

  "587-stripping-required": {
    connect: {
      say: "Same café, same attacker, one setting changed: this app requires STARTTLS. Ask the class to predict the outcome before you play.",
      ask: {
        question: "What is the only difference from the previous scenario?",
        listenFor: "The client's TLS setting: required instead of opportunistic.",
      },
      minutes: 1,
    },
    greeting: {
      say: "Identical to before, on both sides. Mallory has not acted yet.",
      ask: {
        question: "Can the server tell which kind of client it is talking to?",
        listenFor: "No: the difference lies entirely in the client.",
      },
      minutes: 1,
    },
    ehlo: {
      say: "Mallory forges the same list. This client looks for STARTTLS, does not find it, and treats that as an error instead of a fact about the server.",
      ask: {
        question: "Why is a missing STARTTLS an error for this client?",
        listenFor:
          "It is configured to require TLS for this server; RFC 3207 §6 requires implementations to offer exactly that setting.",
      },
      minutes: 2,
    },
    quit: {
      say: "The client says QUIT without sending the password. Alice gets an error message instead of losing her password: at worst, her mail is delayed.",
      ask: {
        question: "What did Mallory gain?",
        listenFor: "Nothing secret: she can only stop the mail from being sent for now.",
      },
      minutes: 2,
    },
    close: {
      say: "Draw the conclusion: the protection came from the client's setting, not from the port or the server. This is why RFC 8314 asks mail apps to require TLS by default.",
      ask: {
        question: "Which setting would you recommend to every user?",
        listenFor: "STARTTLS required on 587 or SSL/TLS on 465, with certificate validation (RFC 8314 §5.2).",
      },
      minutes: 1,
    },
  },

  "465-stripping-nothing": {
    connect: {
      say: "Same attacker, but the app uses port 465. Ask what is left for Mallory to change.",
      ask: {
        question: "Which plaintext will pass through Mallory's router?",
        listenFor: "Only the TLS ClientHello, which carries no SMTP.",
      },
      minutes: 1,
    },
    tls: {
      say: "Once the handshake is done, Mallory sees only encrypted records. Stress the condition: the app must validate the certificate, or Mallory could complete the handshake herself with her own.",
      ask: {
        question: "What would still let Mallory read this session?",
        listenFor: "An app that does not validate the certificate (RFC 8314 §3.3, §5.2).",
      },
      minutes: 2,
    },
    greeting: {
      say: "The greeting is inside TLS. The offer Mallory deleted on 587 does not exist here.",
      ask: {
        question: "Where is the EHLO list she rewrote last time?",
        listenFor: "Inside TLS, out of her reach.",
      },
      minutes: 1,
    },
    ehlo: {
      say: "One EHLO: AUTH listed, no STARTTLS. Mallory cannot see this list, let alone change it.",
      ask: {
        question: "Why is STARTTLS not in the list?",
        listenFor: "TLS is already on; there is nothing to upgrade.",
      },
      minutes: 1,
    },
    auth: {
      say: "The same AUTH PLAIN string as in the first player, now only inside TLS. Point at the middle lane: one encrypted record where the readable password used to be.",
      ask: {
        question: "Can Mallory decode it as she did on 587?",
        listenFor: "No: she sees only an encrypted record of about that size.",
      },
      minutes: 1,
    },
    envelope: {
      say: "The transaction runs as usual. Mallory learns sizes and timing, not addresses.",
      ask: {
        question: "What can Mallory still learn?",
        listenFor:
          "That Alice talked to mail.example.test, when, and roughly how much she sent; not the content.",
      },
      minutes: 1,
    },
    data: {
      say: "Give RFC 8314's fair verdict: 587 is just as secure if both sides require TLS. The difference is that 465 has no plaintext to fall back to by mistake.",
      ask: {
        question: "Under which conditions does RFC 8314 call STARTTLS on 587 as secure as 465?",
        listenFor:
          "Correct implementations, and both client and server requiring TLS before submission (RFC 8314 §3.3).",
      },
      minutes: 1,
    },
    quit: {
      say: "A clean end, untouched by the attacker. All Mallory can still do is block the connection, which Alice would notice as an error.",
      ask: {
        question: "Is port 465 deprecated?",
        listenFor:
          "No: it is the standard 'submissions' port since RFC 8314, and the preferred one (RFC 8314 §1, §7.3).",
      },
      minutes: 1,
    },
    close: {
      say: "Complete the three-column comparison on the board: password leaked, mail stopped, nothing to strip. Leave it up for the rest of the class.",
      ask: {
        question: "Which setup would you give a user who works from café Wi-Fi?",
        listenFor: "SSL/TLS on 465 with certificate validation; otherwise 587 with STARTTLS required.",
      },
      minutes: 1,
    },
  },

  "587-starttls-injection": {
    connect: {
      say: "The second classic attack on STARTTLS: instead of changing the server's reply, Mallory adds to the client's packet. The server in this scenario has the fix; the point is to see what it throws away.",
      ask: {
        question: "What is the idea of command injection?",
        listenFor:
          "Plaintext commands appended to the STARTTLS packet, hoping the server runs them inside TLS as if the client had sent them.",
      },
      minutes: 1,
    },
    greeting: {
      say: "A normal start; Mallory waits for one particular packet. Ask the class to guess which one.",
      ask: {
        question: "Which command's packet will she add her lines to?",
        listenFor: "The STARTTLS packet.",
      },
      minutes: 1,
    },
    ehlo: {
      say: "Both EHLO lists are the usual ones. Only the second, inside TLS, counts for the client.",
      ask: {
        question: "Which EHLO reply may the client rely on?",
        listenFor: "The one inside TLS; the plaintext one must be discarded (RFC 3207 §4.2).",
      },
      minutes: 1,
    },
    tls: {
      say: "Show the appended lines: Mallory's own MAIL FROM, RCPT TO and DATA. Then the 220: this server throws away the buffered plaintext when TLS starts. A vulnerable server (CVE-2011-0411, fixed in Postfix 2.7.3, 2.6.9, 2.5.12 and 2.4.16) would have run them inside TLS.",
      ask: {
        question: "Why can nothing legitimate follow STARTTLS in the same packet?",
        listenFor: "With pipelining, STARTTLS must be the last command in a group (RFC 3207 §4).",
      },
      minutes: 4,
    },
    auth: {
      say: "Alice's login goes ahead normally, inside TLS. On a vulnerable server, Mallory's injected commands would have run in this same encrypted session.",
      ask: {
        question: "What could injected commands have achieved on a vulnerable server?",
        listenFor: "According to the Postfix advisory, steal mail or SASL login credentials.",
      },
      minutes: 1,
    },
    envelope: {
      say: "Only Alice's MAIL and RCPT are executed; Mallory's never got a reply. Had they run, the server would have taken them for Alice's own commands.",
      ask: {
        question: "How would you test a server for this flaw?",
        listenFor:
          "Send STARTTLS and another command in one write: a vulnerable server answers the extra command inside TLS.",
      },
      minutes: 1,
    },
    data: {
      say: "A normal submission. Mention that the bug class was not just history in 2021.",
      ask: {
        question: "What did the 2021 NO STARTTLS study find about command injection?",
        listenFor:
          "About 320,000 servers, roughly 2 %, were still open to it; the authors recommend implicit TLS.",
      },
      minutes: 1,
    },
    quit: {
      say: "A clean end. Tie the attack to the standard's position.",
      ask: {
        question: "Why does RFC 8314 call STARTTLS 'a less secure architecture'?",
        listenFor:
          "Its plaintext phase makes bugs like this injection possible (RFC 8314 App. A, VU#555316).",
      },
      minutes: 1,
    },
    close: {
      say: "Recap: stripping attacks the server's reply, injection the client's command; implicit TLS removes the plaintext phase both need. That is RFC 8314's argument for port 465.",
      ask: {
        question: "Which of the two attacks does a client setting stop, and which needs a server fix?",
        listenFor:
          "Stripping: a client that requires TLS. Injection: a server that discards plaintext buffered with STARTTLS.",
      },
      minutes: 1,
    },
  },
};

/** Notes for the store-and-forward journeys, per journey phase (see journeyPhaseOf). */
export const journeyNotes: Record<string, Partial<Record<JourneyPhase, SpeakerNote>>> = {
  "delivery-direct": {
    submit: {
      say: "Start at Alice's laptop. The first hop is the submission session the class already knows: port 587, STARTTLS, login, then the message.",
      ask: {
        question: "Which role does mail.example.test play on this hop?",
        listenFor: "The MSA, the Mail Submission Agent (RFC 5598 §4.3.1, RFC 6409 §2.1).",
      },
      minutes: 2,
    },
    queue: {
      say: "The 250 to the lone dot moved responsibility to mail.example.test; the message now sits on its disk. Alice could close her laptop now.",
      ask: {
        question: "If mail.example.test crashes now, is the message lost?",
        listenFor:
          "It must not be: MTAs store messages so that they survive interruptions (RFC 5598 §4.3.2), and it has accepted responsibility (RFC 5321 §6.1).",
      },
      minutes: 2,
    },
    dns: {
      say: "Read the MX answer aloud: two hosts, each with a preference number, and no port anywhere. The lowest number is tried first; the other host is the backup.",
      ask: {
        question: "Which host is tried first, and on which port?",
        listenFor: "mx1.example.net, preference 10 (lower wins), on port 25 (RFC 5321 §5.1, RFC 8314 §7.3).",
      },
      minutes: 2,
    },
    relay: {
      say: "The second hop is server to server: port 25, STARTTLS because the receiver offers it, and no login. Contrast it with the first hop.",
      ask: {
        question: "Why is there no AUTH on this hop?",
        listenFor: "An MX accepts mail for its own domains from any server; relay is not submission.",
      },
      minutes: 2,
    },
    deliver: {
      say: "Final delivery into Bob's mailbox. Open the headers: read the two Received: lines bottom-up, then the Return-Path: with the envelope sender.",
      ask: {
        question: "Which Received: line is on top, and who wrote it?",
        listenFor:
          "The line by mx1.example.net: each receiving server adds its line at the top (RFC 5321 §4.4).",
      },
      minutes: 2,
    },
  },

  "delivery-greylisted-retry": {
    submit: {
      say: "The same start as the direct journey; the difference will appear at Bob's server. Play it quickly.",
      ask: {
        question: "Up to which point is this journey the same as the direct one?",
        listenFor: "Up to the RCPT TO at mx1.example.net.",
      },
      minutes: 1,
    },
    queue: {
      say: "The message is queued at mail.example.test; Alice's part is over. From here on any waiting happens in the queue, not in her app.",
      ask: {
        question: "Will Alice see an error because of greylisting?",
        listenFor: "No: at most her message arrives later.",
      },
      minutes: 1,
    },
    dns: {
      say: "The usual MX answer. Point at the backup host with the higher preference.",
      ask: {
        question: "If mx1 had refused the connection, what would the sender have tried next?",
        listenFor:
          "mx2.example.net, preference 20; a sender should try at least two addresses (RFC 5321 §5.1).",
      },
      minutes: 1,
    },
    relay: {
      say: "Attempt 1 gets 450 4.2.0 at RCPT TO; attempt 2 gets 250. Same command, different answer.",
      ask: {
        question: "Why did the identical RCPT TO succeed the second time?",
        listenFor:
          "The greylist recorded the triple at the first attempt and accepts a retry inside its window (RFC 6647 §5).",
      },
      minutes: 2,
    },
    retry: {
      say: "Show the deferral and the 30-minute wait, the RFC's minimum interval, and the fresh MX lookup before the retry. Note that the retry starts again from the MX lookup.",
      ask: {
        question: "What does RFC 5321 say about waiting and giving up?",
        listenFor:
          "Wait at least 30 minutes between attempts; give up only after at least 4–5 days (RFC 5321 §4.5.4.1).",
      },
      minutes: 3,
    },
    deliver: {
      say: "Delivered 30 minutes late, intact. The delay is visible in the headers.",
      ask: {
        question: "Where would Bob see the delay?",
        listenFor: "In the gap between the time stamps of the two Received: lines.",
      },
      minutes: 1,
    },
  },

  "delivery-mx-down-bounce": {
    submit: {
      say: "Everything starts normally: Bob's servers are down, but Alice's submission does not depend on them. Her app reports success.",
      ask: {
        question: "Does Alice get an error when she presses Send?",
        listenFor: "No: her own server accepts the message; the problem lies further on.",
      },
      minutes: 1,
    },
    queue: {
      say: "This time the queue will hold the message for a long time. It must keep the message safe across restarts for all that time.",
      ask: {
        question: "What must a server do with mail it cannot deliver yet?",
        listenFor: "Keep it queued and retry (RFC 5321 §4.5.4.1).",
      },
      minutes: 1,
    },
    dns: {
      say: "DNS works fine: the trouble is with the servers it points to. A temporary DNS failure would also lead to queueing and retries.",
      ask: {
        question: "Is 'connection refused' a permanent or a temporary failure?",
        listenFor: "Temporary: the host may come back.",
      },
      minutes: 1,
    },
    relay: {
      say: "Both MX hosts refuse the connection. The sender tries the backup before it gives up for this round.",
      ask: {
        question: "Why try mx2 when mx1 refuses?",
        listenFor:
          "That is what the backup MX is for; a sender should try at least two addresses (RFC 5321 §5.1).",
      },
      minutes: 2,
    },
    retry: {
      say: "Fast-forward through the rounds: 30 minutes, then every 2 hours, for five days. Compare with the RFC: at least 30 minutes apart, give up after at least 4–5 days, all configurable.",
      ask: {
        question: "How many attempts did the queue make, and for how long?",
        listenFor: "62 attempts over five days and half an hour, within RFC 5321 §4.5.4.1.",
      },
      minutes: 3,
    },
    bounce: {
      say: "The queue gives up and sends Alice a bounce from the null sender. Open the report: Action failed, with the last temporary status.",
      ask: {
        question: "Why does a message that only ever got temporary failures end in a bounce?",
        listenFor:
          "Temporary failures that last beyond the queue's lifetime become final; the sender must then be notified (RFC 5321 §4.5.4.1, §6.1).",
      },
      minutes: 2,
    },
  },

  "delivery-unknown-user-bounce": {
    submit: {
      say: "Alice types bbo instead of bob. Submission still succeeds: her provider cannot know which mailboxes exist at example.net.",
      ask: {
        question: "Why doesn't mail.example.test catch the typo at once?",
        listenFor: "Only example.net's servers know its mailboxes.",
      },
      minutes: 1,
    },
    queue: {
      say: "Queued as usual, and mail.example.test is now responsible. Whatever happens next, it owes Alice either a delivery or a report.",
      ask: {
        question: "Who will have to report a failure from now on?",
        listenFor: "mail.example.test, which holds the message (RFC 5321 §6.1).",
      },
      minutes: 1,
    },
    dns: {
      say: "A normal MX lookup: the domain is right, only the mailbox is wrong. Only Bob's MX can tell.",
      ask: {
        question: "What would happen here if Alice had mistyped the domain instead (example.nte)?",
        listenFor:
          "The lookup finds no such domain (NXDOMAIN), which must be reported as an error: a bounce (RFC 5321 §5.1).",
      },
      minutes: 1,
    },
    relay: {
      say: "mx1 refuses RCPT TO with 550 5.1.1: permanent. It never takes the message, so responsibility stays with mail.example.test.",
      ask: {
        question: "Will the sending server try again later?",
        listenFor: "No: a 5yz is permanent (RFC 5321 §4.2.1).",
      },
      minutes: 2,
    },
    bounce: {
      say: "mail.example.test bounces at once, to Alice, with MAIL FROM:<>. Open the report: Status 5.1.1, Remote-MTA mx1, and the 550 quoted as the diagnostic.",
      ask: {
        question: "Why does the bounce come from mail.example.test and not from mx1?",
        listenFor:
          "mx1 refused during the session and never accepted responsibility; the server that holds the message reports the failure (RFC 5321 §6.1).",
      },
      minutes: 3,
    },
  },

  "delivery-null-mx-bounce": {
    submit: {
      say: "Alice writes to info@example.org, a domain that receives no mail at all. Its owner has said so in DNS.",
      ask: {
        question: "How can a domain announce that it accepts no mail?",
        listenFor: "With a null MX record, MX 0 . (RFC 7505 §3).",
      },
      minutes: 1,
    },
    queue: {
      say: "The message is queued normally; in this lab the recipient's domain is checked only when the queue delivers. Alice's app saw a normal 250.",
      ask: {
        question: "Whose job is it now to tell Alice if delivery is impossible?",
        listenFor: "mail.example.test's, which accepted the message (RFC 5321 §6.1).",
      },
      minutes: 1,
    },
    dns: {
      say: "The answer is MX 0 with a single dot as the host. Contrast it with a domain that has no MX record at all.",
      ask: {
        question: "What is the difference between no MX record and a null MX?",
        listenFor:
          "No MX: mail goes to the domain's own A/AAAA address (implicit MX, RFC 5321 §5.1). Null MX: the domain accepts no mail (RFC 7505 §3).",
      },
      minutes: 2,
    },
    bounce: {
      say: "No connection is attempted: the failure is permanent at once, and Alice gets her bounce now instead of after days of retries. Open the report and point at the Action: failed line.",
      ask: {
        question: "What problem does the null MX solve for senders?",
        listenFor:
          "Without it, mail for a domain with no mail server would be retried to its A record for days before bouncing (RFC 7505).",
      },
      minutes: 2,
    },
  },

  "delivery-mailbox-full-bounce": {
    submit: {
      say: "A normal submission; this time the trouble comes after Bob's server has said yes. Ask the class to watch who writes the bounce.",
      ask: {
        question: "Can Alice's app know that Bob's mailbox is full?",
        listenFor: "No: only Bob's provider knows.",
      },
      minutes: 1,
    },
    queue: {
      say: "Queued at mail.example.test, as in every journey. So far nothing differs from the direct delivery.",
      ask: {
        question: "Who is responsible for the message at this moment?",
        listenFor: "mail.example.test (RFC 5321 §6.1).",
      },
      minutes: 1,
    },
    dns: {
      say: "The usual MX answer, mx1 first. The relay will go to port 25, as always.",
      ask: {
        question: "Which port will the relay use?",
        listenFor: "25: MX records carry no port (RFC 8314 §7.3).",
      },
      minutes: 1,
    },
    relay: {
      say: "mx1 answers 250 to the lone dot: responsibility moves to mx1. Ask the class to remember that for the next step.",
      ask: {
        question: "Who is responsible for the message after this 250?",
        listenFor: "mx1.example.net (RFC 5321 §6.1).",
      },
      minutes: 2,
    },
    bounce: {
      say: "Storing the message in Bob's mailbox fails: mailbox full. mx1 accepted it, so mx1 must write the bounce and send it to Alice by SMTP on port 25 with MAIL FROM:<>. Contrast with the typo journey, where Alice's own server bounced.",
      ask: {
        question: "Why is this bounce sent by mx1 and not by mail.example.test?",
        listenFor:
          "mx1 accepted the message with 250 and so must report the failure (RFC 5321 §6.1); the empty sender means this bounce can never bounce back (RFC 5321 §3.6.3).",
      },
      minutes: 3,
    },
  },
};
