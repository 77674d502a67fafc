/**
 * Writes public/favicon.ico from app/icon.svg: 16, 32 and 48 px PNG images in one ICO file, rendered by
 * Chromium. Browsers that find no icon link (older ones, and Chromium for a moment during a client-side
 * navigation) ask for /favicon.ico; without the file they get a 404, which also shows as a console error.
 * Run after changing the icon: `node scripts/make-favicon.mjs` (needs a Chromium, see find-chromium.mjs).
 */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { chromium } from "@playwright/test";
import { CHROMIUM_ARGS, findChromium } from "./find-chromium.mjs";

const ROOT = path.resolve(import.meta.dirname, "..");
const svg = readFileSync(path.join(ROOT, "app", "icon.svg"), "utf8");
const SIZES = [16, 32, 48];

const browser = await chromium.launch({ executablePath: findChromium() ?? undefined, args: CHROMIUM_ARGS });
const pngs = [];
for (const size of SIZES) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  const src = `data:image/svg+xml;base64,${Buffer.from(svg).toString("base64")}`;
  await page.setContent(`<style>*{margin:0}</style><img src="${src}" width="${size}" height="${size}">`);
  await page.locator("img").evaluate((img) => img.decode());
  pngs.push(await page.screenshot({ omitBackground: true }));
  await page.close();
}
await browser.close();

// ICO: a 6-byte header, one 16-byte directory entry per image, then the images (PNG data is allowed).
const header = Buffer.alloc(6 + 16 * pngs.length);
header.writeUInt16LE(0, 0); // reserved
header.writeUInt16LE(1, 2); // type: icon
header.writeUInt16LE(pngs.length, 4);
let offset = header.length;
pngs.forEach((png, i) => {
  const e = 6 + 16 * i;
  header.writeUInt8(SIZES[i] % 256, e); // width (0 would mean 256)
  header.writeUInt8(SIZES[i] % 256, e + 1); // height
  header.writeUInt8(0, e + 2); // no palette
  header.writeUInt8(0, e + 3); // reserved
  header.writeUInt16LE(1, e + 4); // colour planes
  header.writeUInt16LE(32, e + 6); // bits per pixel
  header.writeUInt32LE(png.length, e + 8);
  header.writeUInt32LE(offset, e + 12);
  offset += png.length;
});
const out = path.join(ROOT, "public", "favicon.ico");
writeFileSync(out, Buffer.concat([header, ...pngs]));
console.log(`${path.relative(ROOT, out)}: ${offset} bytes (${SIZES.join(", ")} px)`);
