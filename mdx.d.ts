// Lessons export a typed `meta` beside their content; checkLessonMeta validates it at build time.
declare module "*.mdx" {
  export const meta: unknown;
}
