# The twenty-eighth round's trial point as a scenario folder (docs/model.md §6), shared by
# established-need-eval.sh and established-need-items.sh: sourced, not run, from the repository's root.
# Builds the CLI (W), names the output folder (out), and copies the scenario and story folders (the
# story checks are read from the stories folder beside the scenario folder) into a folder removed on
# exit, with the trial's case amounts (TRIAL_AMOUNTS of docs/calibration/established-need-trial/point.sh)
# written into the copies; the scenarios are then in $scenarios. The coefficients and the rule come
# with --set (TRIAL_COEFFICIENTS).
dotnet build src/Silo -c Release --nologo -v q
W=(dotnet src/Silo/bin/Release/net10.0/wijksim.dll)
out=docs/established-need-trial
source docs/calibration/established-need-trial/point.sh
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
scenarios=$work/scenarios
mkdir "$scenarios" "$out" -p
cp src/Scenarios/scenarios/*.yaml src/Scenarios/scenarios/*.json "$scenarios"/
cp -r src/Scenarios/scenarios/variants "$scenarios"/   # the generic facts' variant files (thirtieth session)
cp -r src/Scenarios/stories "$work/stories"
for amount in "${TRIAL_AMOUNTS[@]}"; do
  IFS='|' read -r file kv <<< "$amount"
  python3 docs/tools/set-case-amount.py "$scenarios/$file" "${kv%%=*}" "${kv#*=}"
done
