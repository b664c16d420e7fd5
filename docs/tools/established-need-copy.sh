# The twenty-eighth round's trial point as a scenario folder (docs/model.md §6): sourced by
# established-need-eval.sh and established-need-items.sh, not run. trial_scenarios WORK copies the
# scenario and story folders into WORK (the story checks are read from the stories folder beside the
# scenario folder) and writes the trial's case amounts (TRIAL_AMOUNTS of
# docs/calibration/established-need-trial/point.sh) into the copies; the coefficients and the rule come
# with --set (TRIAL_COEFFICIENTS). The scenarios are then in WORK/scenarios.
source docs/calibration/established-need-trial/point.sh
trial_scenarios() {
  local work=$1 amount file kv
  mkdir "$work/scenarios"
  cp src/Scenarios/scenarios/*.yaml src/Scenarios/scenarios/*.json "$work/scenarios"/
  cp -r src/Scenarios/stories "$work/stories"
  for amount in "${TRIAL_AMOUNTS[@]}"; do
    IFS='|' read -r file kv <<< "$amount"
    python3 docs/tools/set-case-amount.py "$work/scenarios/$file" "${kv%%=*}" "${kv#*=}"
  done
}
