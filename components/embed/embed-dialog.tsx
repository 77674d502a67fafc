"use client";
/**
 * The "Embed this" dialog: a native <dialog> opened with showModal() (the rest of the page is inert; Tab
 * and Shift+Tab also wrap inside it; Esc closes it; focus returns to the button that opened it). It shows
 * the options (theme, panes to hide, a step range and autoplay for players, the host's origin for the
 * message API, an optional auto-resize script), the copy-ready snippet they produce, a Copy button (with a
 * select-and-press-Ctrl+C fallback), and a live preview: the embed itself, in an iframe, same options.
 * The snippet's URL is absolute (SITE_URL and the base path); the preview uses the same path on this site.
 */
import { type RefObject, useEffect, useId, useRef, useState } from "react";
import { type EmbedTheme, parseOrigins } from "@/lib/embed/messages";
import {
  DEFAULT_HEIGHT,
  type EmbedWidget,
  embedSrc,
  iframeSnippet,
  PANE_LABELS,
  resizeScript,
} from "@/lib/embed/widgets";
import { withBase } from "@/lib/site/config";

export type EmbedDialogProps = {
  widget: EmbedWidget;
  title: string;
  siteUrl: string;
  panes: readonly string[];
  stepCount?: number;
  /** Add the page's h1 to the title ("Check yourself: <lesson title>"): for widgets inside a lesson. */
  titleFromPage?: boolean;
  onClose: () => void;
  returnFocus: RefObject<HTMLElement | null>;
};

const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), iframe, [tabindex]:not([tabindex="-1"])';

const field = "min-h-11 rounded-md border border-border bg-raised px-2 text-fg";

