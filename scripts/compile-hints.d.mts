export const HINT: string;
export const MIN_BYTES: number;
export function firstLoadScriptSrcs(html: string): string[];
export function addCompileHints(dist: string, options?: { minBytes?: number }): string[];
