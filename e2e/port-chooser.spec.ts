/**
 * The port chooser (issue 5): paths through the wizard by keyboard and by mouse, the URL as its state
 * (restore, back/forward, hostile links), the result card, the build-time highlighted snippets with their
 * Copy button, axe in both themes, and the lesson embed.
 */
import type { Page } from "@playwright/test";
import { axe } from "./axe";
import { expect, test } from "./fixtures";
import { pageRoutes, routeSections } from "./routes";

const DONE_MEANS = "role=submit&blocks=25&provider=465,587&client=implicit-tls,starttls&auth=password";

async function open(page: Page, query = "") {
  await page.goto(`/port-chooser${query ? `?${query}` : ""}`);
  await expect(page.locator("[data-port-chooser='ready']")).toBeVisible();
}

function question(page: Page, prompt: string) {
  return page.getByRole("heading", { level: 2, name: prompt });
}

async function axeClean(page: Page) {
  const results = await axe(page).analyze();
  return results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`,
  );
}

test.describe("keyboard only", () => {
  test("the Done-means case: VPS blocks 25, provider offers 465 and 587, Nodemailer → 465 implicit TLS", async ({
    page,
  }) => {
    await open(page);
    await expect(page.getByText("Question 1 of 5")).toBeVisible();
    // Start inside the first radio group; from here on only keys are pressed.
    await page.getByRole("radio", { name: "An app or mail client that sends through my provider" }).focus();
    await page.keyboard.press("Space");
    await page.keyboard.press("Enter");

    const blocks = question(page, "Which outgoing ports does your network block?");
    await expect(blocks).toBeFocused();
    await expect(page.getByText("Question 2 of 5")).toBeVisible();
    await expect(page).toHaveURL(/\?role=submit$/);
    await page.keyboard.press("Tab"); // 25
    await expect(page.getByRole("checkbox", { name: "25", exact: true })).toBeFocused();
    await page.keyboard.press("Space");
    await page.keyboard.press("Enter");

    await expect(question(page, "Which ports does your provider document for sending?")).toBeFocused();
    await page.keyboard.press("Tab"); // 465
    await page.keyboard.press("Space");
    await page.keyboard.press("Tab"); // 587
    await page.keyboard.press("Space");
    await page.keyboard.press("Enter");

    await expect(question(page, "What can your app or mail client do?")).toBeFocused();
    await page.keyboard.press("Tab"); // implicit TLS
    await page.keyboard.press("Space");
    await page.keyboard.press("Tab"); // required STARTTLS
    await page.keyboard.press("Space");
    await page.keyboard.press("Enter");

    await expect(question(page, "How do you log in to your provider?")).toBeFocused();
    await expect(page.getByText("Question 5 of 5")).toBeVisible();
    await page.keyboard.press("Tab");
    await expect(page.getByRole("radio", { name: "A password" })).toBeFocused();
    await page.keyboard.press("Space");
    await page.keyboard.press("Enter");

    const result = page.getByRole("heading", { level: 2, name: "Use port 465" });
    await expect(result).toBeFocused();
    await expect(page).toHaveURL(`/port-chooser?${DONE_MEANS}`);
    const card = page.getByRole("region", { name: "Your answer" });
    await expect(card.getByText("TLS from the first byte (implicit TLS)").first()).toBeVisible();
    const fallbacks = card.getByRole("list").filter({ hasText: "587, STARTTLS, required" });
    await expect(fallbacks).toBeVisible();
    await expect(card.getByRole("link", { name: "RFC 8314 §3.3" }).first()).toHaveAttribute(
      "href",
      "https://www.rfc-editor.org/rfc/rfc8314#section-3.3",
    );
    await expect(card.getByRole("link", { name: "See it in the simulator" })).toHaveAttribute(
      "href",
      "/simulator/465-implicit-tls",
    );

    // Pick Nodemailer from the settings with the keyboard (type-ahead on the native select).
    const picker = page.getByRole("combobox", { name: "Show settings for" });
    await picker.focus();
    await page.keyboard.type("Node");
    await expect(picker).toHaveValue("nodemailer");
    const code = page.locator("pre[data-snippet='nodemailer']");
    await expect(code).toContainText("secure: true");
    await expect(code).toContainText("port: 465,");
    await expect(code).not.toContainText("requireTLS");
  });

  test("focus is visible on answers and buttons", async ({ page }) => {
    await open(page);
    await page.getByRole("radio", { name: "A server that delivers mail to other domains" }).focus();
    await page.keyboard.press("Tab"); // leaves the radio group: the Next button
    const next = page.getByRole("button", { name: "Next" });
    await expect(next).toBeFocused();
    const outline = await next.evaluate((el) => {
      const s = getComputedStyle(el);
      return s.outlineStyle !== "none" && Number.parseFloat(s.outlineWidth) >= 2;
    });
    expect(outline).toBe(true);
    // Arrow keys only select in a radio group; they never carry the reader on to the next question.
    await page.keyboard.press("Shift+Tab");
    await page.keyboard.press("ArrowDown");
    await expect(question(page, "What are you setting up?")).toBeVisible();
    await expect(page).toHaveURL(/\/port-chooser$/);
  });
});

test("in-page links (skip link, jump to the settings) leave the wizard where it is", async ({ page }) => {
  await open(page, DONE_MEANS);
  await page.getByRole("link", { name: "Jump to the settings to paste" }).click();
  await expect(page).toHaveURL(/#settings$/);
  await expect(page.getByRole("heading", { name: "Settings to paste" })).toBeInViewport();
  await expect(page.getByRole("heading", { level: 2, name: "Use port 465" })).not.toBeFocused();
  await page.getByRole("link", { name: "Skip to content" }).focus();
  await page.keyboard.press("Enter");
  await expect(page.locator("main")).toBeFocused();
  await expect(page.getByRole("heading", { level: 2, name: "Use port 465" })).toBeVisible();
});

test.describe("mouse", () => {
  test("a single-choice click moves on; no TLS gives “cannot be done safely”", async ({ page }) => {
    await open(page);
    await page.getByText("An app or mail client that sends through my provider").click();
    await expect(question(page, "Which outgoing ports does your network block?")).toBeVisible();
    await page.getByText("None that I know of").click();
    await page.getByRole("button", { name: "Next" }).click();
    await page.getByText("I don't know").click();
    await page.getByRole("button", { name: "Next" }).click();
    await page.getByText("No TLS, or STARTTLS only “if available”").click();
    await page.getByRole("button", { name: "Next" }).click();
    await page.getByText("A password", { exact: true }).click();

    await expect(page.getByRole("heading", { level: 2, name: "This cannot be done safely" })).toBeVisible();
    await expect(
      page.getByText("This cannot be done safely, because your client can't insist on TLS"),
    ).toBeVisible();
    await expect(page.getByRole("heading", { name: "What to do instead" })).toBeVisible();
    await expect(page.getByRole("link", { name: "See what goes wrong in the simulator" })).toHaveAttribute(
      "href",
      "/simulator/587-stripping-opportunistic",
    );
    // No settings are offered for an unsafe answer.
    await expect(page.getByRole("heading", { name: "Settings to paste" })).toHaveCount(0);
  });

  test("Next with nothing chosen says so; an exclusive choice replaces the others", async ({ page }) => {
    await open(page, "role=submit");
    await page.getByRole("button", { name: "Next" }).click();
    await expect(page.getByRole("alert").filter({ hasText: /\S/ })).toHaveText(/Choose at least one answer/);
    await page.getByText("465", { exact: true }).click();
    await page.getByText("587", { exact: true }).click();
    await page.getByText("None that I know of").click();
    await expect(page.getByRole("checkbox", { name: "None that I know of" })).toBeChecked();
    await expect(page.getByRole("checkbox", { name: "465" })).not.toBeChecked();
    await expect(page.getByRole("checkbox", { name: "587" })).not.toBeChecked();
  });

  test("an operator gets the listeners table and the Postfix settings", async ({ page }) => {
    await open(page);
    await page.getByText("A mail server I run: which ports should it listen on?").click();
    await page.getByText("Receive mail for my domains").click();
    await page.getByText("Let my users send mail").click();
    await page.getByRole("button", { name: "Next" }).click();
    await page.getByText("None that I know of").click();
    await page.getByRole("button", { name: "Next" }).click();

    await expect(page.getByRole("heading", { level: 2, name: "Listen on ports 25, 465, 587" })).toBeVisible();
    const table = page.getByRole("table");
    await expect(table.getByRole("rowheader")).toHaveText(["25", "465", "587"]);
    await expect(
      table.getByRole("row").filter({ has: page.getByRole("rowheader", { name: "465" }) }),
    ).toContainText("TLS from the first byte (implicit TLS)");
    await expect(
      table.getByRole("row").filter({ has: page.getByRole("rowheader", { name: "25" }) }),
    ).toContainText("STARTTLS when offered (relay only)");
    const picker = page.getByRole("combobox", { name: "Show settings for" });
    await expect(picker).toHaveValue("postfix-master-cf");
    await expect(page.locator("pre[data-snippet='postfix-master-cf']")).toContainText(
      "smtpd_tls_wrappermode=yes",
    );
  });

  test("the step list goes back to an answered question, and Start over starts again", async ({ page }) => {
    await open(page, DONE_MEANS);
    await page
      .getByRole("button", { name: /Question 3, answered: Which ports does your provider document/ })
      .click();
    const provider = question(page, "Which ports does your provider document for sending?");
    await expect(provider).toBeFocused();
    await expect(page.getByRole("checkbox", { name: "465" })).toBeChecked();
    await expect(page).toHaveURL(/question=provider/);
    // Drop 465: the answer moves to 587 with required STARTTLS.
    await page.getByText("465", { exact: true }).click();
    await page.getByRole("button", { name: "Next" }).click();
    await expect(question(page, "What can your app or mail client do?")).toBeVisible();
    await page.getByRole("button", { name: "Next" }).click();
    await page.getByRole("button", { name: "Next" }).click();
    await expect(page.getByRole("heading", { level: 2, name: "Use port 587" })).toBeVisible();
    await expect(page.getByText("STARTTLS, required").first()).toBeVisible();

    await page.getByRole("button", { name: "Start over" }).click();
    await expect(question(page, "What are you setting up?")).toBeFocused();
    await expect(page.getByRole("radio", { checked: true })).toHaveCount(0);
    await expect(page).toHaveURL(/\/port-chooser$/);
  });
});

test.describe("the URL", () => {
  test("a result link opens the result; Back and Forward walk the history", async ({ page }) => {
    await open(page, DONE_MEANS);
    await expect(page.getByRole("heading", { level: 2, name: "Use port 465" })).toBeVisible();
    await page.getByRole("button", { name: "Back to the last question" }).click();
    await expect(question(page, "How do you log in to your provider?")).toBeFocused();
    await expect(page.getByRole("radio", { name: "A password" })).toBeChecked();
    await expect(page).toHaveURL(/&question=auth$/);
    await page.goBack();
    await expect(page.getByRole("heading", { level: 2, name: "Use port 465" })).toBeFocused();
    await page.goForward();
    await expect(question(page, "How do you log in to your provider?")).toBeVisible();
  });

  test("each answer is a history entry", async ({ page }) => {
    await open(page);
    await page.getByText("An app or mail client that sends through my provider").click();
    await page.getByText("25", { exact: true }).click();
    await page.getByRole("button", { name: "Next" }).click();
    await expect(question(page, "Which ports does your provider document for sending?")).toBeVisible();
    await expect(page).toHaveURL(/\?role=submit&blocks=25$/);
    await page.goBack();
    await expect(question(page, "Which outgoing ports does your network block?")).toBeVisible();
    await expect(page.getByRole("checkbox", { name: "25", exact: true })).not.toBeChecked();
    await page.goBack();
    await expect(question(page, "What are you setting up?")).toBeVisible();
    await page.goForward();
    await expect(question(page, "Which outgoing ports does your network block?")).toBeVisible();
  });

  test("unknown values restart at the first unanswered question with a note", async ({ page }) => {
    await open(page, "role=submit&blocks=bogus&provider=465");
    await expect(question(page, "Which outgoing ports does your network block?")).toBeVisible();
    const note = page
      .getByRole("status")
      .filter({ hasText: "Part of the link you followed couldn’t be used." });
    await expect(note).toContainText(
      "We ignored an answer to “Which outgoing ports does your network block?”",
    );
    // What was kept stays; what was dropped leaves the address bar.
    await expect(page).toHaveURL(/\?role=submit&provider=465$/);
    // The reader's next step clears the note.
    await page.getByText("None that I know of").click();
    await page.getByRole("button", { name: "Next" }).click();
    await expect(note).toHaveCount(0);
  });

  test("script in a value is ignored, shown nowhere and run never", async ({ page }) => {
    page.on("dialog", (d) => {
      throw new Error(`a dialog opened: ${d.message()}`);
    });
    await open(
      page,
      `role=${encodeURIComponent("<script>alert(1)</script>")}&provider=<img src=x onerror=alert(2)>`,
    );
    await expect(question(page, "What are you setting up?")).toBeVisible();
    await expect(
      page.getByRole("status").filter({ hasText: "We ignored an answer to “What are you setting up?”" }),
    ).toBeVisible();
    await expect(page).toHaveURL(/\/port-chooser$/);
    expect(await page.content()).not.toContain("alert(1)");
    expect(await page.content()).not.toContain("onerror");
  });

  test("repeated keys with different answers ask again", async ({ page }) => {
    await open(page, "role=submit&role=relay&question=nonsense");
    await expect(question(page, "What are you setting up?")).toBeVisible();
    const note = page.getByRole("status").filter({ hasText: "Part of the link" });
    await expect(note).toContainText("answered more than once with different answers");
    await expect(note).toContainText("We ignored a link to a question that doesn't exist.");
  });
});

test.describe("settings snippets", () => {
  test.use({ permissions: ["clipboard-read", "clipboard-write"] });

  test("Copy puts the code on the clipboard and says so", async ({ page }) => {
    await open(page, DONE_MEANS);
    await page.getByRole("combobox", { name: "Show settings for" }).selectOption("nodemailer");
    const code = page.locator("pre[data-snippet='nodemailer']");
    await expect(code).toContainText("secure: true");
    await page.getByRole("button", { name: "Copy the Node.js: Nodemailer settings" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Copied" })).toBeVisible();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain("port: 465,");
    expect(copied).toContain("secure: true");
    expect(copied.startsWith('import nodemailer from "nodemailer";\n')).toBe(true);
  });

  test("when the clipboard is refused, the code is selected and the reader told to press Ctrl+C", async ({
    page,
  }) => {
    await page.addInitScript(() => {
      Object.defineProperty(navigator, "clipboard", {
        value: { writeText: () => Promise.reject(new DOMException("denied", "NotAllowedError")) },
      });
      document.execCommand = () => false;
    });
    await open(page, DONE_MEANS);
    await expect(page.locator("pre[data-snippet='thunderbird']")).toBeVisible();
    await page.getByRole("button", { name: "Copy the Thunderbird settings" }).click();
    await expect(page.getByRole("status").filter({ hasText: "press Ctrl+C" })).toBeVisible();
    expect(await page.evaluate(() => window.getSelection()?.toString())).toContain(
      "Connection security:    SSL/TLS",
    );
  });

  test("code is coloured by the theme, and every snippet of the answer can be shown", async ({ page }) => {
    await page.emulateMedia({ colorScheme: "dark" });
    await open(page, DONE_MEANS);
    const picker = page.getByRole("combobox", { name: "Show settings for" });
    await picker.selectOption("python-smtplib");
    const keyword = page
      .locator("pre[data-snippet='python-smtplib'] span[style]")
      .filter({ hasText: /^import$/ })
      .first();
    const dark = await keyword.evaluate((el) => getComputedStyle(el).color);
    await page.emulateMedia({ colorScheme: "light" });
    const light = await keyword.evaluate((el) => getComputedStyle(el).color);
    expect(dark).not.toBe(light);
    const ids = await picker
      .locator("option")
      .evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
    expect(ids).toEqual(
      expect.arrayContaining([
        "thunderbird",
        "apple-mail",
        "outlook",
        "nodemailer",
        "python-smtplib",
        "phpmailer",
        "go-net-smtp",
        "java-jakarta-mail",
        "postfix-smarthost",
        "swaks",
        "openssl",
      ]),
    );
    for (const id of ids) {
      await picker.selectOption(id);
      await expect(page.locator(`pre[data-snippet='${id}']`)).toContainText(/\S/);
    }
  });

  test("the page loads no highlighter: snippets come as one small JSON file", async ({ page }) => {
    const scripts: string[] = [];
    const json: string[] = [];
    page.on("response", (r) => {
      if (r.request().resourceType() === "script") scripts.push(r.url());
      if (r.url().includes("/port-chooser/snippets/")) json.push(new URL(r.url()).pathname);
    });
    await open(page, DONE_MEANS);
    await expect(page.locator("pre[data-snippet]")).toBeVisible();
    expect(json).toEqual(["/port-chooser/snippets/provider-465-implicit-password.json"]);
    for (const url of scripts) {
      const body = await (await page.request.get(url)).text();
      // A string inside shiki's core that minifying keeps.
      expect(body, url).not.toContain("shiki:decorations");
    }
  });
});

test.describe("accessibility", () => {
  for (const scheme of ["light", "dark"] as const) {
    test(`axe: a question and a result with snippets (${scheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await open(page, "role=submit&blocks=25");
      await expect(question(page, "Which ports does your provider document for sending?")).toBeVisible();
      expect(await axeClean(page)).toEqual([]);
      await open(page, DONE_MEANS);
      await expect(page.locator("pre[data-snippet]")).toBeVisible();
      expect(await axeClean(page)).toEqual([]);
      await open(page, "role=operate&duties=inbound,submission,alternate&blocks=25");
      await expect(page.getByRole("table")).toBeVisible();
      expect(await axeClean(page)).toEqual([]);
      await open(page, "role=submit&blocks=none&provider=unknown&client=plaintext&auth=password");
      await expect(page.getByRole("heading", { name: "This cannot be done safely" })).toBeVisible();
      expect(await axeClean(page)).toEqual([]);
    });
  }
});

