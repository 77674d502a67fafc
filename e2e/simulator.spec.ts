/**
 * The simulator in a real browser against the production build. The player is driven by steps (keyboard,
 * buttons, deep links) in a reduced-motion context, so nothing depends on animation timing. Expected
 * values come from the engine itself or from the CLI, never from numbers typed into the test.
 */
import { execFileSync } from "node:child_process";
import type { Page } from "@playwright/test";
import { stepDuration } from "@/components/simulator/use-player";
import { scenarios } from "@/content/scenarios";
import { applyWhatIf } from "@/lib/simulator/what-if";
import { runScenario, type SessionScenario, toSteps } from "@/lib/smtp";
import { expect, test } from "./fixtures";

const sessions = scenarios.filter((s): s is SessionScenario => s.kind === "session");

test.use({ reducedMotion: "reduce" });

function root(page: Page) {
  return page.locator("[data-simulator]").first();
}

async function goToEnd(page: Page) {
  await page.locator("[data-stage]").first().focus();
  await page.keyboard.press("End");
}

test.describe("every scenario plays to its end", () => {
  for (const s of sessions) {
    test(`${s.id}`, async ({ page }) => {
      const log = runScenario(s);
      const steps = toSteps(log.events);
      await page.goto(`/simulator/${s.id}`);
      await expect(root(page)).toHaveAttribute("data-state", "idle");
      await goToEnd(page);
      await expect(root(page)).toHaveAttribute("data-state", "ended");
      await expect(root(page)).toHaveAttribute("data-step", String(steps.length));
      // The last step's speaker and narration are on screen.
      const last = steps[steps.length - 1];
      await expect(root(page)).toHaveAttribute("data-speaker", last?.speaker ?? "none");
      await expect(page.locator("[data-narration]")).toContainText(last?.narration.text.slice(0, 40) ?? "");
      // Every step's row is on the stage.
      await expect(page.locator("[data-stage] li[data-step]")).toHaveCount(steps.length);
      if (log.outcome.queued.length > 0) {
        await expect(page.locator("[data-transcript]")).toContainText(`queued as ${log.outcome.queued[0]}`);
      }
    });
  }
});

test("587 happy path: STARTTLS comes before AUTH, and the session ends queued", async ({ page }) => {
  await page.goto("/simulator/587-starttls-auth");
  await goToEnd(page);
  const lines = await page.locator("[data-transcript-line]").allTextContents();
  const starttls = lines.findIndex((l) => l.trim() === "-> STARTTLS");
  const auth = lines.findIndex((l) => /^ ~> AUTH PLAIN \S+$/.test(l));
  expect(starttls).toBeGreaterThan(0);
  expect(auth).toBeGreaterThan(starttls);
  expect(lines[auth]).toMatch(/^ ~> AUTH PLAIN/);
  expect(lines.some((l) => /250 2\.0\.0 Ok: queued as/.test(l))).toBe(true);
});

test("stripping with an opportunistic client: the AUTH line is readable in the eavesdropper lane", async ({
  page,
}) => {
  await page.goto("/simulator/587-stripping-opportunistic");
  await goToEnd(page);
  const plaintext = page.locator('[data-stage] [data-record-kind="plaintext"]', {
    hasText: "AUTH PLAIN AGFsaWNlAHdvbmRlcmxhbmQ=",
  });
  await expect(plaintext).toHaveCount(1);
  await expect(page.locator("[data-stage]")).toContainText("password “wonderland”");
});

test("465 with an attacker: nothing to strip, the attacker sees only TLS records", async ({ page }) => {
  await page.goto("/simulator/465-stripping-nothing");
  await goToEnd(page);
  await expect(page.locator('[data-stage] [data-record-kind="plaintext"]')).toHaveCount(0);
  await expect(page.locator('[data-stage] [data-record-kind="tls"]').first()).toBeVisible();
});

