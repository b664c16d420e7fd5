"""summary.md of money-sets.sh: for each arm over seeds 1-100, Jan Eef's cash on 2017-02-27 (the board's decision
week, the quantity the hand replays stepped), its end date and its cash in the week it ends (10 / 50 / 90%, nearest
rank), the week it leaves the established phase from mid-2016 on (the board's decision, or a crisis), and the
income mix of 2012-2014 (shares of the cash income that the municipality, the BIZ levy and the association's own
revenue bring in, pooled over the three years and the seeds; the founders' page has the municipality about a
quarter "in de eerste jaren", the farewell notice the levy a fifth); then the as-written shares of the Jan Eef
checks that differ between arms, on both seed sets."""
import csv
import math
import sys
from pathlib import Path

def quantiles(values: list, qs=(0.1, 0.5, 0.9)):
    """Nearest rank: the 10th, 50th and 90th of 100 values."""
    s = sorted(values)
    return [s[max(0, math.ceil(q * len(s)) - 1)] for q in qs]


def runs(folder: Path):
    by_seed: dict[str, list[dict]] = {}
    with open(folder / "weekly.csv", newline="") as f:
        for r in csv.DictReader(f):
            by_seed.setdefault(r["seed"], []).append(r)
    return by_seed


def arm_line(arm: str, folder: Path) -> str:
    ends, cash_at_end, cash_at_decision, left = [], [], [], []
    income = {"income_subsidy": 0.0, "income_contributions": 0.0, "income_own_revenue": 0.0}
    total = 0.0
    for rows in runs(folder).values():
        assert len({r["initiative"] for r in rows}) == 1 and [int(r["week"]) for r in rows] == list(range(len(rows)))
        end = next((r for r in rows if r["phase"] == "ended"), None)
        if end is not None:
            ends.append(end["date"])
            cash_at_end.append(float(end["cash"]))
        cash_at_decision.append(float(next(r["cash"] for r in rows if r["date"] == "2017-02-27")))
        leaves = next((r["date"] for p, r in zip(rows, rows[1:])
                       if r["date"] >= "2016-06-01" and p["phase"] == "established" and r["phase"] != "established"), None)
        if leaves:
            left.append(leaves)
        for r in rows:
            if "2012-01-02" <= r["date"] < "2015-01-05":
                for k in income:
                    income[k] += float(r[k])
                total += sum(float(r[k]) for k in r if k.startswith("income_") and k != "income_diversity")
    e = quantiles(ends) if ends else ["–"] * 3
    c = quantiles(cash_at_end) if cash_at_end else [float("nan")] * 3
    d = quantiles(cash_at_decision)
    leaves = f"{len(left)} ({sum(d == '2017-02-27' for d in left)} on 2017-02-27); {quantiles(left)[1]}" if left else "0"
    mix = " / ".join(f"{income[k] / total:.2f}" for k in income)
    return (f"| {arm} | {' / '.join(f'{v:,.0f}' for v in d)} | {leaves} | {len(ends)} | {' / '.join(e)} | "
            f"{' / '.join(f'{v:,.0f}' for v in c)} | {mix} |")


def shares(md: Path) -> dict[str, str]:
    out = {}
    for line in md.read_text().splitlines():
        cells = [c.strip() for c in line.split("|")]
        if len(cells) > 3 and cells[1].startswith("jan-eef"):
            # "holds: 90 % of 100 seeds", or for a counterfactual "holds: jan-eef-rhythm 93 % vs ...": the first share.
            out[cells[1]] = cells[2].split(":")[1].split("%")[0].split()[-1] if "%" in cells[2] else cells[2]
    return out


def main(out: Path, arms: list[str]) -> None:
    print("# Jan Eef's money sets, measured (reported only; written by docs/calibration/money-sets.sh)\n")
    print("Seeds 1-100; 10% / 50% / 90% are nearest ranks over the seeds. Cash on 2017-02-27: the board's decision week.")
    print("Leaves established: runs that leave the established phase from 2016-06-01 on (the board's decision, or a")
    print("crisis), how many of them in the decision week the addendum assumed, and the median week. End: the first week the association has ended; cash at the end: its cash in")
    print("that week. Mix 2012-2014: municipality / BIZ levy / own revenue, as shares of all cash income, pooled.\n")
    print("| arm | cash 2017-02-27 | leaves established; median week | ended | end | cash at the end | mix 2012-2014 |")
    print("|---|---|---|---|---|---|---|")
    for arm in arms:
        print(arm_line(arm, out / f"sweep-{arm}"))
    print("\nShares of seeds (%) where each Jan Eef check holds as written, seeds 1-100 / 1000-1099; rows the arms agree on are left out.\n")
    table = {(arm, first): shares(out / f"{arm}-{first}" / "robustness.md") for arm in arms for first in (1, 1000)}
    ids = sorted(set().union(*table.values()))
    print("| check | " + " | ".join(arms) + " |")
    print("|---|" + "---|" * len(arms))
    for i in ids:
        cells = [f"{table[(a, 1)].get(i, '–')} / {table[(a, 1000)].get(i, '–')}" for a in arms]
        if len(set(cells)) > 1:
            print(f"| {i} | " + " | ".join(cells) + " |")


if __name__ == "__main__":
    main(Path(sys.argv[1]), sys.argv[2:])
