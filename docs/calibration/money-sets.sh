#!/usr/bin/env bash
# Jan Eef's money sets of docs/reviews/proposal-money-amounts.md (S at a first levy of 150, 175 and 200 with the
# partner grant that makes the levy a fifth; T, one grant for both phases; R2, proposal-income-mix.md's set A with
# own income per activity delivered) run as written, REPORTED ONLY: none
# is adopted (docs/reviews/measured-money-sets.md says why). It measures the error of the hand replays in
# docs/reviews/addendum-money-under-planned-stop.md. About 6 minutes on 2 cores. Writes into
# docs/calibration/money-sets/: ARM-SEED/robustness.{csv,md} (every Jan Eef fact and story check as written,
# seeds 1-100 and 1000-1099), oat-ARM/ (main, S200, R2: the three money checks under ±10% of twelve money amounts, seeds
# 1-100), sweep-ARM/ (manifest.json and runs.csv of a sweep of each arm, seeds 1-100) and summary.md (the cash at
# the decision, end dates, cash at the end, the income mix of 2012-2014, from those sweeps).
cd "$(dirname "$0")/../.."
source docs/calibration/preamble.sh
OUT=docs/calibration/money-sets
LEVY='events[4].value'; GRANT='municipality.agreements[0].subsidy.amount_per_year'
TAPER='municipality.agreements[0].subsidy.taper_per_year'; TAPERED='events[6].value'
declare -A ARMS=(
  [main]=""
  [S150]="--set $LEVY=150 --set $GRANT=42196"
  [S175]="--set $LEVY=175 --set $GRANT=52631"
  [S200]="--set $LEVY=200 --set $GRANT=63067"
  [T150]="--set $LEVY=150 --set $GRANT=36000 --set $TAPERED=36000 --set $TAPER=0.35"
  # proposal-income-mix.md's set A (reading R2): own income that follows the work, at the grant that makes the
  # municipality a quarter of all means with the staff's unbilled hours counted; the tapering grant starts from it.
  [R2]="--set $LEVY=175 --set $GRANT=25340 --set $TAPERED=25340 --set initiatives[0].revenue_per_activity=6.82"
)
NAMES=(main S150 S175 S200 T150 R2)   # the arms in the order summary.md gives them
KEYS=()
for k in 'events[3].value' "$LEVY" "$TAPERED" 'events[8].value' 'initiatives[0].fixed_costs_per_year' \
  'initiatives[0].revenue_per_supporter_week' 'initiatives[0].cash' "$GRANT" "$TAPER" \
  'municipality.agreements[0].decision_lag_weeks' 'population.shopkeeper_share' 'population.residents'; do
  KEYS+=(--oat-keys "$k")
done
CHECKS=(--facts jan-eef.story.stopped-by-july --facts jan-eef.story.working-in-spring --facts jan-eef.entrepreneurs-pay-a-fifth)
for arm in "${NAMES[@]}"; do
  for first in 1 1000; do
    # shellcheck disable=SC2086 # ARMS holds several options
    $W robustness --facts jan-eef ${ARMS[$arm]} --oat none --seeds 100 --seed $first --no-plots --out $OUT/$arm-$first
  done
  # shellcheck disable=SC2086
  $W sweep src/Scenarios/scenarios/jan-eef.yaml ${ARMS[$arm]} --seed 1 --seeds 100 --weekly-csv --no-plots --out $OUT/sweep-$arm
done
for arm in main S200 R2; do
  # shellcheck disable=SC2086
  $W robustness "${CHECKS[@]}" ${ARMS[$arm]} --oat 0.1 "${KEYS[@]}" --seeds 100 --no-plots --out $OUT/oat-$arm
done
python3 docs/calibration/money-sets.py $OUT "${NAMES[@]}" > $OUT/summary.md
# The weekly rows are large and rebuilt by the sweeps above: keep their manifest.json and runs.csv.
for arm in "${NAMES[@]}"; do rm -f $OUT/sweep-$arm/weekly.csv $OUT/sweep-$arm/weekly.parquet $OUT/sweep-$arm/summary.csv; done
