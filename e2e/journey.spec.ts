/**
 * The journey view (issue 4, point 8): every store-and-forward scenario plays to its end with the outcome
 * the engine computes; the retry times on the page follow the engine's configured schedule (expected times
 * come from the engine in this test: the journey log and nextAttemptTime, never typed-in numbers); the
 * clock visibly jumps through the waits; bounces show MAIL FROM:<> and the DSN fields the engine wrote;
 * the delivered message shows the engine's Received: lines; each hop's SMTP session opens in the stage;
 * keyboard control; deep links; reduced motion never autoplays and never animates; no-JS timeline; axe.
 * The player is driven step by step (no timed assertions).
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Locator, Page } from "@playwright/test";
import { scenarios } from "../content/scenarios";
import { formatClock, formatWait } from "../lib/simulator/journey-time";
import {
  dsnRecipientFields,
  type JourneyEvent,
  type JourneyLog,
  type JourneyScenario,
  nextAttemptTime,
  queueLifetime,
  runJourney,
  transcript,
} from "../lib/smtp";
import { axe } from "./axe";
import { expect, test } from "./fixtures";

/** A value the test needs, or a clear failure. */
function must<T>(x: T | undefined | null, what: string): T {
  if (x === undefined || x === null) throw new Error(`missing: ${what}`);
  return x;
}

/**
 * Visible motion inside the journey player (the flights, the clock's fast-forward badge): animations that
 * last longer than a frame. Reduced motion squeezes CSS transitions to 0.01 ms; those are not motion.
 */
function journeyAnimations(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      document.getAnimations().filter((a) => {
        const effect = a.effect as KeyframeEffect | null;
        const target = effect?.target;
        const duration = Number(effect?.getComputedTiming().duration ?? 0);
        return duration > 20 && target instanceof Element && !!target.closest("section[data-journey]");
      }).length,
  );
}

const journeys = scenarios.filter((s): s is JourneyScenario => s.kind === "journey");
const logOf = (s: JourneyScenario): JourneyLog => runJourney(s.journey, { seed: s.seed ?? 1, id: s.id });
const byId = (id: string) => {
  const s = journeys.find((j) => j.id === id);
  if (!s) throw new Error(`no journey ${id}`);
  return s;
};
type Ev<K extends JourneyEvent["kind"]> = Extract<JourneyEvent, { kind: K }>;
const eventsOf = <K extends JourneyEvent["kind"]>(log: JourneyLog, k: K) =>
  log.events.filter((e): e is Ev<K> => e.kind === k);

function player(page: Page): Locator {
  return page.locator("section[data-journey]").first();
}

async function open(page: Page, id: string, query = "") {
  await page.goto(`/simulator/${id}${query}`);
  await expect(player(page)).toHaveAttribute("data-ready", "true");
}

async function stepCount(page: Page): Promise<number> {
  return Number(await page.getByRole("slider", { name: "Step" }).getAttribute("max"));
}

