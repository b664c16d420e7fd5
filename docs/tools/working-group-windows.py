#!/usr/bin/env python3
"""The working group (active volunteers and core) in the three windows of docs/model.md §5's bias table,
per design point of `sweep --weekly-csv` folders: the median over runs of each run's mean over the window.
Jan Eef 2011-2012 (its pioneering years) and 2013-2015 (its board), De Ketel 06/2014-10/2017 (the building
under the cooperative, before its money crisis). The windows' working groups are criterion (b) of the
work-need trial (docs/model.md §6): at the ends of the bias's interval within ±25% of the median's.

  python3 docs/tools/working-group-windows.py KEY MEDIAN SWEEP_DIR... > table.md

KEY is the varied key (the table's rows), MEDIAN its value at the calibrated median (the ratios' base)."""
import collections
import csv
import statistics
import sys

WINDOWS = [("jan-eef", "Jan Eef 2011–2012", "2011-01-01", "2012-12-31"),
           ("jan-eef", "Jan Eef 2013–2015", "2013-01-01", "2015-12-31"),
           ("de-ketel", "De Ketel 06/2014–10/2017", "2014-06-01", "2017-10-31")]


def window_means(folder: str, key: str) -> dict[tuple[str, int], list[tuple[float, float]]]:
    """(point value, window index) -> each run's (mean active, mean core) over the window."""
    runs = {r["run"]: r for r in csv.DictReader(open(f"{folder}/runs.csv", newline=""))}
    sums: dict[tuple[str, int], list[float]] = collections.defaultdict(lambda: [0.0, 0.0, 0])
    for row in csv.DictReader(open(f"{folder}/weekly.csv", newline="")):
        run = runs[row["run"]]
        for i, (scenario, _, start, end) in enumerate(WINDOWS):
            if run["scenario"] == scenario and start <= row["date"] <= end:
                s = sums[(row["run"], i)]
                s[0] += float(row["active_volunteers"]); s[1] += float(row["core"]); s[2] += 1
    out = collections.defaultdict(list)
    for (run, i), (active, core, weeks) in sums.items():
        out[(runs[run][key], i)].append((active / weeks, core / weeks))
    return out


def main() -> None:
    key, median, folders = sys.argv[1], float(sys.argv[2]), sys.argv[3:]
    means: dict[tuple[str, int], list[tuple[float, float]]] = {}
    for folder in folders:
        means.update(window_means(folder, key))
    points = sorted({p for p, _ in means}, key=float)
    working = {(p, i): statistics.median(a + c for a, c in v) for (p, i), v in means.items()}
    base = {i: working[(p, i)] for (p, i) in working if float(p) == median}
    print(f"| {key} | " + " | ".join(f"{w[1]}: active / core / working (× median)" for w in WINDOWS) + " |")
    print("|---|" + "---|" * len(WINDOWS))
    for p in points:
        cells = []
        for i in range(len(WINDOWS)):
            v = means.get((p, i))
            if not v:
                cells.append("–"); continue
            a = statistics.median(x[0] for x in v); c = statistics.median(x[1] for x in v)
            ratio = f" ({working[(p, i)] / base[i]:.2f})" if i in base else ""
            cells.append(f"{a:.1f} / {c:.1f} / {working[(p, i)]:.1f}{ratio}")
        print(f"| {p} | " + " | ".join(cells) + " |")


if __name__ == "__main__":
    main()