test("every TLS application-data record shown is the SMTP write plus 17 bytes", async ({ page }) => {
  const s = sessions.find((x) => x.id === "587-starttls-auth") as SessionScenario;
  const steps = toSteps(runScenario(s).events);
  await page.goto(`/simulator/${s.id}`);
  await goToEnd(page);
  let checked = 0;
  for (const step of steps) {
    const smtp = step.lines.filter((l) => !l.startsWith("===")).map((l) => l.slice(4));
    if (!step.tls || smtp.length === 0) continue;
    // What the sender wrote: every line with its CRLF.
    const bytes = new TextEncoder().encode(smtp.map((l) => `${l}\r\n`).join("")).length;
    const record = page.locator(
      `[data-stage] li[data-step="${step.n}"] [data-record-kind="tls"][data-record-type="23"]`,
    );
    await expect(record).toHaveAttribute("data-record-length", String(bytes + 17));
    checked++;
  }
  expect(checked).toBeGreaterThan(10);
});

test("the transcript on each page equals `npm run smtp -- --scenario <id>`", async ({ page }) => {
  test.setTimeout(180_000);
  for (const s of sessions) {
    const cli = execFileSync("npx", ["tsx", "scripts/smtp-cli.ts", "--scenario", s.id], { encoding: "utf8" });
    await page.goto(`/simulator/${s.id}`);
    const lines = await page.locator("[data-transcript-line]").allTextContents();
    expect(lines.join("\n"), s.id).toBe(cli.replace(/\n$/, ""));
  }
});

test("screen readers get the whole transcript at load, even on a small phone where it is far below the fold", async ({
  page,
}) => {
  // The transcript box has content-visibility: auto (for playback speed). Chromium 156 leaves a subtree that
  // has never been rendered out of its accessibility tree, so this reads Chromium's own tree over the
  // DevTools protocol: the "Session transcript" list must hold every step as a list item.
  await page.setViewportSize({ width: 360, height: 640 });
  await page.goto("/simulator/587-starttls-auth");
  const list = page.locator('[aria-label="Session transcript"]');
  await expect(list).not.toBeInViewport();
  const steps = await list.locator(":scope > li").count();
  expect(steps).toBeGreaterThan(10);
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = await cdp.send("Accessibility.getFullAXTree");
  const byId = new Map(nodes.map((n) => [n.nodeId, n]));
  const axList = nodes.find(
    (n) => !n.ignored && n.role?.value === "list" && n.name?.value === "Session transcript",
  );
  expect(axList).toBeDefined();
  const items = (axList?.childIds ?? [])
    .map((id) => byId.get(id))
    .filter((n) => n?.role?.value === "listitem");
  expect(items).toHaveLength(steps);
});

