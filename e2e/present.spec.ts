/**
 * Presenter mode (issue 7.5) in a real browser: lesson slides and the simulator driven by clicker keys and
 * arrows, blank screen, help, fullscreen requests, and the speaker-notes window kept in step over
 * BroadcastChannel in both directions (two pages of one browser context). Expected slides come from the
 * lesson's source (its table of contents), expected steps and narration from the engine, expected notes
 * from content/notes. axe runs on every presenter page in light and dark.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import type { Page } from "@playwright/test";
import { notes as port587Notes } from "@/content/notes/port-587";
import { scenarioNotes } from "@/content/notes/scenarios";
import { scenarioById } from "@/content/scenarios";
import { extractToc } from "@/lib/content/toc";
import { PHASE_LABEL, phaseAt } from "@/lib/present/phases";
import { runScenario, toSteps } from "@/lib/smtp";
import { axe } from "./axe";
import { expect, test } from "./fixtures";

test.use({ reducedMotion: "reduce" });

const LESSON = "port-587";
const sections = extractToc(
  readFileSync(path.join(process.cwd(), "content", "lessons", `${LESSON}.mdx`), "utf8"),
)
  .filter((e) => e.depth === 2)
  .map((e) => e.id);
// port-587 opens with prose before its first section, so it has an introduction slide.
const slideKeys = ["title", "intro", ...sections, "recap"];

const SCENARIO = "587-starttls-auth";
const scenario = scenarioById(SCENARIO);
if (scenario?.kind !== "session") throw new Error(`${SCENARIO} is not a session scenario`);
const steps = toSteps(runScenario(scenario).events);

function currentSlide(page: Page) {
  return page.locator("[data-slide]:not([hidden])");
}

async function expectSlide(page: Page, i: number) {
  await expect(currentSlide(page)).toHaveAttribute("data-slide", slideKeys[i] ?? "?");
  await expect(currentSlide(page)).toBeVisible();
}

/** Page errors and console problems in a second window count like the main page's. */
function guard(popup: Page, problems: string[]) {
  popup.on("console", (m) => {
    if (m.type() === "error" || m.type() === "warning")
      problems.push(`notes window console.${m.type()}: ${m.text()}`);
  });
  popup.on("pageerror", (e) => problems.push(`notes window error: ${e.message}`));
}

/** Keys pressed before the page hydrates would be lost: wait until the presenter (or notes) keys are live. */
async function ready(page: Page) {
  await expect(page.locator("[data-keys-ready]")).toHaveCount(1);
}

