import type { Metadata } from "next";
import { LabLive } from "@/components/lab/lab-live";
import { Rfc } from "@/components/mdx/rfc";
import Link from "@/components/ui/link";
import { pageMetadata } from "@/lib/site/metadata";

export const metadata: Metadata = pageMetadata({
  title: "Live lab: watch your own mail client",
  description:
    "Point a real mail client or script at SMTP Lab's live server and watch your own session on the simulator's stage, TLS and all, with the message in the lab's mailbox.",
  path: "/lab",
});

const CODE = "rounded bg-surface px-1.5 py-0.5 font-mono text-[0.95em]";
const PRE = "overflow-x-auto rounded-lg border border-border bg-surface p-3 font-mono text-sm";

const LISTENERS = [
  {
    port: 2500,
    profile: "25 (relay / MX)",
    tls: "Plaintext; STARTTLS offered, never required",
    auth: "Only inside TLS; none needed for example.test",
  },
  { port: 2587, profile: "587 (submission)", tls: "STARTTLS required first", auth: "Required to send" },
  { port: 2465, profile: "465 (submissions)", tls: "TLS from the first byte", auth: "Required to send" },
  {
    port: 2525,
    profile: "2525 (alternate submission)",
    tls: "STARTTLS required first",
    auth: "Required to send",
  },
] as const;

