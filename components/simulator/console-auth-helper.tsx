"use client";
/**
 * The AUTH PLAIN helper: builds the base64 string a client sends (authzid NUL user NUL password,
 * RFC 4616 §2) and puts `AUTH PLAIN <b64>` into the console's input line. It shows the decoded form next
 * to it, because the point to learn is that base64 is an encoding anyone can reverse, not encryption.
 */
import { useId, useState } from "react";
import { Rfc } from "@/components/mdx/rfc";
import { LockIcon } from "@/components/ui/icons";
import { authPlainResponse, visibleControls } from "@/lib/simulator/console";

/** The NUL byte, drawn as a labelled box (fonts have no visible glyph for it). */
function Nul() {
  return (
    <span
      className="mx-0.5 rounded border border-border px-0.5 font-sans text-muted text-xs"
      title="the NUL byte"
    >
      NUL
    </span>
  );
}

const field =
  "min-h-11 w-full min-w-0 rounded-md border border-border bg-bg px-2 font-mono text-base text-fg";

export function AuthPlainHelper({
  tls,
  onInsert,
}: {
  tls: boolean;
  onInsert: (line: string, e: React.MouseEvent) => void;
}) {
  const id = useId().replace(/[^a-zA-Z0-9_-]/g, "");
  const [user, setUser] = useState("alice");
  const [password, setPassword] = useState("wonderland");
  const b64 = authPlainResponse(user, password);
  const line = `AUTH PLAIN ${b64}`;
  return (
    <details className="rounded-lg border border-border bg-surface px-3 py-2" data-auth-helper="">
      <summary className="flex min-h-11 cursor-pointer items-center font-semibold">
        AUTH PLAIN helper: build the base64 login line
      </summary>
      <div className="mt-2 space-y-3 pb-1 text-sm">
        <p>
          AUTH PLAIN sends one base64 string: an empty authorisation identity, a NUL byte, the user name, a
          NUL byte, the password (<Rfc n={4616} section="2" />
          ). The lab’s account is alice / wonderland.
        </p>
        <div className="grid gap-2 sm:grid-cols-2">
          <label className="block" htmlFor={`${id}-user`}>
            <span className="block font-semibold">User name</span>
            <input
              id={`${id}-user`}
              className={field}
              value={user}
              maxLength={255}
              autoComplete="off"
              autoCapitalize="none"
              spellCheck={false}
              onChange={(e) => setUser(e.target.value)}
            />
          </label>
          <label className="block" htmlFor={`${id}-password`}>
            <span className="block font-semibold">Password (shown: a lab account)</span>
            <input
              id={`${id}-password`}
              className={field}
              value={password}
              maxLength={255}
              autoComplete="off"
              autoCapitalize="none"
              spellCheck={false}
              onChange={(e) => setPassword(e.target.value)}
            />
          </label>
        </div>
        <div>
          <p className="font-semibold" id={`${id}-out-label`}>
            The line to send
          </p>
          <output
            aria-labelledby={`${id}-out-label`}
            className="mt-1 block break-all rounded-md border border-border bg-bg px-2 py-1 font-mono"
            data-auth-line=""
          >
            {line}
          </output>
          <p className="mt-1 text-muted">
            Decoded by anyone who captures it:{" "}
            <span className="break-all font-mono text-fg">
              <Nul />
              {visibleControls(user)}
              <Nul />
              {visibleControls(password)}
            </span>
          </p>
        </div>
        <button
          type="button"
          onClick={(e) => onInsert(line, e)}
          className="inline-flex min-h-11 items-center rounded-md border border-accent bg-accent px-3 font-semibold text-accent-fg hover:opacity-90"
        >
          Put it in the input line
        </button>
        <p
          className="rounded-md border-l-4 bg-raised px-3 py-2"
          style={{ borderLeftColor: "var(--c-later)" }}
        >
          <strong>Base64 is not encryption.</strong> It only turns bytes into letters; decoding needs no key.
          Send a PLAIN login only inside TLS (<Rfc n={4616} section="5" />, <Rfc n={4954} section="4" />
          ).{" "}
          {tls ? (
            <span className="inline-flex items-center gap-1" style={{ color: "var(--c-tls)" }}>
              <LockIcon aria-hidden="true" /> Your lines travel inside TLS now.
            </span>
          ) : (
            <span>Right now your lines travel in plaintext: the eavesdropper lane would show it.</span>
          )}
        </p>
      </div>
    </details>
  );
}
