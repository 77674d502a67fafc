import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { embedQuery, type OptionSpec, parseEmbedOptions } from "./options";
import { embedSrc, iframeSnippet, oembedDocument, PANES } from "./widgets";

const player: OptionSpec = { panes: PANES.simulator, stepCount: 20 };
const parse = (q: string, spec: OptionSpec = player) => parseEmbedOptions(new URLSearchParams(q), spec);

describe("parseEmbedOptions", () => {
  it("defaults: auto theme, every step, no autoplay, nothing hidden, no origins", () => {
    expect(parse("")).toEqual({
      options: {
        theme: "auto",
        range: { from: 0, to: 20 },
        start: 0,
        autoplay: false,
        hide: [],
        origins: [],
      },
      notes: [],
    });
    expect(parse("", { panes: [] }).options.range).toBeNull();
  });

  it("reads every option", () => {
    const { options, notes } = parse(
      "theme=dark&from=3&to=9&step=5&autoplay=1&hide=transcript,controls&origin=https://lms.example.edu",
    );
    expect(notes).toEqual([]);
    expect(options).toEqual({
      theme: "dark",
      range: { from: 3, to: 9 },
      start: 5,
      autoplay: true,
      hide: ["transcript", "controls"],
      origins: ["https://lms.example.edu"],
    });
  });

  it("opens at `from` and keeps `step` inside the range", () => {
    expect(parse("from=4").options.start).toBe(4);
    const r = parse("from=4&to=6&step=10");
    expect(r.options.start).toBe(6);
    expect(r.notes).toHaveLength(1);
  });

  it("bad values fall back with a note each", () => {
    const { options, notes } = parse("theme=purple&from=x&to=99&autoplay=yes&hide=stage,transcript");
    expect(options.theme).toBe("auto");
    expect(options.range).toEqual({ from: 0, to: 20 });
    expect(options.autoplay).toBe(false);
    expect(options.hide).toEqual(["transcript"]);
    expect(notes).toHaveLength(5);
  });

  it("a reversed range shows everything", () => {
    const r = parse("from=9&to=3");
    expect(r.options.range).toEqual({ from: 0, to: 20 });
    expect(r.notes).toHaveLength(1);
  });

  it("player options on a widget without steps are noted and ignored", () => {
    const r = parse("autoplay=1&from=2", { panes: [] });
    expect(r.options.autoplay).toBe(false);
    expect(r.notes).toHaveLength(2);
  });

  it("never throws, and the range is always inside 0..count", () => {
    fc.assert(
      fc.property(
        fc.dictionary(
          fc.constantFrom("theme", "from", "to", "step", "autoplay", "hide", "origin", "x"),
          fc.string({ maxLength: 50 }),
        ),
        fc.integer({ min: 0, max: 200 }),
        (dict, count) => {
          const { options } = parseEmbedOptions(new URLSearchParams(dict), {
            panes: PANES.simulator,
            stepCount: count,
          });
          const r = options.range;
          return (
            r !== null &&
            r.from >= 0 &&
            r.from <= r.to &&
            r.to <= count &&
            options.start >= r.from &&
            options.start <= r.to
          );
        },
      ),
    );
  });
});

describe("embed URLs and snippets", () => {
  it("round-trips the options through the query string", () => {
    const chosen = {
      theme: "light" as const,
      range: { from: 2, to: 8 },
      autoplay: true,
      hide: ["transcript"],
      origins: ["https://lms.example.edu"],
    };
    const q = embedQuery(chosen, player);
    expect(q).toBe("?theme=light&from=2&to=8&autoplay=1&hide=transcript&origin=https://lms.example.edu");
    const back = parse(q.slice(1)).options;
    expect(back).toMatchObject(chosen);
  });

  it("defaults give a bare URL; widget parameters come first", () => {
    expect(embedSrc({ kind: "simulator", id: "587-starttls-auth" }, { theme: "auto" }, player)).toBe(
      "/embed/simulator/587-starttls-auth",
    );
    expect(
      embedSrc(
        { kind: "compare", ids: ["587-starttls-auth", "465-implicit-tls"] },
        { theme: "dark" },
        {
          panes: PANES.compare,
        },
      ),
    ).toBe("/embed/simulator/compare?ids=587-starttls-auth,465-implicit-tls&theme=dark");
  });

  it("escapes attribute values in the iframe snippet", () => {
    const s = iframeSnippet({ src: "https://x.example/a?b=1&c=2", title: 'A "quoted" <title>', height: 600 });
    expect(s).toBe(
      '<iframe src="https://x.example/a?b=1&amp;c=2" title="A &quot;quoted&quot; &lt;title&gt;" loading="lazy" width="100%" height="600" style="border:0"></iframe>',
    );
  });

  it("builds an oEmbed rich document", () => {
    const d = oembedDocument({
      title: "T",
      src: "https://smtp.example/embed/port-chooser",
      height: 640,
      providerUrl: "https://smtp.example",
    });
    expect(d).toMatchObject({
      version: "1.0",
      type: "rich",
      width: 800,
      height: 640,
      provider_name: "SMTP Lab",
    });
    expect(d.html).toContain('src="https://smtp.example/embed/port-chooser"');
  });
});
