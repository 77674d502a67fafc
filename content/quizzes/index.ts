/**
 * Every lesson's quiz by lesson slug (a quiz's id is its lesson's slug), for pages that show a quiz outside
 * its lesson: the quiz embed (/embed/quiz/<slug>) and its oEmbed document.
 */
import type { Quiz } from "@/lib/content/quiz";
import { quiz as anatomyOfASession } from "./anatomy-of-a-session";
import { quiz as mythsAndMistakes } from "./myths-and-mistakes";
import { quiz as port25 } from "./port-25";
import { quiz as port465 } from "./port-465";
import { quiz as port587 } from "./port-587";
import { quiz as port2525 } from "./port-2525";
import { quiz as smtpAuth } from "./smtp-auth";
import { quiz as starttlsVsImplicitTls } from "./starttls-vs-implicit-tls";
import { quiz as storeAndForward } from "./store-and-forward";
import { quiz as troubleshooting } from "./troubleshooting";
import { quiz as whatIsSmtp } from "./what-is-smtp";

const all: readonly Quiz[] = [
  whatIsSmtp,
  anatomyOfASession,
  storeAndForward,
  port25,
  port587,
  port465,
  port2525,
  starttlsVsImplicitTls,
  smtpAuth,
  mythsAndMistakes,
  troubleshooting,
];

const bySlug: ReadonlyMap<string, Quiz> = new Map(all.map((q) => [q.id, q]));

export function quizSlugs(): string[] {
  return [...bySlug.keys()];
}

export function quizForLesson(slug: string): Quiz | undefined {
  return bySlug.get(slug);
}