test.describe("keyboard", () => {
  test("Space, arrows, Home and End drive the player", async ({ page }) => {
    await page.goto("/simulator/587-starttls-auth");
    const r = root(page);
    await page.locator("[data-stage]").focus();
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("ArrowRight");
    await expect(r).toHaveAttribute("data-step", "2");
    await expect(r).toHaveAttribute("data-speaker", "server");
    await page.keyboard.press("ArrowLeft");
    await expect(r).toHaveAttribute("data-step", "1");
    await expect(r).toHaveAttribute("data-speaker", "client");
    await page.keyboard.press("End");
    await expect(r).toHaveAttribute("data-state", "ended");
    await page.keyboard.press("Home");
    await expect(r).toHaveAttribute("data-step", "0");
    await expect(r).toHaveAttribute("data-state", "idle");
    await page.keyboard.press(" ");
    await expect(r).toHaveAttribute("data-state", "playing");
    await expect(r).not.toHaveAttribute("data-step", "0");
    await page.keyboard.press(" ");
    await expect(r).toHaveAttribute("data-state", "paused");
  });

  test("Space on the What if… toggle or a link is theirs: it opens the panel and does not play", async ({
    page,
  }) => {
    await page.goto("/simulator/587-starttls-auth");
    const r = root(page);
    const toggle = page.locator("summary", { hasText: "What if…?" });
    await toggle.focus();
    await page.keyboard.press(" ");
    await expect(toggle.locator("xpath=..")).toHaveAttribute("open", "");
    await expect(r).toHaveAttribute("data-state", "idle");
    // A link in the narration (an RFC citation) keeps Space too; the page's own keys still work elsewhere.
    await page.locator("[data-stage]").focus();
    await page.keyboard.press("ArrowRight");
    await page.locator("[data-narration] a").first().focus();
    await page.keyboard.press(" ");
    await expect(r).toHaveAttribute("data-state", "paused");
    await expect(r).toHaveAttribute("data-step", "1");
  });

  test("the controls are reachable with Tab and have names; Next and the scrubber work", async ({ page }) => {
    await page.goto("/simulator/465-implicit-tls");
    for (const name of ["Restart", "Previous step", "Play", "Next step"]) {
      await expect(page.getByRole("button", { name, exact: true })).toBeAttached();
    }
    await page.getByRole("button", { name: "Next step" }).focus();
    await page.keyboard.press("Enter");
    await page.keyboard.press("Enter");
    await expect(root(page)).toHaveAttribute("data-step", "2");
    await page.getByRole("slider", { name: "Step" }).focus();
    await page.keyboard.press("ArrowRight");
    await expect(root(page)).toHaveAttribute("data-step", "3");
    await expect(page.getByRole("combobox", { name: "Speed" })).toBeVisible();
  });

  test("clicking a transcript step jumps there", async ({ page }) => {
    await page.goto("/simulator/25-plain-delivery");
    await page.locator('[data-transcript] li[data-step="6"] button').click();
    await expect(root(page)).toHaveAttribute("data-step", "6");
    await expect(page.locator('[data-transcript] li[data-step="6"]')).toHaveAttribute("aria-current", "step");
  });

  test("the transcript keeps the current step in view inside its list", async ({ page }) => {
    const s = sessions.find((x) => x.id === "587-starttls-auth") as SessionScenario;
    const last = toSteps(runScenario(s).events).length;
    await page.goto(`/simulator/587-starttls-auth?step=${last}`);
    const list = page.getByRole("list", { name: "Session transcript" });
    // Below the fold at load (skipped by content-visibility): it scrolls to the step once on screen.
    await list.scrollIntoViewIfNeeded();
    const current = list.locator('li[aria-current="step"]');
    await expect(current).toHaveAttribute("data-step", String(last));
    const inView = async () => {
      const l = await list.boundingBox();
      const c = await current.boundingBox();
      return !!l && !!c && c.y >= l.y - 1 && c.y + c.height <= l.y + l.height + 1;
    };
    await expect.poll(inView).toBe(true);
    // Back to the start and three steps on: the list scrolls up to step 3.
    await page.locator("[data-stage]").focus();
    await page.keyboard.press("Home");
    for (let i = 0; i < 3; i++) await page.keyboard.press("ArrowRight");
    await expect(current).toHaveAttribute("data-step", "3");
    await expect.poll(inView).toBe(true);
    expect(await list.evaluate((el) => el.scrollHeight > el.clientHeight)).toBe(true);
  });
});

