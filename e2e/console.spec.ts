/**
 * The console (issue 4 point 7): the learner types SMTP lines and the real engine answers in the browser.
 * Whole sessions typed on 587 (STARTTLS, AUTH via the helper, DATA) and on 25 (by the quick-insert buttons,
 * on a phone), the transcript on the page against the engine run here on the same lines, TLS record sizes
 * (SMTP line + 17), hints after errors, history keys, junk (1 MB pastes, control characters, NUL, emoji)
 * with no console error, a bad ?port, axe in both themes, and the lesson embed reaching its goal.
 */
import type { Locator, Page } from "@playwright/test";
import { Lockstep, type Port, transcript } from "../lib/smtp";
import { axe } from "./axe";
import { expect, test } from "./fixtures";
import { pageRoutes } from "./routes";
import { markDocument, sameDocument } from "./same-document";

const console_ = (page: Page) => page.locator("[data-console]").first();
const line = (scope: Locator) => scope.getByRole("textbox", { name: "Your next line to the server" });

async function open(page: Page, query = "") {
  await page.goto(`/simulator/console${query}`);
  await expect(console_(page)).toHaveAttribute("data-mode", "command");
}

async function send(scope: Locator, text: string) {
  const input = line(scope);
  await input.fill(text);
  await input.press("Enter");
  await expect(input).toHaveValue("");
}

/** Fires a real paste event carrying `text` at the focused input line. */
async function paste(input: Locator, text: string) {
  await input.focus();
  await input.evaluate((el, t) => {
    const data = new DataTransfer();
    data.setData("text/plain", t);
    el.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }));
  }, text);
}

/** The engine's transcript for the same lines, run here in the test process. */
function engineTranscript(lines: readonly string[], port: Port): string[] {
  const ls = new Lockstep({ port });
  for (const l of lines) ls.send(l);
  return transcript(ls.events);
}

const pageTranscript = (scope: Locator) =>
  scope.locator("[data-transcript] [data-transcript-line]").allTextContents();