export default function LabPage() {
  return (
    <div className="mx-auto max-w-7xl px-4 py-8 sm:px-6">
      <h1 className="font-bold text-3xl sm:text-4xl">Live lab: watch your own mail client</h1>
      <p className="mt-2 max-w-[75ch] text-lg text-muted">
        Run our SMTP server on your machine, point a real mail client or script at it, and watch your own
        session here as it happens: the same stage, eavesdropper view and narration as the simulator. Every
        reply comes from the same engine. Nothing is ever relayed: accepted mail lands in the lab’s mailbox
        below.
      </p>
      <div className="mt-6">
        <LabLive />
      </div>

      <div className="mt-12 grid grid-cols-[minmax(0,1fr)] gap-10 lg:grid-cols-2">
        <section aria-labelledby="start">
          <h2 id="start" className="font-semibold text-2xl">
            Start it
          </h2>
          <p className="mt-2">
            Two terminals in the project folder: the site, and the lab. The page reads the lab through the
            site’s own address, so your browser talks to nothing else.
          </p>
          <pre className={`${PRE} mt-3`}>
            {
              "npm start        # the site, http://localhost:3000\nnpm run lab      # the live lab's SMTP listeners"
            }
          </pre>
          <p className="mt-3">
            The lab listens on 127.0.0.1 only, and makes a self-signed certificate for{" "}
            <span className="font-mono">mail.example.test</span> the first time (kept in{" "}
            <code className={CODE}>.lab/</code>). Your client has to accept it: swaks and openssl do; with
            Nodemailer use <code className={CODE}>tls: {"{ rejectUnauthorized: false }"}</code>, in Python an
            unverified SSL context, in Thunderbird a one-time exception.
          </p>
          <div className="mt-4 overflow-x-auto">
            <table className="w-full min-w-[32rem] border-collapse text-left text-sm">
              <caption className="pb-2 text-left text-muted">The four listeners (default ports)</caption>
              <thead>
                <tr className="border-border border-b">
                  <th scope="col" className="py-1 pr-3">
                    Port
                  </th>
                  <th scope="col" className="py-1 pr-3">
                    Behaves like
                  </th>
                  <th scope="col" className="py-1 pr-3">
                    TLS
                  </th>
                  <th scope="col" className="py-1">
                    Login
                  </th>
                </tr>
              </thead>
              <tbody>
                {LISTENERS.map((l) => (
                  <tr key={l.port} className="border-border border-b">
                    <td className="py-1 pr-3 font-mono font-semibold">{l.port}</td>
                    <td className="py-1 pr-3">{l.profile}</td>
                    <td className="py-1 pr-3">{l.tls}</td>
                    <td className="py-1">{l.auth}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <p className="mt-3">
            Demo account: <span className="font-mono font-semibold">alice</span> /{" "}
            <span className="font-mono font-semibold">wonderland</span>. With root privileges,{" "}
            <code className={CODE}>npm run lab -- --privileged-ports</code> uses the real ports 25, 587, 465
            and 2525.
          </p>
        </section>

        <section aria-labelledby="send">
          <h2 id="send" className="font-semibold text-2xl">
            Send a mail
          </h2>
          <p className="mt-2">Any of these, while this page is open:</p>
          <pre className={`${PRE} mt-3`}>
            {[
              "# submission with STARTTLS and a login",
              "swaks --server 127.0.0.1:2587 --tls --auth PLAIN \\",
              "      --auth-user alice --auth-password wonderland \\",
              "      --from alice@example.test --to bob@example.net",
              "",
              "# implicit TLS from the first byte",
              "swaks --server 127.0.0.1:2465 --tls-on-connect --auth LOGIN \\",
              "      --auth-user alice --auth-password wonderland \\",
              "      --from alice@example.test --to alice@example.test",
              "",
              "# type the commands yourself, inside TLS",
              "openssl s_client -starttls smtp -connect 127.0.0.1:2587 -crlf -quiet",
              "",
              "# or in plaintext, as a mail server would on port 25",
              "nc 127.0.0.1 2500",
            ].join("\n")}
          </pre>
          <p className="mt-3">
            Try the mistakes too: a plaintext client on 2465 gets no greeting and then a reset; a client that
            starts TLS on 2587 gets plaintext replies it cannot read. Both match what a real Postfix did in
            our reference lab. Prefer no terminal? The <Link href="/simulator/console">console</Link> runs the
            same engine in your browser.
          </p>
        </section>

        <section aria-labelledby="classroom">
          <h2 id="classroom" className="font-semibold text-2xl">
            Classroom mode
          </h2>
          <p className="mt-2">On the teacher’s machine, with the projector on this page:</p>
          <pre className={`${PRE} mt-3`}>{"npm run lab -- --host 0.0.0.0"}</pre>
          <ul className="mt-3 list-disc space-y-1 pl-6">
            <li>
              The lab warns that it is reachable from the network, and prints an <strong>access code</strong>.
              Students log in with any user name and that code as the password; this page shows it.
            </li>
            <li>
              Per-student limits: 10 connections at once, 30 new ones and 20 messages a minute; messages up to
              2 MB; a connection lasts at most 5 minutes; sessions and mail are forgotten after an hour.
            </li>
            <li>
              The relay listener accepts mail for example.test from anyone, as a real MX does; only the
              mailbox ever sees it.
            </li>
            <li>
              Only the SMTP listeners open to the network. The lab’s API stays on 127.0.0.1, so the sessions
              and the mailbox are seen on the teacher’s screen only (start the site with{" "}
              <code className={CODE}>HOST=127.0.0.1 npm start</code> to keep the site itself local too).
            </li>
          </ul>
        </section>

        <section aria-labelledby="timeouts">
          <h2 id="timeouts" className="font-semibold text-2xl">
            Timeouts and limits
          </h2>
          <p className="mt-2">
            <Rfc n={5321} section="4.5.3.2" /> sets generous timeouts; the lab divides them by 10 so a class
            can see them happen (<code className={CODE}>--timeout-scale</code> changes the factor):
          </p>
          <ul className="mt-3 list-disc space-y-1 pl-6">
            <li>
              Waiting for the next command: 30 s (the RFC’s server timeout is at least 5 minutes,{" "}
              <Rfc n={5321} section="4.5.3.2.7" />
              ). Then the server answers <span className="font-mono">421 4.4.2 … timeout exceeded</span> and
              hangs up.
            </li>
            <li>
              Between lines of a message: 18 s (the RFC’s data-block timeout is 3 minutes,{" "}
              <Rfc n={5321} section="4.5.3.2.5" />
              ).
            </li>
            <li>For a TLS handshake to finish: 30 s. A connection lasts at most 10 minutes.</li>
            <li>
              Only whole lines count: a client that trickles a byte at a time is cut off like a silent one.
            </li>
            <li>
              Over its limits, a client gets Postfix’s own answers:{" "}
              <span className="font-mono">421 4.7.0 … too many connections</span> at the greeting,{" "}
              <span className="font-mono">450 4.7.1 … too much mail</span> at MAIL.
            </li>
          </ul>
        </section>
      </div>
    </div>
  );
}