async function axeClean(page: Page) {
  const results = await axe(page).analyze();
  return results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`,
  );
}

test.describe("lesson presenter", () => {
  test("slides follow PageDown/PageUp, arrows and Home/End, and each change is announced", async ({
    page,
  }) => {
    await page.goto(`/present/lessons/${LESSON}`);
    await ready(page);
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Port 587");
    await expect(page.locator("[data-slide]")).toHaveCount(slideKeys.length);
    await expectSlide(page, 0);
    await page.keyboard.press("PageDown");
    await expectSlide(page, 1);
    await page.keyboard.press("ArrowRight");
    await expectSlide(page, 2);
    await expect(page).toHaveURL(/#slide=3$/);
    const status = page.locator("[data-presenter-status]");
    await expect(status).toHaveText(new RegExp(`^Slide 3 of ${slideKeys.length}: `));
    await page.keyboard.press("PageUp");
    await expectSlide(page, 1);
    await page.keyboard.press("ArrowLeft");
    await expectSlide(page, 0);
    await page.keyboard.press("ArrowLeft");
    await expectSlide(page, 0);
    await page.keyboard.press("End");
    await expectSlide(page, slideKeys.length - 1);
    await expect(currentSlide(page).getByRole("heading", { name: "Recap" })).toBeVisible();
    await expect(currentSlide(page).getByRole("link", { name: /Take the quiz/ })).toHaveAttribute(
      "href",
      `/lessons/${LESSON}#quiz`,
    );
    await page.keyboard.press("Home");
    await expectSlide(page, 0);
    // The big buttons do the same for mouse users.
    await page.getByRole("button", { name: "Next", exact: true }).click();
    await expectSlide(page, 1);
    await page.getByRole("button", { name: "Previous", exact: true }).click();
    await expectSlide(page, 0);
  });

  test("a shared #slide= link opens that slide, and a bad one gets a note", async ({ page }) => {
    await page.goto(`/present/lessons/${LESSON}#slide=4`);
    await ready(page);
    await expectSlide(page, 3);
    await page.goto(`/present/lessons/${LESSON}#slide=999`);
    await ready(page);
    await expectSlide(page, slideKeys.length - 1);
    await expect(page.getByRole("status").filter({ hasText: "showing the last" })).toBeVisible();
  });

  test("B and W cover the screen and uncover it, with an announcement", async ({ page }) => {
    await page.goto(`/present/lessons/${LESSON}`);
    await ready(page);
    await page.keyboard.press("PageDown");
    await page.keyboard.press("b");
    await expect(page.locator('[data-blank-cover="black"]')).toBeVisible();
    await expect(page.locator("[data-presenter-status]")).toContainText("covered in black");
    // A step key only uncovers: nothing moves while the room can't see it.
    await page.keyboard.press("PageDown");
    await expect(page.locator("[data-blank-cover]")).toHaveCount(0);
    await expectSlide(page, 1);
    await page.keyboard.press("w");
    await expect(page.locator('[data-blank-cover="white"]')).toBeVisible();
    await page.keyboard.press("Escape");
    await expect(page.locator("[data-blank-cover]")).toHaveCount(0);
    await page.keyboard.press("B");
    await expect(page.locator('[data-blank-cover="black"]')).toBeVisible();
    await page.keyboard.press("B");
    await expect(page.locator("[data-blank-cover]")).toHaveCount(0);
    await expect(page.locator("[data-presenter-status]")).toHaveText("Screen uncovered.");
    // The mouse can uncover too.
    await page.getByRole("button", { name: "Blank" }).click();
    await page.locator("[data-blank-cover]").click();
    await expect(page.locator("[data-blank-cover]")).toHaveCount(0);
  });

  test("? opens the keys dialog and Esc closes it", async ({ page }) => {
    await page.goto(`/present/lessons/${LESSON}`);
    await ready(page);
    await page.keyboard.press("?");
    const dialog = page.getByRole("dialog", { name: "Presenter keys" });
    await expect(dialog).toBeVisible();
    await expect(dialog).toContainText("PageDown");
    await expect(dialog).toContainText("Black screen");
    // Slides don't move behind the dialog.
    await page.keyboard.press("PageDown");
    await expectSlide(page, 0);
    await page.keyboard.press("Escape");
    await expect(dialog).toBeHidden();
    await page.getByRole("button", { name: /Keys/ }).click();
    await expect(dialog).toBeVisible();
    await dialog.getByRole("button", { name: "Close" }).click();
    await expect(dialog).toBeHidden();
  });

  test("F asks the browser for fullscreen on the document", async ({ page }) => {
    await page.addInitScript(() => {
      const w = window as unknown as { fullscreenCalls: number };
      w.fullscreenCalls = 0;
      Element.prototype.requestFullscreen = function (this: Element) {
        if (this === document.documentElement) w.fullscreenCalls += 1;
        return Promise.resolve();
      };
    });
    await page.goto(`/present/lessons/${LESSON}`);
    await ready(page);
    await page.keyboard.press("f");
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { fullscreenCalls: number }).fullscreenCalls))
      .toBe(1);
    await page.getByRole("button", { name: "Fullscreen" }).click();
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { fullscreenCalls: number }).fullscreenCalls))
      .toBe(2);
  });

  test("a refused fullscreen request is explained, not thrown", async ({ page }) => {
    await page.addInitScript(() => {
      Element.prototype.requestFullscreen = () => Promise.reject(new TypeError("Permissions check failed"));
    });
    await page.goto(`/present/lessons/${LESSON}`);
    await ready(page);
    await page.keyboard.press("f");
    await expect(page.locator("[data-presenter-status]")).toContainText("refused fullscreen");
  });

  test("typing in a lesson's console is typing, not presenter keys", async ({ page }) => {
    const tryIt = slideKeys.indexOf("try-it-send-a-message-as-alice");
    expect(tryIt).toBeGreaterThan(0);
    await page.goto(`/present/lessons/${LESSON}#slide=${tryIt + 1}`);
    await ready(page);
    // Started from the keyboard, as a presenter at the lectern would. With a mouse click here, the click
    // was sometimes lost (the button kept focus, the island stayed idle): in about one full-suite run in
    // three, and in 1 of 15 to 1 of 30 repeats of this test alone on some days (none in 130 on another);
    // cause not found. Clicking "Start the console" is tested in e2e/console.spec.ts; this test is about
    // what typing does once the console runs.
    const start = currentSlide(page).getByRole("button", { name: "Start the console" });
    await expect(start).toHaveAttribute("aria-disabled", "false");
    await start.focus();
    await page.keyboard.press("Enter");
    const input = currentSlide(page).locator("[data-console-input]");
    await input.click();
    await input.pressSequentially("ehlo b.example f n");
    await expect(input).toHaveValue("ehlo b.example f n");
    await expect(page.locator("[data-blank-cover]")).toHaveCount(0);
    await expect(page.getByRole("dialog")).toHaveCount(0);
    await input.press("ArrowLeft");
    await expectSlide(page, tryIt);
  });

  test("a simulator on a slide takes the arrows while focused; Esc hands them back to the slides", async ({
    page,
  }) => {
    const withSimulator = slideKeys.indexOf("what-our-postfix-does-on-587");
    await page.goto(`/present/lessons/${LESSON}#slide=${withSimulator + 1}`);
    await ready(page);
    const slide = currentSlide(page);
    await slide
      .getByRole("button", { name: /Play it step by step/ })
      .first()
      .click();
    const sim = slide.locator("[data-simulator]").first();
    await expect(sim).toBeVisible();
    await sim.locator("[data-stage]").focus();
    const before = Number(await sim.getAttribute("data-step"));
    await page.keyboard.press("ArrowRight");
    await expect(sim).toHaveAttribute("data-step", String(before + 1));
    await page.keyboard.press("PageDown");
    await expect(sim).toHaveAttribute("data-step", String(before + 2));
    await expectSlide(page, withSimulator);
    await page.keyboard.press("Escape");
    await page.keyboard.press("PageDown");
    await expectSlide(page, withSimulator + 1);
  });

  test("N opens the notes window, which follows the presenter and can drive it back", async ({
    page,
    problems,
  }) => {
    await page.goto(`/present/lessons/${LESSON}`);
    await ready(page);
    const [notes] = await Promise.all([page.waitForEvent("popup"), page.keyboard.press("n")]);
    guard(notes, problems);
    await expect(notes).toHaveURL(new RegExp(`/present/notes/lessons/${LESSON}$`));
    await ready(notes);
    await expect(notes.locator("[data-notes-status]")).toContainText("Connected");
    await expect(notes.locator("[data-notes-slide]")).toHaveAttribute("data-notes-slide", "title");
    await expect(notes.locator("[data-notes-next]")).toContainText("Introduction");

    // Presenter → notes.
    const first = sections[0] ?? "";
    await page.keyboard.press("PageDown");
    await page.keyboard.press("PageDown");
    await expectSlide(page, 2);
    await expect(notes.locator("[data-notes-slide]")).toHaveAttribute("data-notes-slide", first);
    await expect(notes.locator("[data-note-say]")).toHaveText(port587Notes[first]?.say ?? "");
    await expect(notes.locator("[data-note-ask]")).toHaveText(port587Notes[first]?.ask?.question ?? "");
    await expect(notes.locator("[data-notes-position]")).toHaveText(`Slide 3 of ${slideKeys.length}`);

    // Notes → presenter: the clicker on the laptop, and the buttons.
    await notes.keyboard.press("PageDown");
    await expectSlide(page, 3);
    await expect(notes.locator("[data-notes-slide]")).toHaveAttribute("data-notes-slide", sections[1] ?? "");
    await notes.getByRole("button", { name: /Previous/ }).click();
    await expectSlide(page, 2);
    await notes.keyboard.press("End");
    await expectSlide(page, slideKeys.length - 1);
    await expect(notes.locator("[data-notes-next]")).toContainText("last slide");

    // Blanking shows in the notes window.
    await page.keyboard.press("b");
    await expect(notes.locator("[data-notes-status]")).toContainText("covered (black)");
    await page.keyboard.press("b");
    await expect(notes.locator("[data-notes-status]")).toContainText("Connected to the presenter window");

    // A notes window opened later (or reloaded) asks for the position and gets it.
    await notes.reload();
    await ready(notes);
    await expect(notes.locator("[data-notes-slide]")).toHaveAttribute("data-notes-slide", "recap");
    await notes.close();
  });

  test("the lesson page links to presenter mode", async ({ page }) => {
    await page.goto(`/lessons/${LESSON}`);
    await page.getByRole("link", { name: "Present this lesson" }).click();
    await expect(page).toHaveURL(new RegExp(`/present/lessons/${LESSON}$`));
    await page.getByRole("link", { name: "Leave presenter mode" }).click();
    await expect(page).toHaveURL(new RegExp(`/lessons/${LESSON}$`));
  });
});

