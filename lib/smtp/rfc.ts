/**
 * Citations. Every protocol constant, reply row and narration sentence carries one or more of these,
 * so the UI can link straight to the RFC text.
 *
 * Rules: `section` is the section number as printed in that RFC (no "§"); `note` is optional and short.
 */

export interface RfcRef {
  rfc: number;
  section?: string;
}

export const rfc = (n: number, section?: string): RfcRef => (section ? { rfc: n, section } : { rfc: n });

/** "RFC 5321 §4.2.3" */
export function formatRfc(ref: RfcRef): string {
  return ref.section ? `RFC ${ref.rfc} §${ref.section}` : `RFC ${ref.rfc}`;
}

/** Link target for a citation, on the RFC Editor's HTML rendering. */
export function rfcUrl(ref: RfcRef): string {
  const base = `https://www.rfc-editor.org/rfc/rfc${ref.rfc}.html`;
  if (!ref.section) return base;
  return /^[A-Z]/.test(ref.section) ? `${base}#appendix-${ref.section}` : `${base}#section-${ref.section}`;
}
