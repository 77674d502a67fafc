"use client";
/**
 * The console, "Try it yourself": the learner is the client on a chosen port and types SMTP lines; the
 * engine's lockstep driver (loaded lazily with `import()`) answers. The session shows as the three-lane
 * stage (StageView, with the eavesdropper's wire records) and the swaks transcript, both derived from the
 * engine's events; the UI never decides a reply. After an error reply a hint (teaching text with RFC
 * citations) explains it; a lesson's goal is checked against the engine's outcome.
 *
 * Input: Enter sends; ↑/↓ walk the history; a multi-line paste sends one line per line (DATA bodies work:
 * after 354 lines are message lines until "."). Junk never breaks the page: the engine answers anything
 * and caps what it keeps, and this widget caps what it renders (the last steps, long lines, huge pastes).
 * State for CSS and tests on the root: data-console, data-port, data-mode, data-tls, data-goal.
 */
import { useCallback, useEffect, useId, useMemo, useRef, useState } from "react";
import { LockIcon } from "@/components/ui/icons";
import {
  type ConsoleGoal,
  type ConsolePort,
  checkGoal,
  clipLine,
  clipStep,
  consoleMode,
  describeGoal,
  hintAfter,
  insideTls,
  parsePortParam,
  splitPaste,
} from "@/lib/simulator/console";
import type { StageData } from "@/lib/simulator/stage-data";
import type { SessionEvent } from "@/lib/smtp";
import { AuthPlainHelper } from "./console-auth-helper";
import {
  BUTTON,
  ConsoleTranscript,
  GoalBox,
  HintPanel,
  Narration,
  PortPicker,
  PRIMARY,
  QuickInsert,
} from "./console-parts";
import { StageView } from "./stage-view";

type Engine = typeof import("./console-engine");
type Driver = InstanceType<Engine["Lockstep"]>;

export type ConsoleProps = {
  port?: ConsolePort;
  task?: string;
  goal?: ConsoleGoal;
  idPrefix?: string;
  /** The console page: read ?port= on load and keep the chosen port in the address bar. */
  syncUrl?: boolean;
  /** Focus the input line once the session is ready (after "Start the console" in a lesson). */
  autoFocus?: boolean;
  /** Level of the task heading and the transcript heading (3 inside lessons). */
  headingLevel?: 2 | 3;
};

/** Rendering caps: the stage and transcript show the last steps only; pastes beyond this are cut. */
const MAX_STEPS = 150;
const MAX_PASTE = 4 * 1024 * 1024;
const MAX_HISTORY = 100;
const PENDING_TAIL = 4;

type Pending = { count: number; tail: string[] };
type Notice = { text: string; reset: boolean };
const NO_PENDING: Pending = { count: 0, tail: [] };

