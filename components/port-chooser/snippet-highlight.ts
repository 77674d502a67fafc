/**
 * Build-time syntax highlighting of every settings snippet the port chooser can show. Server only: it is
 * imported by the static route app/(site)/port-chooser/snippets/[file]/route.ts, never by a client
 * component, so shiki (grammars, themes, regex engine) stays out of the browser entirely.
 *
 * Why this design: the result depends on answers in the URL, so the page itself can't know at build time
 * which snippets it will show. The set of distinct snippet sets is small and finite (see snippet-data.ts),
 * so each one is highlighted here once and written as a static JSON file of coloured tokens (not HTML:
 * tokens are about half the size, and the browser renders them as React text, with no innerHTML). The
 * page fetches only the one set its result needs, after the result appears; until then the result card
 * shows everything else. First-load JS carries neither shiki nor any snippet.
 *
 * Colours: GitHub's light and dark themes, with the few token colours that fall below WCAG AA on our code
 * background replaced by darker/lighter ones of the same hue. The generator refuses (throws at build time)
 * to emit any colour pair under 4.5:1 in either theme.
 */
import { createHighlighterCore, type HighlighterCore } from "shiki/core";
import { createJavaScriptRegexEngine } from "shiki/engine/javascript";
import {
  type Answers,
  choosePort,
  QUESTIONS,
  type Recommendation,
  type SnippetLang,
  snippetsFor,
} from "@/lib/ports";
import { type HighlightedSnippet, type SnippetSet, snippetKey, type Token } from "./snippet-data";

/** The code background in each theme: --c-surface in app/globals.css (a unit test keeps them equal). */
export const CODE_BACKGROUND = { light: "#f4f6f9", dark: "#131c31" } as const;

const THEMES = { light: "github-light", dark: "github-dark" } as const;

/** GitHub theme colours under 4.5:1 on CODE_BACKGROUND, and their AA replacements (same hue family). */
const REPLACE: Readonly<Record<"light" | "dark", Readonly<Record<string, string>>>> = {
  light: {
    "#6a737d": "#57606a", // comments
    "#d73a49": "#b31d28", // keywords
    "#e36209": "#953800", // parameters
    "#22863a": "#116329", // tags, strings in some grammars
  },
  dark: {
    "#6a737d": "#959da5", // comments
  },
};

/** shiki grammar per snippet language; "text" needs none. */
const GRAMMAR: Readonly<Record<SnippetLang, string>> = {
  js: "javascript",
  python: "python",
  php: "php",
  go: "go",
  java: "java",
  ini: "ini",
  sh: "shellscript",
  text: "text",
};

let highlighter: Promise<HighlighterCore> | undefined;

function getHighlighter(): Promise<HighlighterCore> {
  highlighter ??= createHighlighterCore({
    themes: [import("shiki/themes/github-light.mjs"), import("shiki/themes/github-dark.mjs")],
    langs: [
      import("shiki/langs/javascript.mjs"),
      import("shiki/langs/python.mjs"),
      import("shiki/langs/php.mjs"),
      import("shiki/langs/go.mjs"),
      import("shiki/langs/java.mjs"),
      import("shiki/langs/ini.mjs"),
      import("shiki/langs/shellscript.mjs"),
    ],
    engine: createJavaScriptRegexEngine(),
  });
  return highlighter;
}

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = Number.parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio of two #rrggbb colours. */
export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