test("simulator links lead to scenarios (once the simulator is in the build)", async ({ page, request }) => {
  const built = routeSections().has("simulator");
  const hrefs = new Set<string>();
  for (const query of [
    DONE_MEANS,
    "role=submit&blocks=465,587&provider=465,587,alternate&client=starttls&auth=oauth2",
    "role=relay&blocks=none",
    "role=submit&blocks=none&provider=unknown&client=plaintext&auth=password",
  ]) {
    await open(page, query);
    await expect(page.getByRole("region", { name: "Your answer" })).toBeVisible();
    const found = await page
      .locator("a[href^='/simulator/']")
      .evaluateAll((els) => els.map((e) => e.getAttribute("href") ?? ""));
    for (const h of found) hrefs.add(h);
  }
  expect(hrefs.size).toBeGreaterThan(3);
  expect(built, "the simulator is in the build").toBe(true);
  for (const href of hrefs) {
    expect((await request.get(href)).status(), href).toBe(200);
  }
});

test("the lesson embed works inline and opens the full chooser with its answers", async ({ page }) => {
  let lesson: string | undefined;
  for (const route of pageRoutes().filter((r) => r.startsWith("/lessons/"))) {
    await page.goto(route);
    if ((await page.locator("[data-port-chooser-embed]").count()) > 0) {
      lesson = route;
      break;
    }
  }
  expect(lesson, "a lesson that embeds the port chooser").toBeDefined();
  const embed = page.locator("[data-port-chooser-embed]").first();
  await embed.scrollIntoViewIfNeeded();
  await expect(embed.locator("[data-port-chooser='ready']")).toBeVisible();
  await embed.getByText("An app or mail client that sends through my provider").click();
  await expect(
    embed.getByRole("heading", { name: "Which outgoing ports does your network block?" }),
  ).toBeFocused();
  // The lesson's own URL doesn't change.
  expect(new URL(page.url()).search).toBe("");
  const full = embed.getByRole("link", { name: "Open the full port chooser" });
  await expect(full).toHaveAttribute("href", "/port-chooser?role=submit");
  await full.click();
  await expect(question(page, "Which outgoing ports does your network block?")).toBeVisible();
});