export function Console({
  port: initialPort = 587,
  task,
  goal,
  idPrefix,
  syncUrl = false,
  autoFocus = false,
  headingLevel = 3,
}: ConsoleProps) {
  const autoId = useId().replace(/[^a-zA-Z0-9_-]/g, "");
  const prefix = idPrefix ?? `console-${autoId}`;
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const [engine, setEngine] = useState<Engine | null>(null);
  const [loadFailed, setLoadFailed] = useState(false);
  const [port, setPort] = useState<ConsolePort>(initialPort);
  const [portNote, setPortNote] = useState<string | null>(null);
  const driver = useRef<Driver | null>(null);
  const [events, setEvents] = useState<readonly SessionEvent[]>([]);
  const [closed, setClosed] = useState(false);
  const [mark, setMark] = useState({ steps: 0, events: 0 });
  const [pending, setPending] = useState<Pending>(NO_PENDING);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [input, setInput] = useState("");
  const [reachedBefore, setReachedBefore] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);
  const stageRef = useRef<HTMLElement>(null);
  const history = useRef<string[]>([]);
  const historyPos = useRef(-1);
  const draft = useRef("");

  useEffect(() => {
    let live = true;
    import("./console-engine").then(
      (m) => live && setEngine(m),
      () => live && setLoadFailed(true),
    );
    return () => {
      live = false;
    };
  }, []);

  // The console page: ?port= picks the port; a bad value falls back to 587 with a visible note.
  useEffect(() => {
    if (!syncUrl) return;
    const { port: p, note } = parsePortParam(new URLSearchParams(window.location.search).get("port"));
    setPort(p);
    setPortNote(note);
  }, [syncUrl]);

  const start = useCallback(
    (p: ConsolePort) => {
      if (!engine) return;
      const ls = new engine.Lockstep({ port: p });
      driver.current = ls;
      setEvents([...ls.events]);
      setClosed(ls.closed);
      setMark({ steps: 0, events: 0 });
      setPending(NO_PENDING);
      setNotice(null);
    },
    [engine],
  );

  useEffect(() => {
    start(port);
  }, [start, port]);

  const steps = useMemo(() => (engine ? engine.toSteps(events) : []), [engine, events]);
  const outcome = useMemo(() => (engine ? engine.summarize(events) : null), [engine, events]);
  const data = useMemo<StageData | null>(() => {
    if (!engine) return null;
    const shown = steps.slice(-MAX_STEPS).map((s) => clipStep(s));
    return {
      meta: {
        id: prefix,
        title: `SMTP console on port ${port}`,
        summary: "",
        port,
        theme: "console",
        attacker: false,
        ...engine.laneRoles(port, false),
      },
      steps: shown,
      glosses: engine.glossesFor(shown),
    };
  }, [engine, steps, port, prefix]);

  const ready = engine !== null && data !== null && steps.length > 0;
  const mode = ready ? consoleMode(events, closed) : null;
  const tls = insideTls(steps);
  const newSteps = steps.slice(mark.steps);
  const hint = hintAfter(newSteps, events.slice(mark.events));
  const goalState = goal && outcome ? checkGoal(goal, outcome, steps) : null;
  const reached = goalState?.reached ?? false;

  useEffect(() => {
    if (reached) setReachedBefore(true);
  }, [reached]);

  // After "Start the console": the input line takes focus once the session is up (it is disabled before).
  const focusedOnce = useRef(false);
  useEffect(() => {
    if (!autoFocus || !ready || focusedOnce.current) return;
    focusedOnce.current = true;
    inputRef.current?.focus();
  }, [autoFocus, ready]);

  // Keep the newest step in view inside the stage box (never scroll the page itself).
  useEffect(() => {
    const box = stageRef.current;
    if (box && events.length > 0) box.scrollTop = box.scrollHeight;
  }, [events]);

  // A shared session (e.g. from the live lab): ?lines= holds the client's lines, one per "\n"; they are
  // replayed once, through the same path as a multi-line paste, after the session for ?port= is up.
  const [shared, setShared] = useState<string[] | null>(null);
  useEffect(() => {
    if (!syncUrl) return;
    const raw = new URLSearchParams(window.location.search).get("lines");
    if (raw === null || raw.length === 0) return;
    setShared(raw.slice(0, 64 * 1024).split(/\r?\n/));
  }, [syncUrl]);

  const sendLines = useCallback(
    (lines: readonly string[]) => {
      const ls = driver.current;
      if (!ls || !engine) return;
      if (ls.closed) {
        setNotice({
          text: "The server has closed the connection, so nothing was sent. Reset the session to connect again.",
          reset: true,
        });
        return;
      }
      const before = { steps: steps.length, events: ls.events.length };
      let inMessage = consoleMode(ls.events, ls.closed) === "message";
      let { count, tail } = pending;
      let skipped = 0;
      for (const line of lines) {
        if (ls.closed) {
          skipped++;
          continue;
        }
        const n = ls.events.length;
        ls.send(line);
        if (ls.events.length === n) {
          // No event: the driver holds the line as part of the message until the final dot.
          if (inMessage) {
            count++;
            tail = [...tail.slice(1 - PENDING_TAIL), clipLine(line, 120)];
          }
        } else {
          count = 0;
          tail = [];
          inMessage = consoleMode(ls.events, ls.closed) === "message";
        }
      }
      setEvents([...ls.events]);
      setClosed(ls.closed);
      // A message line the driver holds until the dot causes no step: the last narration and hint stay.
      if (ls.events.length > before.events) setMark(before);
      setPending({ count, tail });
      setNotice(
        skipped > 0
          ? {
              text: `The server closed the connection, so the last ${skipped} line${skipped === 1 ? " was" : "s were"} not sent.`,
              reset: true,
            }
          : null,
      );
    },
    [engine, steps.length, pending],
  );

  function remember(lines: readonly string[]) {
    const h = history.current;
    for (const l of lines) {
      if (l.trim() === "" || l.length > 1000 || h[h.length - 1] === l) continue;
      h.push(l);
    }
    if (h.length > MAX_HISTORY) h.splice(0, h.length - MAX_HISTORY);
    historyPos.current = -1;
  }

  function onSubmit(e: React.FormEvent) {
    e.preventDefault();
    if (!ready) return;
    remember([input]);
    setInput("");
    sendLines([input]);
  }

  function onKeyDown(e: React.KeyboardEvent<HTMLInputElement>) {
    if (e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return;
    const h = history.current;
    if (e.key === "ArrowUp" && h.length > 0) {
      e.preventDefault();
      if (historyPos.current === -1) {
        draft.current = input;
        historyPos.current = h.length - 1;
      } else historyPos.current = Math.max(0, historyPos.current - 1);
      setInput(h[historyPos.current] ?? "");
    } else if (e.key === "ArrowDown" && historyPos.current !== -1) {
      e.preventDefault();
      historyPos.current++;
      if (historyPos.current >= h.length) {
        historyPos.current = -1;
        setInput(draft.current);
      } else setInput(h[historyPos.current] ?? "");
    }
  }

  // biome-ignore lint/correctness/useExhaustiveDependencies: replays the shared lines once, when the session is ready
  useEffect(() => {
    if (!shared || !ready) return;
    const lines = shared;
    setShared(null);
    remember(lines);
    sendLines(lines);
    setNotice({ text: `Replayed ${lines.length} client lines from the shared link.`, reset: false });
  }, [shared, ready]);

  function onPaste(e: React.ClipboardEvent<HTMLInputElement>) {
    let text = e.clipboardData.getData("text/plain");
    if (!/[\r\n]/.test(text)) return; // one line: the browser pastes it into the input as usual
    e.preventDefault();
    if (!ready) return;
    const cut = text.length > MAX_PASTE;
    if (cut) text = text.slice(0, MAX_PASTE);
    const el = e.currentTarget;
    const from = el.selectionStart ?? input.length;
    const to = el.selectionEnd ?? from;
    const { lines, rest } = splitPaste(input.slice(0, from), text, input.slice(to));
    setInput(rest);
    remember(lines);
    sendLines(lines);
    if (cut) {
      setNotice({
        text: `The paste was longer than ${MAX_PASTE / 1024 / 1024} MB: only its first ${MAX_PASTE / 1024 / 1024} MB was used.`,
        reset: false,
      });
    }
  }

  function insert(text: string, e: React.MouseEvent) {
    setInput(text);
    historyPos.current = -1;
    // Keyboard and mouse users carry on typing; on touch screens no keyboard pops up uninvited.
    if (e.detail === 0 || window.matchMedia("(pointer: fine)").matches) inputRef.current?.focus();
  }

  function changePort(p: ConsolePort) {
    setPort(p);
    setPortNote(null);
    if (syncUrl) {
      const url = new URL(window.location.href);
      url.searchParams.set("port", String(p));
      window.history.replaceState(window.history.state, "", url);
    }
  }

  const promptMark = tls ? "~>" : "->";
  const inputId = `${prefix}-input`;
  const modeText =
    mode === "message"
      ? "Message mode: end with a line holding only a dot"
      : mode === "auth"
        ? "Login in progress: send the base64 answer, or a line holding only * to cancel"
        : mode === "closed"
          ? "The connection is closed"
          : mode === "command"
            ? "Command mode: type a command and press Enter"
            : loadFailed
              ? "The console could not load"
              : "Connecting…";

  return (
    <section
      aria-labelledby={task ? `${prefix}-task` : undefined}
      aria-label={task ? undefined : `SMTP console on port ${port}`}
      className="not-prose @container flex flex-col gap-4"
      data-console={prefix}
      data-port={port}
      data-mode={mode ?? (loadFailed ? "failed" : "loading")}
      data-tls={tls ? "on" : "off"}
      data-goal={goal ? (reached ? "reached" : "pending") : "none"}
    >
      <GoalBox
        task={task}
        goalText={goal ? describeGoal(goal) : null}
        reached={reached}
        message={goalState?.message ?? null}
        reachedBefore={reachedBefore}
        Heading={Heading}
        headingId={`${prefix}-task`}
      />
      <div className="flex flex-wrap items-end justify-between gap-3">
        <PortPicker name={`${prefix}-port`} port={port} disabled={!engine} onChange={changePort} />
        <button type="button" className={BUTTON} disabled={!engine} onClick={() => start(port)}>
          Reset session
        </button>
      </div>
      {portNote ? (
        <p role="status" className="rounded-md border-2 px-3 py-2" style={{ borderColor: "var(--c-later)" }}>
          {portNote}
        </p>
      ) : null}
      <div className="grid gap-4 @4xl:grid-cols-[minmax(0,1fr)_minmax(0,24rem)]">
        <div className="flex min-w-0 flex-col gap-3">
          <section
            ref={stageRef}
            // biome-ignore lint/a11y/noNoninteractiveTabindex: the conversation scrolls; keyboard users must reach it
            tabIndex={0}
            aria-label={`Conversation so far: ${task ?? `console on port ${port}`}`}
            className="h-[min(60vh,34rem)] overflow-y-auto rounded-xl border border-border bg-surface"
            data-stage=""
          >
            {data && ready ? (
              <>
                {steps.length > data.steps.length ? (
                  <p className="px-3 pt-2 text-center text-muted text-sm">
                    Showing the last {data.steps.length} of {steps.length} steps.
                  </p>
                ) : null}
                <StageView data={data} upto={data.steps.at(-1)?.n ?? 0} idPrefix={prefix} />
              </>
            ) : (
              <p className="px-3 py-8 text-center text-muted">
                {loadFailed
                  ? "The console could not load (are you offline?). Reload the page to try again."
                  : "Connecting to the simulated server…"}
              </p>
            )}
          </section>
          <QuickInsert
            mode={mode ?? "command"}
            disabled={!ready}
            onInsert={insert}
            onSend={(line) => sendLines([line])}
          />
          <form onSubmit={onSubmit} className="flex flex-col gap-2" aria-busy={!ready}>
            <div className="flex flex-wrap items-center justify-between gap-x-3 gap-y-1">
              <label htmlFor={inputId} className="font-semibold">
                Your next line to the server
              </label>
              <p
                className="font-semibold text-sm"
                style={{ color: mode === "closed" ? "var(--c-no)" : "var(--c-more)" }}
                data-mode-line={mode ?? ""}
              >
                {modeText}
              </p>
            </div>
            {mode === "message" && pending.count > 0 ? (
              <div
                className="rounded-md border border-border border-dashed px-3 py-2 text-sm"
                data-pending=""
              >
                <p className="text-muted">
                  {pending.count} message line{pending.count === 1 ? "" : "s"} typed so far; they leave in one
                  write when you send the dot, as swaks does.
                </p>
                <pre className="mt-1 overflow-hidden font-mono whitespace-pre-wrap break-all">
                  {pending.count > pending.tail.length ? "…\n" : ""}
                  {pending.tail.join("\n")}
                </pre>
              </div>
            ) : null}
            <div className="flex items-stretch gap-2">
              <span
                className="inline-flex min-h-11 shrink-0 items-center gap-1 rounded-md border px-2 font-mono"
                style={{
                  borderColor: tls ? "var(--c-tls)" : "var(--c-wire)",
                  color: tls ? "var(--c-tls)" : "var(--c-wire)",
                }}
                title={tls ? "Your lines travel inside TLS" : "Your lines travel in plaintext"}
              >
                {tls ? <LockIcon aria-hidden="true" /> : null}
                <span aria-hidden="true">{promptMark}</span>
                <span className="sr-only">{tls ? "inside TLS" : "plaintext"}</span>
              </span>
              <input
                ref={inputRef}
                id={inputId}
                value={input}
                onChange={(e) => {
                  setInput(e.target.value);
                  if (notice?.reset === false) setNotice(null);
                }}
                onKeyDown={onKeyDown}
                onPaste={onPaste}
                disabled={!ready}
                autoComplete="off"
                autoCapitalize="none"
                autoCorrect="off"
                spellCheck={false}
                enterKeyHint="send"
                aria-describedby={`${prefix}-help`}
                className="min-h-11 min-w-0 flex-1 rounded-md border border-border bg-bg px-2 font-mono text-base text-fg @4xl:text-lg"
                data-console-input=""
              />
              <button type="submit" className={PRIMARY} disabled={!ready}>
                Send
              </button>
            </div>
            <p id={`${prefix}-help`} className="text-muted text-xs">
              Enter sends · <kbd>↑</kbd>/<kbd>↓</kbd> earlier lines · a multi-line paste sends one line per
              line · the server is simulated in your browser: nothing leaves this page.
            </p>
          </form>
          {notice ? (
            <div
              role="status"
              className="flex flex-wrap items-center gap-3 rounded-md border-2 px-3 py-2"
              style={{ borderColor: "var(--c-later)" }}
              data-console-notice=""
            >
              <p>{notice.text}</p>
              {notice.reset ? (
                <button type="button" className={BUTTON} onClick={() => start(port)}>
                  Reset and connect again
                </button>
              ) : null}
            </div>
          ) : null}
          {mode === "closed" && !notice ? (
            <div className="flex flex-wrap items-center gap-3 text-sm">
              <p>The server closed the connection. Lines you send now go nowhere.</p>
              <button type="button" className={BUTTON} onClick={() => start(port)}>
                Reset and connect again
              </button>
            </div>
          ) : null}
        </div>
        <div className="flex min-w-0 flex-col gap-3">
          <HintPanel hint={ready ? hint : null} />
          <Narration steps={ready ? newSteps : []} meta={data?.meta ?? null} />
          <AuthPlainHelper tls={tls} onInsert={insert} />
        </div>
      </div>
      {data && ready ? (
        <ConsoleTranscript
          steps={data.steps}
          total={steps.length}
          copyText={() => steps.flatMap((s) => s.lines).join("\n")}
          label={task ?? `console on port ${port}`}
          Heading={Heading}
          headingId={`${prefix}-transcript`}
        />
      ) : null}
    </section>
  );
}