async function axeClean(page: Page) {
  const results = await axe(page).analyze();
  return results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`,
  );
}

test.describe("every journey scenario plays to its end", () => {
  test.use({ reducedMotion: "reduce" });

  for (const s of journeys) {
    test(`${s.id}: step by step to the engine's outcome`, async ({ page }) => {
      if (s.journey.hosts.some((h) => h.downUntilMs !== undefined)) test.slow(); // days of retries: many steps
      const log = logOf(s);
      const bounced = log.outcome.bounced.length > 0;
      await open(page, s.id);
      const root = player(page);
      await expect(root).toHaveAttribute("data-state", "idle");
      await expect(root).toHaveAttribute("data-outcome", bounced ? "bounced" : "delivered");
      const count = await stepCount(page);
      expect(count).toBeGreaterThan(0);
      expect(count).toBeLessThanOrEqual(log.events.length);

      const next = page.getByRole("button", { name: "Next step" });
      for (let n = 1; n <= count; n++) {
        await next.click();
        await expect(root).toHaveAttribute("data-step", String(n));
      }
      await expect(root).toHaveAttribute("data-state", "ended");
      await expect(next).toBeDisabled();
      await expect(page.locator("[data-outcome-shown]")).toContainText(bounced ? "Bounced" : "Delivered");
      // The clock ends at the engine's last event.
      const last = log.events.at(-1);
      await expect(page.locator("[data-clock-value]")).toHaveText(`T+${formatClock(last?.t ?? 0)}`);

      if (bounced) {
        const sent = eventsOf(log, "BounceSent")[0];
        expect(sent?.envelopeFrom).toBe("");
        const fields = dsnRecipientFields(sent?.dsn ?? [])[0] ?? {};
        const report = page.locator("[data-bounce]");
        await expect(report).toContainText("MAIL FROM:<>");
        await expect(report.locator('[data-dsn-field="Action"]').first()).toHaveText(fields.Action ?? "");
        await expect(report.locator('[data-dsn-field="Status"]').first()).toHaveText(fields.Status ?? "");
        await expect(report.locator('[data-dsn-field="Diagnostic-Code"]').first()).toHaveText(
          fields["Diagnostic-Code"] ?? "",
        );
        await expect(page.locator("[data-bounce-path]")).toHaveAttribute("data-bounce-path", "active");
        await expect(root).toHaveAttribute("data-speaker", "mailbox");
        await expect(
          page.locator('[data-place="sender-mailbox"] [data-token-static="bounce"]'),
        ).toBeVisible();
      } else {
        const delivered = eventsOf(log, "Delivered")[0];
        const received = (delivered?.message ?? []).filter((l) => l.startsWith("Received:"));
        expect(received.length).toBeGreaterThanOrEqual(2);
        const shown = page.locator('[data-final-message] [data-header="received"]');
        await expect(shown).toHaveCount(received.length);
        for (const [i, line] of received.entries()) {
          // The engine's folded header line, shown as is (continuation lines start with a tab).
          expect(await shown.nth(i).textContent()).toBe(line);
        }
        await expect(page.locator('[data-place="mailbox"] [data-token-static="message"]')).toBeVisible();
        await expect(page.locator("[data-bounce-path]")).toHaveAttribute("data-bounce-path", "idle");
      }
    });
  }
});

