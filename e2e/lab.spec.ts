/**
 * The live lab in a real browser: /lab explains how to start a lab when none runs; with one running
 * (started here, on free ports, its API where playwright.config.ts told the site's proxy to look), a mail
 * sent with Nodemailer appears live: the session on the simulator's stage with its transcript, the message
 * in the mailbox with the lab's Received: line, and a console link made of its lines. No request leaves the
 * site (the fixtures check), and axe finds nothing in either theme.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import nodemailer from "nodemailer";
import { parseArgs } from "../lab/config";
import { type RunningLab, startLab } from "../lab/lab";
import { axe } from "./axe";
import { expect, test } from "./fixtures";

test.describe.configure({ mode: "serial" });

async function startTestLab(): Promise<RunningLab> {
  const apiPort = Number(new URL(process.env.LAB_API_URL ?? "http://127.0.0.1:2580").port);
  const { config } = parseArgs(["--ports", "0,0,0,0", "--api-port", String(apiPort), "--quiet"]);
  config.certDir = mkdtempSync(path.join(tmpdir(), "smtp-lab-e2e-"));
  return startLab(config);
}

test("without a running lab, /lab says how to start one", async ({ page }) => {
  await page.goto("/lab");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Live lab: watch your own mail client");
  await expect(page.locator("[data-lab-state=down]")).toBeVisible();
  await expect(page.getByRole("heading", { name: "No live lab is running" })).toBeVisible();
  await expect(page.locator("[data-lab-help]")).toContainText("npm run lab");
});

test("a mail sent with Nodemailer appears live: session on the stage, message in the mailbox", async ({
  page,
}) => {
  const lab = await startTestLab();
  try {
    await page.goto("/lab");
    await expect(page.locator("[data-lab-state=up]")).toBeVisible();
    await expect(page.getByText("No sessions yet")).toBeVisible();
    const submission = lab.listeners.find((l) => l.profile === 587)?.port;
    await expect(page.getByRole("list", { name: "Listeners" })).toContainText(String(submission));

    await nodemailer
      .createTransport({
        host: "127.0.0.1",
        port: submission,
        secure: false,
        requireTLS: true,
        auth: { user: "alice", pass: "wonderland" },
        tls: { rejectUnauthorized: false },
      })
      .sendMail({
        from: "alice@example.test",
        to: "bob@example.net",
        subject: "Hello from the e2e test",
        text: "Sent while the page was watching.",
      });

    const session = page.locator("[data-session-id]").first();
    await expect(session).toContainText(`port ${submission}`);
    await expect(session).toContainText("login: alice");
    await expect(session).toContainText("1 message");
    await expect(session).toHaveAttribute("aria-pressed", "true");

    const stage = page.locator("section[data-simulator^='live-']");
    await expect(stage).toHaveAttribute("data-state", "ended");
    await expect(page.locator("[data-lab-session]")).toHaveAttribute("data-lab-live", "false");
    const transcript = stage.getByLabel("Session transcript");
    await expect(transcript).toContainText("STARTTLS");
    await expect(transcript).toContainText("220 2.0.0 Ready to start TLS");
    await expect(transcript).toContainText(/250 2\.0\.0 Ok: queued as [0-9A-F]{11}/);

    const mail = page.locator("[data-message-id]").filter({ hasText: "Hello from the e2e test" });
    await expect(mail).toBeVisible();
    await mail.click();
    const detail = page.locator("[data-message-detail]");
    await expect(detail).toContainText("Received:");
    await expect(detail).toContainText("by mail.example.test (Postfix) with ESMTPSA");
    await expect(detail).toContainText("Sent while the page was watching.");

    const href = (await page.locator("[data-lab-share]").getAttribute("href")) ?? "";
    const url = new URL(href, "http://localhost");
    expect(url.pathname).toBe("/simulator/console");
    expect(url.searchParams.get("port")).toBe("587");
    const lines = url.searchParams.get("lines")?.split("\n") ?? [];
    expect(lines).toContain("STARTTLS");
    expect(lines).toContain("AUTH PLAIN AGFsaWNlAHdvbmRlcmxhbmQ=");

    for (const scheme of ["light", "dark"] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      // The live part (the rest of the page is checked with every route in routes.spec.ts).
      const results = await axe(page).include("[data-lab-state=up]").analyze();
      expect(
        results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`),
      ).toEqual([]);
    }
  } finally {
    await lab.close();
  }
});
