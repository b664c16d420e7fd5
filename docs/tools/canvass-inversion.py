"""The fifty-fourth round's check of its rule (docs/model.md §6): from a level map run with the rule
(`git checkout proto/canvass-autonomy && bash docs/calibration/level-map.sh OUT`), add back to each run's
renewal yes share the registered change of its logit, 1.5 * (min(1, W/S) - min(1, W*A/S)), and compare the
points' means with the shares main measured (the fifty-third round's table). W: those at work the week
before the vote; S: the shopkeepers who voted; A: the volunteers' autonomy, 1 - 0.58 * grip, the grip
following formalisation * 0.8 (board steering) at rate 0.026 (Rules/Formalisation.cs). Standard library only.
Usage: python3 docs/tools/canvass-inversion.py OUT
"""
import csv
import importlib.util
import math
import statistics
import sys
from collections import defaultdict
from pathlib import Path

# The level map's own definitions (its points, the vote's date, which runs were alive at the vote).
_spec = importlib.util.spec_from_file_location("level_map", Path(__file__).with_name("level-map.py"))
level_map = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(level_map)

MAIN_53 = [0.354, 0.579, 0.590, 0.557, 0.473, 0.381, 0.327]  # docs/model.md §6, fifty-third round
CAMPAIGN_WEIGHT, AUTONOMY_LOSS, GRIP_RATE, STEERING = 1.5, 0.58, 0.026, 0.8


def sigmoid(x):
    return 1 / (1 + math.exp(-x))


def logit(p):
    p = min(max(p, 1e-3), 1 - 1e-3)
    return math.log(p / (1 - p))


def point(out, name):
    weeks = defaultdict(list)
    with open(f"{out}/sw_{name}/weekly.csv") as f:
        for row in csv.DictReader(f):
            weeks[row["seed"]].append(row)
    with open(f"{out}/sw_{name}/runs.csv") as f:
        runs = {r["seed"]: r for r in csv.DictReader(f)}
    trial, main = [], []
    for seed, rows in weeks.items():
        grip, working, vote = 0.0, 0.0, None
        for row in rows:
            if row["date"] == level_map.VOTE:
                vote = int(row["week"])
                break
            working = float(row["active_volunteers"])
            grip += GRIP_RATE * (float(row["formalisation"]) * STEERING - grip)
        run = runs[seed]
        if vote is None or not level_map.alive_at_vote(run, vote):
            continue  # ended before the renewal
        shops = int(run["biz_votes"])
        autonomy = 1 - AUTONOMY_LOSS * grip
        share = int(run["biz_yes"]) / shops
        trial.append(share)
        main.append(sigmoid(logit(share) + CAMPAIGN_WEIGHT * (min(1, working / shops) - min(1, working * autonomy / shops))))
    return autonomy, statistics.mean(trial), statistics.mean(main)


def main(out):
    print("| point | A at the vote | yes share with the rule | main's, inverted | main's, measured (53rd) |")
    print("|---|---|---|---|---|")
    for name, measured in zip(level_map.POINTS, MAIN_53):
        autonomy, trial, main_share = point(out, name)
        print(f"| {name} | {autonomy:.3f} | {trial:.3f} | {main_share:.3f} | {measured:.3f} |")


if __name__ == "__main__":
    main(sys.argv[1])
