export type CspHashes = { buildId: string; routes: Record<string, string[]> };
export function distDir(): string;
export function inlineScriptHashes(html: string): string[];
export function htmlFiles(dir: string): string[];
export function routeOf(relative: string): string;
export function collectCspHashes(dist?: string): CspHashes;
export function writeCspHashes(dist?: string): CspHashes;
export function loadCspHashes(dist?: string): CspHashes;
