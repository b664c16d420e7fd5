"""summary.md of money-sets.sh: for each arm, Jan Eef's end date and cash at its end (10 / 50 / 90% over
seeds 1-100), the board's decision date, and the income mix of 2012-2014 (shares of the cash income that the
municipality, the BIZ levy and the association's own revenue bring in, pooled over the three years and the
seeds; the founders' page has the municipality about a quarter "in de eerste jaren", the farewell notice the
levy a fifth), then the as-written shares of the Jan Eef checks that differ between arms on both seed sets."""
import csv
import statistics
import sys
from pathlib import Path

ARMS = ["main", "S150", "S175", "S200", "T150"]


def quantiles(values: list, qs=(0.1, 0.5, 0.9)):
    s = sorted(values)
    return [s[min(len(s) - 1, int(q * len(s)))] for q in qs]


def runs(folder: Path):
    by_seed: dict[str, list[dict]] = {}
    with open(folder / "weekly.csv", newline="") as f:
        for r in csv.DictReader(f):
            by_seed.setdefault(r["seed"], []).append(r)
    return by_seed


def arm_line(arm: str, folder: Path) -> str:
    ends, cash_at_end, decided = [], [], []
    income = {"income_subsidy": 0.0, "income_contributions": 0.0, "income_own_revenue": 0.0}
    total = 0.0
    for rows in runs(folder).values():
        end = next((i for i, r in enumerate(rows) if r["phase"] == "ended"), None)
        if end is not None:
            ends.append(rows[end]["date"])
            cash_at_end.append(float(rows[end - 1]["cash"]))
        first_decline = next((r["date"] for r in rows if r["phase"] == "decline" and r["date"] >= "2016-01-01"), None)
        if first_decline:
            decided.append(first_decline)
        for r in rows:
            if "2012-01-02" <= r["date"] < "2015-01-05":
                for k in income:
                    income[k] += float(r[k])
                total += sum(float(r[k]) for k in r if k.startswith("income_") and k != "income_diversity")
    e = quantiles(ends) if ends else ["–"] * 3
    c = quantiles(cash_at_end) if cash_at_end else [float("nan")] * 3
    d = statistics.median_low(decided) if decided else "–"
    mix = " / ".join(f"{income[k] / total:.2f}" for k in income)
    return f"| {arm} | {len(ends)} | {' / '.join(e)} | {' / '.join(f'{v:,.0f}' for v in c)} | {len(decided)}; {d} | {mix} |"


def shares(md: Path) -> dict[str, str]:
    out = {}
    for line in md.read_text().splitlines():
        cells = [c.strip() for c in line.split("|")]
        if len(cells) > 3 and cells[1].startswith("jan-eef"):
            out[cells[1]] = cells[2].split(":")[1].split("%")[0].strip() if "%" in cells[2] else cells[2]
    return out


def main(out: Path) -> None:
    print("# Jan Eef's money sets, measured (reported only; written by docs/calibration/money-sets.sh)\n")
    print("Seeds 1-100. End: the first week the association has ended. Cash at the end: its cash the week before.")
    print("Decided: runs whose board is in decline from 2016 on, and the median first week of it. Mix 2012-2014:")
    print("municipality / BIZ levy / own revenue, as shares of all cash income, pooled.\n")
    print("| arm | ended | end 10% / 50% / 90% | cash at the end 10% / 50% / 90% | decided; median week | mix 2012-2014 |")
    print("|---|---|---|---|---|---|")
    for arm in ARMS:
        print(arm_line(arm, out / f"sweep-{arm}"))
    print("\nShares of seeds (%) where each Jan Eef check holds as written, seeds 1-100 / 1000-1099; rows the arms agree on are left out.\n")
    table = {(arm, first): shares(out / f"{arm}-{first}" / "robustness.md") for arm in ARMS for first in (1, 1000)}
    ids = sorted(set().union(*table.values()))
    print("| check | " + " | ".join(ARMS) + " |")
    print("|---|" + "---|" * len(ARMS))
    for i in ids:
        cells = [f"{table[(a, 1)].get(i, '–')} / {table[(a, 1000)].get(i, '–')}" for a in ARMS]
        if len(set(cells)) > 1:
            print(f"| {i} | " + " | ".join(cells) + " |")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
