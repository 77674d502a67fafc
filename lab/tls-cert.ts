/**
 * The lab's TLS certificate: self-signed RSA-2048 for mail.example.test (as the reference lab's), made
 * on first start with `selfsigned` and kept in `.lab/` (git-ignored), renewed when it is about to expire.
 * Clients must be told to accept it (swaks and openssl do by default; Nodemailer, smtplib and
 * Thunderbird need `rejectUnauthorized: false`, an unverified context, or a one-time exception).
 */
import { X509Certificate } from "node:crypto";
import { chmod, mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { generate } from "selfsigned";

export const CERT_HOST = "mail.example.test";

export interface LabCertificate {
  key: string;
  cert: string;
  /** SHA-256 fingerprint, colon-separated hex (what openssl x509 -fingerprint -sha256 prints). */
  sha256: string;
  subject: string;
  validTo: Date;
  created: boolean;
}

const DAY = 86_400_000;

function certInfo(cert: string, key: string, created: boolean): LabCertificate {
  const x = new X509Certificate(cert);
  return {
    key,
    cert,
    sha256: x.fingerprint256,
    subject: x.subject.replace(/\n/g, ", "),
    validTo: new Date(x.validTo),
    created,
  };
}

/** Loads the certificate from `dir`, or makes one (and the folder) when there is none or it expires within a week. */
export async function ensureCertificate(dir: string, now = new Date()): Promise<LabCertificate> {
  const certPath = path.join(dir, "cert.pem");
  const keyPath = path.join(dir, "key.pem");
  try {
    const [cert, key] = await Promise.all([readFile(certPath, "utf8"), readFile(keyPath, "utf8")]);
    const found = certInfo(cert, key, false);
    if (found.validTo.getTime() - now.getTime() > 7 * DAY && found.subject.includes(CERT_HOST)) return found;
  } catch {
    // Missing or unreadable: make a new one below.
  }
  const notAfter = new Date(now.getTime() + 365 * DAY);
  const pems = await generate([{ name: "commonName", value: CERT_HOST }], {
    keyType: "rsa",
    keySize: 2048,
    algorithm: "sha256",
    notBeforeDate: new Date(now.getTime() - DAY),
    notAfterDate: notAfter,
    extensions: [
      { name: "basicConstraints", cA: false },
      { name: "keyUsage", digitalSignature: true, keyEncipherment: true, critical: true },
      { name: "extKeyUsage", serverAuth: true },
      {
        name: "subjectAltName",
        altNames: [
          { type: 2, value: CERT_HOST },
          { type: 2, value: "localhost" },
          { type: 7, ip: "127.0.0.1" },
        ],
      },
    ],
  });
  await mkdir(dir, { recursive: true });
  await writeFile(keyPath, pems.private, { mode: 0o600 });
  await chmod(keyPath, 0o600);
  await writeFile(certPath, pems.cert);
  return certInfo(pems.cert, pems.private, true);
}