test.describe("retries follow the engine's schedule", () => {
  test.use({ reducedMotion: "reduce" });

  test("delivery-mx-down-bounce: every deferral, the clock's jumps, the day counter, the give-up and the bounce", async ({
    page,
  }) => {
    test.slow(); // 73 steps, each checked against the engine
    const s = byId("delivery-mx-down-bounce");
    const log = logOf(s);
    const policy = s.journey.retry ?? "rfc5321";
    const arrival = eventsOf(log, "QueuedAt")[0]?.t ?? 0;
    const deferred = eventsOf(log, "Deferred");
    expect(deferred.length).toBeGreaterThan(10);
    // The engine's schedule, recomputed here from its own function: first retry after 30 min, then every 2 h.
    const expected = deferred.map((e) => nextAttemptTime(policy, arrival, e.t, e.attempt));
    expect(expected).toEqual(deferred.map((e) => e.nextAttemptAt));
    const firstWait = must(expected[0], "first retry") - must(deferred[0], "first deferral").t;
    expect(firstWait).toBe(nextAttemptTime(policy, 0, 0, 1));
    expect(formatWait(firstWait)).toBe("30 min");
    expect(new Set(expected.slice(1).map((x, i) => x - must(deferred[i + 1], "deferred[i + 1]").t))).toEqual(
      new Set([nextAttemptTime(policy, 0, 0, 2)]),
    );

    await open(page, s.id);
    // The timeline (server-rendered, all of it) lists every deferral with the engine's times.
    const rows = page.locator("[data-journey-timeline] li[data-next-attempt]");
    await expect(rows).toHaveCount(deferred.length);
    const shownNext = await rows.evaluateAll((els) =>
      els.map((el) => Number(el.getAttribute("data-next-attempt"))),
    );
    expect(shownNext).toEqual(expected);
    for (const [i, e] of deferred.entries()) {
      const row = rows.nth(i);
      await expect(row).toContainText(
        `next attempt in ${formatWait(must(expected[i], "expected[i]") - e.t)}`,
      );
      await expect(row).toContainText(`at ${formatClock(must(expected[i], "expected[i]"))}`);
    }

    // Step through: after each deferral the clock jumps by exactly the wait, to the next attempt's time.
    const root = player(page);
    const count = await stepCount(page);
    const next = page.getByRole("button", { name: "Next step" });
    let seenJumps = 0;
    let deferredSeen = 0;
    for (let n = 1; n <= count; n++) {
      await next.click();
      await expect(root).toHaveAttribute("data-step", String(n));
      const jump = Number(await page.locator("[data-clock-jump]").getAttribute("data-clock-jump"));
      if (jump >= 60_000) {
        // The wait that the previous deferral scheduled.
        const k = deferredSeen - 1;
        const prev = deferred[k];
        expect(prev, `a jump at step ${n} must follow a deferral`).toBeDefined();
        const wait = must(expected[k], "expected[k]") - must(prev, "prev").t;
        expect(jump).toBe(wait);
        await expect(page.locator("[data-clock-jump]")).toHaveText(`+${formatWait(wait)}`);
        await expect(page.locator("[data-clock-value]")).toHaveText(
          `T+${formatClock(must(expected[k], "expected[k]"))}`,
        );
        seenJumps++;
      }
      const detail = page.locator("[data-step-detail] [data-next-attempt]");
      if ((await detail.count()) > 0) {
        await expect(detail).toHaveAttribute("data-next-attempt", String(expected[deferredSeen]));
        deferredSeen++;
      }
    }
    expect(deferredSeen).toBe(deferred.length);
    expect(seenJumps).toBe(deferred.length);

    // The give-up: after the queue lifetime; the day counter shows the day the engine gave up on.
    const gave = must(eventsOf(log, "GaveUp")[0], "GaveUp event");
    expect(gave.afterMs).toBeGreaterThanOrEqual(queueLifetime(policy));
    const day = Math.floor((gave.t - arrival) / 86_400_000) + 1;
    await expect(page.locator("[data-day]")).toHaveAttribute("data-day", String(day));
    await expect(page.locator("[data-day]")).toHaveText(`Day ${day}`);
    const gaveRow = page.locator('[data-journey-timeline] li[data-kind="GaveUp"]');
    await expect(gaveRow).toContainText(
      `Gave up after ${formatWait(gave.afterMs)} and ${gave.attempts} attempts`,
    );
    await expect(page.locator('[data-journey-timeline] li[data-kind="BounceSent"]')).toContainText(
      "MAIL FROM:<>",
    );
  });

  test("delivery-greylisted-retry: the 4xx, the wait, and delivery on the retry at the scheduled time", async ({
    page,
  }) => {
    const s = byId("delivery-greylisted-retry");
    const log = logOf(s);
    const d = must(eventsOf(log, "Deferred")[0], "Deferred event");
    const arrival = must(eventsOf(log, "QueuedAt")[0], "QueuedAt event").t;
    const at = nextAttemptTime(s.journey.retry ?? "rfc5321", arrival, d.t, d.attempt);
    await open(page, s.id);
    const row = page.locator("[data-journey-timeline] li[data-next-attempt]");
    await expect(row).toHaveCount(1);
    await expect(row).toHaveAttribute("data-next-attempt", String(at));
    const delivered = must(eventsOf(log, "Delivered")[0], "Delivered event");
    expect(delivered.t).toBeGreaterThanOrEqual(at);
    await page.keyboard.press("End");
    await expect(player(page)).toHaveAttribute("data-state", "ended");
    await expect(page.locator("[data-clock-value]")).toHaveText(`T+${formatClock(delivered.t)}`);
  });
});

