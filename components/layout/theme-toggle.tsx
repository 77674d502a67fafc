"use client";
/**
 * Light/dark switch. With no stored choice the OS decides (and keeps deciding if it changes); a click
 * stores an explicit choice. If storage is blocked or full the switch still works for this visit.
 */
import { useCallback, useSyncExternalStore } from "react";
import { MoonIcon, SunIcon } from "@/components/ui/icons";
import { THEME_STORAGE_KEY } from "./theme-script";

type Theme = "light" | "dark";

function effectiveTheme(): Theme {
  const explicit = document.documentElement.getAttribute("data-theme");
  if (explicit === "light" || explicit === "dark") return explicit;
  return window.matchMedia("(prefers-color-scheme: dark)").matches ? "dark" : "light";
}

function subscribe(onChange: () => void): () => void {
  const mq = window.matchMedia("(prefers-color-scheme: dark)");
  const observer = new MutationObserver(onChange);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ["data-theme"] });
  mq.addEventListener("change", onChange);
  return () => {
    observer.disconnect();
    mq.removeEventListener("change", onChange);
  };
}

export function ThemeToggle() {
  const theme = useSyncExternalStore<Theme | null>(subscribe, effectiveTheme, () => null);
  const next: Theme = theme === "dark" ? "light" : "dark";

  const toggle = useCallback(() => {
    const target: Theme = effectiveTheme() === "dark" ? "light" : "dark";
    document.documentElement.setAttribute("data-theme", target);
    try {
      localStorage.setItem(THEME_STORAGE_KEY, target);
    } catch {
      // Storage blocked or full: the choice lasts for this page view only, which is the best we can do.
    }
  }, []);

  return (
    <button
      type="button"
      onClick={toggle}
      aria-label={theme === null ? "Switch colour theme" : `Switch to ${next} theme`}
      title={theme === null ? "Switch colour theme" : `Switch to ${next} theme`}
      className="inline-flex h-11 w-11 items-center justify-center rounded-md border border-border bg-raised text-fg text-xl hover:bg-surface"
    >
      {theme === "dark" ? <SunIcon /> : <MoonIcon />}
    </button>
  );
}
