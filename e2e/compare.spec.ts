/**
 * Compare mode (issue 4, point 5): /simulator/compare?ids=a,b[,c] — scenarios side by side, aligned by
 * phase. The default (587, 465, 25) without and with JavaScript, ids from the URL, the picker and the
 * history, hostile ids, keyboard phase stepping and the links into the player, axe in both themes, the
 * phone layout, and the lesson embed.
 */
import type { Page } from "@playwright/test";
import { buildColumn } from "@/components/simulator/compare-build";
import { axe } from "./axe";
import { expect, test } from "./fixtures";
import { pageRoutes } from "./routes";

const DEFAULT = ["587-starttls-auth", "465-implicit-tls", "25-starttls-opportunistic"];

async function open(page: Page, query = "") {
  await page.goto(`/simulator/compare${query}`);
  await expect(page.locator("[data-compare][data-ready]")).toBeVisible();
}

/** Per row: its phase, and which columns have steps in it. */
async function layout(page: Page) {
  return page.locator("li[data-row]").evaluateAll((rows) =>
    rows.map((r) => ({
      phase: r.getAttribute("data-phase"),
      filled: [...r.querySelectorAll("[data-column]")]
        .filter((c) => !c.hasAttribute("data-empty"))
        .map((c) => c.getAttribute("data-column")),
    })),
  );
}

type Layout = Awaited<ReturnType<typeof layout>>;
const rowOf = (rows: Layout, id: string, phase: string, after = -1) =>
  rows.findIndex((r, i) => i > after && r.phase === phase && r.filled.includes(id));

function checkDefaultOrder(rows: Layout) {
  expect(rows.length).toBe(11);
  // 465: TLS from the first byte, before its greeting.
  const tls465 = rowOf(rows, "465-implicit-tls", "tls");
  expect(tls465).toBeGreaterThan(-1);
  expect(tls465).toBeLessThan(rowOf(rows, "465-implicit-tls", "greeting"));
  expect(rowOf(rows, "465-implicit-tls", "ehlo")).toBeGreaterThan(
    rowOf(rows, "465-implicit-tls", "greeting"),
  );
  // 587 (and 25): greeting, EHLO, then the TLS row, then a second EHLO straight after it.
  for (const id of ["587-starttls-auth", "25-starttls-opportunistic"]) {
    const ehlo = rowOf(rows, id, "ehlo");
    const tls = rowOf(rows, id, "tls");
    expect(rowOf(rows, id, "greeting")).toBeLessThan(ehlo);
    expect(ehlo).toBeLessThan(tls);
    expect(rowOf(rows, id, "ehlo", tls)).toBe(tls + 1);
  }
  // The greetings share one row; the two TLS rows are apart.
  const greeting = rows.find((r) => r.phase === "greeting");
  expect(greeting?.filled).toEqual(DEFAULT);
  expect(tls465).not.toBe(rowOf(rows, "587-starttls-auth", "tls"));
}

