"""The fifty-eighth round's tables (docs/model.md §6) from the sweeps of docs/calibration/peer-map.sh.

Per case, peer weight and participation bias: the medians over runs of each run's mean over its live weeks
(phase not "ended") of the core, the volunteers beside the core (active_volunteers - core) and the passive
supporters; for De Ketel also the volunteers beside the core over many-volunteers' window (2017). Then the
fold of each measure at a centre bias b (its median at b + 0.33 over its median at b - 0.33) and the
registered reading on the volunteers beside the core. Last, reported and not judged (added after the run,
when the live weeks were seen to differ between the points): the same fold over the first two years of every
run (weeks 0-103), in which every run of every point is alive, so that survival does not enter the means.
Standard library only.
"""
import csv
import json
import math
import statistics
import sys
from collections import defaultdict
from pathlib import Path

CASES = ["jan-eef", "de-ketel", "voedseltuin"]
MAIN = (1.5, -3.29)                          # main's peer weight and bias
STEP = 0.33                                  # the bias's ±10%
KETEL_2017 = ("2017-01-02", "2017-11-27")     # de-ketel.story.many-volunteers' window
MEASURES = ["core", "beside", "passive", "beside_2017", "core_first", "beside_first"]
FIRST_WEEKS = 104                             # the first two years of a run


def points(folder: Path) -> dict[int, tuple[float, float]]:
    """Design point index -> (peer weight, bias), from the sweep's manifest."""
    manifest = json.loads((folder / "manifest.json").read_text())
    return {p["index"]: (float(p["values"]["rules.participation.peer_weight"]),
                         float(p["values"]["rules.participation.bias"])) for p in manifest["points"]}


def run_means(folder: Path, case: str) -> dict[tuple[float, float], dict[str, list[float]]]:
    """(peer weight, bias) -> measure -> each run's mean (runs with no week in a window are left out)."""
    where = points(folder)
    sums = defaultdict(lambda: defaultdict(lambda: [0.0, 0]))
    point_of = {}
    with open(folder / "weekly.csv") as f:
        for row in csv.DictReader(f):
            if row["initiative"] != case or row["phase"] == "ended":
                continue
            run = row["run"]
            point_of[run] = int(row["point"])
            core = float(row["core"])
            beside = float(row["active_volunteers"]) - core
            values = {"core": core, "beside": beside, "passive": float(row["passive_supporters"])}
            if KETEL_2017[0] <= row["date"] <= KETEL_2017[1]:
                values["beside_2017"] = beside
            if int(row["week"]) < FIRST_WEEKS:
                values["core_first"], values["beside_first"] = core, beside
            for name, value in values.items():
                cell = sums[run][name]
                cell[0] += value
                cell[1] += 1
    out = defaultdict(lambda: defaultdict(list))
    for run, measures in sums.items():
        for name, (total, weeks) in measures.items():
            out[where[point_of[run]]][name].append(total / weeks)
    return out


def median(values):
    return statistics.median(values) if values else float("nan")


def main(root: Path) -> None:
    for case in CASES:
        means = run_means(root / case, case)
        grid = {key: {m: median(v[m]) for m in MEASURES} for key, v in means.items()}
        peers = sorted({p for p, _ in grid})
        biases = sorted({b for _, b in grid})
        shown = MEASURES if case == "de-ketel" else MEASURES[:3]
        print(f"\n**{case}** (medians over 100 runs of each run's mean over its live weeks; "
              f"core / beside the core / passive{' / beside the core in 2017' if case == 'de-ketel' else ''})\n")
        print("| peer weight | " + " | ".join(f"bias {b:.2f}" for b in biases) + " |")
        print("|---|" + "---|" * len(biases))
        for p in peers:
            cells = [" / ".join(f"{grid[(p, b)][m]:.1f}" for m in shown) for b in biases]
            print(f"| {p:g} | " + " | ".join(cells) + " |")

        def fold(p, centre, m):
            lo, hi = grid[(p, round(centre - STEP, 2))][m], grid[(p, round(centre + STEP, 2))][m]
            return hi / lo if lo > 0 else float("inf")

        centres = biases[1:-1]
        print("\nFold of the volunteers beside the core over the bias's ±0.33 (core, passive in brackets):\n")
        print("| peer weight | " + " | ".join(f"centre {c:.2f} (level)" for c in centres) + " |")
        print("|---|" + "---|" * len(centres))
        for p in peers:
            cells = [f"{fold(p, c, 'beside'):.2f} ({fold(p, c, 'core'):.2f}, {fold(p, c, 'passive'):.2f}) "
                     f"at {grid[(p, c)]['beside']:.1f}" for c in centres]
            print(f"| {p:g} | " + " | ".join(cells) + " |")
        target = grid[MAIN]["beside"]
        main_fold = fold(*MAIN, "beside")
        print(f"\nMain (peer {MAIN[0]:g}, bias {MAIN[1]:.2f}): beside the core {target:.1f}, fold {main_fold:.2f}.")
        for p in peers:
            if p == MAIN[0]:
                continue
            c = min(centres, key=lambda c: abs(grid[(p, c)]["beside"] - target))
            f = fold(p, c, "beside")
            # Registered reading: at most main's fold ** 0.5 -> the peers' term carries most of the
            # amplification; at least main's fold ** 0.75 -> the tail's depth does; in between, both.
            if f <= main_fold ** 0.5:
                reading = "the peers' term carries most of the amplification"
            elif f >= main_fold ** 0.75:
                reading = "the amplification is the tail's depth"
            else:
                reading = "both"
            print(f"- peer {p:g}, level-matched at centre {c:.2f} (beside the core {grid[(p, c)]['beside']:.1f}): "
                  f"fold {f:.2f} against main's {main_fold:.2f} (bars {main_fold ** 0.5:.2f} / "
                  f"{main_fold ** 0.75:.2f}): {reading}.")
        print(f"\nReported, not judged: the first {FIRST_WEEKS} weeks of every run (all alive); core / beside the core, "
              "and the fold of the volunteers beside the core at each centre:\n")
        print("| peer weight | " + " | ".join(f"bias {b:.2f}" for b in biases) + " | folds at " +
              ", ".join(f"{c:.2f}" for c in centres) + " |")
        print("|---|" + "---|" * (len(biases) + 1))
        for p in peers:
            cells = [f"{grid[(p, b)]['core_first']:.1f} / {grid[(p, b)]['beside_first']:.1f}" for b in biases]
            folds = ", ".join(f"{fold(p, c, 'beside_first'):.2f}" for c in centres)
            print(f"| {p:g} | " + " | ".join(cells) + f" | {folds} |")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
