#!/usr/bin/env bash
# Added after the sixtieth round's registered run (review r60, finding 2): is a null's rejection its mechanism's or
# its level's? The two nulls whose rejections go the same way as their level offset (the peers' term and social
# control) run again with the bias 0.2 below and above their matched b*, seeds 1-100; a rejection that survives
# the lower bias (fewer volunteers) is not the level's. Needs null-models.sh's OUT (its level sweeps and main's
# facts). About 3 minutes on 2 cores.
# Usage: bash docs/calibration/null-models-shift.sh [OUT]   (default /tmp/wijksim-null-models)
cd "$(dirname "$0")/../.."
source docs/calibration/preamble.sh
OUT=${1:-/tmp/wijksim-null-models}
for null in rules.participation.peer_weight=0 rules.participation.social_control_weight=0; do
  name=${null%%=*}; name=${name##*.}
  matched=$(python3 docs/tools/null-models.py match "$OUT/levels" "$name")
  for shift in -0.2 0.2; do
    bias=$(python3 -c "print(f'{$matched + $shift:.2f}')")
    [ -f "$OUT/facts-shift/$name$shift/facts.csv" ] && continue
    rc=0
    $W facts --seeds 100 --set "$null" --set "rules.participation.bias=$bias" --out "$OUT/facts-shift/$name$shift" > /dev/null || rc=$?
    [ "$rc" -le 1 ] || exit "$rc"
  done
done
python3 docs/tools/null-models.py table "$OUT" facts-shift