test.describe("the console on 587", () => {
  test("a whole session typed in: STARTTLS, AUTH via the helper, DATA, QUIT; TLS records are line + 17", async ({
    page,
  }) => {
    await open(page);
    const c = console_(page);
    await expect(c).toHaveAttribute("data-port", "587");
    await expect(c).toHaveAttribute("data-tls", "off");
    const typed = ["EHLO client.example.test", "STARTTLS", "EHLO client.example.test"];
    for (const l of typed) await send(c, l);
    await expect(c).toHaveAttribute("data-tls", "on");

    // The AUTH PLAIN helper builds the line and puts it into the input.
    await c.getByText("AUTH PLAIN helper: build the base64 login line").click();
    await c.getByRole("textbox", { name: "User name" }).fill("alice");
    await c.getByRole("textbox", { name: /^Password/ }).fill("wonderland");
    await expect(c.locator("[data-auth-line]")).toHaveText("AUTH PLAIN AGFsaWNlAHdvbmRlcmxhbmQ=");
    await expect(c.getByText("Base64 is not encryption.")).toBeVisible();
    await c.getByRole("button", { name: "Put it in the input line" }).click();
    await expect(line(c)).toHaveValue("AUTH PLAIN AGFsaWNlAHdvbmRlcmxhbmQ=");
    await line(c).press("Enter");
    typed.push("AUTH PLAIN AGFsaWNlAHdvbmRlcmxhbmQ=");
    await expect(c.locator("[data-stage] [data-reply-class]").filter({ hasText: "235" })).toBeVisible();

    for (const l of ["MAIL FROM:<alice@example.test>", "RCPT TO:<bob@example.net>", "DATA"]) {
      await send(c, l);
      typed.push(l);
    }
    await expect(c).toHaveAttribute("data-mode", "message");
    await expect(c.getByText("Message mode: end with a line holding only a dot")).toBeVisible();
    for (const l of ["Subject: console test", "", "Hello Bob."]) {
      await send(c, l);
      typed.push(l);
    }
    await expect(c.locator("[data-pending]")).toContainText("3 message lines typed so far");
    await send(c, ".");
    typed.push(".");
    await expect(c).toHaveAttribute("data-mode", "command");
    await expect(c.locator("[data-stage]")).toContainText(/250 2\.0\.0 Ok: queued as [0-9A-F]+/);
    await send(c, "QUIT");
    typed.push("QUIT");
    await expect(c).toHaveAttribute("data-mode", "closed");
    await expect(c.locator("[data-stage] [data-reply-class]").last()).toContainText("221");

    // The transcript on the page is the engine's, for the same lines.
    expect(await pageTranscript(c)).toEqual(engineTranscript(typed, 587));

    // Every client write inside TLS is one application-data record: its SMTP octets + CRLFs + 17.
    const rows = c.locator("[data-stage] li[data-speaker='client']").filter({
      has: page.locator("[data-record-kind='tls']", { hasText: "Application data" }),
    });
    const count = await rows.count();
    expect(count).toBe(7); // EHLO, AUTH, MAIL, RCPT, DATA, the message, QUIT
    for (let i = 0; i < count; i++) {
      const row = rows.nth(i);
      const text = (await row.locator("[data-bubble] pre").textContent()) ?? "";
      const octets = text.split("\n").reduce((n, l) => n + Buffer.byteLength(l) + 2, 0);
      await expect(row.locator("[data-record-kind='tls']")).toHaveAttribute(
        "data-record-length",
        String(octets + 17),
      );
    }
    // Before TLS the eavesdropper reads the commands; after it, only sizes.
    const firstEhlo = c.locator("[data-stage] li[data-speaker='client']").nth(1);
    await expect(firstEhlo.locator("[data-record-kind='plaintext']")).toContainText(
      "EHLO client.example.test",
    );
    await expect(c.getByText("TLS tunnel from here")).toBeVisible();

    // After the server closed, input gets a note and a way to reset.
    await send(c, "NOOP");
    await expect(c.locator("[data-console-notice]")).toContainText("nothing was sent");
    await c.locator("[data-console-notice]").getByRole("button", { name: "Reset and connect again" }).click();
    await expect(c).toHaveAttribute("data-mode", "command");
    await expect(c).toHaveAttribute("data-tls", "off");
  });

  test("530 before STARTTLS brings the STARTTLS hint, as teaching text outside the server's lane", async ({
    page,
  }) => {
    await open(page);
    const c = console_(page);
    await send(c, "EHLO client.example.test");
    await expect(c.locator("[data-hint]")).toBeEmpty();
    await send(c, "MAIL FROM:<alice@example.test>");
    await expect(c.locator("[data-stage] [data-reply-class='5']").last()).toContainText("530");
    const hint = c.locator("[data-hint='tls-required']");
    await expect(hint).toContainText("Hint: This server wants STARTTLS first");
    await expect(hint).toContainText("RFC 3207 §4");
    await expect(c.locator("[data-stage]")).not.toContainText("wants STARTTLS first");
    // The narration of the latest steps is in a live region.
    await expect(c.locator("[data-narration]")).toHaveAttribute("aria-live", "polite");
    await expect(c.locator("[data-narration]")).toContainText("requires TLS first");
    await send(c, "STARTTLS");
    await expect(c.locator("[data-hint]")).toBeEmpty();
  });

  test("↑ and ↓ walk the command history and come back to the draft", async ({ page }) => {
    await open(page);
    const c = console_(page);
    await send(c, "EHLO history.example.test");
    await send(c, "NOOP");
    const input = line(c);
    await input.fill("MA");
    await input.press("ArrowUp");
    await expect(input).toHaveValue("NOOP");
    await input.press("ArrowUp");
    await expect(input).toHaveValue("EHLO history.example.test");
    await input.press("ArrowUp");
    await expect(input).toHaveValue("EHLO history.example.test");
    await input.press("ArrowDown");
    await expect(input).toHaveValue("NOOP");
    await input.press("ArrowDown");
    await expect(input).toHaveValue("MA");
  });

  test("a multi-line paste sends one line per line, DATA body included", async ({ page }) => {
    await open(page, "?port=465");
    const c = console_(page);
    await expect(c).toHaveAttribute("data-tls", "on");
    const lines = [
      "EHLO client.example.test",
      "AUTH PLAIN AGFsaWNlAHdvbmRlcmxhbmQ=",
      "MAIL FROM:<alice@example.test>",
      "RCPT TO:<bob@example.net>",
      "DATA",
      "Subject: pasted",
      "",
      "Body.",
      ".",
    ];
    await paste(line(c), `${lines.join("\r\n")}\r\nQU`);
    await expect(line(c)).toHaveValue("QU");
    await expect(c.locator("[data-stage]")).toContainText(/queued as [0-9A-F]+/);
    expect(await pageTranscript(c)).toEqual(engineTranscript(lines, 465));
  });
});

