#!/usr/bin/env python3
"""Where the twenty-eighth round's rule acts (docs/model.md §6): from sweeps with --weekly-csv, rule on
and rule off for each case, in the order ON OFF per case.

  python3 docs/tools/established-need-exposure.py ON_JAN_EEF OFF_JAN_EEF ON_DE_KETEL OFF_DE_KETEL ...

Prints markdown: per case, the share of the live weeks in the established phase (where the rule acts)
and how often a run enters and leaves it (median over runs), De Ketel's share in 2018-2019; Jan Eef's
working volunteers (active + core) per year, median over runs of the year's mean; De Ketel's non-core
working volunteers in 2017 and its highest working week in the first half of 2018 (the mobilisation)."""
import csv
import statistics
import sys
from collections import defaultdict
from pathlib import Path


def runs(folder: Path) -> dict[str, list[dict]]:
    out = defaultdict(list)
    with open(folder / "weekly.csv") as f:
        for row in csv.DictReader(f):
            out[row["run"]].append(row)
    return out


def median(values):
    return statistics.median(values) if values else float("nan")


def exposure(weeks: list[dict], years=None) -> tuple[float, int]:
    live = [w for w in weeks if w["phase"] != "ended" and (years is None or w["date"][:4] in years)]
    share = sum(w["phase"] == "established" for w in live) / len(live) if live else 0.0
    switches = sum(a["phase"] != b["phase"] and "established" in (a["phase"], b["phase"]) for a, b in zip(weeks, weeks[1:]))
    return share, switches


def yearly(weeks: list[dict], column, years) -> dict[str, float]:
    by_year = defaultdict(list)
    for w in weeks:
        by_year[w["date"][:4]].append(column(w))
    return {y: statistics.mean(by_year[y]) if by_year[y] else 0.0 for y in years}


def main(folders: list[Path]) -> None:
    working = lambda w: float(w["active_volunteers"])
    for on, off in zip(folders[::2], folders[1::2]):
        case = runs(on)
        name = next(iter(case.values()))[0]["scenario"]
        print(f"### {name} (rule on: {on.name}, rule off: {off.name})\n")
        shares = [exposure(r) for r in case.values()]
        print(f"- live weeks in the established phase, rule on: median share {median([s for s, _ in shares]):.2f}; "
              f"entries into and exits from it per run: median {median([n for _, n in shares])}, most {max(n for _, n in shares)}")
        if name == "de-ketel":
            late = [exposure(r, {"2018", "2019"})[0] for r in case.values()]
            print(f"- De Ketel's live weeks of 2018-2019 in the established phase: median share {median(late):.2f}")
        years = [str(y) for y in range(2010, 2021)] if name == "jan-eef" else ["2017"]
        for label, folder in (("rule on", on), ("rule off", off)):
            rs = runs(folder).values()
            if name == "jan-eef":
                table = [yearly(r, working, years) for r in rs]
                print(f"- working volunteers per year, {label}: " + ", ".join(f"{y} {median([t[y] for t in table]):.1f}" for y in years))
            if name == "de-ketel":
                noncore = [yearly(r, lambda w: working(w) - float(w["core"]), ["2017"])["2017"] for r in rs]
                peak = [max(working(w) for w in r if "2018-01-01" <= w["date"] <= "2018-06-30") for r in rs]
                print(f"- {label}: non-core working volunteers in 2017, median of the year's mean {median(noncore):.1f}; "
                      f"highest working week in the first half of 2018, median {median(peak):.0f}")
        print()


if __name__ == "__main__":
    if len(sys.argv) < 3 or len(sys.argv) % 2 == 0:
        sys.exit(__doc__)
    main([Path(a) for a in sys.argv[1:]])
