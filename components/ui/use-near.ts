/**
 * True once an element comes within `margin` of the viewport, or is focused or touched first: the signal
 * for an island to fetch its interactive code before the reader gets there. Without IntersectionObserver
 * it is true at once.
 */
import { type RefObject, useEffect, useState } from "react";

export function useNear(ref: RefObject<HTMLElement | null>, margin = "800px"): boolean {
  const [near, setNear] = useState(false);
  useEffect(() => {
    const el = ref.current;
    if (!el || near) return;
    if (typeof IntersectionObserver === "undefined") {
      setNear(true);
      return;
    }
    const io = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) setNear(true);
      },
      { rootMargin: margin },
    );
    io.observe(el);
    const wake = () => setNear(true);
    el.addEventListener("focusin", wake);
    el.addEventListener("pointerdown", wake);
    return () => {
      io.disconnect();
      el.removeEventListener("focusin", wake);
      el.removeEventListener("pointerdown", wake);
    };
  }, [ref, margin, near]);
  return near;
}
