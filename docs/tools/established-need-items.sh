#!/usr/bin/env bash
# The twenty-eighth round's criterion (e) and its reported items (docs/model.md §6, the amendment after
# the review), at the trial's calibrated point. Writes into docs/established-need-trial/:
#   ebb.md          criterion (e): Jan Eef's facts with the autonomy loss at 0, rule on and rule off;
#   rule-numbers.md every fact with the rule's own numbers moved (weight, memory, hands per founder
#                   ±10%, and hands per founder 110/9);
#   seeds-21/       every fact on seeds 21-100, which the design's exploration (seeds 1-20) did not see;
#   exposure.md     how many weeks the rule acts and how often it switches, per case; Jan Eef's active
#                   volunteers per year; De Ketel's non-core active volunteers in 2017 and in its
#                   mobilisation (docs/tools/established-need-exposure.py).
# About 7 minutes on 2 cores.
set -euo pipefail
cd "$(dirname "$0")/../.."
source docs/tools/established-need-point.sh
# The point without the rule: a later --set of the same key wins, and at weight 0 the rule is off.
off=("${TRIAL_COEFFICIENTS[@]}" --set rules.participation.work_need_weight=0)
point() { "${W[@]}" robustness --scenarios "$scenarios" --oat none --no-plots "$@"; }
point "${TRIAL_COEFFICIENTS[@]}" --set rules.formalisation.autonomy_loss=0 --facts jan-eef --seeds 100 --out "$out/ebb_rule on"
point "${off[@]}" --set rules.formalisation.autonomy_loss=0 --facts jan-eef --seeds 100 --out "$out/ebb_rule off"
python3 docs/tools/across-points.py "$out/ebb_rule on" "$out/ebb_rule off" > "$out/ebb.md"
folders=()
for setting in work_need_weight=0.9 work_need_weight=1.1 work_need_memory_weeks=12 work_need_memory_weeks=14 \
  team_per_founder=2.302 team_per_founder=2.814 team_per_founder=12.22; do
  point "${TRIAL_COEFFICIENTS[@]}" --set "rules.participation.$setting" --seeds 100 --out "$out/rule_$setting"
  folders+=("$out/rule_$setting")
done
python3 docs/tools/across-points.py "$out/seeds-1" "${folders[@]}" > "$out/rule-numbers.md"
point "${TRIAL_COEFFICIENTS[@]}" --seed 21 --seeds 80 --out "$out/seeds-21"
sweeps=()
for case in jan-eef de-ketel voedseltuin; do
  "${W[@]}" sweep "$scenarios/$case.yaml" "${TRIAL_COEFFICIENTS[@]}" --seeds 100 --no-plots --weekly-csv --out "$work/on-$case"
  "${W[@]}" sweep "$scenarios/$case.yaml" "${off[@]}" --seeds 100 --no-plots --weekly-csv --out "$work/off-$case"
  sweeps+=("$work/on-$case" "$work/off-$case")
done
python3 docs/tools/established-need-exposure.py "${sweeps[@]}" > "$out/exposure.md"