async function axeClean(page: Page, include?: string) {
  const builder = axe(page);
  if (include) builder.include(include);
  const results = await builder.analyze();
  return results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`,
  );
}

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the default comparison is in the HTML, TLS rows in place", async ({ page }) => {
    await page.goto("/simulator/compare");
    await expect(page.getByRole("heading", { level: 1, name: "Compare ports side by side" })).toBeVisible();
    await expect(page.locator("[data-compare]")).toHaveAttribute("data-compare", DEFAULT.join(","));
    checkDefaultOrder(await layout(page));
    // The engine's own lines, not a summary.
    const greeting = page.locator('li[data-row][data-phase="greeting"] [data-column="465-implicit-tls"]');
    await expect(greeting).toContainText("220 mail.example.test ESMTP Postfix (Debian/GNU)");
    await expect(greeting.locator("[data-step='6'][data-tls]")).toBeVisible();
  });
});

test.describe("with JavaScript", () => {
  test("the default comparison: 465's TLS before its greeting, 587's after EHLO", async ({ page }) => {
    await open(page);
    await expect(page.locator("[data-compare]")).toHaveAttribute("data-compare", DEFAULT.join(","));
    checkDefaultOrder(await layout(page));
    const heads = page.getByRole("list", { name: "Conversations compared" }).getByRole("listitem");
    await expect(heads.filter({ hasText: "Port 465: TLS from the first byte" })).toContainText(
      "Implicit TLS: TLS from the first byte",
    );
    // STARTTLS itself travels in the clear, in 587's TLS row; the wire sizes are the engine's.
    const tls587 = page.locator(
      'li[data-row][data-phase="tls"] [data-column="587-starttls-auth"]:not([data-empty])',
    );
    await expect(tls587.locator("li[data-step='5']")).toContainText("STARTTLS");
    await expect(tls587.locator("li[data-step='5']")).not.toHaveAttribute("data-tls");
    await expect(tls587.locator("li[data-step='7']")).toContainText("ClientHello");
    await expect(tls587.locator("li[data-step='7']")).toContainText("517 B");
  });

  test("ids from the URL: the stripping pair, with the captured password only where TLS is missing", async ({
    page,
  }) => {
    await open(page, "?ids=587-stripping-opportunistic,465-stripping-nothing");
    await expect(page.locator("[data-compare]")).toHaveAttribute(
      "data-compare",
      "587-stripping-opportunistic,465-stripping-nothing",
    );
    await expect(page.locator("[data-column-head]")).toHaveCount(2);
    await expect(page.locator("[data-compare-notes]")).toBeEmpty();
    const rows = await layout(page);
    expect(rowOf(rows, "465-stripping-nothing", "tls")).toBeLessThan(
      rowOf(rows, "465-stripping-nothing", "greeting"),
    );
    expect(rowOf(rows, "587-stripping-opportunistic", "tls")).toBe(-1);
    const auth = page.locator('li[data-row][data-phase="auth"]');
    await expect(auth.locator('[data-column="587-stripping-opportunistic"]')).toContainText(
      "The attacker reads user “alice”, password “wonderland”",
    );
    await expect(auth.locator('[data-column="465-stripping-nothing"]')).not.toContainText(
      "The attacker reads",
    );
    await expect(page).toHaveURL(/\?ids=587-stripping-opportunistic,465-stripping-nothing$/);
  });

  test.describe("when a column cannot be fetched", () => {
    test.use({ allowedConsole: [/ERR_INTERNET_DISCONNECTED/] });
    test("the engine's build-time columns are fetched; offline keeps the comparison shown, with a note", async ({
      page,
    }) => {
      // Compare mode does not run the engine in the browser: it fetches each column, computed at build time.
      const fetched: string[] = [];
      page.on("request", (r) => {
        if (r.url().includes("/compare-data/")) fetched.push(new URL(r.url()).pathname);
      });
      await open(page, "?ids=25-relay-refused,587-tls-first-client");
      await expect(page.locator("[data-column-head]")).toHaveCount(2);
      expect(fetched.sort()).toEqual([
        "/compare-data/25-relay-refused.json",
        "/compare-data/587-tls-first-client.json",
      ]);
      // What is served is the engine's run of that scenario, and only current session ids are served.
      const served = await (await page.request.get("/compare-data/25-relay-refused.json")).json();
      expect(served).toEqual(JSON.parse(JSON.stringify(buildColumn("25-relay-refused"))));
      expect((await page.request.get("/compare-data/delivery-direct.json")).status()).toBe(404);
      expect((await page.request.get("/compare-data/no-such-scenario.json")).status()).toBe(404);
      // Offline: choosing another scenario keeps the comparison on screen and says why.
      await page.route("**/compare-data/**", (route) => route.abort("internetdisconnected"));
      await page.getByRole("combobox", { name: "Conversation B" }).selectOption("465-implicit-tls");
      await expect(page.locator("[data-compare-notes]")).toContainText("could not be loaded");
      await expect(page.locator("[data-compare]")).toHaveAttribute(
        "data-compare",
        "25-relay-refused,587-tls-first-client",
      );
    });
  });

  test("the picker puts the choice in the URL, and back/forward restore it", async ({ page }) => {
    await open(page);
    await page.getByRole("combobox", { name: "Conversation C (optional)" }).selectOption("");
    await expect(page).toHaveURL(/\/simulator\/compare\?ids=587-starttls-auth,465-implicit-tls$/);
    await expect(page.locator("[data-column-head]")).toHaveCount(2);

    await page.getByRole("combobox", { name: "Conversation B" }).selectOption("2525-alternate-submission");
    await expect(page).toHaveURL(/\?ids=587-starttls-auth,2525-alternate-submission$/);
    await expect(page.locator("[data-compare][data-ready]")).toHaveAttribute(
      "data-compare",
      "587-starttls-auth,2525-alternate-submission",
    );
    // Same protocol on another number: every row is shared.
    const rows = await layout(page);
    expect(rows.every((r) => r.filled.length === 2)).toBe(true);

    // A scenario already shown in another column cannot be picked twice.
    const b = page.getByRole("combobox", { name: "Conversation B" });
    await expect(b.locator('option[value="587-starttls-auth"]')).toBeDisabled();

    await page.goBack();
    await expect(page).toHaveURL(/\?ids=587-starttls-auth,465-implicit-tls$/);
    await expect(page.locator("[data-compare][data-ready]")).toHaveAttribute(
      "data-compare",
      "587-starttls-auth,465-implicit-tls",
    );
    await page.goForward();
    await expect(page.locator("[data-compare][data-ready]")).toHaveAttribute(
      "data-compare",
      "587-starttls-auth,2525-alternate-submission",
    );

    // The shared link opens the same comparison in a fresh page.
    const shared = page.url();
    const other = await page.context().newPage();
    await other.goto(shared);
    await expect(other.locator("[data-compare][data-ready]")).toHaveAttribute(
      "data-compare",
      "587-starttls-auth,2525-alternate-submission",
    );
    await other.close();
  });

  for (const [label, query, expected, note] of [
    ["unknown ids", "?ids=nope,also-nope", DEFAULT, /no conversation called “nope”/],
    [
      "script in the value",
      `?ids=${encodeURIComponent("<script>alert(1)</script>,465-implicit-tls")}`,
      DEFAULT,
      /“<script>alert\(1\)<\/script>”/,
    ],
    ["a single id", "?ids=465-implicit-tls", DEFAULT, /at least 2 conversations/],
    ["duplicates", "?ids=465-implicit-tls,465-implicit-tls", DEFAULT, /listed twice/],
    [
      "a journey",
      "?ids=delivery-direct,465-implicit-tls",
      DEFAULT,
      /no conversation called “delivery-direct”/,
    ],
    [
      "four ids and a duplicate",
      "?ids=25-plain-delivery,25-plain-delivery,25-relay-refused,25-unknown-user,25-pipelining",
      ["25-plain-delivery", "25-relay-refused", "25-unknown-user"],
      /at most 3 conversations: “25-pipelining” left out/,
    ],
  ] as const) {
    test(`bad ids (${label}) give a visible note and a sensible comparison`, async ({ page }) => {
      let dialog = false;
      page.on("dialog", async (d) => {
        dialog = true;
        await d.dismiss();
      });
      await page.goto(`/simulator/compare${query}`);
      const notes = page.locator("[data-compare-notes]");
      await expect(notes).toContainText(note);
      await expect(page.locator("[data-compare][data-ready]")).toHaveAttribute(
        "data-compare",
        expected.join(","),
      );
      // The address now names what is shown, so sharing it gives the same page without the note.
      if (expected === DEFAULT) await expect(page).toHaveURL(/\/simulator\/compare$/);
      else await expect(page).toHaveURL(new RegExp(`\\?ids=${expected.join(",")}$`));
      expect(dialog).toBe(false);
    });
  }

  test("keyboard: ←/→ and Home/End step through the phases of every column at once", async ({ page }) => {
    await open(page);
    const root = page.locator("[data-compare]");
    const caption = page.locator("[data-phase-caption]");
    await expect(root).toHaveAttribute("data-phase-row", "0");
    await page.keyboard.press("ArrowLeft");
    await expect(root).toHaveAttribute("data-phase-row", "0");

    await page.keyboard.press("ArrowRight");
    await expect(root).toHaveAttribute("data-phase-row", "1");
    await expect(caption).toContainText("Phase 1 of 11: Connect");
    await expect(page.locator('li[data-row="1"]')).toHaveAttribute("aria-current", "step");

    await page.keyboard.press("ArrowRight");
    await expect(caption).toContainText("Phase 2 of 11: TLS handshake");
    await expect(page.locator('li[data-row="2"]')).toHaveAttribute("aria-current", "step");
    await expect(page.locator('li[data-row="1"]')).not.toHaveAttribute("aria-current");
    // The player links follow the highlighted row: 465 opens at its ClientHello, 587 (no TLS yet) at its
    // last step before this row.
    await expect(page.locator('[data-player-link="465-implicit-tls"]')).toHaveAttribute(
      "href",
      "/simulator/465-implicit-tls?step=2",
    );
    await expect(page.locator('[data-player-link="587-starttls-auth"]')).toHaveAttribute(
      "href",
      "/simulator/587-starttls-auth?step=1",
    );

    await page.keyboard.press("ArrowRight");
    await expect(caption).toContainText("Phase 3 of 11: Greeting");
    await expect(page.locator('li[data-row="3"]')).toBeInViewport();

    await page.keyboard.press("End");
    await expect(root).toHaveAttribute("data-phase-row", "11");
    await expect(page.getByRole("button", { name: "Next phase" })).toBeDisabled();
    await page.keyboard.press("ArrowRight");
    await expect(root).toHaveAttribute("data-phase-row", "11");
    await page.keyboard.press("Home");
    await expect(root).toHaveAttribute("data-phase-row", "0");
    await expect(page.getByRole("button", { name: "Previous phase" })).toBeDisabled();

    // The buttons do the same.
    await page.getByRole("button", { name: "Next phase" }).click();
    await page.getByRole("button", { name: "Next phase" }).click();
    await page.getByRole("button", { name: "Next phase" }).click();
    await expect(caption).toContainText("Phase 3 of 11: Greeting");
    await page.getByRole("button", { name: "Previous phase" }).click();
    await expect(root).toHaveAttribute("data-phase-row", "2");

    // After a pick with the mouse, the arrows step the phases again (they do not change the list).
    const a = page.getByRole("combobox", { name: "Conversation A" });
    await a.dispatchEvent("pointerdown");
    await a.selectOption("25-plain-delivery");
    await expect(page.locator("[data-compare][data-ready]")).toHaveAttribute(
      "data-compare",
      "25-plain-delivery,465-implicit-tls,25-starttls-opportunistic",
    );
    await expect(root).toHaveAttribute("data-phase-row", "0");
    await page.keyboard.press("ArrowRight");
    await expect(root).toHaveAttribute("data-phase-row", "1");
    await expect(a).toHaveValue("25-plain-delivery");
  });

  test("a column's player link opens the scenario at that step", async ({ page }) => {
    await open(page);
    for (let i = 0; i < 3; i++) await page.keyboard.press("ArrowRight"); // Greeting
    await page.locator('[data-player-link="465-implicit-tls"]').click();
    await expect(page).toHaveURL(/\/simulator\/465-implicit-tls\?step=6$/);
    await expect(page.locator("[data-simulator='465-implicit-tls']")).toHaveAttribute("data-step", "6");
  });

  for (const theme of ["light", "dark"] as const) {
    test(`axe finds nothing (${theme}), also with a TLS row highlighted`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: theme, reducedMotion: "reduce" });
      await open(page);
      expect(await axeClean(page)).toEqual([]);
      for (let i = 0; i < 5; i++) await page.keyboard.press("ArrowRight");
      await expect(page.locator('li[data-row="5"][data-phase="tls"]')).toHaveAttribute(
        "aria-current",
        "step",
      );
      expect(await axeClean(page)).toEqual([]);
    });
  }
});

test.describe("phone", () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test("columns stack per phase, each cell labelled, and nothing scrolls sideways", async ({ page }) => {
    await open(page);
    const noSideways = () =>
      page.evaluate(() => (document.scrollingElement?.scrollWidth ?? 0) <= window.innerWidth);
    expect(await noSideways()).toBe(true);
    // Stacked: the cells of one row sit one under the other, each with its visible label.
    const cells = page.locator('li[data-row][data-phase="greeting"] [data-column]');
    const boxes = await cells.evaluateAll((els) => els.map((e) => e.getBoundingClientRect().toJSON()));
    expect(boxes).toHaveLength(3);
    expect(boxes[1].top).toBeGreaterThanOrEqual(boxes[0].bottom);
    await expect(cells.first()).toContainText("A · 587 · STARTTLS required");
    await page.getByRole("button", { name: "Next phase" }).tap();
    await page.getByRole("button", { name: "Next phase" }).tap();
    await expect(page.locator('li[data-row="2"]')).toHaveAttribute("aria-current", "step");
    expect(await noSideways()).toBe(true);
    await open(page, "?ids=587-stripping-opportunistic,587-stripping-required,465-stripping-nothing");
    expect(await noSideways()).toBe(true);
  });
});

test("the simulator page links to compare mode", async ({ page }) => {
  await page.goto("/simulator");
  await page.getByRole("link", { name: "Compare ports side by side" }).click();
  await expect(page).toHaveURL(/\/simulator\/compare$/);
  await expect(page.locator("[data-compare][data-ready]")).toBeVisible();
});

test("lesson embeds: server-rendered comparisons with a link to compare mode, axe-clean, no sideways scroll", async ({
  page,
  request,
}) => {
  // Every lesson with a comparison, in two themes, with axe each time: over 60 s in one CI run.
  test.setTimeout(180_000);
  // The lessons that embed <Compare> in this build (they are wired into the curriculum separately).
  const found: string[] = [];
  for (const route of pageRoutes().filter((r) => r.startsWith("/lessons/"))) {
    if ((await (await request.get(route)).text()).includes("data-compare-embed=")) found.push(route);
  }
  expect(found.length, "lessons that embed <Compare>").toBeGreaterThan(0);
  for (const route of found) {
    for (const theme of ["light", "dark"] as const) {
      await page.emulateMedia({ colorScheme: theme });
      await page.setViewportSize(
        theme === "light" ? { width: 1280, height: 800 } : { width: 390, height: 844 },
      );
      await page.goto(route);
      const embeds = page.locator("[data-compare-embed]");
      for (let i = 0; i < (await embeds.count()); i++) {
        const embed = embeds.nth(i);
        const ids = (await embed.getAttribute("data-compare-embed")) ?? "";
        expect(ids.split(",").length).toBeGreaterThanOrEqual(2);
        await expect(embed.locator("li[data-row]").first()).toBeVisible();
        await expect(embed.locator("[data-column-head]")).toHaveCount(ids.split(",").length);
        await expect(
          embed.getByRole("link", { name: "Step through this comparison phase by phase" }),
        ).toHaveAttribute("href", `/simulator/compare?ids=${ids}`);
      }
      expect(
        await page.evaluate(() => (document.scrollingElement?.scrollWidth ?? 0) <= window.innerWidth),
        `${route} scrolls sideways at ${theme === "light" ? 1280 : 390} px`,
      ).toBe(true);
      // Only the embeds: the rest of a lesson is its authors' (and the route-wide checks').
      expect(await axeClean(page, "[data-compare-embed]"), `${route} (${theme})`).toEqual([]);
    }
  }
});
