/**
 * The RFCs SMTP Lab cites, as data: number, title, publication month, and one line on what we use it for.
 * Rules: every `<Rfc n={…} />` in a lesson must name an RFC listed here (a content check enforces it);
 * titles and dates are those on the RFC's first page; links go to the RFC Editor's HTML rendering,
 * whose section anchors are `#section-<number>`.
 */

export type RfcInfo = {
  n: number;
  title: string;
  /** Month and year of publication, as printed on the RFC. */
  date: string;
  /** Status notes worth knowing, e.g. "Obsoleted by RFC 5321". */
  status?: string;
  covers: string;
};

const list: RfcInfo[] = [
  {
    n: 821,
    title: "Simple Mail Transfer Protocol",
    date: "August 1982",
    status: "Obsoleted by RFC 2821, then RFC 5321",
    covers: "The original SMTP: port 25, the command sequence, dot-transparency.",
  },
  {
    n: 974,
    title: "Mail Routing and the Domain System",
    date: "January 1986",
    status: "Obsoleted by RFC 2821",
    covers: "The first rules for MX records.",
  },
  {
    n: 1123,
    title: "Requirements for Internet Hosts -- Application and Support",
    date: "October 1989",
    covers: "Host requirements, including early SMTP clarifications (updated by RFC 5321).",
  },
  {
    n: 1425,
    title: "SMTP Service Extensions",
    date: "February 1993",
    status: "Obsoleted by RFC 1651",
    covers: "The first EHLO and extension model (ESMTP).",
  },
  {
    n: 1651,
    title: "SMTP Service Extensions",
    date: "July 1994",
    status: "Obsoleted by RFC 1869",
    covers: "The second revision of the ESMTP extension model.",
  },
  {
    n: 1869,
    title: "SMTP Service Extensions",
    date: "November 1995",
    status: "Obsoleted by RFC 2821",
    covers: "The ESMTP extension model that RFC 2821 and RFC 5321 absorbed.",
  },
  {
    n: 1870,
    title: "SMTP Service Extension for Message Size Declaration",
    date: "November 1995",
    covers: "The SIZE keyword and the SIZE= parameter of MAIL FROM.",
  },
  {
    n: 1893,
    title: "Enhanced Mail System Status Codes",
    date: "January 1996",
    status: "Obsoleted by RFC 3463",
    covers: "The first class.subject.detail status codes.",
  },
  {
    n: 1985,
    title: "SMTP Service Extension for Remote Message Queue Starting",
    date: "August 1996",
    covers: "ETRN: asking a server to start delivering the mail it holds for a domain.",
  },
  {
    n: 2034,
    title: "SMTP Service Extension for Returning Enhanced Error Codes",
    date: "October 1996",
    covers: "The ENHANCEDSTATUSCODES keyword: x.y.z codes in replies.",
  },
  {
    n: 2195,
    title: "IMAP/POP AUTHorize Extension for Simple Challenge/Response",
    date: "September 1997",
    covers: "CRAM-MD5, a legacy challenge-response mechanism.",
  },
  {
    n: 2476,
    title: "Message Submission",
    date: "December 1998",
    status: "Obsoleted by RFC 4409",
    covers: "Reserved port 587 for message submission.",
  },
  {
    n: 2487,
    title: "SMTP Service Extension for Secure SMTP over TLS",
    date: "January 1999",
    status: "Obsoleted by RFC 3207",
    covers: "The first STARTTLS specification.",
  },
  {
    n: 2554,
    title: "SMTP Service Extension for Authentication",
    date: "March 1999",
    status: "Obsoleted by RFC 4954",
    covers: "The first SMTP AUTH specification.",
  },
  {
    n: 2821,
    title: "Simple Mail Transfer Protocol",
    date: "April 2001",
    status: "Obsoleted by RFC 5321",
    covers: "The 2001 consolidation of SMTP.",
  },
  {
    n: 2920,
    title: "SMTP Service Extension for Command Pipelining",
    date: "September 2000",
    covers: "PIPELINING: sending commands in batches.",
  },
  {
    n: 3030,
    title: "SMTP Service Extensions for Transmission of Large and Binary MIME Messages",
    date: "December 2000",
    covers: "CHUNKING (BDAT) and BINARYMIME.",
  },
  {
    n: 3207,
    title: "SMTP Service Extension for Secure SMTP over Transport Layer Security",
    date: "February 2002",
    covers: "STARTTLS: upgrading an SMTP session to TLS, its replies, the reset after TLS, and stripping.",
  },
  {
    n: 3461,
    title: "Simple Mail Transfer Protocol (SMTP) Service Extension for Delivery Status Notifications (DSNs)",
    date: "January 2003",
    covers: "The DSN keyword and NOTIFY, ORCPT, RET and ENVID parameters.",
  },
  {
    n: 3463,
    title: "Enhanced Mail System Status Codes",
    date: "January 2003",
    covers: "The class.subject.detail enhanced status codes such as 5.1.1.",
  },
  {
    n: 3464,
    title: "An Extensible Message Format for Delivery Status Notifications",
    date: "January 2003",
    covers: "message/delivery-status: the machine-readable part of a bounce.",
  },
  {
    n: 3848,
    title: "ESMTP and LMTP Transmission Types Registration",
    date: "July 2004",
    covers: "The ESMTPS, ESMTPA and ESMTPSA keywords in Received: lines.",
  },
  {
    n: 4409,
    title: "Message Submission for Mail",
    date: "April 2006",
    status: "Obsoleted by RFC 6409",
    covers: "Made authentication mandatory for message submission.",
  },
  {
    n: 4616,
    title: "The PLAIN Simple Authentication and Security Layer (SASL) Mechanism",
    date: "August 2006",
    covers: "AUTH PLAIN: user name and password, base64-encoded, not encrypted.",
  },
  {
    n: 4648,
    title: "The Base16, Base32, and Base64 Data Encodings",
    date: "October 2006",
    covers: "Base64: the encoding AUTH uses, which anyone can decode.",
  },
  {
    n: 4954,
    title: "SMTP Service Extension for Authentication",
    date: "July 2007",
    covers: "SMTP AUTH: the AUTH command, 334 challenges, 235/535 results.",
  },
  {
    n: 5068,
    title: "Email Submission Operations: Access and Accountability Requirements",
    date: "November 2007",
    status: "BCP 134",
    covers: "Operators' duties: MUAs submit on 587, access providers must not block 587.",
  },
  {
    n: 5248,
    title: "A Registry for SMTP Enhanced Mail System Status Codes",
    date: "June 2008",
    status: "BCP 138",
    covers: "The IANA registry of enhanced status codes.",
  },
  {
    n: 5321,
    title: "Simple Mail Transfer Protocol",
    date: "October 2008",
    covers: "SMTP today: commands, replies, MX lookup, queues and retries, trace headers.",
  },
  {
    n: 5598,
    title: "Internet Mail Architecture",
    date: "July 2009",
    covers: "The roles MUA, MSA, MTA and MDA, and mail as a store-and-forward service.",
  },
  {
    n: 6152,
    title: "SMTP Service Extension for 8-bit MIME Transport",
    date: "March 2011",
    status: "STD 71",
    covers: "8BITMIME and BODY=8BITMIME.",
  },
  {
    n: 6176,
    title: "Prohibiting Secure Sockets Layer (SSL) Version 2.0",
    date: "March 2011",
    covers: "SSL 2.0 must not be used.",
  },
  {
    n: 6186,
    title: "Use of SRV Records for Locating Email Submission/Access Services",
    date: "March 2011",
    covers: "SRV records such as _submission._tcp for finding a submission server.",
  },
  {
    n: 6335,
    title:
      "Internet Assigned Numbers Authority (IANA) Procedures for the Management of the Service Name and Transport Protocol Port Number Registry",
    date: "August 2011",
    status: "BCP 165",
    covers: "How ports are assigned; RFC 8314 made a one-time exception for 465.",
  },
  {
    n: 6409,
    title: "Message Submission for Mail",
    date: "November 2011",
    status: "STD 72",
    covers: "Message submission on port 587: the MSA, authentication, fix-ups.",
  },
  {
    n: 6522,
    title: "The Multipart/Report Media Type for the Reporting of Mail System Administrative Messages",
    date: "January 2012",
    status: "STD 73",
    covers: "multipart/report, the envelope of a bounce message.",
  },
  {
    n: 6531,
    title: "SMTP Extension for Internationalized Email",
    date: "February 2012",
    covers: "SMTPUTF8: UTF-8 addresses and headers.",
  },
  {
    n: 6647,
    title: "Email Greylisting: An Applicability Statement for SMTP",
    date: "June 2012",
    covers: "Greylisting: temporary 4xx refusals that real MTAs retry.",
  },
  {
    n: 7504,
    title: "SMTP 521 and 556 Reply Codes",
    date: "June 2015",
    covers: "Reply codes for hosts and domains that accept no mail.",
  },
  {
    n: 7505,
    title: 'A "Null MX" No Service Resource Record for Domains That Accept No Mail',
    date: "June 2015",
    covers: "Null MX: MX 0 . means the domain receives no mail.",
  },
  {
    n: 7568,
    title: "Deprecating Secure Sockets Layer Version 3.0",
    date: "June 2015",
    covers: "SSL 3.0 must not be used.",
  },
  {
    n: 7628,
    title: "A Set of Simple Authentication and Security Layer (SASL) Mechanisms for OAuth",
    date: "August 2015",
    covers: "OAUTHBEARER: OAuth 2.0 bearer tokens in SMTP AUTH, TLS required.",
  },
  {
    n: 7672,
    title:
      "SMTP Security via Opportunistic DNS-Based Authentication of Named Entities (DANE) Transport Layer Security (TLS)",
    date: "October 2015",
    covers: "DANE for SMTP: DNSSEC-signed TLSA records make relay TLS downgrade-resistant.",
  },
  {
    n: 7817,
    title:
      "Updated Transport Layer Security (TLS) Server Identity Check Procedure for Email-Related Protocols",
    date: "March 2016",
    covers: "How mail clients check a server certificate's name.",
  },
  {
    n: 8314,
    title:
      "Cleartext Considered Obsolete: Use of Transport Layer Security (TLS) for Email Submission and Access",
    date: "January 2018",
    covers: "Implicit TLS on 465 (submissions), preferred over STARTTLS; certificate validation.",
  },
  {
    n: 8446,
    title: "The Transport Layer Security (TLS) Protocol Version 1.3",
    date: "August 2018",
    covers: "TLS 1.3: the handshake and records our simulator shows.",
  },
  {
    n: 8460,
    title: "SMTP TLS Reporting",
    date: "September 2018",
    covers: "TLS-RPT: reports about failed TLS between mail servers.",
  },
  {
    n: 8461,
    title: "SMTP MTA Strict Transport Security (MTA-STS)",
    date: "September 2018",
    covers: "MTA-STS: a domain's policy that senders must use validated TLS on port 25.",
  },
  {
    n: 8689,
    title: "SMTP Require TLS Option",
    date: "November 2019",
    covers: "REQUIRETLS: a sender's demand for TLS on every hop.",
  },
  {
    n: 8996,
    title: "Deprecating TLS 1.0 and TLS 1.1",
    date: "March 2021",
    covers: "TLS 1.0 and 1.1 must not be used.",
  },
  {
    n: 8997,
    title: "Deprecation of TLS 1.1 for Email Submission and Access",
    date: "March 2021",
    covers: "Raises the email minimum to TLS 1.2.",
  },
];

export const RFCS: ReadonlyMap<number, RfcInfo> = new Map(list.map((r) => [r.n, r]));

export function rfcInfo(n: number): RfcInfo | undefined {
  return RFCS.get(n);
}

/** Link to an RFC (or one of its sections) on rfc-editor.org. */
export function rfcUrl(n: number, section?: string): string {
  const base = `https://www.rfc-editor.org/rfc/rfc${n}`;
  if (!section) return base;
  // Appendices are anchored as "appendix-A", numbered sections as "section-4.5.4.1".
  const anchor = /^[A-Z](\.|$)/.test(section) ? `appendix-${section}` : `section-${section}`;
  return `${base}#${anchor}`;
}

/** "RFC 5321 §4.5.4.1", or "RFC 5321" without a section; appendices read "RFC 8314 App. A". */
export function rfcLabel(n: number, section?: string): string {
  if (!section) return `RFC ${n}`;
  return /^[A-Z](\.|$)/.test(section) ? `RFC ${n} App. ${section}` : `RFC ${n} §${section}`;
}
