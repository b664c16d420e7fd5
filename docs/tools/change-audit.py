#!/usr/bin/env python3
"""Audit of the story checks that compare two single weeks (`stat: change`): does a check hold because the
measure moved, or because one week's noise fell the right way? For every `change` check of a case's story
file, over the runs of a `sweep --weekly-csv` folder of that case (no --vary), it prints the share of runs
in which the check holds as written (last week minus first) and in which it holds on quarter means (the
mean of the window's last 13 weeks minus that of its first 13, the same bound; half the window each when it
is shorter than 26 weeks), with the medians of both differences. A check that holds as written but not on
quarter means passes by the week it happens to end on.

  wijksim sweep src/Scenarios/scenarios/de-ketel.yaml --seeds 100 --no-plots --weekly-csv --out /tmp/a-dk
  python3 docs/tools/change-audit.py src/Scenarios/stories/de-ketel.yaml /tmp/a-dk
"""
import collections
import csv
import statistics
import sys

import yaml


def derived(row: dict, column: str) -> float:
    """A weekly.csv column, or one of the story checks' derived measures (src/Experiments/Results/WeeklyColumns.cs)."""
    if column == "knowing":  # active_volunteers counts the core too
        return float(row["aware"]) + float(row["passive_supporters"]) + float(row["active_volunteers"])
    if column == "income_beyond_funds":
        return sum(float(row[c]) for c in ("income_own_revenue", "income_sponsors", "income_contributions"))
    if column == "alive":
        return 0.0 if row["phase"] == "ended" else 1.0
    return float(row[column])


def main() -> None:
    story_file, folder = sys.argv[1:3]
    checks = [c for c in yaml.safe_load(open(story_file))["checks"] if c.get("stat") == "change"]
    series: dict[str, dict[str, list[tuple[str, float]]]] = collections.defaultdict(lambda: collections.defaultdict(list))
    columns = {c["measure"] for c in checks}
    for row in csv.DictReader(open(f"{folder}/weekly.csv", newline="")):
        for column in columns:
            series[column][row["run"]].append((row["date"], derived(row, column)))
    runs = [r["run"] for r in csv.DictReader(open(f"{folder}/runs.csv", newline=""))]
    print("| check | measure | window | bound | holds as written | holds on quarter means | median change | median quarter-mean change |")
    print("|---|---|---|---|---|---|---|---|")
    for c in checks:
        side = "at_most" if "at_most" in c else "at_least"
        bound = float(c[side])
        start, end = str(c["from"]), str(c["to"])
        ok = lambda d: d <= bound if side == "at_most" else d >= bound
        written, quarter, changes, qchanges = 0, 0, [], []
        for run in runs:
            w = [v for (d, v) in series[c["measure"]][run] if start <= d <= end]
            if not w:
                continue
            q = min(13, len(w) // 2)
            change = w[-1] - w[0]
            qchange = sum(w[-q:]) / q - sum(w[:q]) / q
            changes.append(change)
            qchanges.append(qchange)
            written += ok(change)
            quarter += ok(qchange)
        n = len(runs)
        sign = "≤" if side == "at_most" else "≥"
        print(f"| {c['id']} | {c['measure']} | {start} .. {end} | {sign} {c[side]:g} | {100 * written / n:.0f} % | "
              f"{100 * quarter / n:.0f} % | {statistics.median(changes):.3g} | {statistics.median(qchanges):.3g} |")


if __name__ == "__main__":
    main()