test.describe("keyboard and hops", () => {
  test("Space, arrows, PageUp/PageDown, Home/End drive the journey; keys inside a hop's session drive only that session", async ({
    page,
  }) => {
    const s = byId("delivery-direct");
    const log = logOf(s);
    await open(page, s.id);
    const root = player(page);
    // Page-wide keys (nothing focused).
    await page.keyboard.press("ArrowRight");
    await expect(root).toHaveAttribute("data-step", "1");
    await page.keyboard.press("ArrowRight");
    await expect(root).toHaveAttribute("data-step", "2");
    await page.keyboard.press("ArrowLeft");
    await expect(root).toHaveAttribute("data-step", "1");
    // A presentation clicker's keys.
    await page.keyboard.press("PageDown");
    await expect(root).toHaveAttribute("data-step", "2");
    await page.keyboard.press("PageUp");
    await expect(root).toHaveAttribute("data-step", "1");
    await page.keyboard.press("End");
    await expect(root).toHaveAttribute("data-state", "ended");
    await page.keyboard.press("Home");
    await expect(root).toHaveAttribute("data-step", "0");
    await expect(root).toHaveAttribute("data-state", "idle");
    // Space plays and pauses (slowest speed, so it is still playing when paused).
    await page.getByRole("combobox", { name: "Speed" }).selectOption("0.25");
    await page.getByRole("heading", { level: 1 }).click(); // focus back to the page
    await page.keyboard.press("Space");
    await expect(root).toHaveAttribute("data-state", "playing");
    await page.keyboard.press("Space");
    await expect(root).not.toHaveAttribute("data-state", "playing");
    // Buttons by keyboard.
    await page.keyboard.press("Home");
    await page.getByRole("button", { name: "Next step" }).focus();
    await page.keyboard.press("Enter");
    await expect(root).toHaveAttribute("data-step", "1");
    // The current step's "Watch this hop's SMTP session" opens hop 1 in the simulator stage.
    await page.getByRole("button", { name: "Watch this hop's SMTP session", exact: true }).click();
    const hop = page.locator('[data-simulator="delivery-direct-hop-1"]');
    await expect(hop).toBeVisible();
    // Its transcript is the engine's, line for line.
    const lines = await hop.locator("[data-transcript-line]").allTextContents();
    expect(lines).toEqual(transcript(must(log.hops[0], "log.hops[0]").log.events));
    // Keys inside the hop's stage move the hop, not the journey.
    await hop.locator("[data-stage]").focus();
    await page.keyboard.press("ArrowRight");
    await expect(hop).toHaveAttribute("data-step", "1");
    await expect(root).toHaveAttribute("data-step", "1");
  });

  test("a deep link opens paused at its step; bad values fall back with a visible note", async ({ page }) => {
    await open(page, "delivery-mx-down-bounce", "?step=6");
    await expect(player(page)).toHaveAttribute("data-step", "6");
    await expect(player(page)).toHaveAttribute("data-state", "paused");
    await expect(player(page)).toHaveAttribute("data-speaker", "queue");
    await open(page, "delivery-direct", "?step=1000000000");
    await expect(player(page)).toHaveAttribute("data-state", "ended");
    await expect(page.getByRole("status").filter({ hasText: /step/i })).toBeVisible();
    await open(page, "delivery-direct", `?step=${encodeURIComponent("<script>alert(1)</script>")}`);
    await expect(player(page)).toHaveAttribute("data-step", "0");
    await expect(page.getByRole("status").filter({ hasText: "is not a step number" })).toBeVisible();
  });
});

test.describe("motion", () => {
  test.describe("reduced motion", () => {
    test.use({ reducedMotion: "reduce" });
    test("never autoplays and never animates; the acting node is still marked", async ({ page }) => {
      await open(page, "delivery-mailbox-full-bounce");
      const root = player(page);
      await expect(root).toHaveAttribute("data-reduced-motion", "true");
      await root.scrollIntoViewIfNeeded();
      await expect(root).toHaveAttribute("data-state", "idle");
      await expect(root).toHaveAttribute("data-step", "0");
      for (let n = 1; n <= 6; n++) {
        await page.keyboard.press("ArrowRight");
        await expect(root).toHaveAttribute("data-step", String(n));
        expect(await journeyAnimations(page)).toBe(0);
        await expect(page.locator('[data-place][data-active="true"]')).toHaveCount(1);
      }
      await expect(root).toHaveAttribute("data-state", "paused");
    });
  });

  test.describe("motion allowed", () => {
    test.use({ reducedMotion: "no-preference" });
    test("stepping forward flies the message and fast-forwards the clock; nothing starts by itself", async ({
      page,
    }) => {
      await open(page, "delivery-greylisted-retry");
      const root = player(page);
      await expect(root).toHaveAttribute("data-reduced-motion", "false");
      await expect(root).toHaveAttribute("data-state", "idle");
      await page.getByRole("combobox", { name: "Speed" }).selectOption("0.25");
      await page.getByRole("heading", { level: 1 }).click(); // focus back to the page
      await page.keyboard.press("ArrowRight"); // MUA → MSA: a flight of 2.4 s at 0.25×
      await expect.poll(() => journeyAnimations(page)).toBeGreaterThan(0);
      await page.keyboard.press("End");
      await expect(root).toHaveAttribute("data-state", "ended");
      await expect.poll(() => journeyAnimations(page)).toBe(0);
    });
  });
});

