"use client";
/**
 * Copies text with the Clipboard API. Where that is missing or refused (insecure origin, permission
 * denied), it selects the text on screen, tries the old copy command, and otherwise tells the reader to
 * press Ctrl+C. The outcome is announced in a polite live region next to the button.
 */
import { type RefObject, useEffect, useRef, useState } from "react";
import { CheckIcon } from "@/components/ui/icons";

function selectContents(el: HTMLElement): void {
  const range = document.createRange();
  range.selectNodeContents(el);
  const selection = window.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
}

function legacyCopy(): boolean {
  try {
    // Deprecated, but the only way left to copy the current selection when the Clipboard API is refused.
    return document.execCommand("copy");
  } catch {
    return false;
  }
}

export function CopyButton({
  text,
  label,
  target,
  children = "Copy",
}: {
  text: string;
  /** Visible text; the accessible name (`label`) must start with it. */
  children?: string;
  /** What is copied, for the button's accessible name: "Copy the Nodemailer settings". */
  label: string;
  /** The element showing the text, selected for a manual copy when the clipboard is out of reach. */
  target?: RefObject<HTMLElement | null>;
}) {
  const [message, setMessage] = useState("");
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);

  function say(m: string, clearAfter: number | null) {
    setMessage(m);
    clearTimeout(timer.current);
    if (clearAfter !== null) timer.current = setTimeout(() => setMessage(""), clearAfter);
  }

  async function copy() {
    try {
      if (!navigator.clipboard) throw new Error("no clipboard");
      await navigator.clipboard.writeText(text);
      say("Copied", 4000);
      return;
    } catch {
      // Fall through to the selection.
    }
    const el = target?.current;
    if (el) {
      selectContents(el);
      if (legacyCopy()) {
        say("Copied", 4000);
        return;
      }
    }
    const mac = /Mac|iPhone|iPad/.test(navigator.platform);
    say(
      el
        ? `Couldn’t copy automatically: the text is selected, press ${mac ? "⌘C" : "Ctrl+C"} to copy it.`
        : `Couldn’t copy automatically: select the text and press ${mac ? "⌘C" : "Ctrl+C"}.`,
      null,
    );
  }

  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      <button
        type="button"
        onClick={copy}
        aria-label={label}
        className="inline-flex min-h-11 items-center gap-2 rounded-lg border border-border bg-raised px-4 font-semibold hover:border-accent"
      >
        {children}
      </button>
      <span role="status" className="inline-flex items-center gap-1 text-sm">
        {message === "Copied" ? <CheckIcon className="text-ok" /> : null}
        {message}
      </span>
    </span>
  );
}