test.describe("URLs", () => {
  test("a deep link opens paused at its step, and the narration is announced", async ({ page }) => {
    await page.goto("/simulator/587-starttls-auth?step=7");
    await expect(root(page)).toHaveAttribute("data-step", "7");
    await expect(root(page)).toHaveAttribute("data-state", "paused");
    await expect(page.locator("[data-narration]")).toHaveAttribute("aria-live", "polite");
    await expect(page.locator("[data-narration]")).toContainText("Step 7 of");
  });

  test("stepping updates the address bar so the moment can be shared", async ({ page }) => {
    await page.goto("/simulator/587-starttls-auth?step=7");
    await page.locator("[data-stage]").focus();
    await page.keyboard.press("ArrowRight");
    await expect(page).toHaveURL(/step=8/);
  });

  test("while playing the address bar waits; pausing writes the step shown", async ({ page }) => {
    await page.goto("/simulator/587-starttls-auth?step=3");
    await expect(root(page)).toHaveAttribute("data-step", "3");
    await page.getByRole("combobox", { name: "Speed" }).selectOption("2");
    await page.getByRole("button", { name: "Play", exact: true }).click();
    await expect.poll(async () => Number(await root(page).getAttribute("data-step"))).toBeGreaterThan(4);
    // Playback does not rewrite the address on every step.
    expect(new URL(page.url()).searchParams.get("step")).toBe("3");
    await page.getByRole("button", { name: "Pause", exact: true }).click();
    await expect(root(page)).toHaveAttribute("data-state", "paused");
    const shown = await root(page).getAttribute("data-step");
    await expect(page).toHaveURL(new RegExp(`step=${shown}$`));
  });

  for (const [value, expected, note] of [
    ["-1", "0", /no step -1/i],
    ["1000000000", null, /has \d+ steps/],
    ["%3Cscript%3Ealert(1)%3C%2Fscript%3E", "0", /not a step number/],
  ] as const) {
    test(`a bad step (${value}) falls back with a visible note`, async ({ page }) => {
      await page.goto(`/simulator/587-starttls-auth?step=${value}`);
      await expect(page.getByRole("status").filter({ hasText: note })).toBeVisible();
      const count = toSteps(
        runScenario(sessions.find((s) => s.id === "587-starttls-auth") as SessionScenario).events,
      ).length;
      await expect(root(page)).toHaveAttribute("data-step", expected ?? String(count));
    });
  }

  test("/simulator?scenario=<id>&step=<n> leads to the scenario's page at that step", async ({ page }) => {
    await page.goto("/simulator?scenario=465-implicit-tls&step=3");
    await expect(page).toHaveURL(/\/simulator\/465-implicit-tls\?step=3$/);
    await expect(root(page)).toHaveAttribute("data-step", "3");
  });

  test("an unknown scenario in the query gets a note and the catalogue", async ({ page }) => {
    await page.goto("/simulator?scenario=%3Cimg%20src%3Dx%3E");
    await expect(page.getByRole("status")).toContainText("There is no scenario called");
    await expect(page.getByRole("link", { name: /Port 587: STARTTLS, then log in/ }).first()).toBeVisible();
  });
});

test("during playback each step's caption follows its row on the stage before the next step comes", async ({
  page,
}) => {
  // The caption, controls and transcript render one frame after the stage while playing (two shorter frames
  // instead of one long one: components/simulator/use-next-frame.ts). Each step's caption must still appear,
  // so the aria-live region announces every step, while that step's row is the current one. (How many frames it
  // takes is not asserted: on a loaded machine frames stretch, and this is not a timing test.)
  // From step 10, so the run stays short.
  await page.goto("/simulator/587-starttls-auth?step=10");
  await expect(root(page)).toHaveAttribute("data-step", "10");
  await page.getByRole("combobox", { name: "Speed" }).selectOption("2");
  await page.evaluate(() => {
    const rootEl = document.querySelector("[data-simulator]") as HTMLElement;
    const caption = document.querySelector("[data-narration]") as HTMLElement;
    const lags: Record<string, number> = {};
    (window as unknown as { __lags: typeof lags }).__lags = lags;
    new MutationObserver(() => {
      const n = rootEl.getAttribute("data-step");
      if (!n || rootEl.getAttribute("data-state") !== "playing") return;
      let frames = 0;
      const check = () => {
        if (caption.textContent?.includes(`Step ${n} of`)) lags[n] = frames;
        else if (rootEl.getAttribute("data-step") === n && frames < 60) {
          frames++;
          requestAnimationFrame(check);
        } else lags[n] = -1; // the next step came first, or the caption never caught up
      };
      check();
    }).observe(rootEl, { attributes: true, attributeFilter: ["data-step"] });
  });
  await page.getByRole("button", { name: "Play", exact: true }).click();
  await expect(root(page)).toHaveAttribute("data-state", "ended", { timeout: 120_000 });
  const count = Number(await root(page).getAttribute("data-step"));
  const lags = await page.evaluate(() => (window as unknown as { __lags: Record<string, number> }).__lags);
  // Every step from the 11th to the last was seen while playing, and its caption caught up before the next.
  const seen = Object.keys(lags).map(Number);
  expect(seen.length).toBeGreaterThanOrEqual(count - 11);
  for (const [n, frames] of Object.entries(lags)) {
    expect(frames, `step ${n}'s caption (frames per step: ${JSON.stringify(lags)})`).toBeGreaterThanOrEqual(
      0,
    );
  }
  // At the end the caption and the scrubber show the last step.
  await expect(page.locator("[data-narration]")).toContainText(`Step ${count} of ${count}`);
  await expect(page.getByRole("slider", { name: "Step" })).toHaveValue(String(count));
});

