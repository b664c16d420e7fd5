"""The sixtieth round's level matching and tables (docs/model.md §6), from docs/calibration/null-models.sh.

  null-models.py match LEVELS NAME   prints the bias b* at which the null NAME's groups match main's
  null-models.py levels OUT         prints every sweep's levels as CSV (null,case,bias,level), committed as levels.csv
                                     so that b* can be checked without the sweeps
  null-models.py values OUT CHECK    prints, from the facts folders of check-under-nulls.sh (OUT/FIRST/NAME), one
                                     story check's statistic per null and seed set: its 0/10/50/90% quantiles and, against
                                     main, the seeds where the null's value is lower (a sign test's counts, reported only)
  null-models.py table OUT [FACTS]   prints the round's tables from OUT/levels and OUT/FACTS (default facts: seeds
                                     1-100; facts-1000: seeds 1000-1099, added after the registered run)

A case's level at a bias: the median over runs of each run's mean active_volunteers over its first 104 weeks
(the sweeps run 104 weeks; weeks after an end count as 0). b* minimises the sum over the three cases of the
squared log ratio of the null's level to main's, each case's log level interpolated linearly in the bias and read
at 0.01 (a level below 0.1 counts as 0.1, so that a group of none has a finite log). A check that holds on main
rejects a null if under it it holds in fewer than its needed share of seeds and at least 10 points fewer than on
main (a counterfactual: p at least 0.01). Added after the registered run (review r60): for each evidence check of
single runs and each null, McNemar's exact one-sided test on the seeds where main and the null differ (from
facts-by-seed.csv), with a Bonferroni bound over all evidence checks times nulls. Standard library only.
"""
import csv
import gzip
import json
import math
import statistics
import sys
from collections import defaultdict
from pathlib import Path

CASES = ["jan-eef", "de-ketel", "voedseltuin"]
FLOOR = 0.1
MARGIN = 0.10


def levels(folder: Path, case: str) -> dict[float, float]:
    """Bias -> the case's level, from one sweep (with weekly.csv), or from levels.csv beside the nulls' folders."""
    if not folder.exists():
        null = folder.parent.name
        with open(folder.parent.parent.parent / "levels.csv") as f:
            return {float(r["bias"]): float(r["level"]) for r in csv.DictReader(f) if r["null"] == null and r["case"] == case}
    manifest = json.loads((folder / "manifest.json").read_text())
    bias_of = {p["index"]: float(p["values"]["rules.participation.bias"]) for p in manifest["points"]}
    sums = defaultdict(lambda: [0.0, 0])
    point_of = {}
    with open(folder / "weekly.csv") as f:
        for row in csv.DictReader(f):
            if row["initiative"] != case:
                continue
            cell = sums[row["run"]]
            cell[0] += float(row["active_volunteers"])
            cell[1] += 1
            point_of[row["run"]] = int(row["point"])
    per_point = defaultdict(list)
    for run, (total, weeks) in sums.items():
        per_point[bias_of[point_of[run]]].append(total / weeks)
    return {b: statistics.median(v) for b, v in per_point.items()}


def log_level(grid: dict[float, float], bias: float) -> float:
    xs = sorted(grid)
    ys = [math.log(max(FLOOR, grid[x])) for x in xs]
    if bias <= xs[0]:
        return ys[0]
    for (x0, y0), (x1, y1) in zip(zip(xs, ys), zip(xs[1:], ys[1:])):
        if bias <= x1:
            return y0 + (y1 - y0) * (bias - x0) / (x1 - x0)
    return ys[-1]


def match(root: Path, name: str) -> tuple[float, dict[str, tuple[float, float]], bool]:
    """b*, each case's (null level at b*, main's level), and whether b* lies on the grid's edge."""
    main = {c: levels(root / "main" / c, c) for c in CASES}
    null = {c: levels(root / name / c, c) for c in CASES}
    target = {c: math.log(max(FLOOR, next(iter(main[c].values())))) for c in CASES}
    lo, hi = min(min(g) for g in null.values()), max(max(g) for g in null.values())
    steps = round((hi - lo) / 0.01)
    candidates = [round(lo + 0.01 * i, 2) for i in range(steps + 1)]
    best = min(candidates, key=lambda b: sum((log_level(null[c], b) - target[c]) ** 2 for c in CASES))
    at = {c: (math.exp(log_level(null[c], best)), math.exp(target[c])) for c in CASES}
    return best, at, best in (candidates[0], candidates[-1])


