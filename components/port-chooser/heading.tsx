/** A heading whose level is a prop, so one widget can sit under a page's h1 or inside a lesson section. */
import type { HTMLAttributes, Ref } from "react";

export type HeadingLevel = 1 | 2 | 3 | 4 | 5 | 6;

export function Heading({
  level,
  ref,
  ...rest
}: { level: number; ref?: Ref<HTMLHeadingElement> } & HTMLAttributes<HTMLHeadingElement>) {
  const Tag = `h${Math.min(6, Math.max(1, level)) as HeadingLevel}` as const;
  return <Tag ref={ref} {...rest} />;
}
