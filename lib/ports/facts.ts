// Port facts for the port chooser, as data.
// Rules of this module:
// - Every claim here comes from ../shared/content/smtp-facts.md (sections 3-8, 10, 11) and carries the
//   RFC citation that sheet gives. Vendor statements are tagged "S" (secondary source) and are taught
//   as "the provider documents it", never as a standard. Nothing tagged [U] in the sheet appears here.
// - A citation is { rfc, section? }. Only citations listed in KNOWN_CITATIONS may be used anywhere in
//   lib/ports (a test enforces it), so a typo'd RFC section cannot slip into a lesson.
// - Pure data and string helpers: no I/O, no clock, no randomness, no dependencies.

export interface Citation {
  readonly rfc: number;
  /** Section as printed in the RFC ("3.3", "4.5.4.1"), or "Abstract" / "A" (appendix). */
  readonly section?: string;
}

/** A source that is not an RFC: the IANA registry (checked directly) or a vendor page (secondary). */
export interface Source {
  readonly kind: "iana" | "vendor";
  readonly label: string;
  /** "V": read in the primary source; "S": taken from a secondary or vendor page (facts sheet tags). */
  readonly tag: "V" | "S";
}

/** Shorthand used by every table in lib/ports. */
export function rfc(number: number, section?: string): Citation {
  return section === undefined ? { rfc: number } : { rfc: number, section };
}

/** "RFC 8314 §3.3", "RFC 8314 App. A", "RFC 6409 Abstract", "RFC 7672". */
export function formatCitation(c: Citation): string {
  if (c.section === undefined) return `RFC ${c.rfc}`;
  if (c.section === "Abstract") return `RFC ${c.rfc} Abstract`;
  if (/^[A-Z]$/.test(c.section)) return `RFC ${c.rfc} App. ${c.section}`;
  return `RFC ${c.rfc} §${c.section}`;
}

/** Link to the RFC Editor's HTML rendering, anchored at the section when there is one. */
export function rfcUrl(c: Citation): string {
  const base = `https://www.rfc-editor.org/rfc/rfc${c.rfc}`;
  if (c.section === undefined || c.section === "Abstract") return base;
  if (/^[A-Z]$/.test(c.section)) return `${base}#appendix-${c.section}`;
  return `${base}#section-${c.section}`;
}

const key = (c: Citation): string => `${c.rfc}:${c.section ?? ""}`;

/**
 * Every (RFC, section) pair lib/ports may cite, each one present in smtp-facts.md.
 * The comment names the facts-sheet section the pair is taken from.
 */
export const KNOWN_CITATIONS: readonly Citation[] = [
  rfc(3207), // §7 STARTTLS
  rfc(3207, "4"), // §3, §7: a publicly-referenced server MUST NOT require STARTTLS; 530 for non-public
  rfc(3207, "6"), // §7: stripping by deleting "250 STARTTLS"; TLS is one hop only
  rfc(4616, "5"), // §8: PLAIN only with TLS
  rfc(4954, "9"), // §8: PLAIN must be configurable not to be used without TLS
  rfc(4954, "14"), // §8: verify the certificate before PLAIN
  rfc(5068, "3.1"), // §3: MUAs SHOULD use the submission port
  rfc(5068, "3.2"), // §4: MSAs MUST require AUTH on 587, MUST listen on 587, no open relay
  rfc(5068, "4"), // §3, §11: port-25 blocking described, no recommendation
  rfc(5068, "4.1"), // §4: access providers MUST NOT block 587
  rfc(5321, "2.3.8"), // §1.5: CRLF is the only line ending
  rfc(5321, "3.6.3"), // §2, §3: relays must not fix up messages
  rfc(5321, "4.5.4.1"), // §2: queue and retry
  rfc(5321, "4.5.4.2"), // §3: keep a listen on port 25
  rfc(5321, "5.1"), // §2: MX lookup
  rfc(5321, "6.1"), // §2: responsibility hand-off, bounces with the null reverse-path
  rfc(5321, "7.9"), // §1.3, §11: policy refusals, scope of a server
  rfc(6176), // §7: SSL 2.0 prohibited
  rfc(6409), // §4: the submission protocol (STD 72)
  rfc(6409, "Abstract"), // §3, §4: relay stays on 25
  rfc(6409, "1"), // §3: outbound 25 prohibited at many sites; submission split off
  rfc(6409, "3.1"), // §3: a site MAY use 25 for submission internally
  rfc(6409, "4.3"), // §4: MSA MUST require AUTH before MAIL
  rfc(6409, "7"), // §4: STARTTLS is MAY on 587
  rfc(7568), // §7: SSL 3.0 deprecated
  rfc(7628), // §8: OAUTHBEARER
  rfc(7628, "3"), // §8: TLS MUST be used for OAUTHBEARER
  rfc(7672), // §7: DANE for SMTP
  rfc(7817), // §5: certificate validation for email
  rfc(8314, "1"), // §5: implicit TLS in preference to STARTTLS; not end-to-end
  rfc(8314, "3"), // §5: recommends implicit TLS for submission
  rfc(8314, "3.3"), // §5: how 465 works; both ports SHOULD be implemented; equal security when required
  rfc(8314, "5.2"), // §5, §10: clients validate certificates, require TLS
  rfc(8314, "7.3"), // §3, §5: MX has no port; submissions registration
  rfc(8314, "A"), // §5: STARTTLS is a less secure architecture
  rfc(8460), // §7: TLS-RPT
  rfc(8461), // §7: MTA-STS
  rfc(8996), // §7: TLS 1.0 and 1.1 deprecated
  rfc(8997), // §5: TLS 1.2 minimum for submission
];

