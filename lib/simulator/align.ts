/**
 * Compare mode's alignment: two or three runs side by side, lined up by PHASE (connect, greeting, EHLO,
 * TLS, AUTH, envelope, data, quit, …: `Step.phase` from the engine) rather than by step number, so that
 * "TLS from the first byte" (465) and "STARTTLS after EHLO, then EHLO again" (587, 25) show up as TLS rows
 * in different places.
 *
 * How it works:
 * 1. Segments. Each run is cut into segments: maximal runs of consecutive steps with the same phase
 *    (587-starttls-auth: connect, greeting, ehlo, tls, ehlo, auth, envelope, data, quit, close).
 * 2. Pairwise alignment. Two segment sequences are aligned like a longest common subsequence on phase
 *    names: equal phases may share a row, everything else gets a row of its own with gaps in the other
 *    columns. Among all alignments, the best one maximises, in this order:
 *      a. the summed weight of the shared rows, where a shared TLS row weighs 1 and any other phase 2.
 *         A TLS row is only shared when that costs no other match, because WHERE each run does its
 *         handshake is the lesson (587 vs 465: the greetings line up and the two TLS rows stay apart);
 *      b. the number of shared rows whose segments agree on being inside TLS or not (587's second EHLO,
 *         inside TLS, pairs with 465's only EHLO, also inside TLS; 25's first EHLO with 587's first).
 *    Remaining ties go to the later occurrence (the backtrack from the end takes a match first), which
 *    pairs a one-connection run with the LAST connection of a run that retried.
 * 3. Three runs: progressive alignment. The first two are aligned into rows; the third is aligned against
 *    those rows the same way (a row "has" a phase and the TLS states of the segments in it).
 * Between two shared rows, the unshared rows come in column order: those of the earlier columns first.
 *
 * Rules: pure and deterministic; a step appears in exactly one row; rows never reorder a run's own steps
 * (each column read top to bottom is the run in order). Works for any number of columns ≥ 1.
 */
import type { Phase } from "@/lib/smtp";

/** The least a step needs for alignment: its phase and whether it travels inside TLS. */
export interface Phased {
  phase: Phase;
  tls: boolean;
}

export interface Segment<T extends Phased = Phased> {
  phase: Phase;
  /** Consecutive steps, in order, all of this phase. */
  steps: T[];
  /** Whether the segment's first step travels inside TLS. */
  tls: boolean;
  /** Index of the segment within its run (0-based). */
  index: number;
}

export interface AlignedRow<T extends Phased = Phased> {
  phase: Phase;
  /** One cell per column, in column order: that run's segment in this row, or null (a gap). */
  cells: (Segment<T> | null)[];
}

/** Weight of a shared row by phase (rule 2a above). */
export function phaseWeight(phase: Phase): number {
  return phase === "tls" ? 1 : 2;
}

/** Cuts a run into segments: maximal runs of consecutive steps with the same phase. */
export function segmentsOf<T extends Phased>(steps: readonly T[]): Segment<T>[] {
  const out: Segment<T>[] = [];
  for (const step of steps) {
    const last = out[out.length - 1];
    if (last && last.phase === step.phase) last.steps.push(step);
    else out.push({ phase: step.phase, steps: [step], tls: step.tls, index: out.length });
  }
  return out;
}

type Score = readonly [weight: number, agree: number];
const ZERO: Score = [0, 0];

function better(a: Score, b: Score): boolean {
  return a[0] !== b[0] ? a[0] > b[0] : a[1] > b[1];
}
function same(a: Score, b: Score): boolean {
  return a[0] === b[0] && a[1] === b[1];
}

/**
 * Aligns existing rows (the columns so far) with one more run's segments. Returns the new rows, each with
 * one more cell. `width` is the number of cells the existing rows have.
 */
function alignWith<T extends Phased>(
  rows: readonly AlignedRow<T>[],
  segs: readonly Segment<T>[],
  width: number,
): AlignedRow<T>[] {
  const n = rows.length;
  const m = segs.length;
  const rowTls = rows.map((r) => new Set(r.cells.filter((c) => c !== null).map((c) => c.tls)));
  const gain = (i: number, j: number): Score | null => {
    const row = rows[i];
    const seg = segs[j];
    if (!row || !seg || row.phase !== seg.phase) return null;
    return [phaseWeight(seg.phase), rowTls[i]?.has(seg.tls) ? 1 : 0];
  };
  // best[i][j] = best score aligning rows[i..] with segs[j..] (suffixes, so the backtrack runs forwards
  // and, on ties, prefers to match as late as possible: see rule 2 in the header).
  const best: Score[][] = Array.from({ length: n + 1 }, () => Array<Score>(m + 1).fill(ZERO));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      let b = best[i + 1]?.[j] ?? ZERO;
      const skipSeg = best[i]?.[j + 1] ?? ZERO;
      if (better(skipSeg, b)) b = skipSeg;
      const g = gain(i, j);
      if (g) {
        const rest = best[i + 1]?.[j + 1] ?? ZERO;
        const diag: Score = [g[0] + rest[0], g[1] + rest[1]];
        if (better(diag, b)) b = diag;
      }
      (best[i] as Score[])[j] = b;
    }
  }
  // Walk forwards. A match is taken only when skipping both sides cannot do as well, so among equal
  // alignments the shared rows sit as late as possible.
  const pairs: [number, number][] = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    const here = best[i]?.[j] ?? ZERO;
    const down = best[i + 1]?.[j] ?? ZERO;
    const right = best[i]?.[j + 1] ?? ZERO;
    if (same(down, here)) i++;
    else if (same(right, here)) j++;
    else {
      pairs.push([i, j]);
      i++;
      j++;
    }
  }
  const out: AlignedRow<T>[] = [];
  const gapRow = (r: AlignedRow<T>): AlignedRow<T> => ({ phase: r.phase, cells: [...r.cells, null] });
  const newRow = (s: Segment<T>): AlignedRow<T> => ({
    phase: s.phase,
    cells: [...Array<null>(width).fill(null), s],
  });
  let ri = 0;
  let sj = 0;
  for (const [pi, pj] of [...pairs, [n, m] as [number, number]]) {
    for (; ri < pi; ri++) out.push(gapRow(rows[ri] as AlignedRow<T>));
    for (; sj < pj; sj++) out.push(newRow(segs[sj] as Segment<T>));
    if (pi < n && pj < m) {
      const row = rows[pi] as AlignedRow<T>;
      out.push({ phase: row.phase, cells: [...row.cells, segs[pj] as Segment<T>] });
      ri = pi + 1;
      sj = pj + 1;
    }
  }
  return out;
}

/** Aligns runs (each an ordered list of steps) by phase. See the header for the rules. */
export function alignRuns<T extends Phased>(runs: readonly (readonly T[])[]): AlignedRow<T>[] {
  let rows: AlignedRow<T>[] = [];
  runs.forEach((steps, k) => {
    rows = alignWith(rows, segmentsOf(steps), k);
  });
  return rows;
}

/** The steps of one column, read top to bottom through the rows (equals the run, by construction). */
export function columnSteps<T extends Phased>(rows: readonly AlignedRow<T>[], column: number): T[] {
  return rows.flatMap((r) => r.cells[column]?.steps ?? []);
}
