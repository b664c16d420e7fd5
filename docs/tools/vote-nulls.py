"""The sixty-first round's vote-rule nulls (docs/model.md §6), from docs/calibration/vote-nulls.sh.

  vote-nulls.py fit POSTERIOR.csv      prints b†, the BIZ vote's bias at which the renewal's yes share is 0.35
  vote-nulls.py alive SWEEP DATE        prints how many of a sweep's runs are alive (not ended) in the week of DATE

`fit` reads the prior sample of `wijksim calibrate --generations 0` (posterior.csv: one row per particle, the bias
and the target's statistic, the mean over the runs alive at the vote of that week's yes share; the sweep's
weekly.csv does not carry the share, a derived measure). b† is where the least-squares line through the particles
whose share lies within 0.10 of 0.35 crosses 0.35: with common seeds the share is smooth and nearly straight in
the bias there. The tables are null-models.py's (`null-models.py table OUT`). Standard library only.
"""
import csv
import sys
from pathlib import Path

TARGET = 0.35
BAND = 0.10
BIAS = "rules.funding.biz_bias"
STAT = "stat_renewal-yes-share"


def fit(posterior: Path) -> float:
    with open(posterior) as f:
        rows = [(float(r[BIAS]), float(r[STAT])) for r in csv.DictReader(f) if r[STAT] not in ("NA", "NaN", "")]
    near = [(b, s) for b, s in rows if abs(s - TARGET) <= BAND]
    if len(near) < 3:
        sys.exit(f"{posterior}: only {len(near)} particles have a yes share within {BAND} of {TARGET}; widen the prior")
    n = len(near)
    mb = sum(b for b, _ in near) / n
    ms = sum(s for _, s in near) / n
    slope = sum((b - mb) * (s - ms) for b, s in near) / sum((b - mb) ** 2 for b, _ in near)
    print(f"{posterior}: {n} of {len(rows)} particles within {BAND} of {TARGET}, slope {slope:.3f} per unit of bias",
          file=sys.stderr)
    return mb + (TARGET - ms) / slope


def alive(sweep: Path, date: str) -> tuple[int, int]:
    runs, living = set(), set()
    with open(sweep / "weekly.csv") as f:
        for r in csv.DictReader(f):
            if r["date"] == date:
                runs.add(r["run"])
                if r["phase"] != "ended":
                    living.add(r["run"])
    return len(living), len(runs)


if __name__ == "__main__":
    if sys.argv[1] == "fit":
        print(f"{fit(Path(sys.argv[2])):.2f}")
    elif sys.argv[1] == "alive":
        a, n = alive(Path(sys.argv[2]), sys.argv[3])
        print(f"{a} of {n} runs alive on {sys.argv[3]}")
