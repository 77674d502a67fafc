/**
 * Maps MDX's primitive elements only (ARCHITECTURE.md rule 4): heading anchors, links, code blocks, tables,
 * and the task-list checkbox label. Lessons import teaching components by name from components/mdx.
 */
import type { MDXComponents } from "mdx/types";
import { CodeBlock } from "@/components/mdx/code-block";
import Link from "@/components/ui/link";

function Heading({ as: Tag, id, children }: { as: "h2" | "h3"; id?: string; children?: React.ReactNode }) {
  return (
    <Tag id={id} className="group scroll-mt-4">
      {id ? (
        // [font:inherit], not font-[inherit] (which is only the family): prose sets links to weight 500,
        // and the heading's own weight must win.
        <a href={`#${id}`} className="text-inherit no-underline [font:inherit] hover:underline">
          {children}
        </a>
      ) : (
        children
      )}
    </Tag>
  );
}

const components: MDXComponents = {
  h2: (props) => (
    <Heading as="h2" id={props.id}>
      {props.children}
    </Heading>
  ),
  h3: (props) => (
    <Heading as="h3" id={props.id}>
      {props.children}
    </Heading>
  ),
  a: ({ href = "", children, ...rest }) =>
    href.startsWith("/") ? (
      <Link href={href} {...rest}>
        {children}
      </Link>
    ) : (
      <a href={href} {...rest}>
        {children}
      </a>
    ),
  pre: (props) => <CodeBlock>{props.children}</CodeBlock>,
  table: (props) => (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: wide tables scroll on phones; keyboard users must reach them
    <div className="my-6 overflow-x-auto" tabIndex={0}>
      <table {...props} className="my-0!" />
    </div>
  ),
  input: (props) => <input {...props} aria-label={props.type === "checkbox" ? "Task done" : undefined} />,
};

export function useMDXComponents(inherited: MDXComponents = {}): MDXComponents {
  return { ...inherited, ...components };
}
