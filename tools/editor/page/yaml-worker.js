import "./schema-from-server.js"; // first: imports run in order
import "monaco-yaml/yaml.worker.js";
