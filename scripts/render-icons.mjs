#!/usr/bin/env node
// `node scripts/render-icons.mjs`: draws the images in public/ from the studio's icon (app/icon.svg,
// the "AC" tile) with Chromium, so they stay in one style. Plain Node ESM; run it after changing the
// icon or the product's tagline, and commit the images it writes:
//
//   public/favicon.ico           16, 32 and 48 px (PNG images in an ICO container)
//   public/apple-touch-icon.png  180 px, full square (iOS rounds the corners itself)
//   public/og-image.png          1200×630 social image (Open Graph / Twitter card)
//
// Chromium: $CHROMIUM_PATH, else /usr/bin/chromium.
import fs from "node:fs";
import path from "node:path";
import { chromium } from "@playwright/test";
import { ROOT } from "./build-stamp.mjs";

const PUBLIC = path.join(ROOT, "public");
const icon = fs.readFileSync(path.join(ROOT, "app", "icon.svg"), "utf8");
/** The tile's colour, read from the icon so the images follow it. */
const brand = /<rect[^>]*fill="(#[0-9a-fA-F]{6})"/.exec(icon)?.[1] ?? "#4f46e5";

const page = (body, width, height) => `<!doctype html><html><head><style>
  html, body { margin: 0; width: ${width}px; height: ${height}px; overflow: hidden; }
  body { font-family: "DejaVu Sans", "Liberation Sans", system-ui, sans-serif; }
</style></head><body>${body}</body></html>`;

/** The icon drawn at `size` px; `square` fills the corners (for iOS, which masks them itself). */
function iconPage(size, square) {
  const svg = square ? icon.replace(/rx="[^"]*"/, 'rx="0"') : icon;
  return page(svg.replace("<svg ", `<svg width="${size}" height="${size}" `), size, size);
}

function socialPage() {
  const tile = icon.replace("<svg ", '<svg width="120" height="120" ');
  return page(
    `<div style="box-sizing:border-box;width:1200px;height:630px;padding:80px 88px;background:#0f172a;color:#f8fafc;display:flex;flex-direction:column;justify-content:space-between">
      <div style="display:flex;align-items:center;gap:32px">${tile}<span style="font-size:64px;font-weight:700;letter-spacing:-1px">AuthCode Studio</span></div>
      <div>
        <p style="margin:0;font-size:42px;line-height:1.25;font-weight:600;max-width:1024px">Design, simulate and test <span style="font-family:'DejaVu Sans Mono',monospace;color:#c7d2fe">my.getAuthCode</span> flows for Alipay+-family wallets</p>
        <p style="margin:28px 0 0;font-size:28px;color:#cbd5e1">Scope catalogs · consent simulator · signed mock wallet API</p>
      </div>
      <div style="height:10px;width:220px;border-radius:5px;background:${brand}"></div>
    </div>`,
    1200,
    630,
  );
}

/** An ICO file holding PNG images (supported by every browser that reads ICO). */
function ico(images) {
  const header = Buffer.alloc(6);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(images.length, 4);
  let offset = 6 + 16 * images.length;
  const entries = images.map(({ size, png }) => {
    const entry = Buffer.alloc(16);
    entry.writeUInt8(size >= 256 ? 0 : size, 0);
    entry.writeUInt8(size >= 256 ? 0 : size, 1);
    entry.writeUInt16LE(1, 4); // colour planes
    entry.writeUInt16LE(32, 6); // bits per pixel
    entry.writeUInt32LE(png.length, 8);
    entry.writeUInt32LE(offset, 12);
    offset += png.length;
    return entry;
  });
  return Buffer.concat([header, ...entries, ...images.map((image) => image.png)]);
}

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium", args: ["--no-sandbox"] });
try {
  const context = await browser.newContext({ deviceScaleFactor: 1 });
  const tab = await context.newPage();
  const shoot = async (html, width, height, omitBackground) => {
    await tab.setViewportSize({ width, height });
    await tab.setContent(html);
    return tab.screenshot({ type: "png", omitBackground, clip: { x: 0, y: 0, width, height } });
  };
  const favicons = [];
  for (const size of [16, 32, 48]) favicons.push({ size, png: await shoot(iconPage(size, false), size, size, true) });
  fs.writeFileSync(path.join(PUBLIC, "favicon.ico"), ico(favicons));
  fs.writeFileSync(path.join(PUBLIC, "apple-touch-icon.png"), await shoot(iconPage(180, true), 180, 180, false));
  fs.writeFileSync(path.join(PUBLIC, "og-image.png"), await shoot(socialPage(), 1200, 630, false));
  for (const name of ["favicon.ico", "apple-touch-icon.png", "og-image.png"]) {
    console.log(`[icons] public/${name}: ${fs.statSync(path.join(PUBLIC, name)).size} bytes`);
  }
} finally {
  await browser.close();
}
