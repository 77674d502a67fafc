/**
 * The static export (issue 7, point 6) under a base path, /smtp-lab, from a plain static file server that
 * does no rewriting (scripts/static-server.mjs; prepared by scripts/static-e2e.mjs). Every page, asset,
 * lazy island and raw URL (iframe src, fetch, plain links, canonical and oEmbed links) must live under the
 * base path; the live lab degrades to a message; axe stays clean.
 */
import type { Page } from "@playwright/test";
import { quizForLesson } from "@/content/quizzes";
import { axe } from "./axe";
import { expect, test } from "./fixtures";

const BASE = "/smtp-lab";

/** Fails the test on any response that is not 2xx/3xx or any request outside the base path. */
function watchRequests(page: Page): string[] {
  const bad: string[] = [];
  page.on("response", (r) => {
    const url = new URL(r.url());
    if (r.status() >= 400) bad.push(`${r.status()} ${url.pathname}`);
  });
  page.on("request", (r) => {
    const url = new URL(r.url());
    if (url.protocol.startsWith("http") && !url.pathname.startsWith(`${BASE}/`))
      bad.push(`outside the base path: ${url.pathname}`);
  });
  return bad;
}

async function answerRight(page: Page, slug: string) {
  const quiz = quizForLesson(slug);
  if (!quiz) throw new Error(`no quiz for ${slug}`);
  await page.locator("h2#quiz").scrollIntoViewIfNeeded();
  const section = page.locator(`[data-quiz="${quiz.id}"]`);
  await expect(section).toBeVisible();
  for (const [qi, q] of quiz.questions.entries()) {
    const fieldset = section.locator("fieldset").nth(qi);
    for (const [i, c] of q.choices.entries()) if (c.correct) await fieldset.locator("input").nth(i).check();
    await fieldset.getByRole("button", { name: /Check/ }).click();
  }
  await expect(section.locator('[data-quiz-result="passed"]')).toBeVisible();
}

test("the home page and client-side navigation work under the base path", async ({ page }) => {
  const bad = watchRequests(page);
  await page.goto(`${BASE}/`);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.locator('link[rel="stylesheet"]').first()).toHaveAttribute(
    "href",
    /^\/smtp-lab\/_next\//,
  );
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Lessons" }).click();
  await expect(page).toHaveURL(`${BASE}/lessons/`);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await page.locator(`a[href="${BASE}/lessons/what-is-smtp/"]`).first().click();
  await expect(page).toHaveURL(`${BASE}/lessons/what-is-smtp/`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(/SMTP/);
  expect(bad).toEqual([]);
});

test("a lesson: lazy quiz and simulator islands load, raw links and metadata carry the base path", async ({
  page,
}) => {
  const bad = watchRequests(page);
  await page.goto(`${BASE}/lessons/port-587/`);
  const canonical = await page.locator('link[rel="canonical"]').getAttribute("href");
  expect(new URL(canonical ?? "").pathname).toBe(`${BASE}/lessons/port-587/`);
  const oembed = await page.locator('link[type="application/json+oembed"]').getAttribute("href");
  const oembedPath = new URL(oembed ?? "").pathname;
  expect(oembedPath).toBe(`${BASE}/oembed/quiz/port-587.json`);
  const doc = await (await page.request.get(oembedPath)).json();
  expect(doc.html).toContain(`${BASE}/embed/quiz/port-587`);
  // Plain <a> links that bypass next/link (glossary terms) are based too.
  for (const href of await page
    .locator('a[href*="glossary"]')
    .evaluateAll((as) => as.map((a) => a.getAttribute("href") ?? "")))
    expect(href.startsWith(`${BASE}/glossary/`)).toBe(true);
  // The simulator's player is a lazy chunk: Turbopack must fetch it from the base path.
  const embed = page.locator('[data-simulator-embed="587-starttls-auth"]');
  await embed.getByRole("button", { name: /Play it step by step/ }).click();
  const player = embed.locator("[data-simulator]");
  // The lesson opens this player at step 5; a key press moves it on.
  await expect(player).toHaveAttribute("data-step", "5");
  await player.locator("[data-stage]").focus();
  await page.keyboard.press("ArrowRight");
  await expect(player).toHaveAttribute("data-step", "6");
  await answerRight(page, "port-587");
  expect(bad).toEqual([]);
});

test("the Embed this dialog's preview and snippet point under the base path", async ({ page }) => {
  const bad = watchRequests(page);
  await page.goto(`${BASE}/lessons/what-is-smtp/`);
  await page.getByRole("button", { name: "Embed this quiz" }).click();
  const dialog = page.locator("dialog[data-embed-dialog]");
  await expect(dialog).toBeVisible();
  await expect(dialog.locator("iframe")).toHaveAttribute("src", /^\/smtp-lab\/embed\/quiz\/what-is-smtp\//);
  await expect(dialog.getByRole("textbox", { name: "Embed code" })).toHaveValue(
    /src="https?:\/\/[^"/]+\/smtp-lab\/embed\/quiz\/what-is-smtp\/"/,
  );
  await expect(dialog.frameLocator("iframe").getByRole("heading", { level: 1 })).toBeVisible();
  expect(bad).toEqual([]);
});

test("the port chooser's snippets are fetched from the base path", async ({ page }) => {
  const bad = watchRequests(page);
  const json: string[] = [];
  page.on("response", (r) => {
    if (r.url().includes("/port-chooser/snippets/")) json.push(`${r.status()} ${new URL(r.url()).pathname}`);
  });
  await page.goto(
    `${BASE}/port-chooser/?role=submit&blocks=25&provider=465,587&client=implicit-tls,starttls&auth=password`,
  );
  await expect(page.locator("[data-port-chooser='ready']")).toBeVisible();
  await expect(page.locator("pre[data-snippet]")).toContainText(/\S/);
  expect(json).toEqual([`200 ${BASE}/port-chooser/snippets/provider-465-implicit-password.json`]);
  expect(bad).toEqual([]);
});

test("the live lab says it needs npm start; an unknown address is a 404, not a blank page", async ({
  page,
}) => {
  await page.goto(`${BASE}/lab/`);
  await expect(page.getByText(/npm start/).first()).toBeVisible();
  const r = await page.request.get(`${BASE}/no-such-page/`);
  expect(r.status()).toBe(404);
  // The export ships its own not-found page for hosts that serve 404.html.
  const nf = await page.request.get(`${BASE}/404.html`);
  expect(nf.status()).toBe(200);
  expect(await nf.text()).toContain(`${BASE}/_next/`);
});

test("axe finds nothing on an exported lesson", async ({ page }) => {
  await page.goto(`${BASE}/lessons/what-is-smtp/`);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  const results = await axe(page).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.length}`)).toEqual([]);
});
