"use client";
/**
 * /simulator?scenario=<id>&step=<n> → /simulator/<id>?step=<n> (works on any static host, so it lives in
 * the page rather than in server redirects). An unknown id stays here with a visible note.
 */
import { useEffect, useState } from "react";
import { withBase } from "@/lib/site/config";

export function ScenarioParam({ ids }: { ids: readonly string[] }) {
  const [note, setNote] = useState<string | null>(null);
  useEffect(() => {
    const params = new URLSearchParams(window.location.search);
    const id = params.get("scenario");
    if (id === null) return;
    if (ids.includes(id)) {
      const step = params.get("step");
      window.location.replace(
        withBase(`/simulator/${id}${step !== null ? `?step=${encodeURIComponent(step)}` : ""}`),
      );
      return;
    }
    setNote(`There is no scenario called “${id.slice(0, 60)}”. Pick one from the list below.`);
  }, [ids]);
  if (!note) return null;
  return (
    <p role="status" className="mt-4 rounded-md border-2 px-3 py-2" style={{ borderColor: "var(--c-later)" }}>
      {note}
    </p>
  );
}
