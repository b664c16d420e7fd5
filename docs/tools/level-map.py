"""The fifty-third round's table (docs/model.md §6) from the outputs of docs/calibration/level-map.sh.

Per point: the runs' medians (10-90%) of Jan Eef's team in its first two years and in the 26 weeks before
the renewal vote, the team beside the core and those working before the vote, the renewal's mean yes share
(runs alive at the vote), and the shares of seeds of six Jan Eef checks. Standard library only.
"""
import csv
import statistics
import sys
from collections import defaultdict

POINTS = ["main", "g0p20", "g0p27", "g1p16", "g2p47", "g3p5", "g3p107"]
FIRST = ("2011-09-05", "2013-08-26")      # the association's first two years (team-falls-as-reported)
BEFORE_VOTE = ("2016-08-15", "2017-02-06")  # the 26 weeks before the vote of 2017-02-13
VOTE = "2017-02-13"                        # the renewal vote
CHECKS = ["jan-eef.team-falls-as-reported", "jan-eef.story.team-of-thirty-at-first",
          "jan-eef.story.weak-canvass-before-vote", "jan-eef.ends", "jan-eef.biz-renewal-fails",
          "jan-eef.peak-without-scripted-days"]


def quantile(values, p):
    values = sorted(values)
    return values[min(len(values) - 1, int(p * len(values)))]


def spread(values):
    return f"{quantile(values, .5):.1f} ({quantile(values, .1):.1f}-{quantile(values, .9):.1f})"


def window_means(weekly_csv):
    """(seed, window) -> the run's mean of each column over the window, and the vote's week number."""
    means = defaultdict(lambda: defaultdict(list))
    vote_week = None
    with open(weekly_csv) as f:
        for row in csv.DictReader(f):
            if row["date"] == VOTE:
                vote_week = int(row["week"])
            for name, (start, end) in (("first", FIRST), ("before", BEFORE_VOTE)):
                if start <= row["date"] <= end:
                    for column in ("team", "active_volunteers", "core"):
                        means[(row["seed"], name)][column].append(float(row[column]))
    return {key: {c: statistics.mean(v) for c, v in columns.items()} for key, columns in means.items()}, vote_week


def alive_at_vote(run, vote_week):
    """A row of runs.csv that voted and had not ended by the renewal vote (its last vote is the renewal)."""
    return int(run["biz_votes"]) > 0 and (run["week_ended"] in ("", "-1", "NA") or int(run["week_ended"]) > vote_week)


def yes_shares(runs_csv, vote_week):
    """The last vote's yes share of each run still alive at the renewal vote."""
    with open(runs_csv) as f:
        return [int(r["biz_yes"]) / int(r["biz_votes"]) for r in csv.DictReader(f) if alive_at_vote(r, vote_week)]


def check_shares(facts_md):
    shares = {}
    with open(facts_md) as f:
        for line in f:
            cells = [c.strip() for c in line.split("|")]
            if len(cells) > 5 and cells[2] in CHECKS:
                shares[cells[2]] = cells[-3].split(" of")[0].replace(" ", "")
    return shares


def main(out):
    print("| point | team, first two years | team before the vote | beside | working before the vote | yes share (mean) | "
          + " | ".join(c.split(".")[-1] for c in CHECKS) + " |")
    print("|---" * (6 + len(CHECKS)) + "|")
    for point in POINTS:
        w, vote_week = window_means(f"{out}/sw_{point}/weekly.csv")
        seeds = sorted({s for s, _ in w if (s, "before") in w and (s, "first") in w})
        first = [w[(s, "first")]["team"] for s in seeds]
        before = [w[(s, "before")]["team"] for s in seeds]
        beside = [w[(s, "before")]["team"] - w[(s, "before")]["core"] for s in seeds]
        working = [w[(s, "before")]["active_volunteers"] for s in seeds]
        shares = check_shares(f"{out}/facts_{point}.md")
        print(f"| {point} | {spread(first)} | {spread(before)} | {quantile(beside, .5):.1f} | {quantile(working, .5):.1f} | "
              f"{statistics.mean(yes_shares(f'{out}/sw_{point}/runs.csv', vote_week)):.3f} | "
              + " | ".join(shares.get(c, "-") for c in CHECKS) + " |")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "/tmp/wijksim-level-map")