test.describe("simulator presenter", () => {
  test("PageDown and PageUp step the player; the notes show the phase note and the next step", async ({
    page,
    problems,
  }) => {
    await page.goto(`/present/simulator/${SCENARIO}`);
    await ready(page);
    const root = page.locator("[data-simulator]");
    await expect(root).toHaveAttribute("data-step", "0");
    const [notes] = await Promise.all([page.waitForEvent("popup"), page.keyboard.press("n")]);
    guard(notes, problems);
    await expect(notes).toHaveURL(new RegExp(`/present/notes/simulator/${SCENARIO}$`));
    await ready(notes);
    await expect(notes.locator("[data-notes-status]")).toContainText("Connected");

    for (let n = 1; n <= 4; n++) {
      await page.keyboard.press("PageDown");
      await expect(root).toHaveAttribute("data-step", String(n));
    }
    await page.keyboard.press("PageUp");
    await expect(root).toHaveAttribute("data-step", "3");
    await page.keyboard.press("ArrowRight");
    await expect(root).toHaveAttribute("data-step", "4");
    await expect(page).toHaveURL(/\?step=4$/);

    const phase = phaseAt(
      steps.map((s) => s.phase),
      4,
    );
    if (!phase) throw new Error("no phase");
    await expect(notes.locator("[data-notes-position]")).toHaveText(`Step 4 of ${steps.length}`);
    await expect(notes.locator("[data-notes-phase]")).toHaveAttribute("data-notes-phase", phase);
    await expect(notes.getByRole("heading", { name: `Phase: ${PHASE_LABEL[phase]}` })).toBeVisible();
    const note = scenarioNotes[SCENARIO]?.[phase];
    if (note) await expect(notes.locator("[data-note-say]")).toHaveText(note.say);
    else await expect(notes.locator("[data-note]")).toContainText("No note for this phase");
    // The NEXT step (5): its lines and its narration, from the engine.
    const next = steps[4];
    if (!next) throw new Error("scenario too short");
    const nextBox = notes.locator("[data-notes-next]");
    await expect(nextBox).toHaveAttribute("data-notes-next", "5");
    await expect(nextBox.locator("[data-notes-narration]")).toHaveText(next.narration.text);
    for (const line of next.lines.slice(0, 3)) await expect(nextBox).toContainText(line.trim());

    // The notes window drives the player back.
    await notes.keyboard.press("PageDown");
    await expect(root).toHaveAttribute("data-step", "5");
    await notes.keyboard.press("End");
    await expect(root).toHaveAttribute("data-step", String(steps.length));
    await expect(root).toHaveAttribute("data-state", "ended");
    await expect(notes.locator("[data-notes-next]")).toHaveCount(0);
    await expect(notes.getByText("that was the last step")).toBeVisible();
    await notes.keyboard.press("Home");
    await expect(root).toHaveAttribute("data-step", "0");
    await notes.close();
  });

  test("Home/End, blank and help work here too; the scenario page links to presenter mode", async ({
    page,
  }) => {
    await page.goto(`/simulator/${SCENARIO}`);
    await page.getByRole("link", { name: /^Present/ }).click();
    await expect(page).toHaveURL(new RegExp(`/present/simulator/${SCENARIO}$`));
    await ready(page);
    const root = page.locator("[data-simulator]");
    await page.keyboard.press("End");
    await expect(root).toHaveAttribute("data-step", String(steps.length));
    await page.keyboard.press("Home");
    await expect(root).toHaveAttribute("data-step", "0");
    await page.keyboard.press("b");
    await expect(page.locator('[data-blank-cover="black"]')).toBeVisible();
    await page.keyboard.press("b");
    await page.keyboard.press("?");
    await expect(page.getByRole("dialog", { name: "Presenter keys" })).toContainText("Next step");
    await page.keyboard.press("Escape");
    await page.getByRole("button", { name: "Next", exact: true }).click();
    await expect(root).toHaveAttribute("data-step", "1");
  });

  test("a deep link opens mid-session", async ({ page }) => {
    await page.goto(`/present/simulator/${SCENARIO}?step=6`);
    await ready(page);
    await expect(page.locator("[data-simulator]")).toHaveAttribute("data-step", "6");
    await expect(page.locator("[data-position]")).toHaveText(`Step 6 / ${steps.length}`);
  });
});

