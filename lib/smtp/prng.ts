/**
 * A seeded pseudo-random generator (mulberry32) for everything that looks random:
 * TLS ciphertext bytes, ClientHello random fields, queue-id parts.
 *
 * Rules of this module:
 * - Never the platform's random source: the same seed gives the same sequence on every machine (ARCHITECTURE rule 2).
 * - Cheap to fork: derive(seed, label) gives an independent stream per purpose, so adding a draw in one
 *   place does not shift the bytes drawn somewhere else.
 */

export interface Prng {
  /** Next 32-bit unsigned integer. */
  next(): number;
  /** n pseudo-random bytes. */
  bytes(n: number): Uint8Array;
  /** Integer in [0, max). */
  int(max: number): number;
}

export function createPrng(seed: number): Prng {
  let a = seed >>> 0;
  const next = (): number => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  };
  return {
    next,
    bytes(n: number): Uint8Array {
      const out = new Uint8Array(Math.max(0, n));
      for (let i = 0; i < out.length; i += 4) {
        const v = next();
        out[i] = v & 255;
        if (i + 1 < out.length) out[i + 1] = (v >>> 8) & 255;
        if (i + 2 < out.length) out[i + 2] = (v >>> 16) & 255;
        if (i + 3 < out.length) out[i + 3] = (v >>> 24) & 255;
      }
      return out;
    },
    int(max: number): number {
      return max <= 0 ? 0 : next() % max;
    },
  };
}

/** FNV-1a over a label, mixed with a seed: a stable sub-seed per purpose. */
export function deriveSeed(seed: number, label: string): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < label.length; i++) {
    h ^= label.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}
