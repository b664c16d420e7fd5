// Makes docs/img/students-editor.png: a scenario file being typed in Monaco (VS Code's editor
// component) with monaco-yaml (the YAML language server of VS Code's YAML extension), against the
// shipped scenario.schema.json: the completion list Ctrl+Space opens, and a wrong key underlined.
// VS Code itself cannot be installed on the build machine (no Marketplace); the editor and the
// language server are the same code. Run: npm ci --prefix tools/editor && node tools/editor/screenshot.mjs
import { build } from "esbuild";
import { createServer } from "node:http";
import { readFile, mkdir, copyFile } from "node:fs/promises";
import { dirname, join, extname } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

const here = dirname(fileURLToPath(import.meta.url));
const repo = join(here, "..", "..");
const out = join(here, "out");
await mkdir(out, { recursive: true });
await build({
  entryPoints: {
    editor: join(here, "page", "editor.js"),
    "editor.worker": "monaco-editor/esm/vs/editor/editor.worker.js",
    "yaml.worker": join(here, "page", "yaml-worker.js"),
  },
  bundle: true, format: "esm", outdir: out, loader: { ".ttf": "file" }, logLevel: "warning",
  absWorkingDir: here,
});
await copyFile(join(here, "page", "index.html"), join(out, "index.html"));
await copyFile(join(repo, "src", "Scenarios", "scenarios", "scenario.schema.json"), join(out, "scenario.schema.json"));
// Exercise 1's file, half typed: a key misspelt, and the cursor on a new line under population.
const document = `# yaml-language-server: $schema=scenario.schema.json
# Our square: two housing blocks and a street party that starts something.
extends: baseline.yaml
name: mijn-wijk
title: { nl: "Ons plein", en: "Our square" }
population:
  residnets: 800                 # ASSUMPTION: the two blocks around the square
  
`;
const types = { ".html": "text/html", ".js": "text/javascript", ".css": "text/css", ".json": "application/json", ".ttf": "font/ttf", ".yaml": "text/yaml" };
const server = createServer(async (request, response) => {
  const name = decodeURIComponent(new URL(request.url, "http://x").pathname).replace(/^\/+/, "") || "index.html";
  try {
    const body = name === "document.yaml" ? document : await readFile(join(out, name));
    response.writeHead(200, { "Content-Type": types[extname(name)] || "application/octet-stream" });
    response.end(body);
  } catch {
    response.writeHead(404);
    response.end();
  }
});
await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
const url = `http://127.0.0.1:${server.address().port}/`;

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || "/usr/bin/chromium" });
const page = await browser.newPage({ viewport: { width: 980, height: 560 }, deviceScaleFactor: 1.5 });
page.on("pageerror", (e) => console.error("page:", e.message));
await page.goto(url);
await page.waitForFunction(() => window.wijksimEditor);
// Wait for the language server's red underline of the misspelt key.
await page.waitForFunction(() => {
  const { monaco, model } = window.wijksimEditor;
  return monaco.editor.getModelMarkers({ resource: model.uri }).some((m) => m.message.includes("residnets"));
}, null, { timeout: 30000 });
await page.evaluate(() => {
  const { editor } = window.wijksimEditor;
  editor.setPosition({ lineNumber: 8, column: 3 });
  editor.focus();
  editor.trigger("screenshot", "editor.action.triggerSuggest", {});
});
await page.waitForSelector(".suggest-widget.visible .monaco-list-row", { timeout: 30000 });
// Down to "residents", and open the details pane with the key's meaning from the schema (Ctrl+Space again).
for (let i = 0; i < 5; i++) await page.keyboard.press("ArrowDown");
await page.keyboard.press("Control+Space");
await page.waitForSelector(".suggest-details-container .docs", { timeout: 10000 }).catch(() => {});
await page.waitForTimeout(500);
const target = join(repo, "docs", "img", "students-editor.png");
await mkdir(dirname(target), { recursive: true });
await page.screenshot({ path: target });
const markers = await page.evaluate(() => {
  const { monaco, model } = window.wijksimEditor;
  return monaco.editor.getModelMarkers({ resource: model.uri }).map((m) => `line ${m.startLineNumber}: ${m.message}`);
});
const offered = await page.$$eval(".suggest-widget .monaco-list-row .label-name", (rows) => rows.map((r) => r.textContent));
console.log(`wrote ${target}\nunderlined: ${markers.join("; ")}\noffered: ${offered.join(", ")}`);
await browser.close();
server.close();