def level_names(out: Path) -> set[str]:
    if (out / "levels").exists():
        return {p.name for p in (out / "levels").iterdir()}
    with open(out / "levels.csv") as f:
        return {r["null"] for r in csv.DictReader(f)}


def write_levels(out: Path) -> None:
    print("null,case,bias,level")
    for null in sorted(level_names(out)):
        for case in CASES:
            for bias, level in sorted(levels(out / "levels" / null / case, case).items()):
                print(f"{null},{case},{bias:.2f},{level!r}")


def read_facts(path: Path) -> dict[str, dict]:
    with open(path) as f:
        return {row["id"]: row for row in csv.DictReader(f)}


def rejects(main: dict, null: dict) -> bool:
    if main["holds"] != "1":
        return False
    if main["statistic"] == "p_value":
        return null["holds"] == "0"
    return null["holds"] == "0" and float(null["value"]) <= float(main["value"]) - MARGIN + 1e-9


def by_seed(path: Path) -> dict[str, dict[int, bool]]:
    """Fact id -> seed -> holds, for the facts of single runs (counterfactuals have no per-seed verdict); from
    facts-by-seed.csv, or the .csv.gz committed in docs/ beside it."""
    out = defaultdict(dict)
    with (open(path) if path.exists() else gzip.open(path.with_suffix(".csv.gz"), "rt")) as f:
        for row in csv.DictReader(f):
            if row["holds"] != "NA":
                out[row["id"]][int(row["seed"])] = row["holds"] == "1"
    return out


def mcnemar(main: dict[int, bool], null: dict[int, bool]) -> tuple[int, int, float]:
    """Seeds where only main holds (b), where only the null holds (c), and the exact one-sided p that the null
    holds less often: P(X >= b) for X ~ Binomial(b + c, 1/2)."""
    b = sum(main[s] and not null[s] for s in main)
    c = sum(null[s] and not main[s] for s in main)
    n = b + c
    return b, c, sum(math.comb(n, k) for k in range(b, n + 1)) / 2 ** n if n else 1.0


def cell(row: dict) -> str:
    v = float(row["value"])
    return f"p={v:.2g}" if row["statistic"] == "p_value" else f"{v:.0%}"


def level_table(out: Path, names: list[str]) -> None:
    print("**Level matching** (seeds 5001-5020, first 104 weeks, median of each run's mean active volunteers; null at b* / main at -3.29):\n")
    print("| null (set to 0) | b* | " + " | ".join(CASES) + " | fold off (rms of the cases' ratios, in log) |")
    print("|---|---|" + "---|" * (len(CASES) + 1))
    for n in names:
        if n not in level_names(out):
            continue  # a shifted run (null-models-shift.sh) has no sweep of its own
        b, at, edge = match(out / "levels", n)
        # How far one bias could bring the three cases to main's levels: a null that removes what makes the cases
        # differ (their motivation, their urgency) cannot be matched in all three, and its rejections are partly its level's.
        rms = math.exp(math.sqrt(sum(math.log(at[c][0] / at[c][1]) ** 2 for c in CASES) / len(CASES)))
        print(f"| {n} | {b:.2f}{' (grid edge)' if edge else ''} | " + " | ".join(f"{at[c][0]:.1f} / {at[c][1]:.1f}" for c in CASES) + f" | {rms:.2f} |")
    print()


