/**
 * SASL PLAIN (RFC 4616) and LOGIN (draft-murchison-sasl-login) decoding, shared by the server (to check a
 * password) and the attacker (to read one it intercepted). Base64 is an encoding, not encryption.
 *
 * Rules: pure, total; a malformed message decodes to null, never throws.
 */

import { base64Decode, base64Encode, fromUtf8, utf8 } from "./bytes";

export interface PlainCredentials {
  authzid: string;
  user: string;
  password: string;
}

/** RFC 4616 §2: message = [authzid] UTF8NUL authcid UTF8NUL passwd. */
export function decodePlain(b64: string): PlainCredentials | null {
  const raw = base64Decode(b64);
  if (!raw) return null;
  const parts: Uint8Array[] = [];
  let start = 0;
  for (let i = 0; i < raw.length; i++) {
    if (raw[i] === 0) {
      parts.push(raw.subarray(start, i));
      start = i + 1;
    }
  }
  parts.push(raw.subarray(start));
  if (parts.length !== 3) return null;
  const [authzid, user, password] = parts.map((p) => fromUtf8(p)) as [string, string, string];
  if (!user) return null;
  return { authzid, user, password };
}

export function encodePlain(user: string, password: string, authzid = ""): string {
  return base64Encode(utf8(`${authzid}\0${user}\0${password}`));
}

/** A LOGIN step: one base64 line holding the user name or the password. */
export function decodeLoginField(b64: string): string | null {
  const raw = base64Decode(b64);
  return raw ? fromUtf8(raw) : null;
}

/** The LOGIN mechanism's prompts, base64 of "Username:" and "Password:". */
export const LOGIN_USERNAME_PROMPT = "VXNlcm5hbWU6";
export const LOGIN_PASSWORD_PROMPT = "UGFzc3dvcmQ6";