test.describe("notes window on its own", () => {
  test("without BroadcastChannel it says so and still steps through its notes", async ({ page }) => {
    await page.addInitScript(() => {
      // biome-ignore lint/suspicious/noExplicitAny: removing a browser API on purpose
      delete (window as any).BroadcastChannel;
    });
    await page.goto(`/present/notes/lessons/${LESSON}`);
    await ready(page);
    await expect(page.locator("[data-notes-status]")).toContainText("no BroadcastChannel");
    await page.keyboard.press("PageDown");
    await expect(page.locator("[data-notes-slide]")).toHaveAttribute("data-notes-slide", "intro");
  });

  test("without a presenter it waits and offers to open one; the lobby opens the notes a presenter asks for", async ({
    page,
    context,
    problems,
  }) => {
    await page.goto(`/present/notes/simulator/${SCENARIO}`);
    await ready(page);
    await expect(page.locator("[data-notes-status]")).toContainText("Waiting for the presenter window");
    const lobby = await context.newPage();
    guard(lobby, problems);
    await lobby.goto("/present/notes");
    await expect(lobby.getByRole("heading", { level: 1 })).toHaveText("Speaker notes");
    const presenter = await context.newPage();
    guard(presenter, problems);
    await presenter.goto(`/present/simulator/${SCENARIO}`);
    await expect(lobby).toHaveURL(new RegExp(`/present/notes/simulator/${SCENARIO}$`));
    await expect(page.locator("[data-notes-status]")).toContainText("Connected");
    await presenter.close();
    await expect(page.locator("[data-notes-status]")).toContainText("closed or left");
  });
});

