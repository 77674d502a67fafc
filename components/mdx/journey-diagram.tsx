/**
 * <JourneyDiagram /> — a message's journey from Alice's mail app to Bob's mailbox, and the bounce path back.
 * Plain HTML (an ordered list), so the figure is its own text alternative for screen readers and print.
 */
const STOPS = [
  {
    role: "MUA",
    name: "Alice’s mail app",
    host: "on client.example.test",
    does: "Composes the message and submits it.",
    hop: "SMTP submission on port 587 (STARTTLS) or 465 (TLS from the first byte), with AUTH",
    colour: "var(--c-client)",
  },
  {
    role: "MSA",
    name: "Submission server",
    host: "mail.example.test",
    does: "Checks Alice’s password, answers 250 to the final dot, and from then on is responsible for the message.",
    hop: "into the outgoing queue",
    colour: "var(--c-server)",
  },
  {
    role: "Queue",
    name: "Outgoing queue",
    host: "mail.example.test",
    does: "Holds the message on disk; after a temporary (4xx) failure it waits and tries again.",
    hop: "DNS question: which hosts receive mail for example.net? (MX lookup)",
    colour: "var(--c-muted)",
  },
  {
    role: "DNS",
    name: "MX lookup",
    host: "example.net.  MX 10 mx.example.net.",
    does: "Answers with the MX hosts in preference order; no MX at all means the domain itself (implicit MX).",
    hop: "SMTP relay on port 25, with STARTTLS when offered",
    colour: "var(--c-wire)",
  },
  {
    role: "MTA",
    name: "Recipient’s MX",
    host: "mx.example.net",
    does: "Accepts with 250, prepends its own Received: line, and takes over responsibility.",
    hop: "local delivery",
    colour: "var(--c-server)",
  },
  {
    role: "MDA",
    name: "Bob’s mailbox",
    host: "bob@example.net",
    does: "Stores the message; Bob reads it later over IMAP or POP, which are not SMTP.",
    hop: null,
    colour: "var(--c-ok)",
  },
] as const;

export function JourneyDiagram() {
  return (
    <figure
      className="not-prose my-8 rounded-lg border border-border bg-surface p-4 sm:p-6"
      aria-labelledby="journey-caption"
    >
      <figcaption id="journey-caption" className="mb-4 font-semibold">
        A message’s journey: Alice (alice@example.test) writes to Bob (bob@example.net)
      </figcaption>
      <ol className="relative space-y-0">
        {STOPS.map((s, i) => (
          <li key={s.role} className="relative grid grid-cols-[3.5rem_1fr] gap-x-3">
            <div className="flex flex-col items-center">
              <span
                className="flex h-12 w-12 shrink-0 items-center justify-center rounded-full border-2 bg-raised font-bold font-mono text-xs"
                style={{ borderColor: s.colour, color: s.colour }}
              >
                {s.role}
              </span>
              {s.hop ? <span aria-hidden="true" className="w-0.5 flex-1 bg-border" /> : null}
            </div>
            <div className={s.hop ? "pb-2" : ""}>
              <p className="font-semibold leading-tight">
                <span className="sr-only">Stop {i + 1}: </span>
                {s.name} <span className="font-mono font-normal text-muted text-sm">{s.host}</span>
              </p>
              <p className="mt-1 text-sm">{s.does}</p>
              {s.hop ? (
                <p className="my-3 inline-flex items-start gap-2 rounded-md border border-border border-dashed bg-bg px-3 py-1.5 text-sm">
                  <span aria-hidden="true">↓</span>
                  <span>
                    <span className="sr-only">Then, </span>
                    {s.hop}
                  </span>
                </p>
              ) : null}
            </div>
          </li>
        ))}
      </ol>
      <div
        className="mt-5 rounded-md border-2 border-dashed px-4 py-3 text-sm"
        style={{ borderColor: "var(--c-no)" }}
      >
        <p className="font-semibold" style={{ color: "var(--c-no)" }}>
          <span aria-hidden="true">↩ </span>The bounce path
        </p>
        <p className="mt-1">
          If the recipient’s server refuses for good (a 5xx reply), or the queue gives up after days of
          retries, the server that holds the message sends a bounce (a delivery status notification) back to
          Alice. It is sent with the empty sender <code className="font-mono">MAIL FROM:&lt;&gt;</code>, so a
          bounce can never cause another bounce.
        </p>
      </div>
    </figure>
  );
}
