#!/usr/bin/env python3
"""Splice the output of `wijksim facts` and `wijksim robustness` into docs/model.md (§5), so the tables
there are the commands' output and nothing else (README, "The model's credibility").

  python3 docs/tools/model-tables.py facts FACTS_1_100.md FACTS_1000_1099.md
      the three facts tables (held out emergent, calibration targets, held out mechanism checks) from
      `facts`, and the one-paragraph summary of `facts --first-seed 1000` with what fails there
  python3 docs/tools/model-tables.py robustness OUT_DIR [PART_DIR ...]
      the robustness table from OUT_DIR/robustness.md of `robustness --seeds 100 --out OUT_DIR`, and
      OUT_DIR/robustness.csv copied to docs/robustness.csv; each PART_DIR (a later `robustness --facts
      CASE` run, after a change that moved only that case's runs) replaces the rows of its facts (a fact
      the table does not have yet is added after its case's last row);
      OUT_DIR may be the word docs: the table now in docs/model.md and docs/robustness.csv, so that a
      part can be spliced in after the whole run's folder is gone
  python3 docs/tools/model-tables.py robustness-add OUT_DIR|docs PART_DIR ...
      each PART_DIR a `robustness --oat-keys KEY ...` run that moved only some amounts (say, newly marked
      ones): its rows are added to the facts' rows (a row of the same fact, key and change is replaced; a
      part's "key=value" rows replace the base's rows of the same fact and bare key, which mixed two amounts), and
      each fact's two "fails within" cells and verdict are recomputed from the merged rows as `robustness`
      computes them (RobustnessReport.Failures, Fragile). A part's rows as written must equal the base's:
      the runs are deterministic, so a difference means the model or the seeds differ and the rows would not
      belong in one table
  python3 docs/tools/model-tables.py rerender OUT_DIR ...
      each OUT_DIR's robustness.md cells and verdicts written again from its robustness.csv as `robustness`
      writes them today (a column it did not run reads "(none run)", forty-sixth session); nothing else changes

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


def base_of(out: Path) -> tuple[list[str], list[str]]:
    """The robustness table's lines and robustness.csv's rows of OUT_DIR, or of docs/ if OUT_DIR is the word docs."""
    from_docs = str(out) == "docs"
    lines = (DOC if from_docs else out / "robustness.md").read_text().split("\n")
    head, stop = table_of(lines)
    rows = (DOC.parent / "robustness.csv" if from_docs else out / "robustness.csv").read_text().rstrip("\n").split("\n")
    return lines[head:stop], rows


def write_robustness(table: list[str], rows: list[str]) -> None:
    doc = DOC.read_text().split("\n")
    start, end = table_of(doc)
    DOC.write_text("\n".join(doc[:start] + table + doc[end:]))
    (DOC.parent / "robustness.csv").write_text("\n".join(rows) + "\n")


def part_csv_of(part: Path, header: str) -> list[str]:
    rows = (part / "robustness.csv").read_text().rstrip("\n").split("\n")
    assert rows[0] == header, f"{part}: another robustness.csv header"
    return rows


def splice_robustness(out: Path, parts: list[Path]) -> None:
    table, rows = base_of(out)
    for part in parts:
        part_lines = (part / "robustness.md").read_text().split("\n")
        p_head, p_stop = table_of(part_lines)
        new_rows = {fact_of(r): r for r in part_lines[p_head + 2:p_stop]}
        table = [new_rows.get(fact_of(r), r) if i >= 2 else r for i, r in enumerate(table)]
        for fact, row in new_rows.items():  # a fact the table does not have yet: after its case's last row
            if fact not in {fact_of(r) for r in table[2:]}:
                same_case = [i for i in range(2, len(table)) if fact_of(table[i]).split(".")[0] == fact.split(".")[0]]
                table.insert(same_case[-1] + 1 if same_case else len(table), row)
        part_csv = part_csv_of(part, rows[0])
        replaced = {fact_of(r) for r in part_csv[1:]}
        kept = [r for r in rows[1:] if fact_of(r) not in replaced]
        rows = [rows[0]] + kept + part_csv[1:]
    write_robustness(table, rows)


def csv_fields(row: str) -> list[str]:
    import csv
    return next(csv.reader([row]))


def change_text(change: float) -> str:
    return f"{'+' if change > 0 else '-'}{round(abs(change) * 100)}%"


# The tests of a one-at-a-time change that ran: as the percentage says, or (a whole number the percentage
# rounds back to itself) by one unit, which counts with the change it stands for (FactShare.cs).
MOVED = ("oat", "oat-unit")


def moves(fact_rows: list[list[str]], tests: tuple[str, ...], holds: str | None = None) -> list[tuple[float, str, float, str]]:
    """(|change|, key, change, test) of the fact's rows of the given tests (and one holds value, if given), in
    the order RobustnessReport gives: smallest change first, then the key (ordinal), - before +."""
    # csv columns: fact,case,test,key,change,points,holds,share,low,high
    return sorted(((abs(float(r[4])), r[3], float(r[4]), r[2]) for r in fact_rows if r[2] in tests and holds in (None, r[6])),
                  key=lambda f: (f[0], f[1].encode(), f[2]))


def named(listed: list[tuple[float, str, float, str]], low: float, high: float) -> list[str]:
    return [f"{key} {change_text(c)}" + (" (one unit)" if test == "oat-unit" else "") for a, key, c, test in listed if low < a <= high + 1e-9]


def fails_cells(fact_rows: list[list[str]]) -> tuple[str, str, str]:
    """The "fails within ±10%" and "±20%" cells and the verdict of a fact that holds as written, from its csv rows,
    as robustness writes them."""
    fails, ran = moves(fact_rows, MOVED, "0"), moves(fact_rows, MOVED)
    ten, twenty = named(fails, -1, 0.1), named(fails, 0.1 + 1e-9, 0.2)
    ten_run = bool(named(ran, -1, 0.1))

    # A column whose changes were not run says so: "–" would read as "survived them all".
    def cell(names: list[str], was_run: bool) -> str:
        return "; ".join(names) or ("–" if was_run else "(none run)")
    verdict = "**fragile**" if ten else "robust to ±10%" if ten_run else "holds as written; no ±10% change run"
    return cell(ten, ten_run), cell(twenty, bool(named(ran, 0.1 + 1e-9, 0.2))), verdict


def not_run_note(fact_rows: list[list[str]]) -> str:
    """The verdict's note on the changes within ±10% that were not run (test "not run": outside the key's
    range, including a whole number's one-unit move)."""
    skipped = named(moves(fact_rows, ("not run",)), -1, 0.1)
    return f" (not run: {'; '.join(skipped)})" if skipped else ""


