#!/usr/bin/env python3
"""One table of every fact at several design points: the "as written" column of each point's
`wijksim robustness --oat none` output (robustness.md), side by side.

  python3 docs/tools/across-points.py DIR_A DIR_B ... > table.md

Each DIR is one point (its name, after the last '_', is the column's heading). A cell is the share of
seeds in which the fact holds, bold below the 80% a fact needs, or for a comparison "holds"/"**fails**".
Calibration targets (src/Scenarios/targets/*.yaml) are marked in the second column: the point of the
table is to see whether the targets themselves still hold where the other facts are tried."""
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CELL = re.compile(r"^\| (\S+) \| (holds|fails): (.*?) \|")
SHARE = re.compile(r"^(\d+) % of \d+ seeds")


def targets() -> set[str]:
    found = set()
    for f in (ROOT / "src" / "Scenarios" / "targets").glob("*.yaml"):
        found.update(re.findall(r"^\s*fact:\s*(\S+)", f.read_text(), re.MULTILINE))
    return found


def cells(folder: Path) -> dict[str, str]:
    out = {}
    for line in (folder / "robustness.md").read_text().split("\n"):
        m = CELL.match(line)
        if not m:
            continue
        fact, verdict, text = m.groups()
        share = SHARE.match(text)
        if share:
            value = int(share.group(1))
            out[fact] = f"**{value}**" if value < 80 else str(value)
        else:
            out[fact] = "holds" if verdict == "holds" else "**fails**"
    return out


def main(folders: list[Path]) -> None:
    columns = [(f.name.rsplit("_", 1)[-1], cells(f)) for f in folders]
    facts = list(dict.fromkeys(fact for _, c in columns for fact in c))
    calibration = targets()
    print("| fact | use | " + " | ".join(name for name, _ in columns) + " |")
    print("|---|---|" + "---|" * len(columns))
    for fact in facts:
        use = "target" if fact in calibration else "held out"
        print(f"| {fact} | {use} | " + " | ".join(c.get(fact, "–") for _, c in columns) + " |")


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    main([Path(a) for a in sys.argv[1:]])
