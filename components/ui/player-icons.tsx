/**
 * The players' control icons (simulator and journey), drawn with the shared Icon wrapper. ⏮ ⏸ ⏭ ⏩ ⏳ are
 * missing from many system fonts (Debian has no font with them): drawn as text they showed as an empty
 * box, and the browser's search through every installed font for the missing character cost tens of
 * milliseconds of layout the first time each appeared (a long task when Pause first showed, measured in a
 * 4× throttled playback trace). A module of their own, not icons.tsx: icons.tsx is in every page's
 * first-load JavaScript, these only in the players' lazily loaded chunks. Restart and Play are icons.tsx's
 * (Play is also on a lesson's button that loads the player), re-exported here for the players.
 */
import { Icon, type IconProps } from "./icons";

export { PlayIcon } from "./icons";

export function PauseIcon(p: IconProps) {
  return (
    <Icon {...p}>
      <path d="M8 5v14M16 5v14" />
    </Icon>
  );
}

export function StepBackIcon(p: IconProps) {
  return (
    <Icon fill="currentColor" {...p}>
      <path d="M15 6l-7 6 7 6z" />
    </Icon>
  );
}

export function StepForwardIcon(p: IconProps) {
  return (
    <Icon fill="currentColor" {...p}>
      <path d="M9 6l7 6-7 6z" />
    </Icon>
  );
}

export function FastForwardIcon(p: IconProps) {
  return (
    <Icon fill="currentColor" {...p}>
      <path d="M3 6l8 6-8 6zM13 6l8 6-8 6z" />
    </Icon>
  );
}

export function HourglassIcon(p: IconProps) {
  return (
    <Icon {...p}>
      <path d="M6 3h12M6 21h12M7 3c0 6 10 6 10 9s-10 3-10 9M17 3c0 6-10 6-10 9s10 3 10 9" />
    </Icon>
  );
}