test("without JavaScript the whole timeline, the hops' transcripts and the bounce are in the page", async ({
  browser,
}) => {
  const ctx = await browser.newContext({ javaScriptEnabled: false });
  const page = await ctx.newPage();
  const s = byId("delivery-mx-down-bounce");
  const log = logOf(s);
  await page.goto(`/simulator/${s.id}`);
  const list = page.getByRole("list", { name: "Journey timeline" });
  await expect(list).toBeVisible();
  expect(await list.evaluate((el) => el.tagName)).toBe("OL");
  await expect(list.locator("li[data-next-attempt]")).toHaveCount(eventsOf(log, "Deferred").length);
  await expect(list.locator('li[data-kind="BounceDelivered"]')).toHaveCount(1);
  await expect(page.locator("[data-bounce]")).toContainText("MAIL FROM:<>");
  const hop = page.locator("details[data-hop='1']");
  await hop.locator("summary").click();
  await expect(hop.locator("pre")).toContainText("AUTH PLAIN");
  await ctx.close();
});

for (const id of ["delivery-mx-down-bounce", "delivery-direct"]) {
  for (const scheme of ["light", "dark"] as const) {
    test(`${id}: no axe violations mid-journey, at the end, and with a hop open (${scheme})`, async ({
      page,
    }) => {
      test.slow(); // axe over a large page, three times
      await page.emulateMedia({ colorScheme: scheme, reducedMotion: "reduce" });
      await open(page, id, "?step=4");
      expect(await axeClean(page)).toEqual([]);
      await page.keyboard.press("End");
      await expect(player(page)).toHaveAttribute("data-state", "ended");
      await page.locator("details[data-hop='1'] summary").click();
      await expect(page.locator(`[data-simulator="${id}-hop-1"]`)).toBeVisible();
      expect(await axeClean(page)).toEqual([]);
    });
  }
}

// Lessons that embed <Journey scenario="…" />: the still is server-rendered, the player loads lazily.
const lessonDir = path.join(process.cwd(), "content", "lessons");
const embeds = readdirSync(lessonDir)
  .filter((f) => f.endsWith(".mdx"))
  .flatMap((f) =>
    [...readFileSync(path.join(lessonDir, f), "utf8").matchAll(/<Journey\s+scenario="([^"]+)"/g)].map(
      (m) => ({
        slug: f.replace(/\.mdx$/, ""),
        id: m[1] ?? "",
      }),
    ),
  );

test("lesson embeds of <Journey />: server-rendered still, then the player", async ({ page }) => {
  expect(embeds.length, "lessons that embed <Journey />").toBeGreaterThan(0);
  for (const { slug, id } of embeds) {
    await page.goto(`/lessons/${slug}`);
    const embed = page.locator(`[data-journey-embed="${id}"]`).first();
    await expect(embed.getByRole("list", { name: "Journey timeline" })).toBeAttached();
    await embed.scrollIntoViewIfNeeded();
    await expect(embed.locator("section[data-journey]")).toHaveAttribute("data-ready", "true");
    await expect(embed.locator("section[data-journey]")).toHaveAttribute("data-state", "idle");
    await embed.getByRole("button", { name: "Next step" }).click();
    await expect(embed.locator("section[data-journey]")).toHaveAttribute("data-step", "1");
  }
});