def add_robustness(out: Path, parts: list[Path]) -> None:
    table, rows = base_of(out)
    for part in parts:
        part_csv = part_csv_of(part, rows[0])
        # A part's "key=value" rows name one of two amounts of a key that a fact's scenarios write with two
        # values (robustness labels them so since the thirtieth session); the base's rows of that fact and
        # bare key mixed the two amounts, so they go.
        labelled = {(csv_fields(r)[0], csv_fields(r)[3].split("=")[0]) for r in part_csv[1:] if "=" in csv_fields(r)[3]}
        rows = [rows[0]] + [r for r in rows[1:] if (csv_fields(r)[0], csv_fields(r)[3]) not in labelled]
        # One change of one key is one row, whatever its test: a part's "oat-unit" row replaces the base's
        # "not run" row of the same change (a whole number the base did not move).
        changed = {(f[0], f[3], f[4]) for f in map(csv_fields, part_csv[1:]) if f[2] in (*MOVED, "not run")}
        rows = [rows[0]] + [r for r in rows[1:] if csv_fields(r)[2] not in (*MOVED, "not run") or (csv_fields(r)[0], csv_fields(r)[3], csv_fields(r)[4]) not in changed]
        where = {tuple(csv_fields(r)[i] for i in (0, 2, 3, 4)): i for i, r in enumerate(rows) if i > 0}
        for r in part_csv[1:]:
            f = csv_fields(r)
            ident = (f[0], f[2], f[3], f[4])
            if f[2] == "nominal":
                assert ident in where and rows[where[ident]] == r, f"{part}: {f[0]} as written differs from the base's row (another model or seeds?)"
            elif ident in where:
                rows[where[ident]] = r
            else:
                # After the fact's last row; a fact the base does not have is not a part's to add.
                last = max((i for i, b in enumerate(rows) if i > 0 and fact_of(b) == f[0]), default=None)
                assert last is not None, f"{part}: {f[0]} is not in the base table"
                rows.insert(last + 1, r)
                where = {tuple(csv_fields(b)[i] for i in (0, 2, 3, 4)): i for i, b in enumerate(rows) if i > 0}
    # Each fact's oat rows in key order (stable: a key's changes keep their order), as robustness writes them.
    facts = list(dict.fromkeys(fact_of(r) for r in rows[1:]))
    by_fact = {f: [r for r in rows[1:] if fact_of(r) == f] for f in facts}
    for f in facts:
        rs = by_fact[f]
        # A change that was not run sits with its key's other changes, as robustness writes it.
        one_at_a_time = (*MOVED, "not run")
        oat = sorted((r for r in rs if csv_fields(r)[2] in one_at_a_time), key=lambda r: csv_fields(r)[3].encode())
        by_fact[f] = [r for r in rs if csv_fields(r)[2] == "nominal"] + oat + [r for r in rs if csv_fields(r)[2] not in ("nominal", *one_at_a_time)]
    rows = [rows[0]] + [r for f in facts for r in by_fact[f]]
    write_robustness(with_cells_from(table, by_fact), rows)


