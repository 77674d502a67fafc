/**
 * Content checks, linted like code: every lesson has objectives, a quiz, a recap and an RFC citation;
 * heading ids are unique; every internal link and anchor resolves; every RFC citation (lessons, quizzes,
 * the engine's narration and reply table) names an RFC on the references list; quizzes follow their rules
 * and predict questions agree with the engine; speaker notes point at real sections.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { rfcCitations } from "@/lib/content/citations";
import { checkLessonMeta, lessonOrder } from "@/lib/content/lesson";
import type { LessonNotes } from "@/lib/content/notes";
import { type Quiz, quizProblems } from "@/lib/content/quiz";
import { RFCS } from "@/lib/content/rfcs";
import { extractHeadings, extractToc } from "@/lib/content/toc";
import { REPLY_TABLE, runScenario, toSteps } from "@/lib/smtp";
import { curriculum } from "./lessons/curriculum";
import { scenarioById, scenarios } from "./scenarios";

const ROOT = path.resolve(import.meta.dirname, "..");
const slugs = lessonOrder(curriculum);
const source = (slug: string) => readFileSync(path.join(ROOT, "content", "lessons", `${slug}.mdx`), "utf8");

async function quizOf(slug: string): Promise<Quiz | null> {
  try {
    return ((await import(`./quizzes/${slug}.ts`)) as { quiz: Quiz }).quiz;
  } catch {
    return null;
  }
}

/** Anchor ids a lesson page has: its headings, plus the sections rendered by components. */
function anchorsOf(slug: string): Set<string> {
  const src = source(slug);
  const ids = new Set(extractToc(src).map((t) => t.id));
  for (const h of extractToc(`${src}\n`)) ids.add(h.id);
  ids.add("objectives");
  if (/<Recap[\s>]/.test(src)) ids.add("recap");
  if (/<Quiz[\s/]/.test(src)) ids.add("quiz");
  return ids;
}

/** Static routes from the app directory (route groups dropped, dynamic segments as patterns). */
function routePatterns(): RegExp[] {
  const out: RegExp[] = [];
  const walk = (dir: string, parts: string[]) => {
    for (const entry of readdirSync(dir)) {
      const full = path.join(dir, entry);
      if (statSync(full).isDirectory()) {
        const seg = /^\(.*\)$/.test(entry) ? null : entry;
        walk(full, seg === null ? parts : [...parts, seg]);
      } else if (/^page\.(tsx|mdx)$/.test(entry)) {
        const re = parts.map((p) =>
          /^\[.*\]$/.test(p) ? "[^/]+" : p.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"),
        );
        out.push(new RegExp(`^/${re.join("/")}$`));
      }
    }
  };
  walk(path.join(ROOT, "app"), []);
  return out;
}

describe("lessons", () => {
  it("the curriculum lists each lesson once, and every lesson file is in it", () => {
    expect(new Set(slugs).size).toBe(slugs.length);
    const files = readdirSync(path.join(ROOT, "content", "lessons"))
      .filter((f) => f.endsWith(".mdx"))
      .map((f) => f.replace(/\.mdx$/, ""));
    expect(files.sort()).toEqual([...slugs].sort());
  });

  for (const slug of slugs) {
    describe(slug, () => {
      const src = source(slug);
      it("has objectives, a recap, a quiz and at least one RFC citation", async () => {
        const metaText = /export const meta = (\{[\s\S]*?\n\});/.exec(src)?.[1];
        expect(metaText, "export const meta").toBeTruthy();
        // The meta object is plain data: evaluate it the way the page does, and check it the same way.
        const meta = checkLessonMeta(slug, new Function(`return ${metaText}`)());
        expect(meta.objectives.length).toBeGreaterThanOrEqual(3);
        expect(src).toMatch(/<Recap>/);
        expect(src).toMatch(/<Quiz quiz=\{quiz\} \/>/);
        expect(rfcCitations(src).length).toBeGreaterThan(0);
        const quiz = await quizOf(slug);
        expect(quiz, `content/quizzes/${slug}.ts`).not.toBeNull();
      });

      it("has unique heading ids and no h1", () => {
        const headings = extractHeadings(src);
        expect(headings.filter((h) => h.depth === 1)).toEqual([]);
        const ids = extractToc(src).map((t) => t.id);
        expect(ids.filter((id) => /-\d+$/.test(id) && ids.includes(id.replace(/-\d+$/, "")))).toEqual([]);
        expect(new Set(ids).size).toBe(ids.length);
      });

      it("links only to pages and anchors that exist", () => {
        const patterns = routePatterns();
        const links = [...src.matchAll(/\]\((\/[^)\s]*)\)/g)].map((m) => m[1] ?? "");
        for (const link of links) {
          const [pathPart = "", anchor] = link.split("#");
          const pathname = pathPart.split("?")[0] ?? "";
          expect(
            patterns.some((re) => re.test(pathname)),
            `${slug} links to ${link}`,
          ).toBe(true);
          const lesson = /^\/lessons\/([^/]+)$/.exec(pathname)?.[1];
          if (lesson) {
            expect(slugs, `${slug} links to lesson ${lesson}`).toContain(lesson);
            if (anchor) expect([...anchorsOf(lesson)], `${slug} links to ${link}`).toContain(anchor);
          }
          const scenario = /^\/simulator\/([^/]+)$/.exec(pathname)?.[1];
          if (scenario && !["compare", "console"].includes(scenario)) {
            expect(scenarioById(scenario), `${slug} links to scenario ${scenario}`).toBeTruthy();
          }
        }
        for (const m of src.matchAll(/\]\(#([^)]+)\)/g)) {
          expect([...anchorsOf(slug)], `${slug} links to #${m[1]}`).toContain(m[1]);
        }
      });

      it("embeds only scenarios that exist", () => {
        for (const m of src.matchAll(/scenario="([^"]+)"/g)) {
          expect(scenarioById(m[1] ?? ""), `${slug} embeds ${m[1]}`).toBeTruthy();
        }
        for (const m of src.matchAll(/ids=\{\[([^\]]*)\]\}/g)) {
          for (const id of (m[1] ?? "").split(",").map((x) => x.trim().replace(/^"|"$/g, ""))) {
            expect(scenarioById(id), `${slug} compares ${id}`).toBeTruthy();
          }
        }
      });

      it("has speaker notes for real sections only", async () => {
        let notes: LessonNotes;
        try {
          notes = ((await import(`./notes/${slug}.ts`)) as { notes: LessonNotes }).notes;
        } catch {
          throw new Error(`content/notes/${slug}.ts is missing`);
        }
        const anchors = anchorsOf(slug);
        for (const key of Object.keys(notes)) expect([...anchors], `${slug} note "${key}"`).toContain(key);
        for (const h of extractToc(src).filter((t) => t.depth === 2)) {
          expect(Object.keys(notes), `${slug} section "${h.id}" has a speaker note`).toContain(h.id);
        }
      });
    });
  }
});

