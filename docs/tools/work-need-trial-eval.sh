#!/usr/bin/env bash
# The registered criteria of the work-need trial (docs/model.md §6), evaluated at the trial's calibrated
# point (docs/calibration/work-need-trial-point.sh) without changing the code's defaults or the scenario
# files: a copy of the scenario folder gets the trial's case amounts, the rule and the coefficients come
# with --set. Writes docs/work-need-trial/: seeds-1/ and seeds-1000/ (every fact and check at the point,
# criterion a), bias_V/ and bias.md (the bias at its new median -3.33, the ends of its 90% interval -3.48
# and -3.09, and ±10%: criteria c and d), windows.md (the working groups, criterion b; 30 seeds as §5's
# table), ebb.md (why criterion a fails: Jan Eef's active volunteers before and after formalising, with
# and without the scripted Jan Eef days, rule off and at the trial's point). About 6 minutes on 2 cores.
set -euo pipefail
cd "$(dirname "$0")/../.."
dotnet build src/Silo -c Release --nologo -v q
W=(dotnet src/Silo/bin/Release/net10.0/wijksim.dll)
source docs/calibration/work-need-trial-point.sh
out=docs/work-need-trial
# The story checks are read from the stories folder beside the scenario folder, so both are copied.
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
scenarios=$work/scenarios
mkdir "$scenarios"
cp src/Scenarios/scenarios/*.yaml src/Scenarios/scenarios/*.json "$scenarios"/
cp -r src/Scenarios/scenarios/variants "$scenarios"/   # the generic facts' variant files (thirtieth session)
cp -r src/Scenarios/stories "$work/stories"
for amount in "${TRIAL_AMOUNTS[@]}"; do
  IFS='|' read -r file from to <<< "$amount"
  python3 - "$scenarios/$file" "$from" "$to" <<'PY'
import sys
path, old, new = sys.argv[1:]
text = open(path).read()
if text.count(old) != 1:
    sys.exit(f"{path}: expected '{old}' once, found it {text.count(old)} times (main's scenario file changed?)")
open(path, "w").write(text.replace(old, new))
PY
done
# The coefficients without the bias, which the bias points set themselves.
others=()
for ((i = 0; i < ${#TRIAL_COEFFICIENTS[@]}; i += 2)); do
  [[ ${TRIAL_COEFFICIENTS[i+1]} == rules.participation.bias=* ]] || others+=("${TRIAL_COEFFICIENTS[i]}" "${TRIAL_COEFFICIENTS[i+1]}")
done
mkdir -p "$out"
for first in 1 1000; do
  "${W[@]}" robustness --scenarios "$scenarios" "${TRIAL_COEFFICIENTS[@]}" --oat none --seeds 100 --seed $first --no-plots --out "$out/seeds-$first"
done
folders=()
for v in -3.66 -3.48 -3.33 -3.09 -3.00; do
  "${W[@]}" robustness --scenarios "$scenarios" "${others[@]}" --set "rules.participation.bias=$v" --oat none --seeds 100 --no-plots --out "$out/bias_$v"
  folders+=("$out/bias_$v")
done
python3 docs/tools/across-points.py "${folders[@]}" > "$out/bias.md"
sweeps=()
for case in jan-eef de-ketel; do
  "${W[@]}" sweep "$scenarios/$case.yaml" "${others[@]}" --vary 'rules.participation.bias=-3.66,-3.48,-3.33,-3.09,-3.00' \
    --seeds 30 --no-plots --weekly-csv --out "$work/sweep-$case"
  sweeps+=("$work/sweep-$case")
done
python3 docs/tools/working-group-windows.py rules.participation.bias -3.33 "${sweeps[@]}" > "$out/windows.md"
# Jan Eef's ebb as jan-eef.peak-then-decline and jan-eef.peak-without-scripted-days measure it; "without
# the days" deletes Jan Eef's campaign events, as the check's scenario does (FactCatalogue.WithoutCampaigns).
without_days() { mkdir -p "$2"; cp "$1"/*.yaml "$1"/*.json "$2"/; sed -i '/type: campaign, initiative: jan-eef/d' "$2/jan-eef.yaml"; }
without_days src/Scenarios/scenarios "$work/off-nodays"
without_days "$scenarios" "$work/trial-nodays"
"${W[@]}" sweep src/Scenarios/scenarios/jan-eef.yaml --seeds 100 --no-plots --weekly-csv --out "$work/ebb-off-days"
"${W[@]}" sweep "$work/off-nodays/jan-eef.yaml" --seeds 100 --no-plots --weekly-csv --out "$work/ebb-off-nodays"
"${W[@]}" sweep "$scenarios/jan-eef.yaml" "${TRIAL_COEFFICIENTS[@]}" --seeds 100 --no-plots --weekly-csv --out "$work/ebb-trial-days"
"${W[@]}" sweep "$work/trial-nodays/jan-eef.yaml" "${TRIAL_COEFFICIENTS[@]}" --seeds 100 --no-plots --weekly-csv --out "$work/ebb-trial-nodays"
python3 docs/tools/ebb-before-after.py "rule off, with the days=$work/ebb-off-days" "rule off, without the days=$work/ebb-off-nodays" \
  "trial, with the days=$work/ebb-trial-days" "trial, without the days=$work/ebb-trial-nodays" > "$out/ebb.md"