def with_cells_from(table: list[str], by_fact: dict[str, list[str]]) -> list[str]:
    """The table with each holding fact's "fails within" cells and verdict written from its csv rows, as
    robustness writes them today."""
    table = list(table)
    for i in range(2, len(table)):
        cells = table[i].split(" | ")
        fact = fact_of(table[i])
        if fact not in by_fact or not cells[1].startswith("holds"):
            continue
        fields = [csv_fields(r) for r in by_fact[fact]]
        ten, twenty, verdict = fails_cells(fields)
        cells[-3], cells[-2], cells[-1] = ten, twenty, verdict + not_run_note(fields) + " |"
        table[i] = " | ".join(cells)
    return table


def rerender(out: Path) -> None:
    """OUT_DIR/robustness.md's cells and verdicts written again from its robustness.csv: a table written before
    robustness said "(none run)" of a column it did not run reads as today's would (the csv is unchanged)."""
    lines = (out / "robustness.md").read_text().split("\n")
    head, stop = table_of(lines)
    rows = (out / "robustness.csv").read_text().rstrip("\n").split("\n")
    by_fact: dict[str, list[str]] = {}
    for r in rows[1:]:
        by_fact.setdefault(fact_of(r), []).append(r)
    lines[head:stop] = with_cells_from(lines[head:stop], by_fact)
    (out / "robustness.md").write_text("\n".join(lines))


if __name__ == "__main__":
    if len(sys.argv) == 4 and sys.argv[1] == "facts":
        splice_facts(Path(sys.argv[2]), Path(sys.argv[3]))
    elif len(sys.argv) >= 3 and sys.argv[1] == "robustness":
        splice_robustness(Path(sys.argv[2]), [Path(a) for a in sys.argv[3:]])
    elif len(sys.argv) >= 3 and sys.argv[1] == "robustness-add":
        add_robustness(Path(sys.argv[2]), [Path(a) for a in sys.argv[3:]])
    elif len(sys.argv) >= 3 and sys.argv[1] == "rerender":
        for folder in sys.argv[2:]:
            rerender(Path(folder))
    else:
        sys.exit(__doc__)