describe("quizzes", () => {
  for (const slug of slugs) {
    it(`${slug}: follows the quiz rules, and predict questions agree with the engine`, async () => {
      const quiz = await quizOf(slug);
      if (!quiz) throw new Error(`no quiz for ${slug}`);
      expect(quizProblems(quiz)).toEqual([]);
      for (const q of quiz.questions) {
        for (const c of q.cite) expect(RFCS.has(c.rfc), `${slug}/${q.id} cites RFC ${c.rfc}`).toBe(true);
        if (q.kind !== "predict") continue;
        const s = scenarioById(q.reveal.scenario);
        expect(s?.kind, `${slug}/${q.id} scenario`).toBe("session");
        if (s?.kind !== "session") continue;
        const replies = toSteps(runScenario(s).events).filter(
          (st) =>
            st.reply &&
            st.speaker !== "client" &&
            st.reply.answers === q.reveal.command.toUpperCase() &&
            st.lines.length > 0,
        );
        const step = replies[(q.reveal.occurrence ?? 1) - 1];
        expect(step?.reply, `${slug}/${q.id}: the engine replies to ${q.reveal.command}`).toBeTruthy();
        const right = q.choices.find((c) => c.correct)?.text ?? "";
        expect(right, `${slug}/${q.id}: the right answer names the engine's code`).toContain(
          String(step?.reply?.code),
        );
        if (step?.reply?.enhanced && /\d\.\d\.\d/.test(right)) expect(right).toContain(step.reply.enhanced);
      }
    });
  }
});

describe("glossary", () => {
  it("has unique ids, cites known RFCs and points to lessons that exist", async () => {
    const { glossary } = await import("./glossary");
    const ids = glossary.map((g) => g.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const g of glossary) {
      expect(g.id).toMatch(/^[a-z0-9-]+$/);
      expect(g.cite.length, g.id).toBeGreaterThan(0);
      for (const c of g.cite) expect(RFCS.has(c.rfc), `${g.id}: RFC ${c.rfc}`).toBe(true);
      if (g.see) {
        const [p = "", anchor] = g.see.split("#");
        const slug = p.replace(/^\/lessons\//, "");
        expect(slugs, `${g.id} → ${g.see}`).toContain(slug);
        if (anchor) expect([...anchorsOf(slug)], `${g.id} → ${g.see}`).toContain(anchor);
      }
    }
  });

  it("every <Term id> in a lesson names a glossary entry", async () => {
    const { glossary } = await import("./glossary");
    const ids = new Set(glossary.map((g) => g.id));
    for (const slug of slugs) {
      for (const m of source(slug).matchAll(/<Term id="([^"]+)"/g))
        expect(ids.has(m[1] ?? ""), `${slug}: ${m[1]}`).toBe(true);
    }
  });
});

describe("RFC citations", () => {
  it("every RFC cited by lessons, quizzes, the narration and the reply table is on the references list", async () => {
    const missing: string[] = [];
    for (const slug of slugs) {
      for (const c of rfcCitations(source(slug))) if (!RFCS.has(c.n)) missing.push(`${slug}: RFC ${c.n}`);
    }
    for (const s of scenarios) {
      if (s.kind !== "session") continue;
      for (const step of toSteps(runScenario(s).events)) {
        for (const c of step.narration.rfc)
          if (!RFCS.has(c.rfc)) missing.push(`narration of ${s.id}: RFC ${c.rfc}`);
      }
    }
    for (const row of REPLY_TABLE)
      for (const c of row.rfc) if (!RFCS.has(c.rfc)) missing.push(`reply ${row.id}: RFC ${c.rfc}`);
    expect([...new Set(missing)]).toEqual([]);
  });

  it("section citations look like section numbers", () => {
    for (const slug of slugs) {
      for (const c of rfcCitations(source(slug))) {
        if (c.section !== undefined)
          expect(c.section, `${slug}: RFC ${c.n} §${c.section}`).toMatch(/^([A-Z]|\d+)(\.\d+)*$/);
      }
    }
  });
});
