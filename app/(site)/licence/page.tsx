import { readFileSync } from "node:fs";
import path from "node:path";
import type { Metadata } from "next";
import { pageMetadata } from "@/lib/site/metadata";

export const metadata: Metadata = pageMetadata({
  title: "Licence",
  description:
    "SMTP Lab is free software under the MIT licence: use it, adapt it and embed it in your courses.",
  path: "/licence",
});

export default function LicencePage() {
  // The LICENSE file at the repository root is the one copy of the text; the page is rendered at build time.
  const licenceText = readFileSync(path.join(process.cwd(), "LICENSE"), "utf8");
  return (
    <div className="mx-auto max-w-3xl px-4 py-10 sm:px-6">
      <h1 className="font-bold text-3xl">Licence</h1>
      <p className="mt-4">
        SMTP Lab, its code and its lessons, is free software under the MIT licence. Teachers and course
        authors may use, copy, adapt and embed it, including in paid courses, as long as the notice below
        stays with it.
      </p>
      <pre className="mt-6 overflow-x-auto whitespace-pre-wrap rounded-lg border border-border bg-surface p-4 font-mono text-sm">
        {licenceText}
      </pre>
    </div>
  );
}
