/**
 * The TLS model: no cryptography, only what the reference lab's packet captures show
 * (TLS 1.3, TLS_AES_256_GCM_SHA384, X25519, a 2048-bit RSA certificate for mail.example.test):
 * - ClientHello: one handshake record of 512 octets (517 on TCP), record version 0x0301.
 * - Server flight: 1389 octets = ServerHello 5+122, ChangeCipherSpec 5+1, then four encrypted records of
 *   23, 863, 281 and 69 octets (+5 each): EncryptedExtensions, Certificate, CertificateVerify, Finished.
 * - Client second flight: 80 octets = ChangeCipherSpec 5+1 and Finished 5+69.
 * - NewSessionTicket: one 250-octet record (255 on TCP), before the first SMTP byte from the server.
 * - Application data: SMTP octets + 17 (16-octet AES-GCM tag + 1 inner content-type octet), RFC 8446 §5.2.
 * - close_notify alert: a 19-octet record (2 + 1 + 16).
 * Rules: sizes are constants with their source; ciphertext comes from the caller's seeded Prng.
 */

import type { Prng } from "./prng";
import { type TlsRecord, tlsRecord } from "./wire";

/** RFC 8446 §5.2: 16-octet AEAD tag + 1 octet inner content type. */
export const TLS13_RECORD_OVERHEAD = 17;
/** RFC 8446 §5.1: type(1) + legacy_record_version(2) + length(2). */
export const TLS_RECORD_HEADER = 5;

export const TLS_SESSION = {
  version: "TLSv1.3",
  cipher: "TLS_AES_256_GCM_SHA384",
  bits: 256,
  keyExchange: "X25519",
  peerDn: "/CN=mail.example.test",
} as const;

export type TlsFlightName = "client-hello" | "server-hello" | "client-finished" | "new-session-ticket";

export const FLIGHT_LABELS: Record<TlsFlightName, string> = {
  "client-hello": "ClientHello",
  "server-hello":
    "ServerHello, ChangeCipherSpec, EncryptedExtensions, Certificate, CertificateVerify, Finished",
  "client-finished": "ChangeCipherSpec, Finished",
  "new-session-ticket": "NewSessionTicket",
};

export function flightRecords(name: TlsFlightName, prng: Prng, clientHello?: Uint8Array): TlsRecord[] {
  switch (name) {
    case "client-hello":
      return [tlsRecord(22, 512, "ClientHello", prng, "0x0301", clientHello?.subarray(5))];
    case "server-hello":
      return [
        tlsRecord(22, 122, "ServerHello", prng),
        tlsRecord(20, 1, "ChangeCipherSpec (compatibility)", prng, "0x0303", new Uint8Array([1])),
        tlsRecord(23, 23, "EncryptedExtensions (inferred)", prng),
        tlsRecord(23, 863, "Certificate (inferred)", prng),
        tlsRecord(23, 281, "CertificateVerify (inferred)", prng),
        tlsRecord(23, 69, "Finished (inferred)", prng),
      ];
    case "client-finished":
      return [
        tlsRecord(20, 1, "ChangeCipherSpec (compatibility)", prng, "0x0303", new Uint8Array([1])),
        tlsRecord(23, 69, "Finished (inferred)", prng),
      ];
    case "new-session-ticket":
      return [tlsRecord(23, 250, "NewSessionTicket (inferred)", prng)];
  }
}

export function appDataRecord(smtpBytes: number, prng: Prng): TlsRecord {
  return tlsRecord(23, smtpBytes + TLS13_RECORD_OVERHEAD, "application data (SMTP)", prng);
}

export function closeNotifyRecord(prng: Prng): TlsRecord {
  return tlsRecord(23, 19, "close_notify alert (inferred)", prng);
}

/**
 * A realistic 517-octet TLS 1.3 ClientHello (the shape OpenSSL 3 sends, with SNI and padding).
 * With SNI mail.example.test its 0x0a octets fall at offsets 153 (extension type supported_groups) and
 * 209 (signature scheme 0x080a), exactly as in the reference j2 capture; random fields never hold 0x0a.
 */
export function buildClientHello(prng: Prng, sni: string | null = "mail.example.test"): Uint8Array {
  const noLf = (n: number): number[] => Array.from(prng.bytes(n), (b) => (b === 0x0a ? 0x0b : b));
  const u16 = (n: number): number[] => [(n >> 8) & 255, n & 255];
  const random = noLf(32);
  random[0] = 0xc3; // keep the first line invalid UTF-8 whatever the seed (0xc3 then a non-continuation octet)
  random[1] = 0x28;
  const suites = [
    0x1302, 0x1303, 0x1301, 0xc02c, 0xc030, 0xc02b, 0xc02f, 0xcca9, 0xcca8, 0xc024, 0xc028, 0xc023, 0xc027,
    0x009f, 0x009e, 0x006b, 0x0067, 0x00ff,
  ];
  const ext: number[] = [];
  if (sni) {
    const name = Array.from(sni, (c) => c.charCodeAt(0));
    ext.push(0, 0, ...u16(name.length + 5), ...u16(name.length + 3), 0, ...u16(name.length), ...name);
  }
  ext.push(0x00, 0x0b, 0x00, 0x04, 0x03, 0x00, 0x01, 0x02); // ec_point_formats
  const groups = [0x001d, 0x0017, 0x001e, 0x0019, 0x0018, 0x0100, 0x0101, 0x0102, 0x0103, 0x0104];
  ext.push(0x00, 0x0a, ...u16(groups.length * 2 + 2), ...u16(groups.length * 2), ...groups.flatMap(u16));
  ext.push(0x00, 0x23, 0x00, 0x00, 0x00, 0x16, 0x00, 0x00, 0x00, 0x17, 0x00, 0x00);
  const sigs = [
    0x0403, 0x0503, 0x0603, 0x0807, 0x0808, 0x0809, 0x080a, 0x080b, 0x0804, 0x0805, 0x0806, 0x0401, 0x0501,
    0x0601, 0x0303, 0x0203, 0x0301, 0x0201, 0x0402, 0x0502, 0x0602,
  ];
  ext.push(0x00, 0x0d, ...u16(sigs.length * 2 + 2), ...u16(sigs.length * 2), ...sigs.flatMap(u16));
  ext.push(0x00, 0x2b, 0x00, 0x05, 0x04, 0x03, 0x04, 0x03, 0x03); // supported_versions
  ext.push(0x00, 0x2d, 0x00, 0x02, 0x01, 0x01); // psk_key_exchange_modes
  ext.push(0x00, 0x33, 0x00, 0x26, 0x00, 0x24, 0x00, 0x1d, 0x00, 0x20, ...noLf(32)); // key_share x25519
  const body = [
    0x03,
    0x03,
    ...random,
    0x20,
    ...noLf(32),
    ...u16(suites.length * 2),
    ...suites.flatMap(u16),
    0x01,
    0x00,
  ];
  // Pad (RFC 7685) so that the handshake message is 508 octets and the record 512.
  const fixed = body.length + 2 + ext.length;
  const pad = 508 - fixed - 4;
  if (pad >= 0) ext.push(0x00, 0x15, ...u16(pad), ...new Array<number>(pad).fill(0));
  const hs = [...body, ...u16(ext.length), ...ext];
  const msg = [0x01, 0x00, ...u16(hs.length), ...hs];
  return Uint8Array.from([0x16, 0x03, 0x01, ...u16(msg.length), ...msg]);
}