function normalise(colour: string | undefined, theme: "light" | "dark", fallback: string): string {
  let c = (colour ?? fallback).toLowerCase();
  if (/^#[0-9a-f]{3}$/.test(c)) c = `#${[...c.slice(1)].map((x) => x + x).join("")}`;
  // #rrggbbaa: our themes use alpha only for backgrounds; drop it rather than guess a blend.
  if (/^#[0-9a-f]{8}$/.test(c)) c = c.slice(0, 7);
  if (!/^#[0-9a-f]{6}$/.test(c)) throw new Error(`unexpected token colour ${colour}`);
  return REPLACE[theme][c] ?? c;
}

class Palette {
  readonly pairs: [string, string][] = [];
  private readonly index = new Map<string, number>();

  add(light: string, dark: string): number {
    const k = `${light}/${dark}`;
    const found = this.index.get(k);
    if (found !== undefined) return found;
    for (const [c, theme] of [
      [light, "light"],
      [dark, "dark"],
    ] as const) {
      const ratio = contrast(c, CODE_BACKGROUND[theme]);
      if (ratio < 4.5)
        throw new Error(`token colour ${c} is ${ratio.toFixed(2)}:1 on the ${theme} code background`);
    }
    this.pairs.push([light, dark]);
    this.index.set(k, this.pairs.length - 1);
    return this.pairs.length - 1;
  }
}

async function highlightSet(rec: Recommendation): Promise<SnippetSet> {
  const hl = await getHighlighter();
  const palette = new Palette();
  const fg = {
    light: hl.getTheme(THEMES.light).fg,
    dark: hl.getTheme(THEMES.dark).fg,
  };
  const snippets: HighlightedSnippet[] = snippetsFor(rec).map((s) => {
    const raw = hl.codeToTokensWithThemes(s.code, { lang: GRAMMAR[s.lang], themes: THEMES });
    const lines = raw.map((line) => {
      const out: [string, number][] = [];
      for (const t of line) {
        const colour = palette.add(
          normalise(t.variants.light?.color, "light", fg.light),
          normalise(t.variants.dark?.color, "dark", fg.dark),
        );
        const last = out.at(-1);
        // Neighbours of one colour become one run: fewer spans, same picture.
        if (last !== undefined && last[1] === colour) last[0] += t.content;
        else out.push([t.content, colour]);
      }
      return out as Token[];
    });
    const rebuilt = lines.map((l) => l.map((t) => t[0]).join("")).join("\n");
    if (rebuilt !== s.code) throw new Error(`highlighting changed the text of snippet ${s.id}`);
    return { id: s.id, title: s.title, lang: s.lang, code: s.code, notes: s.notes, lines };
  });
  return { key: snippetKey(rec), palette: palette.pairs, snippets };
}

/** Every complete set of answers (each question that applies, each non-empty choice of its options). */
function* everyAnswers(): Generator<Answers> {
  function* from(i: number, answers: Answers): Generator<Answers> {
    const q = QUESTIONS[i];
    if (q === undefined) {
      yield answers;
      return;
    }
    if (!q.when(answers)) {
      yield* from(i + 1, answers);
      return;
    }
    const ids = q.options.map((o) => o.id as string);
    const values: (string | string[])[] =
      q.kind === "single"
        ? ids
        : Array.from({ length: 2 ** ids.length - 1 }, (_, m) => ids.filter((_, b) => ((m + 1) >> b) & 1));
    for (const v of values) yield* from(i + 1, { ...answers, [q.id]: v });
  }
  yield* from(0, {});
}

let recommendations: Map<string, Recommendation> | undefined;

/**
 * One recommendation per snippet key, over every complete set of answers. Throws if two recommendations
 * that share a key would get different snippets (the key would then be missing a field).
 */
export function recommendationsByKey(): ReadonlyMap<string, Recommendation> {
  if (recommendations !== undefined) return recommendations;
  const byKey = new Map<string, Recommendation>();
  const text = new Map<string, string>();
  for (const answers of everyAnswers()) {
    const choice = choosePort(answers);
    if (choice.kind !== "recommendation") continue;
    const key = snippetKey(choice);
    if (!/^[a-z0-9.-]+$/.test(key)) throw new Error(`snippet key ${key} is not URL-safe`);
    const json = JSON.stringify(snippetsFor(choice));
    const seen = text.get(key);
    if (seen === undefined) {
      byKey.set(key, choice);
      text.set(key, json);
    } else if (seen !== json) {
      throw new Error(`two recommendations share the snippet key ${key} but not their snippets`);
    }
  }
  recommendations = byKey;
  return byKey;
}

/** The highlighted snippet set for a key, or null for a key no answers lead to. */
export async function snippetSet(key: string): Promise<SnippetSet | null> {
  const rec = recommendationsByKey().get(key);
  return rec === undefined ? null : highlightSet(rec);
}
