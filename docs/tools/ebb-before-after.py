#!/usr/bin/env python3
"""Jan Eef's ebb after formalising, measured as the check `jan-eef.peak-then-decline` measures it, from
`sweep --weekly-csv` folders of one Jan Eef scenario: per run the mean active volunteers over the two
years before formalising (2013-01-07) and over the third and fourth years after it; the check holds when
before > 1.5 × after. Prints one markdown row per folder: the share holding, the medians of before,
after and their ratio, and the median of the highest week before formalising.

  python3 docs/tools/ebb-before-after.py LABEL=SWEEP_DIR... > ebb.md

A record of the check as it stood until the thirty-eighth round, which moved the formalisation to 2011-09-05
and restated the check (docs/model.md §6): run on today's scenario it measures the old windows, not the check."""
import collections
import csv
import statistics
import sys

FORMALISE = "2013-01-07"


def main() -> None:
    print("| runs | holds | before (2011–2012) | after (2015–2016) | before / after | highest week before |")
    print("|---|---:|---:|---:|---:|---:|")
    for argument in sys.argv[1:]:
        label, folder = argument.split("=", 1)
        weeks = collections.defaultdict(list)
        for row in csv.DictReader(open(f"{folder}/weekly.csv", newline="")):
            weeks[row["run"]].append(row)
        before, after, peak, held = [], [], [], 0
        for rows in weeks.values():
            f = next(i for i, r in enumerate(rows) if r["date"] >= FORMALISE)
            b = [float(r["active_volunteers"]) for r in rows[f - 104:f]]
            a = [float(r["active_volunteers"]) for r in rows[f + 104:f + 208]] or [0.0]  # ended: none after
            before.append(sum(b) / len(b)); after.append(sum(a) / len(a)); peak.append(max(b))
            held += before[-1] > 1.5 * after[-1]
        ratio = statistics.median(x / max(y, 0.01) for x, y in zip(before, after))
        print(f"| {label} | {held / len(weeks):.0%} | {statistics.median(before):.1f} | {statistics.median(after):.1f} "
              f"| {ratio:.2f} | {statistics.median(peak):.0f} |")


if __name__ == "__main__":
    main()
