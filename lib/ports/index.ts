// The port chooser's public API: questionnaire, decision, snippets, facts.
// Rules: re-exports only; the UI imports from "@/lib/ports" and nothing deeper.

export * from "./choose-port";
export * from "./facts";
export * from "./questions";
export * from "./snippets";
