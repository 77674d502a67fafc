/**
 * Speaker notes for presenter mode: written content for the teacher (what to say, what to ask the class),
 * keyed by a lesson's section heading id or a scenario phase. Never a copy of the on-screen narration.
 */
export type SpeakerNote = {
  /** What the teacher says while this section or phase is on screen (2–4 sentences). */
  say: string;
  /** A question to put to the class, with the answer to listen for. */
  ask?: { question: string; listenFor: string };
  /** Rough minutes to spend here. */
  minutes?: number;
};

/** Notes for one lesson: heading id (as in the lesson's table of contents) → note. */
export type LessonNotes = Record<string, SpeakerNote>;
