import { describe, expect, it } from "vitest";
import { extractToc, headingText } from "./toc";

describe("headingText", () => {
  it("keeps the words a reader sees and drops markdown syntax", () => {
    expect(headingText("The `250` after the **lone dot**")).toBe("The 250 after the lone dot");
    expect(headingText("Retries per [RFC 5321](https://example.test) <Rfc n={5321} />")).toBe(
      "Retries per RFC 5321",
    );
  });
});

describe("extractToc", () => {
  it("lists h2 and h3 with github-slugger ids, skipping fenced code", () => {
    const src = [
      "## What SMTP is",
      "text",
      "```text",
      "## not a heading",
      "```",
      "### Reply codes: 2yz to 5yz",
      "#### too deep",
      "## What SMTP is",
    ].join("\n");
    expect(extractToc(src)).toEqual([
      { depth: 2, id: "what-smtp-is", text: "What SMTP is" },
      { depth: 3, id: "reply-codes-2yz-to-5yz", text: "Reply codes: 2yz to 5yz" },
      { depth: 2, id: "what-smtp-is-1", text: "What SMTP is" },
    ]);
  });
});