test.describe("the console on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true });

  test("port 25: a local delivery by the quick-insert buttons alone", async ({ page }) => {
    await open(page);
    const c = console_(page);
    await c.getByRole("radio", { name: /^25 / }).check();
    await expect(c).toHaveAttribute("data-port", "25");
    await expect(page).toHaveURL(/\?port=25$/);
    const sendButton = c.getByRole("button", { name: "Send", exact: true });
    for (const cmd of [
      "EHLO client.example.test",
      "MAIL FROM:<alice@example.test>",
      "RCPT TO:<alice@example.test>",
      "DATA",
    ]) {
      await c.getByRole("button", { name: cmd, exact: true }).click();
      await expect(line(c)).toHaveValue(cmd);
      await sendButton.click();
    }
    await expect(c).toHaveAttribute("data-mode", "message");
    await c.getByRole("button", { name: "Subject: Hello from the console" }).click();
    await sendButton.click();
    await c.getByRole("button", { name: "Send an empty line" }).click();
    await c.getByRole("button", { name: "Hello Alice, this is a test." }).click();
    await sendButton.click();
    await c.getByRole("button", { name: ". (the final dot)" }).click();
    await sendButton.click();
    await expect(c.locator("[data-stage]")).toContainText(/250 2\.0\.0 Ok: queued as [0-9A-F]+/);
    // Port 25 without STARTTLS: the eavesdropper reads the message itself.
    await expect(
      c.locator("[data-stage] [data-record-kind='plaintext']").filter({ hasText: "Subject: Hello" }),
    ).toHaveCount(1);
    await expect(c.locator("[data-stage] [data-record-kind='tls']")).toHaveCount(0);
    // No horizontal scrolling on a phone.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  });
});

test.describe("junk never breaks the console", () => {
  test("a 1 MB multi-line paste gets the engine's replies; the page stays usable", async ({ page }) => {
    await open(page, "?port=25");
    const c = console_(page);
    const junk = Array.from({ length: 20_000 }, (_, i) => `junk line ${i} ${"x".repeat(36)}`).join("\n");
    expect(junk.length).toBeGreaterThan(1_000_000);
    await paste(line(c), junk);
    await expect(c).toHaveAttribute("data-mode", "closed");
    await expect(c.locator("[data-stage] [data-reply-class]").last()).toContainText("421");
    await expect(c.locator("[data-console-notice]")).toContainText("lines were not sent");
    await expect(c.locator("[data-hint='too-many-errors']")).toBeVisible();
    // Rendering stays bounded.
    expect(await c.locator("[data-stage] li[data-step]").count()).toBeLessThanOrEqual(150);
    await c.getByRole("button", { name: "Reset session" }).click();
    await send(c, "NOOP");
    await expect(c.locator("[data-stage] [data-reply-class]").last()).toContainText("250");
  });

  test("a 1 MB line, control characters, NUL and emoji get replies and render safely", async ({ page }) => {
    await open(page, "?port=25");
    const c = console_(page);
    await send(c, "A".repeat(1_000_000));
    await expect(c.locator("[data-hint='line-too-long']")).toContainText("512 octets");
    await expect(c.locator("[data-stage] [data-reply-class='5']").last()).toBeVisible();
    await expect(c.locator("[data-stage]")).toContainText("more characters");
    const longest = await c
      .locator("[data-transcript-line]")
      .evaluateAll((els) => Math.max(...els.map((e) => e.textContent?.length ?? 0)));
    expect(longest).toBeLessThan(400);

    await paste(line(c), "EHLO a\u0000b\u0007c\nVRFY \u001b[31m😀\nNOOP 🙂 \uD800\n");
    await expect(c.locator("[data-transcript]")).toContainText("EHLO a\\x00b\\x07c");
    await expect(c.locator("[data-transcript]")).toContainText("VRFY \\x1b[31m😀");
    await expect(c.locator("[data-stage] [data-reply-class]").last()).toContainText("250");
    await expect(c).toHaveAttribute("data-mode", "command");
  });
});

test("a bad ?port falls back to 587 with a visible note; ?port=465 starts in TLS", async ({ page }) => {
  await page.goto("/simulator/console?port=%3Cscript%3Ealert(1)%3C/script%3E");
  const c = console_(page);
  await expect(c).toHaveAttribute("data-mode", "command");
  await expect(c).toHaveAttribute("data-port", "587");
  await expect(
    page.getByRole("status").filter({ hasText: "is not one of the console's ports" }),
  ).toBeVisible();
  await open(page, "?port=465");
  await expect(console_(page)).toHaveAttribute("data-tls", "on");
  await expect(page.getByRole("radio", { name: /^465 / })).toBeChecked();
  // TLS comes before the greeting: the first server reply is already inside the tunnel.
  await expect(
    console_(page).locator("[data-stage] li[data-speaker='server']").filter({ hasText: "220" }).first(),
  ).toContainText("in TLS");
});

for (const scheme of ["light", "dark"] as const) {
  test(`the console page has no axe violations on load and mid-session (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await open(page);
    const c = console_(page);
    // (routes.spec.ts skips axe on /simulator/console: its sample rule reads "console" as a scenario id.)
    const fresh = await axe(page).analyze();
    expect(fresh.violations.map((v) => v.id)).toEqual([]);
    await send(c, "EHLO client.example.test");
    await send(c, "MAIL FROM:<alice@example.test>");
    await send(c, "STARTTLS");
    await send(c, "EHLO client.example.test");
    await send(c, "AUTH PLAIN AGFsaWNlAHdyb25n");
    await expect(c.locator("[data-hint='auth-failed']")).toBeVisible();
    await c.getByText("AUTH PLAIN helper: build the base64 login line").click();
    // Every exercise below started too: several consoles on one page must stay distinguishable.
    const starts = page.locator("[data-console-start]");
    const exercises = await starts.count();
    for (let i = 0; i < exercises; i++) await starts.first().click();
    await expect(page.locator("[data-console][data-mode='command']")).toHaveCount(exercises + 1);
    const results = await axe(page).analyze();
    expect(
      results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`),
    ).toEqual([]);
  });
}