test("the stage keeps the current row in view, from the first frame that draws it, and never scrolls the page", async ({
  page,
}) => {
  // From step 12 at 2×, so the stage already scrolls and the run stays short. For each step seen while playing,
  // in the first animation frame after the row appears, the row must lie inside the stage's box (reduced
  // motion: the stage scrolls at once, not smoothly).
  await page.goto("/simulator/587-starttls-auth?step=12");
  await expect(root(page)).toHaveAttribute("data-step", "12");
  const stage = page.locator("[data-stage]").first();
  // One check, in the page: used from the test and from the page's own per-step observer below.
  await page.evaluate(() => {
    const box = document.querySelector("[data-stage]") as HTMLElement;
    (window as unknown as { __rowInView: (n: string) => boolean }).__rowInView = (n) => {
      const r = box.querySelector(`li[data-step="${n}"]`)?.getBoundingClientRect();
      const b = box.getBoundingClientRect();
      return !!r && r.top >= b.top - 1 && r.bottom <= b.bottom + 1;
    };
  });
  const rowInView = (n: number) =>
    page.evaluate(
      (n) => (window as unknown as { __rowInView: (n: string) => boolean }).__rowInView(n),
      String(n),
    );
  await expect.poll(() => rowInView(12)).toBe(true);
  expect(await stage.evaluate((box) => box.scrollTop)).toBeGreaterThan(0);
  await page.getByRole("combobox", { name: "Speed" }).selectOption("2");
  const play = page.getByRole("button", { name: "Play", exact: true });
  // The click would scroll the page to the button itself: do that first, then note where the page is.
  await play.scrollIntoViewIfNeeded();
  const pageY = await page.evaluate(() => window.scrollY);
  await page.evaluate(() => {
    const w = window as unknown as { __seen: Record<string, boolean>; __rowInView: (n: string) => boolean };
    const rootEl = document.querySelector("[data-simulator]") as HTMLElement;
    w.__seen = {};
    new MutationObserver(() => {
      const n = rootEl.getAttribute("data-step");
      if (!n || rootEl.getAttribute("data-state") !== "playing") return;
      requestAnimationFrame(() => {
        w.__seen[n] = w.__rowInView(n);
      });
    }).observe(rootEl, { attributes: true, attributeFilter: ["data-step"] });
  });
  await play.click();
  await expect(root(page)).toHaveAttribute("data-state", "ended", { timeout: 120_000 });
  const count = Number(await root(page).getAttribute("data-step"));
  const seen = await page.evaluate(() => (window as unknown as { __seen: Record<string, boolean> }).__seen);
  expect(Object.keys(seen).length, JSON.stringify(seen)).toBeGreaterThanOrEqual(count - 13);
  for (const [n, inView] of Object.entries(seen))
    expect(inView, `step ${n}: ${JSON.stringify(seen)}`).toBe(true);
  expect(await page.evaluate(() => window.scrollY)).toBe(pageY);
  // By hand: Home goes back to the top of the stage, End down to the last row.
  await stage.focus();
  await page.keyboard.press("Home");
  await expect(root(page)).toHaveAttribute("data-step", "0");
  await expect.poll(() => stage.evaluate((box) => box.scrollTop)).toBe(0);
  await page.keyboard.press("End");
  await expect(root(page)).toHaveAttribute("data-step", String(count));
  await expect.poll(() => rowInView(count)).toBe(true);
});

