/**
 * <Console port={25} task="…" goal={{ queued: true }} /> for lessons. A server-rendered still (the task,
 * the goal, the port and a short how-to) that teaches without JavaScript, plus a "Start the console"
 * button that loads the interactive console (console.tsx) and the engine lazily on click, so a lesson's
 * first load carries none of it. Several consoles on one page are independent.
 */
import Link from "@/components/ui/link";
import type { ConsoleGoal, ConsolePort } from "@/lib/simulator/console";
import { describeGoal } from "@/lib/simulator/console";
import { ConsoleIsland } from "./console-island";

const PORT_LINE: Record<ConsolePort, string> = {
  25: "port 25, as a sending mail server (relay to an MX)",
  587: "port 587, as a mail app (submission, STARTTLS required)",
  465: "port 465, as a mail app (submission with implicit TLS)",
  2525: "port 2525, as a mail app (an alternative submission port, like 587 here)",
};

export function Console({
  port = 587,
  task,
  goal,
  idPrefix,
}: {
  port?: ConsolePort;
  task?: string;
  goal?: ConsoleGoal;
  idPrefix?: string;
}) {
  return (
    <section
      aria-label={task ? `SMTP console: ${task}` : `SMTP console on port ${port}`}
      className="not-prose my-8 rounded-xl border border-border bg-raised p-4 sm:p-5"
      data-console-embed={port}
    >
      <ConsoleIsland props={{ port, task, goal, idPrefix }}>
        <p className="font-semibold text-accent text-sm">Try it yourself: SMTP console</p>
        {task ? <p className="mt-1 font-semibold text-lg">Your task: {task}</p> : null}
        {goal ? <p className="mt-1">Goal: {describeGoal(goal)}.</p> : null}
        <p className="mt-2 text-muted">
          You connect to <span className="font-mono">mail.example.test</span> on {PORT_LINE[port]}. Type one
          SMTP command per line and press Enter; a simulated Postfix server answers, and you see what an
          eavesdropper on the network would capture. Buttons insert the common commands, a helper builds the
          AUTH PLAIN line, and a hint explains each error. Nothing leaves your browser.
        </p>
      </ConsoleIsland>
      <p className="mt-3 text-sm">
        <Link href={`/simulator/console?port=${port}`}>Open the console on its own page</Link>
      </p>
    </section>
  );
}