def table(out: Path, facts: str = "facts") -> None:
    names = sorted(p.name for p in (out / facts).iterdir() if p.name != "main")
    # The shifted runs (null-models-shift.sh) are compared with main on seeds 1-100, kept once in facts/main.
    main_dir = out / facts / "main" if (out / facts / "main").exists() else out / "facts" / "main"
    main = read_facts(main_dir / "facts.csv")
    nulls = {n: read_facts(out / facts / n / "facts.csv") for n in names}
    seeds = json.loads((main_dir / "manifest.json").read_text())["seeds"]
    span = f"seeds {seeds['first']}-{seeds['first'] + seeds['count'] - 1}"
    groups = {
        "evidence": lambda r: r["use"] == "validation" and r["kind"] == "emergent" and r["evidence"] == "1",
        "held-out, not evidence": lambda r: r["use"] == "validation" and r["kind"] == "emergent" and r["evidence"] == "0",
        "calibration targets": lambda r: r["use"] == "calibration",
        "mechanism checks": lambda r: r["use"] == "validation" and r["kind"] == "mechanism",
    }
    holding = {g: [i for i, r in main.items() if member(r) and r["holds"] == "1"] for g, member in groups.items()}
    # The vote-rule nulls (vote-nulls.sh) refit the vote's bias instead and have no level sweeps.
    if (out / "levels").exists() or (out / "levels.csv").exists():
        level_table(out, names)
    print(f"**Rejections** (a check holding on main, under the null below its needed share and at least {MARGIN:.0%} lower, "
          f"or a counterfactual at p >= 0.01), {span}:\n")
    print("| null (set to 0) | " + " | ".join(f"{g} ({len(holding[g])} hold on main)" for g in groups) + " |")
    print("|---|" + "---|" * len(groups))
    for n in names:
        cells = []
        for g in groups:
            ids = [i for i in holding[g] if rejects(main[i], nulls[n][i])]
            cells.append(f"**{len(ids)}**" + (": " + ", ".join(f"`{i}` {cell(nulls[n][i])}" for i in ids) if ids else ""))
        print(f"| {n} | " + " | ".join(cells) + " |")
    print(f"\n**Each evidence check under each null** ({span}; share of seeds, or p; ✗ = rejects the null):\n")
    print("| check | main | " + " | ".join(names) + " | nulls rejected |")
    print("|---|---|" + "---|" * (len(names) + 1))
    for i in holding["evidence"]:
        marks = [cell(nulls[n][i]) + (" ✗" if rejects(main[i], nulls[n][i]) else "") for n in names]
        count = sum(rejects(main[i], nulls[n][i]) for n in names)
        print(f"| `{i}` | {cell(main[i])} | " + " | ".join(marks) + f" | {count} |")
    if not any((main_dir / f).exists() for f in ("facts-by-seed.csv", "facts-by-seed.csv.gz")):
        return
    main_seeds = by_seed(main_dir / "facts-by-seed.csv")
    null_seeds = {n: by_seed(out / facts / n / "facts-by-seed.csv") for n in names}
    single = [i for i in holding["evidence"] if i in main_seeds]
    bound = 0.05 / (len(holding["evidence"]) * len(names))
    print(f"\n**Paired, seed by seed** (reported apart from the registered readings; added in the sixtieth round on review r60's advice): McNemar's exact one-sided test that the "
          f"null holds in fewer seeds than main, on the {len(single)} evidence checks of single runs; b = seeds where only "
          f"main holds, c = only the null; * = p below 0.05 / {len(holding['evidence']) * len(names)} (Bonferroni over "
          f"every evidence check and null), {span}:\n")
    print("| check | " + " | ".join(names) + " |")
    print("|---|" + "---|" * len(names))
    for i in single:
        cells = []
        for n in names:
            b, c, p = mcnemar(main_seeds[i], null_seeds[n][i])
            cells.append(f"{b}/{c}, p={p:.2g}{' *' if p < bound else ''}" if b + c else "–")
        print(f"| `{i}` | " + " | ".join(cells) + " |")


def story_values(path: Path, check: str) -> dict[int, float]:
    """Seed -> the story check's statistic, from facts-by-seed.csv (NA rows left out)."""
    with open(path) as f:
        return {int(r["seed"]): float(r["value"]) for r in csv.DictReader(f) if r["id"] == check and r["value"] != "NA"}


def values(out: Path, check: str) -> None:
    print(f"**`{check}` under each null** (its statistic per seed; lower = seeds where the null's is below main's):\n")
    print("| seeds | null | min | 10% | median | 90% | lower than main |")
    print("|---|---|---|---|---|---|---|")
    for first in sorted((p for p in out.iterdir() if p.is_dir()), key=lambda p: int(p.name)):
        main = story_values(first / "main" / "facts-by-seed.csv", check)
        span = f"{first.name}-{int(first.name) + 99}"
        for null in ["main"] + sorted(p.name for p in first.iterdir() if p.name != "main"):
            v = story_values(first / null / "facts-by-seed.csv", check)
            q = statistics.quantiles(sorted(v.values()), n=10, method="inclusive")
            lower = "–" if null == "main" else f"{sum(v[s] < main[s] for s in main)} of {len(main)}"
            print(f"| {span} | {null} | {min(v.values()):.2f} | {q[0]:.2f} | {statistics.median(v.values()):.2f} | {q[8]:.2f} | {lower} |")


if __name__ == "__main__":
    if sys.argv[1] == "match":
        b, _, _ = match(Path(sys.argv[2]), sys.argv[3])
        print(f"{b:.2f}")
    elif sys.argv[1] == "values":
        values(Path(sys.argv[2]), sys.argv[3])
    elif sys.argv[1] == "levels":
        write_levels(Path(sys.argv[2]))
    else:
        table(Path(sys.argv[2]), *sys.argv[3:4])
