/**
 * Embedding (issue 7, points 1–4 and 8): the chrome-free /embed/* pages and their options, the host message
 * API end to end with a host page on a DIFFERENT origin (127.0.0.1, served by this file, framing
 * localhost), hostile messages, the quiz's reports, the "Embed this" dialog, oEmbed, the security headers
 * from the production server, framing refused outside /embed/, and no CSP violation while pages are used
 * (client-side navigation and lazily loaded islands included). axe on embeds in both themes and on the
 * dialog.
 */
import http from "node:http";
import type { AddressInfo } from "node:net";
import type { Browser, BrowserContext, FrameLocator, Page } from "@playwright/test";
import { quizForLesson } from "@/content/quizzes";
import { axe } from "./axe";
import { expect, test } from "./fixtures";

// Not ours: the "Present" links on scenario and lesson pages prefetch presenter mode, whose CSS Chromium
// then reports as preloaded but unused when a test stays on the page a few seconds. Remove once fixed.
test.use({ allowedConsole: [/\.css was preloaded using link preload but not used/] });

const SCENARIO = "587-starttls-auth";
const STEPS = 25;

const EMBEDS = [
  `/embed/simulator/${SCENARIO}`,
  "/embed/simulator/delivery-mx-down-bounce",
  "/embed/simulator/compare",
  "/embed/console",
  "/embed/port-chooser",
  "/embed/quiz/port-587",
];

async function openEmbed(page: Page, path: string) {
  await page.goto(path);
  await expect(page.locator("[data-embed][data-embed-ready]")).toBeVisible();
}

const stage = (where: Page | FrameLocator) => where.locator(`[data-simulator="${SCENARIO}"]`);

