/**
 * The page-level events the embed bridge listens to and sends, by name. They are declared by the widgets
 * (simulator-view.tsx, quiz-client.tsx); repeated here so that an embed of the port chooser does not
 * pull the simulator's code into its bundle. The type annotations make the build fail if the names drift.
 */
import type { QUIZ_EVENT } from "@/components/quiz/quiz-client";
import type { PLAYER_COMMAND, PLAYER_EVENT } from "@/components/simulator/simulator-view";

export type { QuizEventDetail } from "@/components/quiz/quiz-client";
export type { PlayerCommand, PlayerEventDetail } from "@/components/simulator/simulator-view";

export const PLAYER_EVENT_NAME: typeof PLAYER_EVENT = "smtp-lab:player";
export const PLAYER_COMMAND_NAME: typeof PLAYER_COMMAND = "smtp-lab:command";
export const QUIZ_EVENT_NAME: typeof QUIZ_EVENT = "smtp-lab:quiz";
