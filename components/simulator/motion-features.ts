// Motion's animation features, loaded after the player has rendered (LazyMotion async loading), so the
// simulator's first-load JavaScript carries only the small `m` component.
import { domAnimation } from "motion/react";

export default domAnimation;
