"use client";
import { useSyncExternalStore } from "react";

const noSubscription = () => () => {};

/**
 * False in the server-rendered HTML and during hydration, true from the first client render after it.
 * Islands' "start" buttons are aria-disabled until then: a click on the prerendered button before React
 * has attached its handler would otherwise do nothing and say nothing (seen as a flaky browser test,
 * e2e/present.spec.ts, where a click landed before the console island had hydrated).
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
}
