/**
 * A value that, while `lag` is on, reaches the screen one frame after it changes.
 *
 * Why: during playback a step changes two parts of the player. The stage gets a new row and the packet; the
 * caption, the controls, the reply panel and the transcript's highlight change below it. Drawn in one
 * frame, the two cost about 45–60 ms of style, layout and paint at 4× CPU throttling, over the 50 ms a
 * task may take. The stage is a fixed-size, contained box, so its change lays out and paints inside it
 * alone; giving the parts below the next frame splits the step into two shorter frames (measured with
 * `npm run bench`'s playback trace). The caption comes a frame or two (16–33 ms) after the row, and every
 * step's caption is still shown and announced (e2e: "during playback each step's caption follows its row").
 *
 * Without `lag` (paused, or stepping by hand) the value is returned as it is, so a key press or a click
 * updates the whole player in one frame and tests that step the player read a consistent page.
 */
import { startTransition, useEffect, useState } from "react";

export function useNextFrame<T>(value: T, lag: boolean): T {
  const [shown, setShown] = useState(value);
  // Out of lag, keep the state in step during render (React's "adjust state when a prop changes"), so a
  // later lag starts from the current value, never from a stale one.
  if (!lag && shown !== value) setShown(value);
  useEffect(() => {
    if (!lag) return;
    // The callback runs in the frame that draws the stage (or a later one), before its style and layout;
    // an update set there is rendered by React in a task after that frame, so it lands in a later frame.
    // As a transition, React renders it in slices rather than one block.
    const frame = requestAnimationFrame(() => startTransition(() => setShown(value)));
    return () => cancelAnimationFrame(frame);
  }, [value, lag]);
  return lag ? shown : value;
}
