"use client";
/**
 * The "Embed this" button. Tiny on purpose (it sits on lesson pages, which have a JavaScript budget): the
 * dialog's code is fetched on the first press. Focus goes back to this button when the dialog closes.
 */
import { type ComponentType, useRef, useState } from "react";
import type { EmbedDialogProps } from "./embed-dialog";

type Props = Omit<EmbedDialogProps, "onClose" | "returnFocus"> & { className?: string; label?: string };

export function EmbedButton({ className, label = "Embed this", ...props }: Props) {
  const button = useRef<HTMLButtonElement>(null);
  const [Dialog, setDialog] = useState<ComponentType<EmbedDialogProps> | null>(null);
  const [open, setOpen] = useState(false);
  const [state, setState] = useState("");

  function openDialog() {
    if (Dialog) return setOpen(true);
    setState("Opening…");
    import("./embed-dialog").then(
      (m) => {
        setDialog(() => m.EmbedDialog);
        setState("");
        setOpen(true);
      },
      () => setState("Could not load (offline?): try again"),
    );
  }

  return (
    <span className={className}>
      <button
        ref={button}
        type="button"
        onClick={openDialog}
        aria-haspopup="dialog"
        className="inline-flex min-h-11 items-center gap-2 rounded-md border border-border bg-raised px-3 font-semibold text-sm hover:border-accent"
        data-embed-this={props.widget.kind}
      >
        <span aria-hidden="true" className="font-mono">
          &lt;/&gt;
        </span>
        {label}
      </button>
      <span role="status" className="ml-2 text-sm">
        {state}
      </span>
      {Dialog && open ? <Dialog {...props} onClose={() => setOpen(false)} returnFocus={button} /> : null}
    </span>
  );
}