test.describe("embed pages", () => {
  for (const path of EMBEDS) {
    test(`${path} renders without site chrome and fits 360 px`, async ({ page }) => {
      await page.setViewportSize({ width: 360, height: 800 });
      await openEmbed(page, path);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      await expect(page.getByRole("banner")).toHaveCount(0);
      await expect(page.getByRole("contentinfo")).toHaveCount(0);
      await expect(page.getByRole("link", { name: "Skip to content" })).toHaveCount(0);
      const open = page.getByRole("link", { name: /Open in SMTP Lab/ });
      await expect(open).toHaveAttribute("target", "_blank");
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    });
  }

  test("theme=dark, light and auto set the page's theme", async ({ page }) => {
    await page.emulateMedia({ colorScheme: "light" });
    await openEmbed(page, `/embed/simulator/${SCENARIO}?theme=dark`);
    await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
    await page.emulateMedia({ colorScheme: "dark" });
    await openEmbed(page, `/embed/console?theme=light`);
    await expect(page.locator("html")).toHaveAttribute("data-theme", "light");
    await openEmbed(page, `/embed/port-chooser?theme=auto`);
    await expect(page.locator("html")).not.toHaveAttribute("data-theme", /.*/);
  });

  test("hide= hides the named panes and keeps the rest", async ({ page }) => {
    await openEmbed(page, `/embed/simulator/${SCENARIO}?hide=transcript,whatif,narration,controls`);
    await expect(page.getByRole("list", { name: "Session transcript" })).toBeHidden();
    await expect(page.getByText(/What if…\?/)).toBeHidden();
    await expect(page.locator("[data-narration]")).toBeHidden();
    await expect(page.getByRole("slider", { name: "Step" })).toBeHidden();
    await expect(
      page.getByRole("region", { name: `Stage: Port 587: STARTTLS, then log in, then send` }),
    ).toBeVisible();
    await openEmbed(page, `/embed/simulator/${SCENARIO}?hide=transcript`);
    await expect(page.getByRole("list", { name: "Session transcript" })).toBeHidden();
    await expect(page.getByRole("slider", { name: "Step" })).toBeVisible();
  });

  test("from/to limit the player to a range and it opens at `from`", async ({ page }) => {
    await openEmbed(page, `/embed/simulator/${SCENARIO}?from=5&to=7`);
    await expect(stage(page)).toHaveAttribute("data-step", "5");
    const next = page.getByRole("button", { name: "Next step" });
    await next.click();
    await next.click();
    await expect(stage(page)).toHaveAttribute("data-step", "7");
    await next.click();
    await expect(stage(page)).toHaveAttribute("data-step", "7");
    await page.getByRole("button", { name: "Restart" }).click();
    await expect(stage(page)).toHaveAttribute("data-step", "5");
    await page.getByRole("slider", { name: "Step" }).fill(String(STEPS));
    await expect(stage(page)).toHaveAttribute("data-step", "7");
    await expect(page.getByRole("link", { name: /Open in SMTP Lab/ })).toHaveAttribute(
      "href",
      `/simulator/${SCENARIO}?step=7`,
    );
  });

  test.describe("autoplay", () => {
    test.use({ reducedMotion: "no-preference" });
    test("autoplay=1 starts playing", async ({ page }) => {
      await openEmbed(page, `/embed/simulator/${SCENARIO}?autoplay=1`);
      await expect(stage(page)).toHaveAttribute("data-state", "playing");
      await expect(stage(page)).toHaveAttribute("data-step", "1");
      await page.getByRole("button", { name: "Pause" }).click();
      await expect(stage(page)).toHaveAttribute("data-state", "paused");
    });
  });

  test.describe("autoplay with reduced motion", () => {
    test.use({ reducedMotion: "reduce" });
    test("never plays by itself, and says why", async ({ page }) => {
      await openEmbed(page, `/embed/simulator/${SCENARIO}?autoplay=1`);
      await expect(page.getByRole("status").filter({ hasText: "reduced motion" })).toBeVisible();
      await expect(stage(page)).toHaveAttribute("data-state", "idle");
    });
  });

  test("without autoplay nothing starts", async ({ page }) => {
    await openEmbed(page, `/embed/simulator/${SCENARIO}`);
    await expect(stage(page)).toHaveAttribute("data-state", "idle");
    await expect(page.locator("[data-embed-notes]")).toHaveCount(0);
  });

  test("bad options fall back to defaults with a visible note and no console error", async ({ page }) => {
    await openEmbed(
      page,
      `/embed/simulator/${SCENARIO}?theme=purple&from=x&to=999&autoplay=maybe&hide=stage,transcript&origin=*,https://ok.example/path`,
    );
    const notes = page.locator("[data-embed-notes]");
    await expect(notes).toContainText("theme=“purple”");
    await expect(notes).toContainText("from=“x”");
    await expect(notes).toContainText("to=999");
    await expect(notes).toContainText("autoplay=“maybe”");
    await expect(notes).toContainText("hide=“stage”");
    await expect(notes).toContainText("“*” is not a web origin");
    await expect(notes).toContainText("“https://ok.example/path” is not a web origin");
    await expect(page.locator("html")).not.toHaveAttribute("data-theme", /.*/);
    await expect(stage(page)).toHaveAttribute("data-step", "0");
    await expect(page.getByRole("list", { name: "Session transcript" })).toBeHidden();
    await openEmbed(page, "/embed/port-chooser?autoplay=1&hide=everything");
    await expect(page.locator("[data-embed-notes]")).toContainText("autoplay= does nothing");
  });

  test("links leaving the embed open in a new tab", async ({ page, context }) => {
    // Framed, every link to a non-embed page must not load inside the frame (it would be refused).
    await openEmbed(page, `/embed/quiz/port-587`);
    await expect(page.getByRole("link", { name: /Open in SMTP Lab/ })).toHaveAttribute("rel", "noopener");
    const [popup] = await Promise.all([
      context.waitForEvent("page"),
      page.getByRole("link", { name: /Open in SMTP Lab/ }).click(),
    ]);
    await expect(popup).toHaveURL(/\/lessons\/port-587#quiz$/);
    await popup.close();
  });

  for (const scheme of ["light", "dark"] as const) {
    for (const path of [...EMBEDS, `/embed/simulator/${SCENARIO}?hide=transcript&from=4&theme=${scheme}`]) {
      test(`axe finds nothing on ${path} (${scheme})`, async ({ page }) => {
        await page.emulateMedia({ colorScheme: scheme });
        await openEmbed(page, path);
        const { violations } = await axe(page).analyze();
        expect(violations.map((v) => `${v.id} ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual(
          [],
        );
      });
    }
  }
});

// ——— The host message API, from a page on another origin ———

type HostServer = { origin: string; close: () => Promise<void> };

/** A static "course page" on http://127.0.0.1:<port> that frames ?src= and records what the embed says. */
async function startHost(): Promise<HostServer> {
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const src = url.searchParams.get("src");
    if (url.pathname !== "/" || !src) {
      res.statusCode = 404;
      res.end();
      return;
    }
    const embedOrigin = new URL(src).origin;
    res.setHeader("Content-Type", "text/html; charset=utf-8");
    res.end(`<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Course page</title></head>
<body><main><h1>Course page</h1>
<iframe id="f" src="${src.replace(/"/g, "&quot;")}" title="SMTP Lab embed" width="100%" height="200" style="border:0"></iframe>
<script>
  window.__messages = [];
  var frame = document.getElementById("f");
  window.addEventListener("message", function (e) {
    if (e.origin !== ${JSON.stringify(embedOrigin)} || e.source !== frame.contentWindow) return;
    window.__messages.push(e.data);
    if (e.data && (e.data.type === "ready" || e.data.type === "resize")) frame.height = String(e.data.height);
  });
  window.send = function (m) { frame.contentWindow.postMessage(m, ${JSON.stringify(embedOrigin)}); };
</script></main></body></html>`);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

type Msg = { source: string; version: number; type: string; [k: string]: unknown };

/** A page in its own context with the same guards as the fixtures, for two origins. */
async function hostPage(browser: Browser, allowed: RegExp[] = []) {
  const context: BrowserContext = await browser.newContext();
  const page = await context.newPage();
  const problems: string[] = [];
  page.on("console", (m) => {
    if (m.type() !== "error" && m.type() !== "warning") return;
    if (allowed.some((re) => re.test(m.text()))) return;
    problems.push(`console.${m.type()}: ${m.text()}`);
  });
  page.on("pageerror", (e) => problems.push(`uncaught error: ${e.message}`));
  return { page, context, problems };
}

const messages = (page: Page) => page.evaluate(() => (window as unknown as { __messages: Msg[] }).__messages);
const send = (page: Page, m: unknown) =>
  page.evaluate((msg) => (window as unknown as { send: (x: unknown) => void }).send(msg), m);
const embedFrame = (page: Page) => page.frameLocator("#f");

test.describe("host message API", () => {
  let host: HostServer;
  let other: HostServer;
  test.beforeAll(async () => {
    host = await startHost();
    other = await startHost();
  });
  test.afterAll(async () => {
    await host.close();
    await other.close();
  });

  const hostUrl = (h: HostServer, src: string) => `${h.origin}/?src=${encodeURIComponent(src)}`;

  test("a host on an allowed origin hears ready/resize/step/completed and drives the player", async ({
    browser,
    baseURL,
  }) => {
    const { page, context, problems } = await hostPage(browser);
    const embedUrl = `${baseURL}/embed/simulator/${SCENARIO}?origin=${host.origin}`;
    await page.goto(hostUrl(host, embedUrl));
    const frame = embedFrame(page);

    await expect
      .poll(async () => (await messages(page)).find((m) => m.type === "ready"))
      .toMatchObject({
        source: "smtp-lab",
        version: 1,
        widget: "simulator",
        id: SCENARIO,
        accepts: ["play", "pause", "goToStep", "setScenario", "setTheme"],
      });
    // The host follows the height it is told: the frame is as tall as the content, which has no scroll.
    const ready = (await messages(page)).find((m) => m.type === "ready") as Msg;
    expect(ready.height).toBeGreaterThan(600);
    await expect
      .poll(async () => Number(await page.locator("#f").getAttribute("height")))
      .toBeGreaterThan(600);

    await send(page, { source: "smtp-lab-host", version: 1, type: "goToStep", step: 3 });
    await expect(stage(frame)).toHaveAttribute("data-step", "3");
    await expect
      .poll(async () => (await messages(page)).filter((m) => m.type === "step").at(-1))
      .toMatchObject({ scenario: SCENARIO, step: 3, count: STEPS, state: "paused" });
    // A narrower frame reflows the content: the new height is reported and the host follows it.
    const before = Number(await page.locator("#f").getAttribute("height"));
    await page.setViewportSize({ width: 420, height: 800 });
    await expect.poll(async () => (await messages(page)).some((m) => m.type === "resize")).toBe(true);
    await expect.poll(async () => Number(await page.locator("#f").getAttribute("height"))).not.toBe(before);
    await page.setViewportSize({ width: 1280, height: 720 });

    await send(page, { source: "smtp-lab-host", version: 1, type: "play" });
    await expect
      .poll(async () => (await messages(page)).some((m) => m.type === "step" && m.state === "playing"))
      .toBe(true);
    await send(page, { source: "smtp-lab-host", version: 1, type: "pause" });
    await expect
      .poll(async () => (await messages(page)).filter((m) => m.type === "step").at(-1)?.state)
      .toBe("paused");

    await send(page, { source: "smtp-lab-host", version: 1, type: "goToStep", step: STEPS });
    await expect
      .poll(async () => (await messages(page)).find((m) => m.type === "completed"))
      .toMatchObject({ scenario: SCENARIO, step: STEPS, count: STEPS });

    await send(page, { source: "smtp-lab-host", version: 1, type: "setTheme", theme: "dark" });
    await expect(frame.locator("html")).toHaveAttribute("data-theme", "dark");
    await send(page, { source: "smtp-lab-host", version: 1, type: "setTheme", theme: "auto" });
    await expect(frame.locator("html")).not.toHaveAttribute("data-theme", /.*/);
    await send(page, { source: "smtp-lab-host", version: 1, type: "setTheme", theme: "light" });

    // Another scenario: its own embed page, same options (origin kept, theme carried), a new `ready`.
    await send(page, {
      source: "smtp-lab-host",
      version: 1,
      type: "setScenario",
      scenario: "465-implicit-tls",
    });
    await expect
      .poll(async () => (await messages(page)).filter((m) => m.type === "ready").at(-1)?.id)
      .toBe("465-implicit-tls");
    await expect(frame.locator('[data-simulator="465-implicit-tls"]')).toBeVisible();
    await expect(frame.locator("html")).toHaveAttribute("data-theme", "light");
    await send(page, { source: "smtp-lab-host", version: 1, type: "goToStep", step: 2 });
    await expect(frame.locator('[data-simulator="465-implicit-tls"]')).toHaveAttribute("data-step", "2");
    // A journey is a scenario too.
    await send(page, {
      source: "smtp-lab-host",
      version: 1,
      type: "setScenario",
      scenario: "delivery-direct",
    });
    await expect
      .poll(async () => (await messages(page)).filter((m) => m.type === "ready").at(-1))
      .toMatchObject({
        widget: "journey",
        id: "delivery-direct",
        accepts: ["play", "pause", "goToStep", "setScenario", "setTheme"],
      });
    // The journey player obeys the host too, and reports its steps.
    const journey = frame.locator('[data-journey="delivery-direct"][data-ready]');
    await expect(journey).toBeVisible();
    await send(page, { source: "smtp-lab-host", version: 1, type: "goToStep", step: 3 });
    await expect(journey).toHaveAttribute("data-step", "3");
    await expect
      .poll(async () =>
        (await messages(page)).some(
          (m) => m.type === "step" && m.scenario === "delivery-direct" && m.step === 3,
        ),
      )
      .toBe(true);
    await send(page, { source: "smtp-lab-host", version: 1, type: "play" });
    await expect(journey).toHaveAttribute("data-state", /playing|ended/);
    await send(page, { source: "smtp-lab-host", version: 1, type: "pause" });
    await expect(journey).toHaveAttribute("data-state", /paused|ended/);

    expect(problems).toEqual([]);
    await context.close();
  });

  test("a step range holds for the host too, and its end counts as completed", async ({
    browser,
    baseURL,
  }) => {
    const { page, context, problems } = await hostPage(browser);
    await page.goto(
      hostUrl(host, `${baseURL}/embed/simulator/${SCENARIO}?from=2&to=4&origin=${host.origin}`),
    );
    await expect.poll(async () => (await messages(page)).some((m) => m.type === "ready")).toBe(true);
    await send(page, { source: "smtp-lab-host", version: 1, type: "goToStep", step: 20 });
    await expect
      .poll(async () => (await messages(page)).find((m) => m.type === "completed"))
      .toMatchObject({ step: 4 });
    await expect(stage(embedFrame(page))).toHaveAttribute("data-step", "4");
    expect(problems).toEqual([]);
    await context.close();
  });

  test("a host on an origin the embed does not allow hears nothing and commands nothing", async ({
    browser,
    baseURL,
  }) => {
    const { page, context, problems } = await hostPage(browser);
    // The embed allows `other`; the page framing it is `host`.
    await page.goto(hostUrl(host, `${baseURL}/embed/simulator/${SCENARIO}?origin=${other.origin}`));
    const frame = embedFrame(page);
    await expect(frame.locator("[data-embed][data-embed-ready]")).toBeVisible();
    await send(page, { source: "smtp-lab-host", version: 1, type: "goToStep", step: 9 });
    await send(page, { source: "smtp-lab-host", version: 1, type: "setTheme", theme: "dark" });
    // A step taken inside the frame afterwards lands on 1, not 10: the command was ignored.
    await frame.getByRole("button", { name: "Next step" }).click();
    await expect(frame.locator(`[data-simulator="${SCENARIO}"]`)).toHaveAttribute("data-step", "1");
    await expect(frame.locator("html")).not.toHaveAttribute("data-theme", "dark");
    expect(await messages(page)).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });

  test("without origin= the embed announces public events to anyone and obeys no one", async ({
    browser,
    baseURL,
  }) => {
    const { page, context, problems } = await hostPage(browser);
    await page.goto(hostUrl(host, `${baseURL}/embed/simulator/${SCENARIO}`));
    await expect.poll(async () => (await messages(page)).some((m) => m.type === "ready")).toBe(true);
    const frame = embedFrame(page);
    await send(page, { source: "smtp-lab-host", version: 1, type: "goToStep", step: 9 });
    await frame.getByRole("button", { name: "Next step" }).click();
    await expect(frame.locator(`[data-simulator="${SCENARIO}"]`)).toHaveAttribute("data-step", "1");
    await expect
      .poll(async () => (await messages(page)).filter((m) => m.type === "step").at(-1))
      .toMatchObject({ step: 1 });
    expect(problems).toEqual([]);
    await context.close();
  });

  test("hostile messages are ignored without a crash or a console error", async ({ browser, baseURL }) => {
    const { page, context, problems } = await hostPage(browser);
    await page.goto(hostUrl(host, `${baseURL}/embed/simulator/${SCENARIO}?origin=${host.origin}`));
    await expect.poll(async () => (await messages(page)).some((m) => m.type === "ready")).toBe(true);
    const hostile = await page.evaluate(() => {
      const base = { source: "smtp-lab-host", version: 1 };
      const huge: Record<string, unknown> = { ...base, type: "play" };
      for (let i = 0; i < 50_000; i++) huge[`k${i}`] = i;
      const list: unknown[] = [
        "play",
        null,
        undefined,
        42,
        true,
        [],
        [{ ...base, type: "play" }],
        {},
        { ...base, type: "goToStep", step: 1e9 },
        { ...base, type: "goToStep", step: -1 },
        { ...base, type: "goToStep", step: 2.5 },
        { ...base, type: "goToStep", step: "3" },
        { ...base, type: "goToStep", step: Number.NaN },
        { ...base, type: "goToStep" },
        { ...base, type: "play", extra: 1 },
        { ...base, version: 2, type: "play" },
        { source: "smtp-lab", version: 1, type: "play" },
        { ...base, type: "setScenario", scenario: "../../lessons/port-587" },
        { ...base, type: "setScenario", scenario: "no-such-scenario" },
        { ...base, type: "setScenario", scenario: { toString: null } },
        { ...base, type: "setTheme", theme: "<img src=x onerror=alert(1)>" },
        { ...base, type: "__proto__" },
        { ...base, type: "constructor" },
        JSON.parse('{"source":"smtp-lab-host","version":1,"type":"play","__proto__":{"polluted":1}}'),
        JSON.parse('{"__proto__":{"source":"smtp-lab-host","version":1,"type":"play"}}'),
        huge,
        new Date(),
        /regex/,
        new Map([["type", "play"]]),
        new ArrayBuffer(1024 * 1024),
      ];
      const frame = document.getElementById("f") as HTMLIFrameElement;
      for (const m of list) frame.contentWindow?.postMessage(m, "*");
      return list.length;
    });
    expect(hostile).toBeGreaterThan(20);
    // Still alive and obeying valid commands, never having moved or played.
    const frame = embedFrame(page);
    await send(page, { source: "smtp-lab-host", version: 1, type: "goToStep", step: 3 });
    await expect(frame.locator(`[data-simulator="${SCENARIO}"]`)).toHaveAttribute("data-step", "3");
    const steps = (await messages(page)).filter((m) => m.type === "step");
    expect(steps.map((m) => m.step)).toEqual([3]);
    expect(steps.every((m) => m.state !== "playing")).toBe(true);
    expect(await frame.locator("html").evaluate(() => ({}) as Record<string, unknown>)).not.toHaveProperty(
      "polluted",
    );
    expect(problems).toEqual([]);
    await context.close();
  });

  test("the quiz embed reports each answer and the pass, to an allowed host only", async ({
    browser,
    baseURL,
  }) => {
    const quiz = quizForLesson("port-587");
    if (!quiz) throw new Error("port-587 has no quiz");
    const { page, context, problems } = await hostPage(browser);
    await page.goto(hostUrl(host, `${baseURL}/embed/quiz/port-587?origin=${host.origin}`));
    await expect
      .poll(async () => (await messages(page)).find((m) => m.type === "ready"))
      .toMatchObject({ widget: "quiz", id: "port-587" });
    const frame = embedFrame(page);
    const questions = frame.locator("[data-quiz] fieldset");
    await expect(questions).toHaveCount(quiz.questions.length);
    for (const [i, q] of quiz.questions.entries()) {
      const box = questions.nth(i);
      const inputs = box.locator("input");
      for (const [j, c] of q.choices.entries()) if (c.correct) await inputs.nth(j).check();
      await box.getByRole("button", { name: /Check/ }).click();
      await expect(box.getByText("Correct.")).toBeVisible();
    }
    await expect
      .poll(async () => (await messages(page)).filter((m) => m.type === "quizAnswered").length)
      .toBe(quiz.questions.length);
    const all = await messages(page);
    expect(all.filter((m) => m.type === "quizAnswered").every((m) => m.correct === true)).toBe(true);
    expect(all.find((m) => m.type === "quizCompleted")).toMatchObject({
      quizId: "port-587",
      correct: quiz.questions.length,
      total: quiz.questions.length,
      passed: true,
    });
    expect(all.find((m) => m.type === "quizPassed")).toMatchObject({ quizId: "port-587" });
    expect(problems).toEqual([]);
    await context.close();
  });

  test("quiz results are not announced to a host that the embed URL does not name", async ({
    browser,
    baseURL,
  }) => {
    const quiz = quizForLesson("port-587");
    if (!quiz) throw new Error("port-587 has no quiz");
    const { page, context, problems } = await hostPage(browser);
    await page.goto(hostUrl(host, `${baseURL}/embed/quiz/port-587`));
    await expect.poll(async () => (await messages(page)).some((m) => m.type === "ready")).toBe(true);
    const box = embedFrame(page).locator("[data-quiz] fieldset").first();
    const first = quiz.questions[0];
    if (!first) throw new Error("empty quiz");
    await box
      .locator("input")
      .nth(first.choices.findIndex((c) => c.correct))
      .check();
    await box.getByRole("button", { name: /Check/ }).click();
    await expect(box.getByText("Correct.")).toBeVisible();
    // A later public announcement proves the earlier private one would have arrived by now.
    await page.setViewportSize({ width: 500, height: 700 });
    await expect.poll(async () => (await messages(page)).some((m) => m.type === "resize")).toBe(true);
    expect((await messages(page)).filter((m) => m.type.startsWith("quiz"))).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });

  test("another site cannot frame a non-embed page", async ({ browser, baseURL, request }) => {
    const res = await request.get("/lessons/port-587");
    expect(res.headers()["x-frame-options"]).toBe("DENY");
    expect(res.headers()["content-security-policy"]).toContain("frame-ancestors 'none'");
    const { page, context, problems } = await hostPage(browser, [
      /violates the following Content Security Policy directive: "frame-ancestors 'none'"/,
    ]);
    await page.goto(hostUrl(host, `${baseURL}/lessons/port-587`));
    const frame = page.frameLocator("#f");
    await expect(page.getByRole("heading", { name: "Course page" })).toBeVisible();
    // The lesson never renders in the frame (Chromium shows its own error page there instead).
    await expect
      .poll(() =>
        page
          .frames()
          .find((f) => f !== page.mainFrame())
          ?.url(),
      )
      .toMatch(/^chrome-error:|^about:blank$/);
    await expect(frame.getByRole("heading", { name: /Port 587/ })).toHaveCount(0);
    expect(problems).toEqual([]);
    await context.close();
  });
});

// ——— "Embed this" ———

test.describe("Embed this dialog", () => {
  test("builds the snippet from the options, previews it, copies it, and behaves as a modal dialog", async ({
    page,
    context,
  }) => {
    await context.grantPermissions(["clipboard-write"]);
    // Reading the clipboard back is forbidden by our own Permissions-Policy (clipboard-read=()): record
    // what is written instead, and let the write go through.
    await page.addInitScript(() => {
      const write = navigator.clipboard.writeText.bind(navigator.clipboard);
      navigator.clipboard.writeText = (text: string) => {
        (window as unknown as { __copied: string }).__copied = text;
        return write(text);
      };
    });
    await page.goto(`/simulator/${SCENARIO}`);
    const button = page.getByRole("button", { name: "Embed this" });
    await button.click();
    const dialog = page.getByRole("dialog", { name: /Embed “Port 587/ });
    await expect(dialog).toBeVisible();
    const code = dialog.getByRole("textbox", { name: "Embed code" });
    await expect(code).toHaveValue(
      `<iframe src="http://localhost:3000/embed/simulator/${SCENARIO}" title="SMTP Lab: Port 587: STARTTLS, then log in, then send" loading="lazy" width="100%" height="820" style="border:0"></iframe>`,
    );
    await dialog.getByRole("radio", { name: "Dark" }).check();
    await dialog.getByRole("checkbox", { name: "Transcript" }).check();
    await dialog.getByRole("spinbutton", { name: "From" }).fill("3");
    await dialog.getByRole("spinbutton", { name: "to" }).fill("9");
    await dialog.getByRole("textbox", { name: /Your site’s origin/ }).fill("https://lms.example.edu");
    const query = "?theme=dark&from=3&to=9&hide=transcript&origin=https://lms.example.edu";
    // In the snippet the query's "&" are written &amp;, as HTML attribute values should be.
    await expect(code).toHaveValue(
      `<iframe src="http://localhost:3000/embed/simulator/${SCENARIO}${query.replace(/&/g, "&amp;")}" title="SMTP Lab: Port 587: STARTTLS, then log in, then send" loading="lazy" width="100%" height="820" style="border:0"></iframe>`,
    );
    const preview = dialog.locator("iframe[data-embed-preview]");
    await expect(preview).toHaveAttribute("src", `/embed/simulator/${SCENARIO}${query}`);
    const inside = preview.contentFrame();
    await expect(inside.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(inside.locator("html")).toHaveAttribute("data-theme", "dark");
    await expect(inside.locator(`[data-simulator="${SCENARIO}"]`)).toHaveAttribute("data-step", "3");

    // Bad input gets an answer, and the snippet leaves it out.
    await dialog.getByRole("textbox", { name: /Your site’s origin/ }).fill("lms.example.edu/course");
    await expect(dialog.getByText("is not a web origin")).toBeVisible();
    await expect(code).not.toHaveValue(/origin=/);
    await dialog.getByRole("spinbutton", { name: "From" }).fill("12");
    await expect(dialog.getByText(/Enter two step numbers/)).toBeVisible();
    await expect(code).not.toHaveValue(/from=/);

    await dialog.getByRole("checkbox", { name: /script that makes the frame as tall/ }).check();
    await expect(code).toHaveValue(/<script>[\s\S]*"resize"[\s\S]*<\/script>$/);
    await dialog.getByRole("button", { name: "Copy the code" }).click();
    await expect(dialog.getByText(/^Copied/)).toBeVisible();
    expect(await page.evaluate(() => (window as unknown as { __copied: string }).__copied)).toBe(
      await code.inputValue(),
    );

    // Modal: Tab never leaves it; Esc closes it and focus returns to the button.
    for (let i = 0; i < 30; i++) {
      await page.keyboard.press("Tab");
      expect(await page.evaluate(() => !!document.activeElement?.closest("dialog"))).toBe(true);
    }
    await page.keyboard.press("Shift+Tab");
    expect(await page.evaluate(() => !!document.activeElement?.closest("dialog"))).toBe(true);
    await page.keyboard.press("Escape");
    await expect(dialog).toBeHidden();
    await expect(button).toBeFocused();
  });

  test("copy falls back to selecting the code when the clipboard is refused", async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(navigator, "clipboard", {
        value: { writeText: () => Promise.reject(new Error("denied")) },
      });
      document.execCommand = () => false;
    });
    await page.goto("/port-chooser");
    await page.getByRole("button", { name: "Embed this" }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByRole("button", { name: "Copy the code" }).click();
    await expect(dialog.getByText(/The code is selected: press (Ctrl|⌘)\+?C/)).toBeVisible();
    const code = dialog.getByRole("textbox", { name: "Embed code" });
    await expect(code).toBeFocused();
    expect(await code.evaluate((el: HTMLTextAreaElement) => el.selectionEnd - el.selectionStart)).toBe(
      (await code.inputValue()).length,
    );
    await dialog.getByRole("button", { name: "Close" }).first().click();
    await expect(dialog).toBeHidden();
  });

  const WIDGETS = [
    { page: "/simulator/compare", name: "Embed this", src: "/embed/simulator/compare" },
    { page: "/simulator/console", name: "Embed this", src: "/embed/console" },
    { page: "/port-chooser", name: "Embed this", src: "/embed/port-chooser" },
    {
      page: "/simulator/delivery-mx-down-bounce",
      name: "Embed this",
      src: "/embed/simulator/delivery-mx-down-bounce",
    },
    { page: "/lessons/port-587", name: "Embed this quiz", src: "/embed/quiz/port-587" },
  ];
  for (const w of WIDGETS) {
    test(`${w.page} offers "${w.name}" with its embed`, async ({ page }) => {
      await page.goto(w.page);
      await page.getByRole("button", { name: w.name }).click();
      const dialog = page.getByRole("dialog");
      await expect(dialog.getByRole("textbox", { name: "Embed code" })).toHaveValue(
        new RegExp(`^<iframe src="http://localhost:3000${w.src}" title="SMTP Lab: [^"]+" loading="lazy"`),
      );
      await expect(
        dialog.locator("iframe[data-embed-preview]").contentFrame().locator("[data-embed-ready]"),
      ).toBeVisible();
      await dialog.getByRole("button", { name: "Done" }).click();
      await expect(dialog).toBeHidden();
    });
  }

  test("the lesson's quiz dialog is named after the lesson", async ({ page }) => {
    await page.goto("/lessons/port-587");
    await page.getByRole("button", { name: "Embed this quiz" }).click();
    await expect(page.getByRole("dialog", { name: /Embed “Check yourself: Port 587/ })).toBeVisible();
  });

  for (const scheme of ["light", "dark"] as const) {
    test(`axe finds nothing in the dialog (${scheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(`/simulator/${SCENARIO}`);
      await page.getByRole("button", { name: "Embed this" }).click();
      await expect(page.getByRole("dialog")).toBeVisible();
      await page
        .getByRole("dialog")
        .getByRole("textbox", { name: /Your site’s origin/ })
        .fill("nope");
      const { violations } = await axe(page).include("dialog").analyze();
      expect(violations.map((v) => `${v.id} ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual(
        [],
      );
    });
  }

  // e2e/axe.ts runs axe in legacy mode, which reaches same-origin frames only: it must still see into the
  // embed frames this site puts on its pages (here, the dialog's live preview).
  test("the tests' axe set-up checks inside an embed's frame", async ({ page }) => {
    await page.goto(`/simulator/${SCENARIO}`);
    await page.getByRole("button", { name: "Embed this" }).click();
    const preview = page.getByRole("dialog").locator("iframe[data-embed-preview]");
    await expect(preview.contentFrame().locator("[data-embed-ready]")).toBeAttached();
    await preview
      .contentFrame()
      .locator("body")
      .evaluate((body) => {
        body.appendChild(document.createElement("button")).id = "nameless";
      });
    const { violations } = await axe(page).include("dialog").withRules(["button-name"]).analyze();
    expect(violations.flatMap((v) => v.nodes.map((n) => n.target))).toEqual([
      [expect.stringMatching(/^iframe/), "#nameless"],
    ]);
  });
});

