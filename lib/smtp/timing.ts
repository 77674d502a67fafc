/**
 * Simulated latencies, in ms. Deterministic constants, chosen to look like a short Internet path so the
 * timeline is readable; the reference lab itself ran on loopback (sub-millisecond).
 *
 * Rules: every delay in the engine comes from this table or from a profile (Dovecot's AUTH delays,
 * Postfix's error tarpit), never from a clock.
 */
export const TIMING = {
  /** One-way network delay between two parties. */
  oneWayMs: 15,
  /** Server think time before a reply. */
  serverMs: 1,
  /** Client think time between receiving a reply and sending the next command. */
  clientMs: 1,
  /** Extra time for the TLS handshake's public-key work, per flight. */
  tlsCryptoMs: 2,
  /** Time the attacker needs to rewrite a packet. */
  attackerMs: 1,
  /** How long a client waits for a greeting before it speaks anyway (the j1 probe waited 5 s). */
  greetingWaitMs: 5000,
  /** How long a client waits in silence before giving up (the j2 probe read for 15 s). */
  idleGiveUpMs: 15000,
} as const;
