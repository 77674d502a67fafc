/**
 * /oembed/<widget>.json: one static oEmbed document ("rich", https://oembed.com/) per embeddable widget,
 * generated at build time (force-static, every path from generateStaticParams) so it also ships in a
 * static export. Widget pages point here with <link rel="alternate" type="application/json+oembed">.
 * URLs are absolute, from SITE_URL.
 */
import { getLesson } from "@/content/lessons";
import { quizForLesson, quizSlugs } from "@/content/quizzes";
import { scenarioById, scenarios } from "@/content/scenarios";
import { DEFAULT_HEIGHT, type EmbedWidget, embedPath, oembedDocument, oembedPath } from "@/lib/embed/widgets";
import { absoluteUrl, SITE_URL } from "@/lib/site/config";

export const dynamic = "force-static";
export const dynamicParams = false;

type Entry = { widget: EmbedWidget; title: string };

function entries(): Entry[] {
  const list: Entry[] = scenarios.map((s) => ({
    widget: s.kind === "session" ? { kind: "simulator", id: s.id } : { kind: "journey", id: s.id },
    title: s.title,
  }));
  list.push({ widget: { kind: "compare" }, title: "Compare ports side by side" });
  list.push({ widget: { kind: "console" }, title: "Try it yourself: the SMTP console" });
  list.push({ widget: { kind: "port-chooser" }, title: "Which SMTP port should I use?" });
  for (const slug of quizSlugs()) {
    const lesson = getLesson(slug);
    if (lesson && quizForLesson(slug))
      list.push({ widget: { kind: "quiz", slug }, title: `Check yourself: ${lesson.meta.title}` });
  }
  return list;
}

/** "/oembed/simulator/587-starttls-auth.json" → ["simulator", "587-starttls-auth.json"]. */
function segments(w: EmbedWidget): string[] {
  return oembedPath(w).split("/").slice(2);
}

export function generateStaticParams() {
  return entries().map((e) => ({ path: segments(e.widget) }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ path: string[] }> }) {
  const { path } = await params;
  const key = path.join("/");
  const entry = entries().find((e) => segments(e.widget).join("/") === key);
  if (!entry || (entry.widget.kind === "simulator" && !scenarioById(entry.widget.id)))
    return new Response("Not found", { status: 404 });
  const doc = oembedDocument({
    title: `SMTP Lab: ${entry.title}`,
    src: absoluteUrl(embedPath(entry.widget)),
    height: DEFAULT_HEIGHT[entry.widget.kind],
    providerUrl: SITE_URL,
  });
  return Response.json(doc);
}
