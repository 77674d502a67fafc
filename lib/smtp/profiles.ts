/**
 * The simulated world and the listener profiles, as data.
 *
 * Rules of this module:
 * - The world and the four listeners copy the reference lab (test/fixtures/postfix/lab/): Postfix 3.7.11
 *   with Dovecot SASL, `myhostname = mail.example.test`, `mydestination = mail.example.test, example.test,
 *   localhost`, local users alice and postmaster, SASL account alice/wonderland, SIZE 10240000.
 * - A profile is plain data; the session reads it and never branches on the port number itself.
 * - Scenarios may override a few fields (TLS temporarily broken, greylisting, greeting rejection, …)
 *   through `ProfileOverrides`; `resolveProfile` applies them and nothing else does.
 */

export type Port = 25 | 465 | 587 | 2525;
export const PORTS: readonly Port[] = [25, 465, 587, 2525];
export type ProfileId = "relay" | "submission" | "submissions";

export interface SaslAccount {
  user: string;
  password: string;
}

export interface World {
  /** Postfix `myhostname`. */
  hostname: string;
  /** Postfix `smtpd_banner` after expansion; the 220 greeting text. */
  banner: string;
  /** Postfix `mydestination`: domains delivered on this machine. */
  mydestination: readonly string[];
  /** Postfix `myorigin`: appended to an address without a domain. */
  myorigin: string;
  /** Local recipients (passwd + aliases of the lab). */
  localUsers: readonly string[];
  /** Postfix `recipient_delimiter` (alice+tag@ is alice). */
  recipientDelimiter: string;
  /** Dovecot passwd-file accounts; Dovecot lowercases the user name (`auth_username_format = %Lu`). */
  saslAccounts: readonly SaslAccount[];
  /** Postfix `message_size_limit` (RFC 1870 SIZE keyword value). */
  messageSizeLimit: number;
  /** The address the server sees for the client and its reverse-DNS name (the lab ran on loopback). */
  clientAddr: string;
  clientName: string;
  serverAddr: string;
}

export const LAB_WORLD: World = {
  hostname: "mail.example.test",
  banner: "mail.example.test ESMTP Postfix (Debian/GNU)",
  mydestination: ["mail.example.test", "example.test", "localhost"],
  myorigin: "example.test",
  // alice, the postmaster alias, and the Unix accounts of a Debian 12 system: local_recipient_maps
  // includes the passwd file, so "nobody@example.test" is accepted (reference lab 04).
  localUsers: [
    "alice",
    "postmaster",
    "root",
    "daemon",
    "bin",
    "sys",
    "sync",
    "games",
    "man",
    "lp",
    "mail",
    "news",
    "uucp",
    "proxy",
    "www-data",
    "backup",
    "list",
    "irc",
    "_apt",
    "nobody",
    "postfix",
    "dovecot",
    "dovenull",
  ],
  recipientDelimiter: "+",
  saslAccounts: [{ user: "alice", password: "wonderland" }],
  messageSizeLimit: 10_240_000,
  clientAddr: "127.0.0.1",
  clientName: "localhost",
  serverAddr: "127.0.0.1",
};

export interface Limits {
  /** Postfix `line_length_limit`: longer command lines are truncated, not refused. */
  lineLimit: number;
  /** Postfix `smtpd_recipient_limit`. */
  recipientLimit: number;
  /** Postfix `smtpd_soft_error_limit` / `smtpd_error_sleep_time`: slow down erring clients. */
  softErrorLimit: number;
  errorSleepMs: number;
  /** Postfix `smtpd_hard_error_limit`: 421 and disconnect. */
  hardErrorLimit: number;
  /** Postfix `smtpd_junk_command_limit` (NOOP, VRFY, ETRN, RSET). */
  junkCommandLimit: number;
  /** Postfix `smtpd_sasl_resp_limit`. */
  saslResponseLimit: number;
}

export const POSTFIX_LIMITS: Limits = {
  lineLimit: 2048,
  recipientLimit: 1000,
  softErrorLimit: 10,
  errorSleepMs: 1000,
  hardErrorLimit: 20,
  junkCommandLimit: 100,
  saslResponseLimit: 12288,
};

