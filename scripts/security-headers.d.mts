export const PERMISSIONS_POLICY: string;
export function isEmbedPath(pathname: string): boolean;
export function contentSecurityPolicy(pathname: string, scriptHashes?: readonly string[]): string;
export function securityHeaders(pathname: string, scriptHashes?: readonly string[]): Record<string, string>;
export function normalisePath(rawUrl: string): string | null;
