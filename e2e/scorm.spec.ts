/**
 * The SCORM 1.2 package (issue 7, point 7), prepared by scripts/static-e2e.mjs: the zip's manifest, and
 * the package unzipped under a path it was never told about (/lms/content/abc123/) on a plain static
 * server, run by a stand-in LMS page (/lms/player.html) whose window.API records every call and which
 * frames a lesson SCO. Also: the same SCO opened with no LMS at all.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import type { Frame, Page } from "@playwright/test";
import { curriculum } from "@/content/lessons/curriculum";
import { quizForLesson } from "@/content/quizzes";
import { readZip } from "../scripts/static-export.mjs";
import { expect, test } from "./fixtures";

const CONTENT = "/lms/content/abc123";
const zip = () => readZip(readFileSync(path.join(process.cwd(), "dist", "e2e", "smtp-lab-scorm.zip")));
type Call = { name: string; args: string[]; result: string };

function watchRequests(page: Page): string[] {
  const bad: string[] = [];
  page.on("response", (r) => {
    if (r.status() >= 400) bad.push(`${r.status()} ${new URL(r.url()).pathname}`);
  });
  return bad;
}

async function answerRight(where: Page | Frame, slug: string) {
  const quiz = quizForLesson(slug);
  if (!quiz) throw new Error(`no quiz for ${slug}`);
  await where.locator("h2#quiz").scrollIntoViewIfNeeded();
  const section = where.locator(`[data-quiz="${quiz.id}"]`);
  await expect(section).toBeVisible();
  for (const [qi, q] of quiz.questions.entries()) {
    const fieldset = section.locator("fieldset").nth(qi);
    for (const [i, c] of q.choices.entries()) if (c.correct) await fieldset.locator("input").nth(i).check();
    await fieldset.getByRole("button", { name: /Check/ }).click();
  }
  await expect(section.locator('[data-quiz-result="passed"]')).toBeVisible();
}

test("the manifest is SCORM 1.2 with one SCO per lesson in curriculum order, every href in the zip", () => {
  const files = zip();
  const manifest = files.get("imsmanifest.xml")?.toString("utf8") ?? "";
  expect(manifest).toContain("<schemaversion>1.2</schemaversion>");
  expect(manifest).toContain('xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"');
  const lessons = curriculum.flatMap((s) => s.lessons);
  const items = [...manifest.matchAll(/<item identifier="item-([^"]+)" identifierref="sco-([^"]+)">/g)];
  expect(items.map((m) => m[1])).toEqual(lessons);
  const scos = [
    ...manifest.matchAll(/<resource identifier="sco-([^"]+)"[^>]*adlcp:scormtype="sco" href="([^"]+)"/g),
  ];
  expect(scos.map((m) => m[1])).toEqual(lessons);
  for (const [, slug, href] of scos) expect(href).toBe(`lessons/${slug}/index.html`);
  const hrefs = [...manifest.matchAll(/ href="([^"]+)"/g)].map((m) => m[1] ?? "");
  expect(hrefs.length).toBeGreaterThan(lessons.length * 2);
  for (const href of hrefs) expect(files.has(href), href).toBe(true);
  for (const slug of lessons)
    expect(manifest).toMatch(
      new RegExp(`item-${slug}"[\\s\\S]*?<adlcp:masteryscore>\\d+</adlcp:masteryscore>`),
    );
  // Relative URLs only: no placeholder, and no root-relative site URL in any page.
  for (const [name, buf] of files) {
    if (!name.endsWith(".html")) continue;
    const html = buf.toString("utf8");
    expect(html, name).not.toContain("__smtplab_base__");
    expect(html, name).not.toMatch(/(?:href|src)="\/(?!\/)/);
  }
});

test("a lesson SCO framed by an LMS reports initialise, score, passed, commit and finish", async ({
  page,
}) => {
  const bad = watchRequests(page);
  await page.goto("/lms/player.html?sco=lessons/port-587/index.html");
  const calls = () => page.evaluate(() => (window as unknown as { scormCalls: Call[] }).scormCalls);
  await expect.poll(async () => (await calls()).map((c) => c.name)).toContain("LMSInitialize");
  const frame = page.frame({ url: /\/lessons\/port-587\/index\.html$/ });
  if (!frame) throw new Error("the SCO frame did not load");
  await expect(frame.getByRole("heading", { level: 1 })).toBeVisible();
  // A lazy island under the unknown path: the lesson's simulator player.
  const embed = frame.locator('[data-simulator-embed="587-starttls-auth"]');
  await embed.getByRole("button", { name: /Play it step by step/ }).click();
  await expect(embed.locator("[data-simulator]")).toHaveAttribute("data-step", "5");
  await answerRight(frame, "port-587");
  const set = (all: Call[]) => all.filter((c) => c.name === "LMSSetValue").map((c) => c.args.join("="));
  await expect.poll(async () => set(await calls())).toContain("cmi.core.lesson_status=passed");
  const afterQuiz = await calls();
  expect(set(afterQuiz)).toEqual(
    expect.arrayContaining([
      "cmi.core.lesson_status=incomplete",
      "cmi.core.score.min=0",
      "cmi.core.score.max=100",
      "cmi.core.score.raw=100",
      "cmi.core.lesson_status=passed",
    ]),
  );
  expect(afterQuiz.map((c) => c.name).filter((n) => n === "LMSInitialize")).toHaveLength(1);
  expect(afterQuiz.at(-1)?.name).toBe("LMSCommit");
  // The learner leaves: the SCO's pagehide finishes the session, once.
  await page.evaluate(() => document.getElementById("sco")?.remove());
  await expect.poll(async () => (await calls()).map((c) => c.name)).toContain("LMSFinish");
  const names = (await calls()).map((c) => c.name);
  expect(names.filter((n) => n === "LMSFinish")).toHaveLength(1);
  expect(names.indexOf("LMSFinish")).toBeGreaterThan(names.lastIndexOf("LMSSetValue"));
  expect(bad).toEqual([]);
});

test("without an LMS the SCO works unchanged: quiz, links to other pages, no errors", async ({ page }) => {
  const bad = watchRequests(page);
  await page.goto(`${CONTENT}/lessons/what-is-smtp/index.html`);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await answerRight(page, "what-is-smtp");
  // Inside the package, links load the other page's index.html relative to this one.
  const next = page.locator('a[href="../../lessons/anatomy-of-a-session/index.html"]').first();
  await next.click();
  await expect(page).toHaveURL(`${CONTENT}/lessons/anatomy-of-a-session/index.html`);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  expect(bad).toEqual([]);
});

test("a screenshot of a lesson inside the stand-in LMS", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto("/lms/player.html?sco=lessons/port-465/index.html");
  const frame = page.frameLocator("#sco");
  await expect(frame.getByRole("heading", { level: 1 })).toBeVisible();
  await page.screenshot({ path: path.join("dist", "e2e", "scorm-lesson-in-lms.png") });
});
