/**
 * One speaker note as the teacher reads it at a glance: what to say, the question to put to the class with
 * the answer to listen for, and the minutes to spend. Missing notes say so plainly.
 */
import type { SpeakerNote } from "@/lib/content/notes";

export function NoteCard({ note, missing }: { note: SpeakerNote | undefined; missing: string }) {
  if (!note) {
    return (
      <p
        className="rounded-lg border-2 border-border border-dashed px-5 py-4 text-muted text-xl"
        data-note=""
      >
        {missing}
      </p>
    );
  }
  return (
    <div className="space-y-4" data-note="">
      <section aria-label="Say" className="rounded-lg border-2 border-border bg-surface px-5 py-4">
        <p className="font-semibold text-muted text-sm uppercase tracking-wide" aria-hidden="true">
          Say
          {note.minutes ? (
            <span className="ml-3 normal-case tracking-normal">about {note.minutes} min</span>
          ) : null}
        </p>
        <p className="mt-1 text-2xl leading-snug" data-note-say="">
          {note.say}
        </p>
        {note.minutes ? <p className="sr-only">About {note.minutes} minutes.</p> : null}
      </section>
      {note.ask ? (
        <section
          aria-label="Ask the class"
          className="rounded-lg border-2 px-5 py-4"
          style={{ borderColor: "var(--c-accent)" }}
        >
          <p
            className="font-semibold text-sm uppercase tracking-wide"
            style={{ color: "var(--c-accent)" }}
            aria-hidden="true"
          >
            Ask the class
          </p>
          <p className="mt-1 font-semibold text-2xl leading-snug" data-note-ask="">
            {note.ask.question}
          </p>
          <p className="mt-3 text-xl leading-snug">
            <span className="font-semibold">Listen for: </span>
            {note.ask.listenFor}
          </p>
        </section>
      ) : null}
    </div>
  );
}