test.describe("the end of playback", () => {
  test.use({ reducedMotion: "no-preference" });
  test("the last step plays like the others: its packet flies for its time, then the player stops", async ({
    page,
  }) => {
    // The player stops after the last step's time on screen, not in the render that shows that step
    // (use-player.ts): stopping there cut the last packet's flight short and redrew the whole player at once.
    const scenario = sessions.find((s) => s.id === "587-starttls-auth");
    if (!scenario) throw new Error("scenario missing");
    const steps = toSteps(runScenario(scenario).events);
    const count = steps.length;
    await page.goto(`/simulator/587-starttls-auth?step=${count - 1}`);
    await expect(root(page)).toHaveAttribute("data-step", String(count - 1));
    await page.getByRole("combobox", { name: "Speed" }).selectOption("2");
    await page.evaluate(() => {
      const rootEl = document.querySelector("[data-simulator]") as HTMLElement;
      const seen: { entry: string; at: number }[] = [];
      (window as unknown as { __seen: typeof seen }).__seen = seen;
      new MutationObserver(() => {
        const n = rootEl.getAttribute("data-step");
        const packet = rootEl.querySelector(`[data-stage] li[data-step="${n}"] [data-packet]`)
          ? "packet"
          : "none";
        const entry = `${n}:${rootEl.getAttribute("data-state")}:${packet}`;
        if (seen[seen.length - 1]?.entry !== entry) seen.push({ entry, at: performance.now() });
      }).observe(rootEl, {
        attributes: true,
        attributeFilter: ["data-step", "data-state"],
        subtree: true,
        childList: true,
      });
    });
    await page.getByRole("button", { name: "Play", exact: true }).click();
    await expect(root(page)).toHaveAttribute("data-state", "ended");
    const seen = await page.evaluate(
      () => (window as unknown as { __seen: { entry: string; at: number }[] }).__seen,
    );
    const log = seen.map((s) => s.entry).join(" → ");
    // The last step came while playing, with its packet in its row; the player ended later, the packet gone.
    const shown = seen.find((s) => s.entry === `${count}:playing:packet`);
    const ended = seen[seen.length - 1];
    expect(shown, log).toBeDefined();
    expect(ended?.entry, log).toBe(`${count}:ended:none`);
    // …and not before the last step's time at 2× (a timer never fires early; a slow machine only adds time).
    expect((ended?.at ?? 0) - (shown?.at ?? 0), log).toBeGreaterThanOrEqual(
      stepDuration(steps[count - 1]) / 2 - 20,
    );
    await expect(page.locator("[data-narration]")).toContainText(`Step ${count} of ${count}`);
  });
});

test("a reply code's explanation on the stage shows whole, over the rows below it", async ({ page }) => {
  // Stage rows contain their painting (stage-row in globals.css); a row with an open tooltip drops it, or the
  // tooltip, which hangs below the chip, would be cut off at the row's edge.
  await page.goto("/simulator/587-starttls-auth?step=2");
  const chip = page.locator("[data-stage] li[data-step='2'] [data-reply-class]");
  await chip.focus();
  const tipId = await chip.getAttribute("aria-describedby");
  const tip = page.locator(`[id="${tipId}"]`);
  await expect(tip).toBeVisible();
  const row = await page.locator("[data-stage] li[data-step='2']").boundingBox();
  const box = await tip.boundingBox();
  if (!row || !box) throw new Error("no box for the row or its tooltip");
  expect(box.y + box.height).toBeGreaterThan(row.y + row.height + 12);
  // A point of the tooltip below the row's edge is the tooltip's (clipped content would not be hit there).
  const x = box.x + box.width / 2;
  const y = (Math.max(box.y, row.y + row.height) + box.y + box.height) / 2;
  const hit = await page.evaluate(
    ([px, py, id]) => Boolean(document.elementFromPoint(px as number, py as number)?.closest(`[id="${id}"]`)),
    [x, y, tipId] as const,
  );
  expect(hit).toBe(true);
});

test("with reduced motion nothing autoplays", async ({ page }) => {
  await page.goto("/simulator/587-starttls-auth");
  await page.waitForTimeout(1500);
  await expect(root(page)).toHaveAttribute("data-state", "idle");
  await expect(root(page)).toHaveAttribute("data-step", "0");
});