const KNOWN = new Set(KNOWN_CITATIONS.map(key));

export function isKnownCitation(c: Citation): boolean {
  return KNOWN.has(key(c));
}

export type WellKnownPort = 25 | 465 | 587 | 2525;

export interface PortFact {
  readonly port: WellKnownPort;
  /** IANA service name on this TCP port (facts sheet §3-§6, registry updated 2024-03-18). */
  readonly ianaService: string;
  readonly ianaDescription: string;
  /** Whether an RFC assigns this port to mail. */
  readonly standard: boolean;
  readonly purpose: "relay" | "submission" | "vendor-alternate-submission";
  readonly tls: "starttls-opportunistic" | "starttls" | "implicit";
  readonly summary: string;
  readonly cites: readonly Citation[];
  readonly sources: readonly Source[];
}

export const IANA_REGISTRY: Source = {
  kind: "iana",
  label: "IANA Service Name and Transport Protocol Port Number Registry (updated 2024-03-18)",
  tag: "V",
};

export const PORT_FACTS: Readonly<Record<WellKnownPort, PortFact>> = {
  25: {
    port: 25,
    ianaService: "smtp",
    ianaDescription: "Simple Mail Transfer",
    standard: true,
    purpose: "relay",
    tls: "starttls-opportunistic",
    summary:
      "Server-to-server relay: the port every MX listens on, because MX records carry no port. STARTTLS works " +
      "here, but a public MX must not require it, so relay TLS is opportunistic unless MTA-STS or DANE harden it.",
    cites: [rfc(5321, "4.5.4.2"), rfc(8314, "7.3"), rfc(3207, "4"), rfc(3207, "6"), rfc(8461), rfc(7672)],
    sources: [IANA_REGISTRY],
  },
  465: {
    port: 465,
    ianaService: "submissions",
    ianaDescription: "Message Submission over TLS protocol",
    standard: true,
    purpose: "submission",
    tls: "implicit",
    summary:
      "Message submission over implicit TLS: the TLS handshake begins as soon as the client connects, then " +
      "the submission protocol runs inside it, AUTH included. Standardised by RFC 8314 (January 2018; IANA " +
      "record dated 2017-12-12) and the IETF-preferred way to submit. Not deprecated.",
    cites: [rfc(8314, "1"), rfc(8314, "3.3"), rfc(8314, "7.3")],
    sources: [IANA_REGISTRY],
  },
  587: {
    port: 587,
    ianaService: "submission",
    ianaDescription: "Message Submission",
    standard: true,
    purpose: "submission",
    tls: "starttls",
    summary:
      "Message submission (RFC 6409, STD 72): AUTH is required, and TLS comes from STARTTLS, which the RFC " +
      "lists only as MAY. It is as secure as 465 only when both sides require STARTTLS. Access providers must " +
      "not block it.",
    cites: [rfc(6409, "4.3"), rfc(6409, "7"), rfc(8314, "3.3"), rfc(5068, "4.1")],
    sources: [IANA_REGISTRY],
  },
  2525: {
    port: 2525,
    ianaService: "ms-v-worlds",
    ianaDescription: "MS V-Worlds",
    standard: false,
    purpose: "vendor-alternate-submission",
    tls: "starttls",
    summary:
      "Not a mail port in any standard: IANA lists it as ms-v-worlds. Some providers (e.g. Twilio SendGrid, " +
      "Postmark) document a submission listener there for networks that block 587. It works only with a " +
      "provider that documents it, and needs the same rules as 587: STARTTLS required, then AUTH.",
    cites: [rfc(6409, "4.3"), rfc(8314, "5.2")],
    sources: [
      IANA_REGISTRY,
      { kind: "vendor", label: "Twilio SendGrid and Postmark documentation list port 2525", tag: "S" },
    ],
  },
};