// ——— oEmbed ———

test.describe("oEmbed", () => {
  const PAGES = [
    {
      page: `/simulator/${SCENARIO}`,
      json: `/oembed/simulator/${SCENARIO}.json`,
      embed: `/embed/simulator/${SCENARIO}`,
    },
    { page: "/simulator/compare", json: "/oembed/compare.json", embed: "/embed/simulator/compare" },
    { page: "/simulator/console", json: "/oembed/console.json", embed: "/embed/console" },
    { page: "/port-chooser", json: "/oembed/port-chooser.json", embed: "/embed/port-chooser" },
    { page: "/lessons/port-587", json: "/oembed/quiz/port-587.json", embed: "/embed/quiz/port-587" },
  ];
  test("widget pages link a static rich oEmbed document with absolute URLs", async ({ request }) => {
    for (const p of PAGES) {
      const html = await (await request.get(p.page)).text();
      const link =
        /<link rel="alternate" type="application\/json\+oembed" href="([^"]+)" title="([^"]+)"/.exec(html);
      expect(link?.[1], p.page).toBe(`http://localhost:3000${p.json}`);
      const res = await request.get(p.json);
      expect(res.status()).toBe(200);
      expect(res.headers()["content-type"]).toContain("application/json");
      expect(res.headers()["access-control-allow-origin"]).toBe("*");
      const doc = await res.json();
      expect(doc).toMatchObject({
        version: "1.0",
        type: "rich",
        provider_name: "SMTP Lab",
        provider_url: "http://localhost:3000",
        width: 800,
      });
      expect(doc.height).toBeGreaterThan(400);
      expect(doc.title).toBe(link?.[2]);
      expect(doc.html).toBe(
        `<iframe src="http://localhost:3000${p.embed}" title="${doc.title}" loading="lazy" width="100%" height="${doc.height}" style="border:0"></iframe>`,
      );
    }
  });
});

