// Types for scripts/static-export.mjs (used by e2e/scorm.spec.ts).
export const ROOT: string;
export const PLACEHOLDER: string;
export function normaliseBasePath(raw: string | undefined): string;
export function keepingSiteBuild<T>(root: string, build: () => T): T;
export function buildStatic(options: { distDir: string; scorm?: boolean }): string;
export function listFiles(dir: string): string[];
export function finishExport(staging: string, outDir: string, basePath: string | undefined): number;
export function scormHtml(html: string, rel: string): string;
export function scormJs(js: string, rel: string): string;
export function scormManifest(course: unknown, files: string[]): string;
export function packageScorm(
  staging: string,
  zipPath: string,
): { files: number; bytes: number; lessons: number };
export function crc32(buf: Uint8Array): number;
export function writeZip(entries: { name: string; data: Buffer }[]): Buffer;
export function readZip(zip: Buffer): Map<string, Buffer>;
