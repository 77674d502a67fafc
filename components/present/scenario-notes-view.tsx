"use client";
/**
 * Speaker notes for a scenario: the note for the phase on screen (content/notes/scenarios.ts; a phase
 * without a note says so), and what comes NEXT — the next step's speaker, lines and narration — so the
 * teacher can ask the class to predict it before pressing the clicker.
 */
import { useMemo } from "react";
import type { SpeakerNote } from "@/lib/content/notes";
import { PHASE_LABEL, phaseAt } from "@/lib/present/phases";
import type { Phase } from "@/lib/smtp";
import { NoteCard } from "./note-card";
import { NotesFrame } from "./notes-frame";

/** What the notes window needs of one step (computed by the engine at build time). */
export type NoteStep = {
  n: number;
  phase: Phase;
  speaker: "client" | "server" | "attacker" | "none";
  speakerName: string;
  tls: boolean;
  /** Transcript lines in swaks notation (already capped). */
  lines: string[];
  more: number;
  headline: string | null;
  narration: string;
};

const SPEAKER_COLOUR: Record<NoteStep["speaker"], string> = {
  client: "var(--c-client)",
  server: "var(--c-server)",
  attacker: "var(--c-attacker)",
  none: "var(--c-muted)",
};

export function ScenarioNotesView({
  id,
  title,
  summary,
  steps,
  notes,
}: {
  id: string;
  title: string;
  summary: string;
  steps: readonly NoteStep[];
  notes: Partial<Record<Phase, SpeakerNote>>;
}) {
  const deck = useMemo(() => ({ kind: "scenario", id }) as const, [id]);
  const phases = useMemo(() => steps.map((s) => s.phase), [steps]);
  return (
    <NotesFrame
      deck={deck}
      title={title}
      kindWord="scenario"
      count={steps.length}
      positionLabel={(i, n) => (i === 0 ? `Before the connection · ${n} steps` : `Step ${i} of ${n}`)}
    >
      {(step) => {
        const phase = phaseAt(phases, step);
        const next = steps[step];
        const nextPhase = next && next.phase !== phase ? next.phase : null;
        return (
          <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_minmax(0,34rem)]">
            <div className="min-w-0 space-y-4">
              <h2 className="font-bold text-3xl leading-tight" data-notes-phase={phase ?? ""}>
                {phase ? `Phase: ${PHASE_LABEL[phase]}` : "No steps"}
              </h2>
              {step === 0 ? <p className="text-lg text-muted">{summary}</p> : null}
              <NoteCard
                note={phase ? notes[phase] : undefined}
                missing="No note for this phase yet: let the narration on the screen carry it."
              />
            </div>
            <aside aria-label="Coming up" className="min-w-0 space-y-3">
              <h2 className="font-semibold text-muted text-sm uppercase tracking-wide">Next step</h2>
              {next ? (
                <div
                  className="rounded-lg border-2 bg-surface px-4 py-3"
                  style={{ borderColor: SPEAKER_COLOUR[next.speaker] }}
                  data-notes-next={next.n}
                >
                  <p className="font-semibold" style={{ color: SPEAKER_COLOUR[next.speaker] }}>
                    Step {next.n} · {next.speakerName}
                    {next.tls ? " · in TLS" : ""}
                  </p>
                  {nextPhase ? (
                    <p className="mt-1 font-semibold">New phase: {PHASE_LABEL[nextPhase]}</p>
                  ) : null}
                  {next.headline ? <p className="mt-1">{next.headline}</p> : null}
                  {next.lines.length > 0 ? (
                    <pre className="mt-2 overflow-x-auto whitespace-pre-wrap break-all font-mono text-lg leading-snug">
                      {next.lines.join("\n")}
                      {next.more > 0 ? `\n… ${next.more} more lines` : ""}
                    </pre>
                  ) : null}
                  <p className="mt-2 text-lg leading-snug" data-notes-narration="">
                    {next.narration}
                  </p>
                </div>
              ) : (
                <p className="rounded-lg border-2 border-border border-dashed px-4 py-3 text-lg">
                  None: that was the last step.
                </p>
              )}
            </aside>
          </div>
        );
      }}
    </NotesFrame>
  );
}
