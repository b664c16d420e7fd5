#!/usr/bin/env python3
"""List the numeric keys a scenario file leaves to the code's defaults, with a non-zero default: unsourced
amounts that `wijksim robustness` does not move unless the file writes them with an ASSUMPTION mark
(docs/model.md §5, "the amounts left to the code's defaults"). Reads the schema that `wijksim schema
--json` writes. Whether the model reads such a key in that scenario is a separate question
(docs/tools/unread-amounts-scan.py).

  python3 docs/tools/default-amounts.py src/Scenarios/scenarios/jan-eef.yaml ...
"""
import json
import sys
from pathlib import Path

import yaml

SCHEMA = Path(__file__).resolve().parents[2] / "src" / "Scenarios" / "scenarios" / "scenario.schema.json"
NOT_AMOUNTS = {"rules", "set", "extends", "weeks", "seed", "remove_events", "add_events"}
TRAITS = {"civic_motivation", "time_budget_hours", "sociability", "past_collaboration", "past_institutions"}


def number_type(schema: dict):
    t = schema.get("type")
    if isinstance(t, list):
        t = next((x for x in t if x != "null"), None)
    return t


def walk(schema: dict, node, path: str, out: list) -> None:
    if "properties" in schema:
        if not isinstance(node, dict):
            return
        for key, sub in schema["properties"].items():
            if (not path and key in NOT_AMOUNTS) or key in ("min", "max"):
                continue
            here = f"{path}.{key}" if path else key
            if key in node:
                walk(sub, node[key], here, out)
            elif number_type(sub) in ("number", "integer") and sub.get("default") not in (None, 0):
                out.append((here, sub["default"]))
            elif key in TRAITS:
                walk(sub, {}, here, out)      # a trait left out takes every default of its distribution
    elif number_type(schema) == "array" and isinstance(node, list):
        items = schema.get("items", {})
        if "oneOf" not in items and "anyOf" not in items:   # events: each kind has its own keys
            for i, item in enumerate(node):
                walk(items, item, f"{path}[{i}]", out)


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    schema = json.loads(SCHEMA.read_text())
    for file in sys.argv[1:]:
        out: list = []
        walk(schema, yaml.safe_load(Path(file).read_text()), "", out)
        print(f"{file}: {len(out)} left to the code's defaults")
        for key, default in out:
            print(f"  {key} = {default}")
