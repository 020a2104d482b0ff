#!/usr/bin/env node
"use strict";
// Rasterizes manifest/icons/{color,outline}.svg to the PNGs the Teams package ships, with headless Chromium.
// Usage: node tools/manifest/render-icons.js [--chromium /usr/bin/chromium]
// The PNGs are committed; run this only after changing an SVG. The outline is normalized to pure white
// (alpha carries the shape) because Teams requires a white-on-transparent outline icon.
const fs = require("fs");
const os = require("os");
const path = require("path");
const { execFileSync } = require("child_process");
const png = require("./png");

const ICON_DIR = path.resolve(__dirname, "../../manifest/icons");
const ICONS = [
  { name: "color", size: 192, whiteOnly: false },
  { name: "outline", size: 32, whiteOnly: true },
];

function chromiumPath() {
  const index = process.argv.indexOf("--chromium");
  return index > 0 ? process.argv[index + 1] : process.env.CHROMIUM || "/usr/bin/chromium";
}

function screenshot(svgFile, size, workDir) {
  const html = path.join(workDir, `${path.basename(svgFile, ".svg")}.html`);
  const out = path.join(workDir, `${path.basename(svgFile, ".svg")}.png`);
  const svg = fs.readFileSync(svgFile, "utf8");
  fs.writeFileSync(html, `<!doctype html><html><body style="margin:0;background:transparent;overflow:hidden">${svg}</body></html>`);
  execFileSync(chromiumPath(), [
    "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--force-device-scale-factor=1",
    "--default-background-color=00000000", `--window-size=${size},${size}`, `--screenshot=${out}`, `file://${html}`,
  ], { stdio: ["ignore", "ignore", "pipe"], timeout: 60000 });
  return png.decode(fs.readFileSync(out));
}

function whiten(image) {
  for (let i = 0; i < image.rgba.length; i += 4) {
    image.rgba[i] = image.rgba[i + 1] = image.rgba[i + 2] = image.rgba[i + 3] === 0 ? 0 : 255;
  }
  return image;
}

const workDir = fs.mkdtempSync(path.join(os.tmpdir(), "ct-icons-"));
try {
  for (const icon of ICONS) {
    let image = screenshot(path.join(ICON_DIR, `${icon.name}.svg`), icon.size, workDir);
    if (image.width !== icon.size || image.height !== icon.size) {
      throw new Error(`${icon.name}: Chromium produced ${image.width}x${image.height}, expected ${icon.size}x${icon.size}`);
    }
    if (icon.whiteOnly) image = whiten(image);
    const target = path.join(ICON_DIR, `${icon.name}.png`);
    fs.writeFileSync(target, png.encode(image));
    console.log(`${path.relative(process.cwd(), target)}: ${icon.size}x${icon.size}`);
  }
} finally {
  fs.rmSync(workDir, { recursive: true, force: true });
}
