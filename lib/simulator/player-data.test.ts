import { describe, expect, it } from "vitest";
import { scenarios } from "@/content/scenarios";
import { runScenario, toSteps } from "@/lib/smtp";
import { playerData } from "./player-data";

describe("playerData (what /stage-data/<id>.json serves)", () => {
  it("gives every scenario its kind of data, computed by the engine", () => {
    for (const s of scenarios) {
      const p = playerData(s);
      expect(p.kind, s.id).toBe(s.kind);
      expect(p.data.meta.id).toBe(s.id);
      if (s.kind === "session" && p.kind === "session") {
        expect(p.data.steps).toEqual(toSteps(runScenario(s).events));
      }
      // It survives the trip through JSON unchanged (the route sends it as JSON).
      expect(JSON.parse(JSON.stringify(p))).toEqual(p);
    }
  });
});
