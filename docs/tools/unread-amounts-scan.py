#!/usr/bin/env python3
"""Which marked amounts does the model not read? For every number a scenario file marks ASSUMPTION or
"calibrated:" (the amounts `robustness` moves, as `robustness --list-amounts` lists them), run the
scenario at +20% (a whole number: rounded, or +2 if that changes nothing) for seeds 1-3 and compare weekly.csv with the run as written. "same" means the move changed no
byte in three runs: either the model does not read the key there (robustness then moves it to no effect
and counts it robust), or the move is too small to matter in those seeds; the code decides which
(docs/model.md §5, "the amounts left to the code's defaults"). About 10 minutes for the four files below.

  python3 docs/tools/unread-amounts-scan.py [FILE.yaml ...] > scan.tsv
      (default: the three cases and baseline.yaml; needs `dotnet build src/Silo -c Release`)
"""
import functools
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
WIJKSIM = ["dotnet", str(ROOT / "src" / "Silo" / "bin" / "Release" / "net10.0" / "wijksim.dll")]
WHOLE = ("weeks", "windows", "founders", "supporters", "residents", "degree", "years", "placements", "adoption_supporters")


@functools.cache
def amounts_in(folder: Path) -> tuple[tuple[str, str, str], ...]:
    """`robustness --list-amounts` of a scenario folder (key, value, scenarios), read once per folder."""
    listing = subprocess.run(WIJKSIM + ["robustness", "--list-amounts", "--scenarios", str(folder)],
                             capture_output=True, text=True, check=True).stdout
    return tuple(tuple(line.split("\t")) for line in listing.strip().split("\n")[1:])


def marked(path: Path) -> list[tuple[str, float]]:
    """The amounts `robustness` moves in this scenario (the numbers its files mark ASSUMPTION or
    calibrated:, zeros left out, as src/Experiments/Robustness/AssumptionAmounts.cs reads them), so that
    this scan and the robustness table move the same keys."""
    return [(key, float(value)) for key, value, scenarios in amounts_in(path.parent) if path.stem in scenarios.split(",")]


def moved(key: str, value: float) -> str:
    if any(w in key for w in WHOLE) or key.endswith("]"):
        up = int(round(value * 1.2))
        return str(up if up != value else int(value) + 2)
    return repr(value * 1.2)


def run(scenario: Path, seed: int, out: Path, sets: list[str]) -> bool:
    args = WIJKSIM + ["run", str(scenario), "--seed", str(seed), "--no-plots", "--out", str(out)]
    for s in sets:
        args += ["--set", s]
    return subprocess.run(args, capture_output=True).returncode == 0


def main(files: list[Path]) -> None:
    print("file\tkey\tvalue\tmoved to\tweekly.csv")
    with tempfile.TemporaryDirectory() as tmp:
        for file in files:
            for seed in (1, 2, 3):
                run(file, seed, Path(tmp) / f"{file.stem}-{seed}", [])
            for key, value in marked(file):
                to = moved(key, value)
                verdict = "same"
                for seed in (1, 2, 3):
                    out = Path(tmp) / "moved"
                    if not run(file, seed, out, [f"{key}={to}"]):
                        verdict = "refused (out of range)"
                        break
                    if (out / "weekly.csv").read_bytes() != (Path(tmp) / f"{file.stem}-{seed}" / "weekly.csv").read_bytes():
                        verdict = "changes"
                        break
                print(f"{file.name}\t{key}\t{value:g}\t{to}\t{verdict}", flush=True)


if __name__ == "__main__":
    scenarios = ROOT / "src" / "Scenarios" / "scenarios"
    main([Path(a) for a in sys.argv[1:]] or [scenarios / f"{n}.yaml" for n in ("jan-eef", "de-ketel", "voedseltuin", "baseline")])