export interface Profile {
  id: ProfileId;
  port: Port;
  tls: {
    /** Postfix `smtpd_tls_security_level`: "may" offers STARTTLS, "encrypt" requires it (530 before it). */
    level: "may" | "encrypt";
    /** Postfix `smtpd_tls_wrappermode`: TLS from the first byte (RFC 8314 §3.3). */
    wrapper: boolean;
    /** Postfix `smtpd_tls_auth_only`: AUTH only inside TLS. */
    authOnly: boolean;
    /** False models a broken certificate or key: STARTTLS answers 454 4.7.0. */
    available: boolean;
  };
  sasl: { enabled: boolean; mechanisms: readonly string[] };
  /** `smtpd_client_restrictions = permit_sasl_authenticated, reject` on the submission listeners. */
  requireAuth: boolean;
  /** `smtpd_reject_unlisted_recipient` (no on the submission listeners of the lab). */
  rejectUnlistedRecipient: boolean;
  /** `smtpd_helo_required` (Postfix default: no). */
  heloRequired: boolean;
  /** `disable_vrfy_command` (Postfix default: no). */
  vrfyDisabled: boolean;
  /** "reject" models a client blocked at connect time (`smtpd_delay_reject = no`). */
  greeting: "normal" | "reject";
  /** A Postgrey-style policy service: the first attempt of a (client, sender, recipient) triplet gets 450. */
  greylist: { delayMs: number } | null;
  /** A temporary SASL back-end failure: AUTH answers 454 4.7.0. */
  authTemporarilyUnavailable: boolean;
  limits: Limits;
  /** Dovecot's reply delays (observed in the lab: ~1.5 s after a failure, ~4 s for the next try). */
  authDelays: { failureMs: number; nextAfterFailureMs: number };
}

const base = {
  sasl: { enabled: true, mechanisms: ["PLAIN", "LOGIN"] },
  heloRequired: false,
  vrfyDisabled: false,
  greeting: "normal" as const,
  greylist: null,
  authTemporarilyUnavailable: false,
  limits: POSTFIX_LIMITS,
  authDelays: { failureMs: 1500, nextAfterFailureMs: 4000 },
};

export const PROFILES: Record<Port, Profile> = {
  25: {
    ...base,
    id: "relay",
    port: 25,
    // MX / relay: STARTTLS offered but never required; AUTH only inside TLS (RFC 5321 §4.5.4.2, RFC 3207 §4).
    tls: { level: "may", wrapper: false, authOnly: true, available: true },
    requireAuth: false,
    rejectUnlistedRecipient: true,
  },
  587: {
    ...base,
    id: "submission",
    port: 587,
    // Submission: STARTTLS required, then AUTH required (RFC 6409 §4.3, RFC 3207 §4).
    tls: { level: "encrypt", wrapper: false, authOnly: true, available: true },
    requireAuth: true,
    rejectUnlistedRecipient: false,
  },
  2525: {
    ...base,
    id: "submission",
    port: 2525,
    // Alternate submission (a vendor convention, not a standard port): the same rules as 587 (RFC 6409 §4.3).
    tls: { level: "encrypt", wrapper: false, authOnly: true, available: true },
    requireAuth: true,
    rejectUnlistedRecipient: false,
  },
  465: {
    ...base,
    id: "submissions",
    port: 465,
    // Submissions: implicit TLS from the first byte, then AUTH required (RFC 8314 §3.3).
    tls: { level: "may", wrapper: true, authOnly: false, available: true },
    requireAuth: true,
    rejectUnlistedRecipient: false,
  },
};

/** What a scenario may change about a listener. Everything else stays as in the lab. */
export interface ProfileOverrides {
  /** false: STARTTLS gets 454 4.7.0 (TLS temporarily unavailable). */
  tlsAvailable?: boolean;
  greylist?: { delayMs: number };
  greeting?: "normal" | "reject";
  vrfyDisabled?: boolean;
  heloRequired?: boolean;
  /** The SASL back-end is down: AUTH gets 454 4.7.0. */
  authTemporarilyUnavailable?: boolean;
}

export function resolveProfile(port: Port, overrides: ProfileOverrides = {}): Profile {
  const p = PROFILES[port];
  return {
    ...p,
    tls: { ...p.tls, available: overrides.tlsAvailable ?? p.tls.available },
    greylist: overrides.greylist ?? p.greylist,
    greeting: overrides.greeting ?? p.greeting,
    vrfyDisabled: overrides.vrfyDisabled ?? p.vrfyDisabled,
    heloRequired: overrides.heloRequired ?? p.heloRequired,
    authTemporarilyUnavailable: overrides.authTemporarilyUnavailable ?? p.authTemporarilyUnavailable,
  };
}

export function isPort(n: unknown): n is Port {
  return n === 25 || n === 465 || n === 587 || n === 2525;
}

/**
 * The EHLO keywords, in Postfix's order (smtpd.c ehlo_cmd). Before TLS the list has STARTTLS; inside TLS
 * (or with auth_only off) it has AUTH; never both in the lab (RFC 3207 §4.2: STARTTLS is not offered again).
 */
export function ehloKeywords(profile: Profile, world: World, tlsActive: boolean): string[] {
  const kw = ["PIPELINING", `SIZE ${world.messageSizeLimit}`];
  if (!profile.vrfyDisabled) kw.push("VRFY");
  kw.push("ETRN");
  if (!tlsActive && !profile.tls.wrapper) kw.push("STARTTLS");
  if (profile.sasl.enabled && (tlsActive || !profile.tls.authOnly)) {
    kw.push(`AUTH ${profile.sasl.mechanisms.join(" ")}`);
  }
  kw.push("ENHANCEDSTATUSCODES", "8BITMIME", "DSN", "SMTPUTF8", "CHUNKING");
  return kw;
}
