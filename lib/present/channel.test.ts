import { describe, expect, it } from "vitest";
import {
  applyNav,
  type DeckRef,
  MAX_COUNT,
  notesPath,
  parseDeckRef,
  parsePresenterMessage,
  presenterPath,
  sameDeck,
} from "./channel";

const lesson: DeckRef = { kind: "lesson", slug: "port-587" };
const scenario: DeckRef = { kind: "scenario", id: "587-starttls-auth" };

describe("parsePresenterMessage", () => {
  it("accepts every message shape the windows send", () => {
    expect(parsePresenterMessage({ v: 1, type: "hello" })).toEqual({ v: 1, type: "hello" });
    expect(parsePresenterMessage({ v: 1, type: "bye", deck: lesson })).toEqual({
      v: 1,
      type: "bye",
      deck: lesson,
    });
    expect(
      parsePresenterMessage({ v: 1, type: "position", deck: lesson, index: 2, count: 9, blank: "black" }),
    ).toEqual({ v: 1, type: "position", deck: lesson, index: 2, count: 9, blank: "black" });
    expect(parsePresenterMessage({ v: 1, type: "command", deck: scenario, action: "next" })).toEqual({
      v: 1,
      type: "command",
      deck: scenario,
      action: "next",
    });
    expect(
      parsePresenterMessage({ v: 1, type: "command", deck: scenario, action: "goTo", index: 4 }),
    ).toEqual({
      v: 1,
      type: "command",
      deck: scenario,
      action: "goTo",
      index: 4,
    });
  });

  it("treats a missing blank as none", () => {
    expect(
      parsePresenterMessage({ v: 1, type: "position", deck: scenario, index: 0, count: 3 }),
    ).toMatchObject({
      blank: "none",
    });
  });

  it("rejects junk without throwing", () => {
    const junk: unknown[] = [
      null,
      undefined,
      0,
      "hello",
      [],
      [{ v: 1, type: "hello" }],
      {},
      { type: "hello" },
      { v: 2, type: "hello" },
      { v: "1", type: "hello" },
      { v: 1, type: "nonsense", deck: lesson },
      { v: 1, type: "bye" },
      { v: 1, type: "bye", deck: { kind: "lesson" } },
      { v: 1, type: "bye", deck: { kind: "lesson", slug: "../etc/passwd" } },
      { v: 1, type: "bye", deck: { kind: "lesson", slug: "Port-587" } },
      { v: 1, type: "bye", deck: { kind: "lesson", slug: "a".repeat(81) } },
      { v: 1, type: "bye", deck: { kind: "journey", id: "delivery-direct" } },
      { v: 1, type: "bye", deck: { kind: "scenario", slug: "587-starttls-auth" } },
      { v: 1, type: "position", deck: lesson, index: 9, count: 9 },
      { v: 1, type: "position", deck: lesson, index: -1, count: 9 },
      { v: 1, type: "position", deck: lesson, index: 1.5, count: 9 },
      { v: 1, type: "position", deck: lesson, index: "1", count: 9 },
      { v: 1, type: "position", deck: lesson, index: 1, count: MAX_COUNT + 1 },
      { v: 1, type: "position", deck: lesson, index: 1, count: Number.NaN },
      { v: 1, type: "position", deck: lesson, index: 1, count: 9, blank: "red" },
      { v: 1, type: "position", deck: lesson, index: 1, count: 9, blank: 1 },
      { v: 1, type: "position", deck: scenario, index: 21, count: 20 },
      { v: 1, type: "command", deck: lesson, action: "explode" },
      { v: 1, type: "command", deck: lesson, action: "goTo" },
      { v: 1, type: "command", deck: lesson, action: "goTo", index: -3 },
      { v: 1, type: "command", deck: lesson, action: "goTo", index: Number.POSITIVE_INFINITY },
      { v: 1, type: "command", deck: lesson },
    ];
    for (const j of junk) expect(parsePresenterMessage(j), JSON.stringify(j)).toBeNull();
  });

  it("lets a step equal the step count but not a slide index", () => {
    expect(
      parsePresenterMessage({ v: 1, type: "position", deck: scenario, index: 20, count: 20 }),
    ).not.toBeNull();
    expect(parsePresenterMessage({ v: 1, type: "position", deck: lesson, index: 20, count: 20 })).toBeNull();
  });

  it("drops unknown fields rather than passing them on", () => {
    const msg = parsePresenterMessage({
      v: 1,
      type: "command",
      deck: { kind: "lesson", slug: "port-25", extra: "<script>" },
      action: "next",
      html: "<img onerror=alert(1)>",
    });
    expect(msg).toEqual({ v: 1, type: "command", deck: { kind: "lesson", slug: "port-25" }, action: "next" });
  });

  it("never throws, even on objects whose fields throw", () => {
    const throwing = new Proxy(
      {},
      {
        get() {
          throw new Error("boom");
        },
      },
    );
    expect(parsePresenterMessage(throwing)).toBeNull();
    expect(parsePresenterMessage(Object.create(null))).toBeNull();
  });
});

describe("decks", () => {
  it("compares decks by kind and id", () => {
    expect(sameDeck(lesson, { kind: "lesson", slug: "port-587" })).toBe(true);
    expect(sameDeck(lesson, { kind: "lesson", slug: "port-25" })).toBe(false);
    expect(sameDeck(lesson, scenario)).toBe(false);
    expect(sameDeck(null, lesson)).toBe(false);
  });

  it("parses deck references on their own", () => {
    expect(parseDeckRef({ kind: "scenario", id: "25-plain-delivery" })).toEqual({
      kind: "scenario",
      id: "25-plain-delivery",
    });
    expect(parseDeckRef({ kind: "scenario", id: "" })).toBeNull();
  });

  it("maps decks to their presenter and notes pages", () => {
    expect(presenterPath(lesson)).toBe("/present/lessons/port-587");
    expect(presenterPath(scenario)).toBe("/present/simulator/587-starttls-auth");
    expect(notesPath(lesson)).toBe("/present/notes/lessons/port-587");
    expect(notesPath(scenario)).toBe("/present/notes/simulator/587-starttls-auth");
  });
});

describe("applyNav", () => {
  it("clamps slides to 0..count-1", () => {
    expect(applyNav(lesson, 0, 5, "prev")).toBe(0);
    expect(applyNav(lesson, 4, 5, "next")).toBe(4);
    expect(applyNav(lesson, 2, 5, "last")).toBe(4);
    expect(applyNav(lesson, 2, 5, "first")).toBe(0);
    expect(applyNav(lesson, 2, 5, "goTo", 99)).toBe(4);
    expect(applyNav(lesson, 0, 0, "next")).toBe(0);
  });

  it("clamps steps to 0..count", () => {
    expect(applyNav(scenario, 20, 20, "next")).toBe(20);
    expect(applyNav(scenario, 3, 20, "last")).toBe(20);
    expect(applyNav(scenario, 3, 20, "goTo", -4)).toBe(0);
    expect(applyNav(scenario, 3, 20, "goTo", 7.9)).toBe(7);
  });
});
