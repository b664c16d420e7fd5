#!/usr/bin/env python3
"""Write one calibrated case amount into a copy of a case's scenario file, on the one line that writes it.

  python3 docs/tools/set-case-amount.py FILE KEY VALUE

Used by docs/tools/established-need-point.sh to make a folder of the scenarios at a trial's calibrated
point without changing the scenario files in src/. Stops with a message if the key's line is not found
exactly once (the scenario file changed since the script was written)."""
import re
import sys

LINE_OF = {  # the key's text on its line, and the value after it
    "population.civic_motivation.mean": r"(civic_motivation: \{ mean: )([\d.]+)",
    "initiatives[0].fixed_costs_per_year": r"(fixed_costs_per_year: )(\d+)",
    "municipality.agreements[0].subsidy.taper_per_year": r"(taper_per_year: )([\d.]+)",
    "events[0].value": r"(id: debt, .*?value: )(\d+)",
}

if __name__ == "__main__":
    if len(sys.argv) != 4 or sys.argv[2] not in LINE_OF:
        sys.exit(__doc__)
    path, key, value = sys.argv[1:]
    text = open(path).read()
    pattern = re.compile(LINE_OF[key])
    found = len(pattern.findall(text))
    if found != 1:
        sys.exit(f"{path}: expected one line for '{key}', found {found} (the scenario file changed?)")
    open(path, "w").write(pattern.sub(lambda m: m.group(1) + value, text))
