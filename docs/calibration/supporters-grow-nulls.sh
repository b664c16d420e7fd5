#!/usr/bin/env bash
# Added after the sixty-first round's registered run (docs/model.md §6): the restated
# jan-eef.story.supporters-grow under the sixtieth round's eight null models, each at its matched bias b*
# (read again from docs/calibration/null-models/levels.csv), on seeds 1-100 and 1000-1099. Prints
# null,seeds,bias,supporters_grow_share (committed: docs/calibration/vote-nulls/supporters-grow-under-nulls.csv).
# About 11 minutes on 2 cores.
# Usage: bash docs/calibration/supporters-grow-nulls.sh [OUT]   (default /tmp/wijksim-supporters-grow-nulls)
cd "$(dirname "$0")/../.."
source docs/calibration/preamble.sh
OUT=${1:-/tmp/wijksim-supporters-grow-nulls}
echo "null,seeds,bias,supporters_grow_share"
for first in 1 1000; do
  for key in rules.participation.peer_weight rules.participation.trust_weight rules.participation.fun_weight \
      rules.participation.fatigue_weight rules.participation.social_control_weight rules.formalisation.autonomy_loss \
      rules.participation.urgency_weight rules.participation.motivation_weight; do
    name=${key##*.}
    bias=$(python3 docs/tools/null-models.py match docs/calibration/null-models/levels "$name")
    if [ ! -f "$OUT/$first/$name/facts.csv" ]; then
      rc=0
      $W facts --seeds 100 --first-seed "$first" --set "$key=0" --set "rules.participation.bias=$bias" \
        --out "$OUT/$first/$name" > /dev/null 2>&1 || rc=$?
      [ "$rc" -le 1 ] || exit "$rc"
    fi
    share=$(grep '^jan-eef.story.supporters-grow,' "$OUT/$first/$name/facts.csv" | cut -d, -f8)
    echo "$name,$first-$((first + 99)),$bias,$share"
  done
done
