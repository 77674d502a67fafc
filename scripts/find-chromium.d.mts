export declare const HOW_TO_GET_CHROMIUM: string;
export declare const CHROMIUM_ARGS: string[];
export declare function findChromium(options?: { install?: boolean; headless?: boolean }): string | null;
export declare function pickChromium(options: {
  envPath?: string;
  headless: boolean;
  exists: (path: string) => boolean;
  fallback?: () => string | null;
}): string | null;