export function EmbedDialog({
  widget,
  title: baseTitle,
  siteUrl,
  panes,
  stepCount,
  titleFromPage = false,
  onClose,
  returnFocus,
}: EmbedDialogProps) {
  const [title] = useState(() => (titleFromPage ? withPageTitle(baseTitle) : baseTitle));
  const ref = useRef<HTMLDialogElement>(null);
  const snippetRef = useRef<HTMLTextAreaElement>(null);
  const uid = useId().replace(/:/g, "");
  const player = stepCount !== undefined;
  const count = stepCount ?? 0;
  const [theme, setTheme] = useState<EmbedTheme>("auto");
  const [hide, setHide] = useState<string[]>([]);
  const [fromText, setFromText] = useState("0");
  const [toText, setToText] = useState(String(count));
  const [autoplay, setAutoplay] = useState(false);
  const [originText, setOriginText] = useState("");
  const [withScript, setWithScript] = useState(false);
  const [copied, setCopied] = useState("");

  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    if (!d.open) d.showModal();
    const button = returnFocus.current;
    return () => {
      if (d.open) d.close();
      button?.focus();
    };
  }, [returnFocus]);

  // Range: whole numbers inside 0..count with from ≤ to, else the whole scenario (and a message).
  const from = /^\d{1,6}$/.test(fromText.trim()) ? Number(fromText) : Number.NaN;
  const to = /^\d{1,6}$/.test(toText.trim()) ? Number(toText) : Number.NaN;
  const rangeOk = player && from >= 0 && to <= count && from <= to;
  const rangeError =
    player && !rangeOk ? `Enter two step numbers from 0 to ${count}, the first not after the second.` : "";
  const parsedOrigins = parseOrigins(originText);
  const originError =
    originText.trim() !== "" && parsedOrigins.notes.length > 0 ? parsedOrigins.notes[0] : "";

  const spec = { panes, stepCount };
  const options = {
    theme,
    hide,
    autoplay: player && autoplay,
    range: rangeOk ? { from, to } : null,
    origins: parsedOrigins.origins,
  };
  // Under a static export's base path (BASE_PATH) the embed lives at <base>/embed/…: a raw iframe src must say so.
  const path = withBase(embedSrc(widget, options, spec));
  const height = DEFAULT_HEIGHT[widget.kind];
  const frameTitle = `SMTP Lab: ${title}`;
  const snippet =
    iframeSnippet({ src: `${siteUrl}${path}`, title: frameTitle, height }) +
    (withScript ? `\n${resizeScript(siteUrl)}` : "");

  // A new snippet has not been copied yet.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when the snippet text changes
  useEffect(() => setCopied(""), [snippet]);

  function onKeyDown(e: React.KeyboardEvent<HTMLDialogElement>) {
    if (e.key !== "Tab") return;
    const items = [...(ref.current?.querySelectorAll<HTMLElement>(FOCUSABLE) ?? [])].filter(
      (el) => el.offsetParent !== null || el === document.activeElement,
    );
    const first = items[0];
    const last = items.at(-1);
    if (!first || !last) return;
    if (e.shiftKey && document.activeElement === first) {
      e.preventDefault();
      last.focus();
    } else if (!e.shiftKey && document.activeElement === last) {
      e.preventDefault();
      first.focus();
    }
  }

  async function copy() {
    try {
      if (!navigator.clipboard) throw new Error("no clipboard");
      await navigator.clipboard.writeText(snippet);
      setCopied("Copied. Paste it into your page’s HTML.");
      return;
    } catch {
      // Fall back to the selection below.
    }
    const area = snippetRef.current;
    area?.focus();
    area?.select();
    let ok = false;
    try {
      // Deprecated, but the only way left when the Clipboard API is refused.
      ok = document.execCommand("copy");
    } catch {
      ok = false;
    }
    const mac = /Mac|iPhone|iPad/.test(navigator.platform);
    setCopied(ok ? "Copied." : `The code is selected: press ${mac ? "⌘C" : "Ctrl+C"} to copy it.`);
  }

  const toggleHide = (p: string, on: boolean) =>
    setHide((h) => (on ? [...h.filter((x) => x !== p), p] : h.filter((x) => x !== p)));

  return (
    <dialog
      ref={ref}
      aria-labelledby={`${uid}-title`}
      onClose={onClose}
      onKeyDown={onKeyDown}
      className="m-auto max-h-[calc(100dvh-1rem)] w-[min(76rem,calc(100vw-1rem))] max-w-none overflow-auto rounded-xl border border-border bg-bg p-0 text-fg shadow-2xl backdrop:bg-black/60"
      data-embed-dialog={widget.kind}
    >
      <div className="sticky top-0 z-10 flex items-center justify-between gap-3 border-border border-b bg-bg px-4 py-2">
        <h2 id={`${uid}-title`} className="min-w-0 font-semibold text-lg leading-snug">
          Embed “{title}”
        </h2>
        <button
          type="button"
          onClick={() => ref.current?.close()}
          className="inline-flex min-h-11 shrink-0 items-center rounded-md border border-border bg-raised px-3 font-semibold hover:border-accent"
        >
          Close
        </button>
      </div>
      <div className="grid gap-6 p-4 lg:grid-cols-[minmax(0,22rem)_minmax(0,1fr)]">
        <form className="min-w-0 space-y-4" onSubmit={(e) => e.preventDefault()} aria-label="Embed options">
          <fieldset>
            <legend className="font-semibold">Theme</legend>
            <div className="mt-1 flex flex-wrap gap-x-4">
              {(
                [
                  ["auto", "Follow the reader’s system"],
                  ["light", "Light"],
                  ["dark", "Dark"],
                ] as const
              ).map(([value, label]) => (
                <label key={value} className="inline-flex min-h-11 items-center gap-2">
                  <input
                    type="radio"
                    name={`${uid}-theme`}
                    value={value}
                    checked={theme === value}
                    onChange={() => setTheme(value)}
                    className="h-5 w-5 shrink-0 accent-[var(--c-accent)]"
                  />
                  {label}
                </label>
              ))}
            </div>
          </fieldset>
          {panes.length > 0 ? (
            <fieldset>
              <legend className="font-semibold">Hide</legend>
              <div className="mt-1 flex flex-wrap gap-x-4">
                {panes.map((p) => (
                  <label key={p} className="inline-flex min-h-11 items-center gap-2">
                    <input
                      type="checkbox"
                      checked={hide.includes(p)}
                      onChange={(e) => toggleHide(p, e.target.checked)}
                      className="h-5 w-5 shrink-0 accent-[var(--c-accent)]"
                    />
                    {PANE_LABELS[p] ?? p}
                  </label>
                ))}
              </div>
            </fieldset>
          ) : null}
          {player ? (
            <fieldset>
              <legend className="font-semibold">Steps</legend>
              <p className="text-muted text-sm">
                Limit the player to part of the conversation (0 is before the connection; {count} is the last
                step). It opens at the first.
              </p>
              <div className="mt-1 flex flex-wrap gap-3">
                <label className="inline-flex items-center gap-2">
                  From
                  <input
                    type="number"
                    inputMode="numeric"
                    min={0}
                    max={count}
                    value={fromText}
                    onChange={(e) => setFromText(e.target.value)}
                    aria-describedby={rangeError ? `${uid}-range` : undefined}
                    aria-invalid={rangeError ? true : undefined}
                    className={`${field} w-20`}
                  />
                </label>
                <label className="inline-flex items-center gap-2">
                  to
                  <input
                    type="number"
                    inputMode="numeric"
                    min={0}
                    max={count}
                    value={toText}
                    onChange={(e) => setToText(e.target.value)}
                    aria-describedby={rangeError ? `${uid}-range` : undefined}
                    aria-invalid={rangeError ? true : undefined}
                    className={`${field} w-20`}
                  />
                </label>
              </div>
              <p id={`${uid}-range`} role="status" className="text-sm">
                {rangeError}
              </p>
              <label className="inline-flex min-h-11 items-center gap-2">
                <input
                  type="checkbox"
                  checked={autoplay}
                  onChange={(e) => setAutoplay(e.target.checked)}
                  className="h-5 w-5 shrink-0 accent-[var(--c-accent)]"
                />
                Play by itself when it loads (never for readers who ask for reduced motion)
              </label>
            </fieldset>
          ) : null}
          <div>
            <label htmlFor={`${uid}-origin`} className="font-semibold">
              Your site’s origin (optional)
            </label>
            <p id={`${uid}-origin-help`} className="text-muted text-sm">
              For example https://lms.example.edu. Only that site may then control the embed, and it alone
              receives quiz results. See “Embedding” in the README.
            </p>
            <input
              id={`${uid}-origin`}
              type="text"
              inputMode="url"
              spellCheck={false}
              autoComplete="off"
              value={originText}
              onChange={(e) => setOriginText(e.target.value)}
              aria-describedby={`${uid}-origin-help${originError ? ` ${uid}-origin-error` : ""}`}
              aria-invalid={originError ? true : undefined}
              className={`${field} mt-1 w-full`}
              placeholder="https://lms.example.edu"
            />
            <p id={`${uid}-origin-error`} role="status" className="text-sm">
              {originError}
            </p>
          </div>
          <label className="flex min-h-11 items-start gap-2">
            <input
              type="checkbox"
              checked={withScript}
              onChange={(e) => setWithScript(e.target.checked)}
              className="mt-0.5 h-5 w-5 shrink-0 accent-[var(--c-accent)]"
            />
            <span>Add a small script that makes the frame as tall as its content</span>
          </label>
        </form>
        <div className="min-w-0 space-y-3">
          <div>
            <label htmlFor={`${uid}-code`} className="font-semibold">
              Embed code
            </label>
            <textarea
              id={`${uid}-code`}
              ref={snippetRef}
              readOnly
              value={snippet}
              rows={withScript ? 12 : 4}
              spellCheck={false}
              className="mt-1 block w-full resize-y rounded-md border border-border bg-surface p-2 font-mono text-sm"
              data-embed-snippet=""
            />
            <div className="mt-2 flex flex-wrap items-center gap-3">
              <button
                type="button"
                onClick={copy}
                className="inline-flex min-h-11 items-center rounded-md bg-accent px-4 font-semibold text-accent-fg hover:opacity-90"
              >
                Copy the code
              </button>
              <span role="status" className="text-sm" data-embed-copied="">
                {copied}
              </span>
            </div>
          </div>
          <div>
            <h3 className="font-semibold">Preview</h3>
            <p className="text-muted text-sm">
              The embed itself, with these options, as your readers will see it.
            </p>
            <iframe
              key={path}
              src={path}
              title={`Preview: ${frameTitle}`}
              width="100%"
              height={Math.min(height, 560)}
              className="mt-2 block rounded-lg border border-border"
              data-embed-preview=""
            />
          </div>
          <button
            type="button"
            onClick={() => ref.current?.close()}
            className="inline-flex min-h-11 items-center rounded-md border border-border bg-raised px-4 font-semibold hover:border-accent"
          >
            Done
          </button>
        </div>
      </div>
    </dialog>
  );
}

/** "Check yourself" → "Check yourself: Port 587: message submission" (the page's h1). */
function withPageTitle(title: string): string {
  const h1 = document.querySelector("h1")?.textContent?.trim();
  return h1 ? `${title}: ${h1}` : title;
}