test("an exercise on the console page starts on click and announces its goal", async ({ page }) => {
  await page.goto("/simulator/console");
  const embed = page.locator("[data-console-embed='25']").first();
  await expect(embed).toContainText("Your task: Deliver a message to alice@example.test");
  await expect(embed).toContainText("Goal: the server queues your message.");
  await embed.getByRole("button", { name: "Start the console" }).click();
  const c = embed.locator("[data-console]");
  await expect(c).toHaveAttribute("data-mode", "command");
  await expect(line(c)).toBeFocused();
  await expect(c).toHaveAttribute("data-goal", "pending");
  for (const l of [
    "EHLO client.example.test",
    "MAIL FROM:<you@example.net>",
    "RCPT TO:<alice@example.test>",
    "DATA",
    "Subject: hi",
    "",
    "Hi Alice.",
    ".",
  ]) {
    await send(c, l);
  }
  await expect(c).toHaveAttribute("data-goal", "reached");
  await expect(c.locator("[data-goal-status='reached']")).toContainText(
    /^Goal reached: the server queued your message \(250 2\.0\.0 Ok: queued as [0-9A-F]+\)\.$/,
  );
});

test("the lesson's console reaches its goal", async ({ page }) => {
  const lesson = "/lessons/anatomy-of-a-session";
  expect(pageRoutes()).toContain(lesson);
  await page.goto(lesson);
  const embed = page.locator("[data-console-embed='25']").first();
  await embed.getByRole("button", { name: "Start the console" }).click();
  const c = embed.locator("[data-console]");
  await expect(c).toHaveAttribute("data-mode", "command");
  for (const l of [
    "EHLO client.example.test",
    "MAIL FROM:<you@example.net>",
    "RCPT TO:<alice@example.test>",
    "DATA",
    "Subject: Hello",
    "",
    "Hi.",
    ".",
    "QUIT",
  ]) {
    await send(c, l);
  }
  await expect(c).toHaveAttribute("data-goal", "reached");
  await expect(c.locator("[data-goal-status='reached']")).toContainText(
    "Goal reached: the server queued your message",
  );
});

test("a lesson's console opens on its own page on the same port, without reloading the site", async ({
  page,
}) => {
  await page.goto("/lessons/troubleshooting");
  const embed = page.locator("[data-console-embed='25']").first();
  await markDocument(page);
  await embed.getByRole("link", { name: "Open the console on its own page" }).click();
  await expect(page).toHaveURL(/\/simulator\/console\?port=25$/);
  // The console reads ?port when it mounts, which after a client-side navigation is the new URL.
  await expect(console_(page)).toHaveAttribute("data-port", "25");
  await expect(page.getByRole("radio", { name: /^25 / })).toBeChecked();
  expect(await sameDocument(page)).toBe(true);
});

test("a shared link's client lines (e.g. from the live lab) are replayed on the chosen port", async ({
  page,
}) => {
  const lines = [
    "EHLO client.example.test",
    "MAIL FROM:<sender@example.net>",
    "RCPT TO:<alice@example.test>",
    "QUIT",
  ];
  await page.goto(`/simulator/console?port=25&lines=${encodeURIComponent(lines.join("\n"))}`);
  const c = page.locator("[data-console]").first();
  await expect(page.getByText(`Replayed ${lines.length} client lines from the shared link.`)).toBeVisible();
  await expect(c).toContainText("250 2.1.5 Ok");
  await expect(c).toContainText("221 2.0.0 Bye");
});
