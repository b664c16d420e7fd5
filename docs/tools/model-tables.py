#!/usr/bin/env python3
"""Splice the output of `wijksim facts` and `wijksim robustness` into docs/model.md (§5), so the tables
there are the commands' output and nothing else (README, "The model's credibility").

  python3 docs/tools/model-tables.py facts FACTS_1_100.md FACTS_1000_1099.md
      the three facts tables (held out emergent, calibration targets, held out mechanism checks) from
      `facts`, and the one-paragraph summary of `facts --first-seed 1000` with what fails there
  python3 docs/tools/model-tables.py robustness OUT_DIR [PART_DIR ...]
      the robustness table from OUT_DIR/robustness.md of `robustness --seeds 100 --out OUT_DIR`, and
      OUT_DIR/robustness.csv copied to docs/robustness.csv; each PART_DIR (a later `robustness --facts
      CASE` run, after a change that moved only that case's runs) replaces the rows of its facts;
      OUT_DIR may be the word docs: the table now in docs/model.md and docs/robustness.csv, so that a
      part can be spliced in after the whole run's folder is gone

The prose around the tables (what changed, why) is written by hand, as for any result."""
import sys
from pathlib import Path

DOC = Path(__file__).resolve().parents[1] / "model.md"


def splice_facts(first: Path, second: Path) -> None:
    # facts prints "### " headings; in model.md the tables sit one level deeper.
    tables = ["#" + line if line.startswith("### ") else line for line in first.read_text().rstrip("\n").split("\n")]
    other = second.read_text().split("\n")
    heads = [line[4:] for line in other if line.startswith("### ")]
    fails = []
    for line in other:
        if line.startswith("|") and "**no**" in line:
            cells = [c.strip() for c in line.split("|")]
            fails.append(f"{cells[2]} ({cells[6]})")
    summary = "On seeds 1000–1099 (`facts --first-seed 1000`), never used to set anything: " + "; ".join(heads) + "."
    what_fails = "What fails there: " + "; ".join(fails) + "." if fails else "Nothing fails there."
    text = DOC.read_text()
    start = text.index("#### Held out, emergent")
    marker = "What fails there:" if "What fails there:" in text[start:] else "Nothing fails there."
    end = text.index("\n", text.index(marker, start))
    DOC.write_text(text[:start] + "\n".join(tables) + "\n\n" + summary + "\n" + what_fails + text[end:])


def table_of(lines: list[str]) -> tuple[int, int]:
    """Where the robustness table starts and ends in a list of lines."""
    head = next(i for i, line in enumerate(lines) if line.startswith("| fact | as written"))
    stop = next((i for i in range(head, len(lines)) if not lines[i].startswith("|")), len(lines))
    return head, stop


def fact_of(row: str) -> str:
    return row.split("|")[1].strip() if row.startswith("|") else row.split(",")[0]


def splice_robustness(out: Path, parts: list[Path]) -> None:
    from_docs = str(out) == "docs"
    lines = (DOC if from_docs else out / "robustness.md").read_text().split("\n")
    head, stop = table_of(lines)
    table = lines[head:stop]
    rows = (DOC.parent / "robustness.csv" if from_docs else out / "robustness.csv").read_text().rstrip("\n").split("\n")
    for part in parts:
        part_lines = (part / "robustness.md").read_text().split("\n")
        p_head, p_stop = table_of(part_lines)
        new_rows = {fact_of(r): r for r in part_lines[p_head + 2:p_stop]}
        table = [new_rows.get(fact_of(r), r) if i >= 2 else r for i, r in enumerate(table)]
        part_csv = (part / "robustness.csv").read_text().rstrip("\n").split("\n")
        assert part_csv[0] == rows[0], f"{part}: another robustness.csv header"
        replaced = {fact_of(r) for r in part_csv[1:]}
        kept = [r for r in rows[1:] if fact_of(r) not in replaced]
        rows = [rows[0]] + kept + part_csv[1:]
    doc = DOC.read_text().split("\n")
    start, end = table_of(doc)
    DOC.write_text("\n".join(doc[:start] + table + doc[end:]))
    (DOC.parent / "robustness.csv").write_text("\n".join(rows) + "\n")


if __name__ == "__main__":
    if len(sys.argv) == 4 and sys.argv[1] == "facts":
        splice_facts(Path(sys.argv[2]), Path(sys.argv[3]))
    elif len(sys.argv) >= 3 and sys.argv[1] == "robustness":
        splice_robustness(Path(sys.argv[2]), [Path(a) for a in sys.argv[3:]])
    else:
        sys.exit(__doc__)