// ——— Security headers and CSP ———

function directives(csp: string): Map<string, string[]> {
  return new Map(
    csp
      .split(";")
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...values]) => [name as string, values]),
  );
}

test.describe("security headers", () => {
  for (const path of [
    `/lessons/port-587`,
    `/simulator/${SCENARIO}`,
    `/embed/simulator/${SCENARIO}`,
    "/embed/quiz/port-587",
  ]) {
    test(`${path} carries the CSP and the other headers`, async ({ request }) => {
      const res = await request.get(path);
      expect(res.status()).toBe(200);
      const h = res.headers();
      const csp = h["content-security-policy"] ?? "";
      expect(csp).not.toContain("unsafe-eval");
      const d = directives(csp);
      expect(d.get("default-src")).toEqual(["'self'"]);
      expect(d.get("object-src")).toEqual(["'none'"]);
      expect(d.get("base-uri")).toEqual(["'self'"]);
      expect(d.get("connect-src")).toEqual(["'self'"]);
      expect(d.get("img-src")).toEqual(["'self'", "data:"]);
      expect(d.get("font-src")).toEqual(["'self'"]);
      expect(d.get("style-src")).toEqual(["'self'", "'unsafe-inline'"]);
      const scripts = d.get("script-src") ?? [];
      expect(scripts[0]).toBe("'self'");
      expect(scripts).not.toContain("'unsafe-inline'");
      // Every inline script of the page is allowed by its hash, and nothing else is.
      const html = await res.text();
      const inline = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)].filter(
        (m) => !/\ssrc=/.test(m[1] ?? "") && m[2],
      );
      expect(inline.length).toBeGreaterThan(0);
      expect(scripts.slice(1).every((s) => /^'sha256-[A-Za-z0-9+/]+=*'$/.test(s))).toBe(true);
      const embed = path.startsWith("/embed/");
      expect(d.get("frame-ancestors")).toEqual(embed ? ["*"] : ["'none'"]);
      expect(h["x-frame-options"]).toBe(embed ? undefined : "DENY");
      expect(h["referrer-policy"]).toBe("strict-origin-when-cross-origin");
      expect(h["x-content-type-options"]).toBe("nosniff");
      const pp = h["permissions-policy"] ?? "";
      for (const deny of ["camera=()", "microphone=()", "geolocation=()", "payment=()", "usb=()"])
        expect(pp).toContain(deny);
      expect(pp).toContain("clipboard-write=(self)");
      expect(pp).toContain("fullscreen=(self)");
    });
  }

  test.describe("no CSP violation while the pages are used", () => {
    test.beforeEach(async ({ page }) => {
      await page.addInitScript(() => {
        const w = window as unknown as { __csp: string[] };
        w.__csp = [];
        document.addEventListener("securitypolicyviolation", (e) => {
          w.__csp.push(`${e.violatedDirective} ${e.blockedURI} ${e.sample}`);
        });
      });
    });
    const violations = (page: Page) => page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);

    test("a lesson with its lazy islands, then client-side navigation to the simulator", async ({ page }) => {
      await page.goto("/lessons/port-587");
      // Lazily loaded islands: the simulator embed's player and the quiz.
      const play = page.locator("[data-activate-simulator]").first();
      if ((await play.count()) > 0) {
        await play.click();
        await expect(page.locator("[data-simulator]").first()).toBeVisible();
      }
      await page.locator("#quiz").scrollIntoViewIfNeeded();
      await expect(page.locator("[data-quiz]")).toBeVisible();
      await page.getByRole("button", { name: "Embed this quiz" }).click();
      await expect(
        page
          .getByRole("dialog")
          .locator("iframe[data-embed-preview]")
          .contentFrame()
          .locator("[data-embed-ready]"),
      ).toBeVisible();
      await page.keyboard.press("Escape");
      expect(await violations(page)).toEqual([]);
      // Client-side navigation (no new document, so the same listener keeps watching).
      await page.getByRole("banner").getByRole("link", { name: "Simulator" }).click();
      await expect(page).toHaveURL(/\/simulator$/);
      await page.getByRole("link", { name: "Compare ports side by side" }).first().click();
      await expect(page.locator("[data-compare][data-ready]")).toBeVisible();
      expect(await violations(page)).toEqual([]);
    });

    test("the simulator playing, the what-if engine, and the console's lazy engine", async ({ page }) => {
      await page.goto(`/simulator/${SCENARIO}?step=3`);
      await page.getByRole("button", { name: "Next step" }).click();
      await page.getByText(/What if…\?/).click();
      await page.getByRole("combobox", { name: "Port" }).selectOption("465");
      await expect(page.locator("[data-what-if='changed']")).toBeVisible();
      await page.goto("/simulator/console");
      const line = page.getByRole("textbox", { name: "Your next line to the server" }).first();
      await line.fill("EHLO client.example.test");
      await line.press("Enter");
      await expect(page.locator("[data-console]").first()).toContainText("250-mail.example.test");
      expect(await violations(page)).toEqual([]);
    });

    test("embed pages, a journey, and the 404 page", async ({ page }) => {
      for (const path of EMBEDS) {
        await openEmbed(page, path);
        expect(await violations(page), path).toEqual([]);
      }
      await openEmbed(page, `/embed/simulator/${SCENARIO}`);
      await page.getByRole("button", { name: "Play" }).click();
      await page.getByRole("button", { name: "Next step" }).click();
      expect(await violations(page)).toEqual([]);
    });
  });

  test.describe("the 404 page", () => {
    test.use({ allowedConsole: [/status of 404/] });
    test("is served with a CSP that allows its own scripts", async ({ page }) => {
      const res = await page.goto("/no/such/page");
      expect(res?.status()).toBe(404);
      await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
      const csp = res?.headers()["content-security-policy"] ?? "";
      expect(csp).toMatch(/script-src 'self' 'sha256-/);
      expect(
        await page.evaluate(() => document.querySelectorAll("script:not([src])").length),
      ).toBeGreaterThan(0);
    });
  });
});