test.describe("axe", () => {
  const withSimulator = () => slideKeys.indexOf("what-our-postfix-does-on-587") + 1;
  const pages: { name: string; open: (page: Page) => Promise<void> }[] = [
    {
      name: "lesson title slide with the keys dialog open",
      open: async (page) => {
        await page.goto(`/present/lessons/${LESSON}`);
        await ready(page);
        await expectSlide(page, 0);
        await page.keyboard.press("?");
        await expect(page.getByRole("dialog")).toBeVisible();
      },
    },
    {
      name: "lesson slide with a table, code and a simulator",
      open: async (page) => {
        await page.goto(`/present/lessons/${LESSON}#slide=${withSimulator()}`);
        await ready(page);
        await expect(currentSlide(page)).toHaveAttribute("data-slide", "what-our-postfix-does-on-587");
      },
    },
    {
      name: "simulator mid-session",
      open: async (page) => {
        await page.goto(`/present/simulator/${SCENARIO}?step=9`);
        await ready(page);
        await expect(page.locator("[data-simulator]")).toHaveAttribute("data-step", "9");
      },
    },
    {
      name: "scenario notes following a presenter",
      open: async (page) => {
        const presenter = await page.context().newPage();
        await presenter.goto(`/present/simulator/${SCENARIO}?step=9`);
        await page.goto(`/present/notes/simulator/${SCENARIO}`);
        await ready(page);
        await expect(page.locator("[data-notes-status]")).toContainText("Connected");
        await expect(page.locator("[data-notes-next]")).toHaveAttribute("data-notes-next", "10");
      },
    },
    {
      name: "lesson notes",
      open: async (page) => {
        await page.goto(`/present/notes/lessons/${LESSON}`);
        await ready(page);
        await page.keyboard.press("PageDown");
        await page.keyboard.press("PageDown");
        await expect(page.locator("[data-note-ask]")).toBeVisible();
      },
    },
    {
      name: "notes lobby",
      open: async (page) => {
        await page.goto("/present/notes");
        await expect(page.getByRole("status")).toContainText("Waiting for a presenter window");
      },
    },
  ];
  for (const scheme of ["light", "dark"] as const) {
    for (const p of pages) {
      test(`${p.name} has no violations (${scheme})`, async ({ page }) => {
        await page.emulateMedia({ colorScheme: scheme });
        await p.open(page);
        expect(await axeClean(page)).toEqual([]);
      });
    }
  }
});
