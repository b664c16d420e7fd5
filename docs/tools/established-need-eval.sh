#!/usr/bin/env bash
# The registered criteria of the twenty-eighth round's trial (docs/model.md §6), evaluated at its
# calibrated point (docs/calibration/established-need-trial/point.sh) without changing the code's
# defaults or the scenario files: a copy of the scenario folder gets the trial's case amounts, the rule
# and the coefficients come with --set. Writes docs/established-need-trial/:
#   seeds-1/, seeds-1000/  every fact and check at the point (criterion a), 100 seeds each;
#   bias_V/, bias.md       the participation bias at the new median ±10% (reported);
# and, with the argument "robustness", robustness/: the whole one-at-a-time table at the point
# (criterion b; about 65 minutes). Without it, about 8 minutes on 2 cores.
set -euo pipefail
cd "$(dirname "$0")/../.."
dotnet build src/Silo -c Release --nologo -v q
W=(dotnet src/Silo/bin/Release/net10.0/wijksim.dll)
source docs/calibration/established-need-trial/point.sh
out=docs/established-need-trial
# The story checks are read from the stories folder beside the scenario folder, so both are copied.
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
scenarios=$work/scenarios
mkdir "$scenarios"
cp src/Scenarios/scenarios/*.yaml src/Scenarios/scenarios/*.json "$scenarios"/
cp -r src/Scenarios/stories "$work/stories"
# Each case amount replaces the value on the one line of the case's file that writes it.
for amount in "${TRIAL_AMOUNTS[@]}"; do
  IFS='|' read -r file kv <<< "$amount"
  python3 - "$scenarios/$file" "${kv%%=*}" "${kv#*=}" <<'PY'
import re, sys
path, key, value = sys.argv[1:]
line_of = {  # the key's text on its line, and the value's pattern after it
    "population.civic_motivation.mean": r"(civic_motivation: \{ mean: )([\d.]+)",
    "initiatives[0].fixed_costs_per_year": r"(fixed_costs_per_year: )(\d+)",
    "municipality.agreements[0].subsidy.taper_per_year": r"(taper_per_year: )([\d.]+)",
    "events[0].value": r"(id: debt, .*?value: )(\d+)",
}
text = open(path).read()
pattern = re.compile(line_of[key])
if len(pattern.findall(text)) != 1:
    sys.exit(f"{path}: expected one line for '{key}', found {len(pattern.findall(text))} (main's scenario file changed?)")
open(path, "w").write(pattern.sub(lambda m: m.group(1) + value, text))
PY
done
others=()
for ((i = 0; i < ${#TRIAL_COEFFICIENTS[@]}; i += 2)); do
  [[ ${TRIAL_COEFFICIENTS[i+1]} == rules.participation.bias=* ]] || others+=("${TRIAL_COEFFICIENTS[i]}" "${TRIAL_COEFFICIENTS[i+1]}")
  [[ ${TRIAL_COEFFICIENTS[i+1]} == rules.participation.bias=* ]] && bias=${TRIAL_COEFFICIENTS[i+1]#*=}
done
mkdir -p "$out"
for first in 1 1000; do
  "${W[@]}" robustness --scenarios "$scenarios" "${TRIAL_COEFFICIENTS[@]}" --oat none --seeds 100 --seed $first --no-plots --out "$out/seeds-$first"
done
folders=()
for v in $(python3 -c "b=$bias; print(round(b*1.1,2), b, round(b*0.9,2))"); do
  "${W[@]}" robustness --scenarios "$scenarios" "${others[@]}" --set "rules.participation.bias=$v" --oat none --seeds 100 --no-plots --out "$out/bias_$v"
  folders+=("$out/bias_$v")
done
python3 docs/tools/across-points.py "${folders[@]}" > "$out/bias.md"
if [[ "${1:-}" == robustness ]]; then
  "${W[@]}" robustness --scenarios "$scenarios" "${TRIAL_COEFFICIENTS[@]}" --seeds 100 --no-plots --out "$out/robustness"
fi
