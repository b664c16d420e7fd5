// Monaco (VS Code's editor) with monaco-yaml (the YAML language server VS Code's YAML extension runs),
// showing a scenario file as a student types it: built by screenshot.mjs for docs/students.md.
import * as monaco from "monaco-editor/esm/vs/editor/editor.api.js";
import "monaco-editor/esm/vs/basic-languages/yaml/yaml.contribution.js";
import "monaco-editor/esm/vs/editor/contrib/suggest/browser/suggestController.js";
import "monaco-editor/esm/vs/editor/contrib/hover/browser/hoverContribution.js";
import { configureMonacoYaml } from "monaco-yaml";

window.MonacoEnvironment = {
  getWorker: (_, label) => new Worker(label === "yaml" ? "./yaml.worker.js" : "./editor.worker.js"),
};
// The file names its schema in its first line, as every shipped scenario does; served next to it.
configureMonacoYaml(monaco, { enableSchemaRequest: true, validate: true, completion: true, hover: true, format: false });
const text = await (await fetch("./document.yaml")).text();
const model = monaco.editor.createModel(text, "yaml", monaco.Uri.parse("file:///wijksim/mijn-wijk.yaml"));
const editor = monaco.editor.create(document.getElementById("editor"), {
  model, theme: "vs", fontSize: 16, lineHeight: 24, minimap: { enabled: false }, scrollBeyondLastLine: false, automaticLayout: true,
});
window.wijksimEditor = { editor, monaco, model };