test.describe("what if", () => {
  test("a wrong password: the page shows what the engine computes, and the setup is in the URL", async ({
    page,
  }) => {
    const base = sessions.find((s) => s.id === "587-starttls-auth") as SessionScenario;
    const expected = runScenario(applyWhatIf(base, { password: "wrong" }));
    await page.goto(`/simulator/${base.id}`);
    await page.getByText("What if…?").click();
    await page.getByRole("combobox", { name: "Password" }).selectOption("wrong");
    await expect(page).toHaveURL(/password=wrong/);
    await goToEnd(page);
    const lines = await page.locator("[data-transcript-line]").allTextContents();
    const codes = lines
      .filter((l) => /^<(~|-|\*\*|~\*) {0,2}\d{3}[ -]/.test(l))
      .map((l) => Number(l.slice(4, 7)));
    expect(codes).toContain(535);
    expect(expected.outcome.codes).toContain(535);
    await expect(page.locator("[data-what-if-outcome]")).toContainText(/no message was accepted/i);
  });

  test("a shared what-if link restores the variation; bad values are ignored with a note", async ({
    page,
  }) => {
    await page.goto("/simulator/587-starttls-auth?attacker=on&tls=opportunistic&rcpt=nowhere");
    await expect(page.getByRole("status").filter({ hasText: "Ignored rcpt" })).toBeVisible();
    await goToEnd(page);
    await expect(page.locator("[data-stage]")).toContainText("password “wonderland”");
    await expect(page.locator("[data-what-if]")).toHaveAttribute("data-what-if", "changed");
  });
});

test("a lesson's embedded simulator shows a still picture and plays on request", async ({ page }) => {
  await page.goto("/lessons/what-is-smtp");
  const embed = page.locator('[data-simulator-embed="25-plain-delivery"]');
  await expect(embed.locator("li[data-step]").first()).toBeVisible();
  await embed.getByRole("button", { name: /Play it step by step/ }).click();
  const player = embed.locator("[data-simulator]");
  await expect(player).toHaveAttribute("data-state", "idle");
  await player.locator("[data-stage]").focus();
  await page.keyboard.press("ArrowRight");
  await expect(player).toHaveAttribute("data-step", "1");
});

test.describe("lesson player data", () => {
  // The failed fetch below is provoked on purpose; Chromium logs it.
  test.use({ allowedConsole: [/ERR_INTERNET_DISCONNECTED/] });

  test("a lesson's page carries no player data; a failed fetch of it keeps the still and a retry plays", async ({
    page,
  }) => {
    await page.goto("/lessons/what-is-smtp");
    // The still is in the HTML; the player's data (every step's narration and wire records) is not.
    const html = await (await page.request.get("/lessons/what-is-smtp")).text();
    expect(html).toContain('data-simulator-embed="25-plain-delivery"');
    // (The player's data has a "glosses" table; in the page's inline payload it would read \"glosses\".)
    expect(html).not.toMatch(/\\?"glosses\\?"/);
    const embed = page.locator('[data-simulator-embed="25-plain-delivery"]');
    // The first fetch fails (as if offline): the still stays, with a note; the second press loads it.
    let fail = true;
    await page.route("**/stage-data/25-plain-delivery.json", (route) =>
      fail ? route.abort("internetdisconnected") : route.continue(),
    );
    await embed.getByRole("button", { name: /Play it step by step/ }).click();
    await expect(embed.getByRole("status")).toContainText("could not load");
    await expect(embed.locator("li[data-step]").first()).toBeVisible();
    fail = false;
    await embed.getByRole("button", { name: /Play it step by step/ }).click();
    await expect(embed.locator("[data-simulator]")).toHaveAttribute("data-state", "idle");
    // The data served is the engine's run of that scenario.
    const served = await (await page.request.get("/stage-data/25-plain-delivery.json")).json();
    expect(served.kind).toBe("session");
    expect(served.data.meta.id).toBe("25-plain-delivery");
    expect(served.data.steps.length).toBe(
      toSteps(runScenario(sessions.find((s) => s.id === "25-plain-delivery") as SessionScenario).events)
        .length,
    );
    expect((await page.request.get("/stage-data/no-such-scenario.json")).status()).toBe(404);
  });
});
