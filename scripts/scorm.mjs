/**
 * `npm run scorm` → dist/smtp-lab-scorm.zip (SCORM_ZIP changes it): a SCORM 1.2 package, one SCO per lesson,
 * that works from whatever path the LMS serves it. Upload the zip as a SCORM package (README
 * "Static export and SCORM"). How it is made: scripts/static-export.mjs.
 */
import path from "node:path";
import { buildStatic, packageScorm, ROOT } from "./static-export.mjs";

try {
  const staging = buildStatic({ distDir: process.env.NEXT_DIST_DIR || ".next-scorm", scorm: true });
  const zip = path.resolve(ROOT, process.env.SCORM_ZIP || "dist/smtp-lab-scorm.zip");
  const { files, bytes, lessons } = packageScorm(staging, zip);
  console.log(
    `SCORM 1.2 package: ${path.relative(ROOT, zip)} (${(bytes / 1024 / 1024).toFixed(1)} MB, ${files} files, ${lessons} lessons as SCOs)`,
  );
} catch (e) {
  console.error(`✖ ${e instanceof Error ? e.message : e}`);
  process.exit(1);
}
