/**
 * The browser side of progress: one in-memory copy shared by every island on the page, loaded lazily from
 * localStorage and written back on each change. Blocked, full or corrupt storage never throws: progress
 * then lives in memory for this page view and `status` tells the UI to show a quiet "not saved" note.
 */
import { useSyncExternalStore } from "react";
import {
  emptyProgress,
  markRead as markReadPure,
  PROGRESS_KEY,
  type Progress,
  parseProgress,
  type QuizResult,
  recordQuiz as recordQuizPure,
  serializeProgress,
} from "@/lib/progress/progress";

export type SaveStatus = "saved" | "unavailable" | "not-saved" | "reset-corrupt";
type Snapshot = { progress: Progress; status: SaveStatus };

let snapshot: Snapshot | null = null;
const listeners = new Set<() => void>();

function readStorage(): Snapshot {
  let raw: string | null;
  try {
    raw = window.localStorage.getItem(PROGRESS_KEY);
  } catch {
    return { progress: emptyProgress(), status: "unavailable" };
  }
  const { progress, status } = parseProgress(raw);
  return { progress, status: status === "corrupt" ? "reset-corrupt" : "saved" };
}

function current(): Snapshot {
  if (!snapshot) snapshot = readStorage();
  return snapshot;
}

function emit() {
  for (const l of listeners) l();
}

function commit(progress: Progress) {
  let status: SaveStatus = "saved";
  try {
    window.localStorage.setItem(PROGRESS_KEY, serializeProgress(progress));
  } catch {
    status = current().status === "unavailable" ? "unavailable" : "not-saved";
  }
  snapshot = { progress, status };
  emit();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  const onStorage = (e: StorageEvent) => {
    if (e.key === PROGRESS_KEY || e.key === null) {
      snapshot = readStorage();
      emit();
    }
  };
  window.addEventListener("storage", onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener("storage", onStorage);
  };
}

export const progressActions = {
  markRead(slug: string, read = true) {
    commit(markReadPure(current().progress, slug, read));
  },
  recordQuiz(quizId: string, result: QuizResult) {
    commit(recordQuizPure(current().progress, quizId, result));
  },
  reset() {
    try {
      window.localStorage.removeItem(PROGRESS_KEY);
    } catch {
      // Nothing stored that we could remove; the in-memory copy is cleared below either way.
    }
    snapshot = {
      progress: emptyProgress(),
      status: current().status === "unavailable" ? "unavailable" : "saved",
    };
    emit();
  },
};

/** The learner's progress, or null during server rendering and hydration. */
export function useProgress(): Snapshot | null {
  return useSyncExternalStore(subscribe, current, () => null);
}

export const SAVE_NOTES: Record<Exclude<SaveStatus, "saved">, string> = {
  unavailable: "Your browser blocks local storage here, so progress is kept only until you leave this page.",
  "not-saved": "Progress could not be saved (browser storage is full); it is kept until you leave this page.",
  "reset-corrupt": "Saved progress could not be read, so it starts afresh.",
};
