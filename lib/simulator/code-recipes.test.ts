import { describe, expect, it } from "vitest";
import { scenarios } from "@/content/scenarios";
import { Lockstep, REPLY_TABLE, runScenario, toSteps } from "@/lib/smtp";
import { CODE_RECIPES } from "./code-recipes";

const shownByScenarios = new Set(
  scenarios.flatMap((s) =>
    s.kind === "session"
      ? toSteps(runScenario(s).events).flatMap((st) => (st.reply ? [st.reply.id] : []))
      : [],
  ),
);

describe("code recipes", () => {
  it("every reply is shown by a scenario or has a recipe", () => {
    const missing = REPLY_TABLE.map((r) => r.id).filter(
      (id) => !shownByScenarios.has(id) && !CODE_RECIPES[id],
    );
    expect(missing).toEqual([]);
  });

  it("recipes only name replies that exist", () => {
    const ids = new Set(REPLY_TABLE.map((r) => r.id));
    for (const id of Object.keys(CODE_RECIPES)) expect(ids.has(id), id).toBe(true);
  });

  for (const [id, recipe] of Object.entries(CODE_RECIPES)) {
    if (recipe.kind !== "console") continue;
    it(`typing the recipe for ${id} on port ${recipe.port} makes the server send it`, () => {
      const session = new Lockstep({ port: recipe.port });
      for (const line of recipe.lines) session.send(line);
      const replies = session.events.flatMap((e) => (e.kind === "ServerReplied" ? [e.reply.id] : []));
      expect(replies).toContain(id);
    });
  }
});
