/**
 * The glossary: one entry per term, each with a short definition that agrees with the facts sheet and an
 * RFC citation. `/glossary` lists them with one anchor per id; `<Term id="…">` in lessons shows the
 * definition as a tooltip and links here. Ids are kebab-case and stable (they are URL anchors).
 */
import type { Cite } from "@/lib/content/quiz";

export type GlossaryEntry = {
  id: string;
  term: string;
  /** Other names a reader may meet. */
  aka?: string[];
  definition: string;
  cite: Cite[];
  /** A lesson that explains it, as "/lessons/<slug>" or "/lessons/<slug>#anchor". */
  see?: string;
};

export const glossary: readonly GlossaryEntry[] = [
  {
    id: "8bitmime",
    term: "8BITMIME",
    definition:
      "An SMTP extension: the server accepts message bodies with 8-bit bytes, announced by the client with BODY=8BITMIME on MAIL FROM.",
    cite: [{ rfc: 6152 }],
    see: "/lessons/anatomy-of-a-session",
  },
  {
    id: "active-attacker",
    term: "Active attacker",
    aka: ["man in the middle"],
    definition:
      "Someone on the network path who can change, delete or add bytes, not just read them. Before TLS starts, an active attacker can rewrite anything in an SMTP session.",
    cite: [{ rfc: 3207, section: "6" }],
    see: "/lessons/starttls-vs-implicit-tls",
  },
  {
    id: "auth",
    term: "AUTH (SMTP AUTH)",
    definition:
      "The SMTP command by which a client logs in with a SASL mechanism such as PLAIN. 235 means the login worked, 535 that the credentials were wrong.",
    cite: [{ rfc: 4954, section: "4" }],
    see: "/lessons/smtp-auth",
  },
  {
    id: "auth-login",
    term: "AUTH LOGIN",
    definition:
      "A login method that sends the user name and the password in two base64 lines after prompts. It is in no RFC: only an expired draft describes it, and that draft says to use PLAIN instead.",
    cite: [{ rfc: 4954, section: "4" }],
    see: "/lessons/smtp-auth",
  },
  {
    id: "auth-plain",
    term: "AUTH PLAIN",
    definition:
      "A login method that sends an optional authorization identity, the user name and the password, separated by NUL bytes and base64-encoded, in one line. Base64 is not encryption, so PLAIN needs TLS.",
    cite: [{ rfc: 4616, section: "5" }],
    see: "/lessons/smtp-auth",
  },
  {
    id: "base64",
    term: "Base64",
    definition:
      "A way of writing any bytes with 64 printable characters. It is an encoding, not encryption: anyone can decode it.",
    cite: [{ rfc: 4648 }, { rfc: 4954, section: "4" }],
    see: "/lessons/smtp-auth",
  },
  {
    id: "bdat",
    term: "BDAT (CHUNKING)",
    definition:
      "An SMTP extension that sends the message in chunks of announced size (BDAT 1234 LAST), so no dot-stuffing and no final lone dot are needed.",
    cite: [{ rfc: 3030 }],
    see: "/lessons/anatomy-of-a-session",
  },
  {
    id: "bounce",
    term: "Bounce",
    aka: ["non-delivery report", "DSN"],
    definition:
      "The message a server sends back to the envelope sender when it cannot deliver mail it accepted. It is sent with the empty reverse-path MAIL FROM:<>, so a bounce never causes another bounce.",
    cite: [
      { rfc: 5321, section: "6.1" },
      { rfc: 5321, section: "3.6.3" },
    ],
    see: "/lessons/store-and-forward",
  },
  {
    id: "command-injection",
    term: "STARTTLS command injection",
    aka: ["CVE-2011-0411"],
    definition:
      "A flaw where plaintext commands sent in the same packet as STARTTLS were executed inside the TLS session. Fixed servers discard any plaintext that arrived after STARTTLS, before the handshake.",
    cite: [{ rfc: 8314, section: "A" }],
    see: "/lessons/starttls-vs-implicit-tls",
  },
  {
    id: "crlf",
    term: "CRLF",
    definition:
      "Carriage return followed by line feed (bytes 13, 10): the only line ending the SMTP standard allows. A message ends with CRLF . CRLF.",
    cite: [{ rfc: 5321, section: "2.3.8" }],
    see: "/lessons/what-is-smtp",
  },
  {
    id: "dane",
    term: "DANE for SMTP",
    definition:
      "DNSSEC-signed TLSA records that tell sending servers which certificate a domain's MX presents, making TLS on port 25 resistant to downgrade.",
    cite: [{ rfc: 7672 }],
    see: "/lessons/starttls-vs-implicit-tls",
  },
  {
    id: "dot-stuffing",
    term: "Dot-stuffing",
    definition:
      "During DATA the client doubles a dot at the start of any line, and the server removes it again, so a line holding only a dot can mark the end of the message.",
    cite: [{ rfc: 5321, section: "4.5.2" }],
    see: "/lessons/anatomy-of-a-session",
  },
  {
    id: "dsn",
    term: "DSN (delivery status notification)",
    definition:
      "The standard format for reports about delivery: a multipart/report message whose message/delivery-status part says, per recipient, the Action (failed, delayed, delivered…) and the Status code.",
    cite: [{ rfc: 3464 }, { rfc: 3461 }],
    see: "/lessons/store-and-forward",
  },
  {
    id: "ehlo",
    term: "EHLO",
    definition:
      "The command that opens an extended SMTP session: the client names itself and the server answers with the list of extensions it supports. HELO is the old form without extensions.",
    cite: [
      { rfc: 5321, section: "4.1.1.1" },
      { rfc: 5321, section: "2.2.1" },
    ],
    see: "/lessons/anatomy-of-a-session",
  },
  {
    id: "enhanced-status-code",
    term: "Enhanced status code",
    definition:
      "A class.subject.detail code after the reply code, such as 5.1.1 (bad destination mailbox address). The class matches the reply's first digit.",
    cite: [{ rfc: 3463, section: "2" }, { rfc: 2034 }],
    see: "/lessons/anatomy-of-a-session",
  },
  {
    id: "envelope",
    term: "Envelope",
    definition:
      "The sender (MAIL FROM) and recipients (RCPT TO) given to the server as commands. Servers route by the envelope, not by the From: and To: lines in the message.",
    cite: [
      { rfc: 5321, section: "2.3.1" },
      { rfc: 5321, section: "3.3" },
    ],
    see: "/lessons/what-is-smtp",
  },
  {
    id: "esmtp",
    term: "ESMTP",
    definition:
      "SMTP with service extensions, negotiated by EHLO. Today's SMTP (RFC 5321) includes the extension mechanism.",
    cite: [{ rfc: 5321, section: "2.2.1" }],
    see: "/lessons/what-is-smtp",
  },
  {
    id: "greylisting",
    term: "Greylisting",
    definition:
      "Answering a first attempt from an unknown sender with a temporary 4xx refusal. Real mail servers retry and get through; much spam software never retries.",
    cite: [{ rfc: 6647 }],
    see: "/lessons/store-and-forward",
  },
  {
    id: "implicit-mx",
    term: "Implicit MX",
    definition:
      "When a domain has no MX records at all, senders treat the domain itself as its mail host (preference 0) and use its address records.",
    cite: [{ rfc: 5321, section: "5.1" }],
    see: "/lessons/store-and-forward",
  },
  {
    id: "implicit-tls",
    term: "Implicit TLS",
    aka: ["SMTPS", "SSL/TLS"],
    definition:
      "TLS that starts at the first byte of the connection, before any SMTP is spoken: submission on port 465. RFC 8314 prefers it to STARTTLS.",
    cite: [
      { rfc: 8314, section: "3.3" },
      { rfc: 8314, section: "1" },
    ],
    see: "/lessons/port-465",
  },
  {
    id: "mda",
    term: "MDA (Mail Delivery Agent)",
    definition:
      "The program that puts a message into the recipient's mailbox. Reading it later uses IMAP or POP, not SMTP.",
    cite: [{ rfc: 5598, section: "4.3.3" }],
    see: "/lessons/what-is-smtp",
  },
  {
    id: "msa",
    term: "MSA (Mail Submission Agent)",
    definition:
      "The server that accepts a message from a user's mail program, checks who is sending and enforces site policy: submission on port 587 or 465.",
    cite: [
      { rfc: 5598, section: "4.3.1" },
      { rfc: 6409, section: "2.1" },
    ],
    see: "/lessons/port-587",
  },
  {
    id: "mta",
    term: "MTA (Message Transfer Agent)",
    aka: ["Mail Transfer Agent"],
    definition:
      "A mail server that relays a message one hop closer to its destination, storing it safely until the next hop accepts it.",
    cite: [{ rfc: 5598, section: "4.3.2" }],
    see: "/lessons/what-is-smtp",
  },
  {
    id: "mta-sts",
    term: "MTA-STS",
    definition:
      "A policy a domain publishes over HTTPS telling senders to deliver to its MX only over TLS with a valid certificate; in enforce mode they must not deliver otherwise.",
    cite: [{ rfc: 8461, section: "5" }],
    see: "/lessons/starttls-vs-implicit-tls",
  },
  {
    id: "mua",
    term: "MUA (Message User Agent)",
    aka: ["Mail User Agent"],
    definition: "The mail program a person uses to write and read mail; it submits outgoing mail to an MSA.",
    cite: [{ rfc: 5598, section: "4.2.1" }],
    see: "/lessons/what-is-smtp",
  },
  {
    id: "mx-record",
    term: "MX record",
    definition:
      "A DNS record naming a host that receives mail for a domain, with a preference (lower is tried first). MX records carry no port: delivery to them uses port 25.",
    cite: [
      { rfc: 5321, section: "5.1" },
      { rfc: 8314, section: "7.3" },
    ],
    see: "/lessons/store-and-forward",
  },
  {
    id: "null-mx",
    term: "Null MX",
    definition: "The record MX 0 . : the domain accepts no mail at all, so senders give up at once.",
    cite: [{ rfc: 7505, section: "3" }],
    see: "/lessons/store-and-forward",
  },
  {
    id: "null-reverse-path",
    term: "Null reverse-path",
    definition:
      "The empty sender MAIL FROM:<>, used for bounces and other notifications so that they are never answered by another bounce.",
    cite: [
      { rfc: 5321, section: "4.2.5" },
      { rfc: 5321, section: "6.1" },
    ],
    see: "/lessons/store-and-forward",
  },
  {
    id: "oauthbearer",
    term: "OAUTHBEARER",
    definition:
      "A login method that sends an OAuth 2.0 access token instead of a password. TLS must be used to protect the token. XOAUTH2 is an older, provider-specific method that is in no RFC.",
    cite: [{ rfc: 7628, section: "3" }],
    see: "/lessons/smtp-auth",
  },
  {
    id: "open-relay",
    term: "Open relay",
    definition:
      "A server that passes on mail from anyone to any domain. Spammers abuse open relays, so servers limit relaying to known or logged-in clients; a submission server must not relay unauthenticated mail at all.",
    cite: [
      { rfc: 5321, section: "7.9" },
      { rfc: 5068, section: "3.2" },
    ],
    see: "/lessons/port-25",
  },
  {
    id: "opportunistic-tls",
    term: "Opportunistic TLS",
    definition:
      "Using STARTTLS when the server offers it and carrying on in plaintext when it does not. It protects against eavesdroppers but not against an attacker who removes the offer.",
    cite: [
      { rfc: 3207, section: "4" },
      { rfc: 3207, section: "6" },
    ],
    see: "/lessons/port-25",
  },
  {
    id: "pipelining",
    term: "PIPELINING",
    definition:
      "An SMTP extension that lets the client send several commands in one batch; the client must still check every reply.",
    cite: [{ rfc: 2920 }],
    see: "/lessons/anatomy-of-a-session",
  },
  {
    id: "received-header",
    term: "Received: header",
    definition:
      "A trace line each server adds at the top of a message it receives, naming the client (its EHLO name and address) and itself. Existing lines must never be changed.",
    cite: [{ rfc: 5321, section: "4.4" }],
    see: "/lessons/store-and-forward",
  },
  {
    id: "reply-code",
    term: "Reply code",
    definition:
      "The three digits that start every server reply. The first digit says what to do: 2 done, 3 go on, 4 try again later, 5 do not repeat as is.",
    cite: [{ rfc: 5321, section: "4.2.1" }],
    see: "/lessons/what-is-smtp",
  },
  {
    id: "requiretls",
    term: "REQUIRETLS",
    definition: "A MAIL FROM parameter by which a sender demands that every hop of the message uses TLS.",
    cite: [{ rfc: 8689 }],
    see: "/lessons/starttls-vs-implicit-tls",
  },
  {
    id: "sasl",
    term: "SASL mechanism",
    definition: "A named login method that SMTP AUTH carries, such as PLAIN or OAUTHBEARER.",
    cite: [{ rfc: 4954, section: "4" }],
    see: "/lessons/smtp-auth",
  },
  {
    id: "size",
    term: "SIZE",
    definition:
      "An SMTP extension: the server announces its message size limit in EHLO, and the client may declare a message's size on MAIL FROM so an oversize message is refused before it is sent.",
    cite: [{ rfc: 1870 }],
    see: "/lessons/anatomy-of-a-session",
  },
  {
    id: "smarthost",
    term: "Smarthost",
    definition:
      "A relay a server sends all its outgoing mail through, usually with a login on port 465 or 587, for example when its network blocks outbound port 25.",
    cite: [
      { rfc: 6409, section: "1" },
      { rfc: 5068, section: "4" },
    ],
    see: "/lessons/port-25",
  },
  {
    id: "smtputf8",
    term: "SMTPUTF8",
    definition:
      "An SMTP extension allowing UTF-8 in addresses and headers, requested with the SMTPUTF8 parameter on MAIL FROM.",
    cite: [{ rfc: 6531 }],
    see: "/lessons/anatomy-of-a-session",
  },
  {
    id: "starttls",
    term: "STARTTLS",
    definition:
      "The command that upgrades a plaintext SMTP session to TLS. After the handshake both sides forget what they knew, and the client sends EHLO again.",
    cite: [
      { rfc: 3207, section: "4" },
      { rfc: 3207, section: "4.2" },
    ],
    see: "/lessons/starttls-vs-implicit-tls",
  },
  {
    id: "starttls-stripping",
    term: "STARTTLS stripping",
    definition:
      "An attack where a man in the middle deletes STARTTLS from the plaintext EHLO reply, so a client that does not require TLS carries on unencrypted.",
    cite: [{ rfc: 3207, section: "6" }],
    see: "/lessons/starttls-vs-implicit-tls",
  },
  {
    id: "store-and-forward",
    term: "Store-and-forward",
    definition:
      "How email travels: each server stores the message safely, then forwards it to the next hop, retrying after temporary failures until it succeeds or gives up.",
    cite: [
      { rfc: 5598, section: "4" },
      { rfc: 5321, section: "4.5.4.1" },
    ],
    see: "/lessons/store-and-forward",
  },
  {
    id: "submission",
    term: "Submission",
    definition:
      "Handing a new message from a mail program to its provider's MSA, with a login: port 587 with STARTTLS, or port 465 with implicit TLS. Relay between servers uses port 25.",
    cite: [
      { rfc: 6409, section: "1" },
      { rfc: 8314, section: "3.3" },
    ],
    see: "/lessons/port-587",
  },
  {
    id: "submissions",
    term: "submissions (port 465)",
    definition:
      "The IANA service name of port 465: message submission over implicit TLS, registered by RFC 8314. Port 465 was once briefly registered as smtps, which was revoked.",
    cite: [{ rfc: 8314, section: "7.3" }],
    see: "/lessons/port-465",
  },
  {
    id: "tls-record",
    term: "TLS record",
    definition:
      "The unit in which TLS sends data. An eavesdropper sees each record's type and length but not its content; in our lab (TLS 1.3) each SMTP write becomes one record 17 bytes longer than the SMTP text, plus a 5-byte record header.",
    cite: [{ rfc: 8446, section: "5" }],
    see: "/lessons/port-465",
  },
  {
    id: "tls-rpt",
    term: "TLS-RPT",
    definition:
      "Reports that sending servers mail to a domain about failures to set up TLS with its MX, requested by a DNS record.",
    cite: [{ rfc: 8460 }],
    see: "/lessons/starttls-vs-implicit-tls",
  },
];
