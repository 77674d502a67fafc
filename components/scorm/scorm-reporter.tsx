"use client";
/**
 * SCORM 1.2 reporting for one lesson (lib/scorm/api.ts). Loaded only in the SCORM package's build
 * (NEXT_PUBLIC_SCORM=1, see quiz-island.tsx), so the site's lesson pages carry none of it.
 * On mount it looks for the LMS's API (parents, then opener); with none (the package opened outside an
 * LMS) it does nothing at all. With one, it opens the session, listens to the quiz's own page event (the
 * one the embed bridge also reports: scoring stays in quiz-client.tsx), and finishes on pagehide.
 */
import { useEffect } from "react";
import { QUIZ_EVENT_NAME, type QuizEventDetail } from "@/components/embed/events";
import { findApi, ScormSession } from "@/lib/scorm/api";

// One session per document: the launch lesson's. Mounting again (React strict mode, or a client-side move
// to another lesson) must not initialise twice nor report another lesson's quiz into this SCO.
let session: { quizId: string; scorm: ScormSession } | null = null;

export function ScormReporter({ quizId }: { quizId: string }) {
  useEffect(() => {
    if (!session) {
      const api = findApi(window);
      if (!api) return;
      const scorm = new ScormSession(api);
      if (!scorm.start()) return;
      session = { quizId, scorm };
      window.addEventListener("pagehide", () => session?.scorm.finish());
    }
    const current = session;
    if (current.quizId !== quizId) return;
    const onQuiz = (e: Event) => {
      const d = (e as CustomEvent<QuizEventDetail>).detail;
      if (d?.type === "completed" && d.quizId === current.quizId)
        current.scorm.report({ correct: d.correct, total: d.total, passed: d.passed });
    };
    window.addEventListener(QUIZ_EVENT_NAME, onQuiz);
    return () => window.removeEventListener(QUIZ_EVENT_NAME, onQuiz);
  }, [quizId]);
  return null;
}
