/**
 * Loads a component's chunk with a plain dynamic import() once `go` turns truthy, and returns it (or null
 * until then). Lesson islands use this rather than next/dynamic, whose loader (React.lazy, Suspense, chunk
 * preloading, a server-side storage shim) would otherwise add about 1.5 KB gzip to every lesson's first
 * load. A failed load (offline, a stale deployment) reports `failed` and leaves the still view in place.
 */
import { type ComponentType, useEffect, useState } from "react";

export function useLazyComponent<P>(
  load: () => Promise<ComponentType<P>>,
  /** Truthy to load; a number that grows retries after a failure (a "try again" click). */
  go: boolean | number,
): { Component: ComponentType<P> | null; failed: boolean } {
  const [Component, setComponent] = useState<ComponentType<P> | null>(null);
  const [failed, setFailed] = useState(false);
  // `load` is a module-level function in every caller; only `go` decides when to run it.
  // biome-ignore lint/correctness/useExhaustiveDependencies: see above
  useEffect(() => {
    if (!go || Component) return;
    let live = true;
    setFailed(false);
    load().then(
      (c) => live && setComponent(() => c),
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, [go, Component]);
  return { Component, failed };
}
