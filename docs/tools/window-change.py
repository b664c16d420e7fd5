#!/usr/bin/env python3
"""Share of runs of a `sweep --weekly-csv` folder in which one weekly.csv column changes by at most (or at
least) a bound between two dates, per design point: a story check of `stat: change` recomputed from the
sweep's output, so a grid over rule coefficients can be read without running `facts` at every point.
"change" is the last week in the window minus the first, as in src/Experiments/Results/WeeklyWindow.cs.
The sweep's scenario must have one initiative (the story checks read the first).

  python3 docs/tools/window-change.py SWEEP_DIR COLUMN FROM TO at_most|at_least BOUND [KEY,KEY...]

Example (docs/model.md §6, the felt-drift grid; run on branch proto/felt-drift, commit 02a5f51):
  wijksim sweep src/Scenarios/scenarios/de-ketel.yaml --seeds 100 --no-plots --weekly-csv --out /tmp/g1 \\
    --vary 'rules.trust.drift_weight=0.6,0.8,1,1.2' --vary 'rules.mission_drift.adaptation_weeks=52,104,208'
  python3 docs/tools/window-change.py /tmp/g1 passive_before_crisis 2017-06-05 2020-12-21 at_most -1 \\
    rules.trust.drift_weight,rules.mission_drift.adaptation_weeks
"""
import collections
import csv
import sys


def main() -> None:
    folder, column, start, end, side, bound = sys.argv[1:7]
    keys = sys.argv[7].split(",") if len(sys.argv) > 7 else []
    bound_value = float(bound)
    runs = {r["run"]: r for r in csv.DictReader(open(f"{folder}/runs.csv", newline=""))}
    first: dict[str, float] = {}
    last: dict[str, float] = {}
    for row in csv.DictReader(open(f"{folder}/weekly.csv", newline="")):
        if start <= row["date"] <= end:
            first.setdefault(row["run"], float(row[column]))
            last[row["run"]] = float(row[column])
    held = collections.defaultdict(list)
    for run in runs:
        point = tuple(runs[run][k] for k in keys)
        if run not in first:  # the run ended before the window: the check does not hold
            held[point].append(False)
            continue
        change = last[run] - first[run]
        held[point].append(change <= bound_value if side == "at_most" else change >= bound_value)
    print(",".join(keys + ["runs", "holds"]))
    for point in sorted(held):
        share = sum(held[point]) / len(held[point])
        print(",".join(list(point) + [str(len(held[point])), f"{share:.2f}"]))


if __name__ == "__main__":
    main()
