import { describe, expect, it } from "vitest";
import { PHASE_LABEL, phaseAt } from "./phases";
import { formatElapsed, parseSlideHash, slideHash, slideLabel } from "./slides";

describe("slide positions", () => {
  it("labels slides 1-based", () => {
    expect(slideLabel(2, 9, "The rules on port 587")).toBe("Slide 3 of 9: The rules on port 587");
  });

  it("round-trips the address fragment", () => {
    for (let i = 0; i < 12; i++) expect(parseSlideHash(slideHash(i), 12)).toEqual({ index: i, note: null });
    expect(slideHash(0)).toBe("");
  });

  it("opens slide 1 for no fragment or a heading anchor", () => {
    expect(parseSlideHash("", 5)).toEqual({ index: 0, note: null });
    expect(parseSlideHash("#the-rules", 5)).toEqual({ index: 0, note: null });
  });

  it("clamps and explains bad slide numbers", () => {
    expect(parseSlideHash("#slide=99", 5)).toMatchObject({
      index: 4,
      note: expect.stringContaining("5 slides"),
    });
    expect(parseSlideHash("#slide=0", 5)).toMatchObject({
      index: 0,
      note: expect.stringContaining("no slide 0"),
    });
    expect(parseSlideHash("#slide=abc", 5)).toMatchObject({
      index: 0,
      note: expect.stringContaining("“abc”"),
    });
    expect(parseSlideHash("#slide=-2", 5).index).toBe(0);
    expect(parseSlideHash("#slide=%E0%A4%A", 5).index).toBe(0);
    expect(parseSlideHash(`#slide=${"9".repeat(400)}`, 5).note?.length).toBeLessThan(80);
  });
});

describe("formatElapsed", () => {
  it("formats minutes and hours", () => {
    expect(formatElapsed(0)).toBe("0:00");
    expect(formatElapsed(75.9)).toBe("1:15");
    expect(formatElapsed(3725)).toBe("1:02:05");
    expect(formatElapsed(-5)).toBe("0:00");
  });
});

describe("phaseAt", () => {
  const phases = ["connect", "greeting", "ehlo", "tls"] as const;
  it("shows the first phase before the connection and clamps past the end", () => {
    expect(phaseAt(phases, 0)).toBe("connect");
    expect(phaseAt(phases, 3)).toBe("ehlo");
    expect(phaseAt(phases, 99)).toBe("tls");
    expect(phaseAt([], 0)).toBeNull();
  });
  it("names every phase", () => {
    for (const p of phases) expect(PHASE_LABEL[p].length).toBeGreaterThan(2);
  });
});
