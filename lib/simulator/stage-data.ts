/**
 * Everything the simulator UI needs to present one run, computed from the engine (never typed by hand):
 * the steps, the lane labels derived from the scenario's port and attacker, and a gloss for every reply
 * the run contains (meaning, cause, enhanced-code meaning, citations) for the reply tooltips.
 * Rules: pure; the UI replays this and decides nothing about the protocol.
 */
import {
  findReplyRow,
  type Port,
  type RfcRef,
  type SessionLog,
  type SessionScenario,
  type Step,
  toSteps,
} from "@/lib/smtp";
import { type EnhancedGloss, explainEnhanced } from "./enhanced-codes";

export type ReplyGloss = {
  id: string;
  code: number;
  meaning: string;
  typicalCause: string;
  whatToDo: string;
  rfc: RfcRef[];
  postfix?: string;
  enhanced: EnhancedGloss | null;
};

export type StageMeta = {
  id: string;
  title: string;
  summary: string;
  port: Port;
  theme: string;
  clientRole: string;
  serverRole: string;
  /** The middle lane: a passive eavesdropper, or an active attacker. */
  middleRole: string;
  attacker: boolean;
};

export type StageData = { meta: StageMeta; steps: Step[]; glosses: Record<string, ReplyGloss> };

export function laneRoles(
  port: Port,
  attacker: boolean,
): Pick<StageMeta, "clientRole" | "serverRole" | "middleRole"> {
  const relay = port === 25;
  return {
    clientRole: relay ? "Sending server (MTA)" : "Mail app (MUA)",
    serverRole: relay
      ? "Receiving server (MX), port 25"
      : port === 465
        ? "Submission server (MSA), port 465"
        : `Submission server (MSA), port ${port}`,
    middleRole: attacker ? "Attacker in the middle" : "The network: what an eavesdropper captures",
  };
}

export function glossesFor(steps: readonly Step[]): Record<string, ReplyGloss> {
  const out: Record<string, ReplyGloss> = {};
  for (const s of steps) {
    if (!s.reply || out[s.reply.id]) continue;
    const row = findReplyRow(s.reply.id);
    if (!row) continue;
    out[s.reply.id] = {
      id: row.id,
      code: row.code,
      meaning: row.meaning,
      typicalCause: row.typicalCause,
      whatToDo: row.whatToDo,
      rfc: row.rfc,
      ...(row.postfix ? { postfix: row.postfix } : {}),
      enhanced: s.reply.enhanced ? explainEnhanced(s.reply.enhanced) : null,
    };
  }
  return out;
}

export function stageData(
  scenario: Pick<SessionScenario, "id" | "title" | "summary" | "port" | "theme"> & { attacker?: unknown },
  log: SessionLog,
): StageData {
  const steps = toSteps(log.events);
  const attacker = !!scenario.attacker;
  return {
    meta: {
      id: scenario.id,
      title: scenario.title,
      summary: scenario.summary,
      port: scenario.port,
      theme: scenario.theme,
      attacker,
      ...laneRoles(scenario.port, attacker),
    },
    steps,
    glosses: glossesFor(steps),
  };
}
