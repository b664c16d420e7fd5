#!/usr/bin/env bash
# One fact or story check under the sixtieth round's eight null models (docs/model.md §6), each at its matched bias
# b* (read again from docs/calibration/null-models/levels.csv), on seeds 1-100 and 1000-1099, beside main's share.
# Prints null,seeds,bias,share (main's rows first, with its own bias). Used in the sixty-first round for the restated
# jan-eef.story.supporters-grow (committed: docs/calibration/vote-nulls/supporters-grow-under-nulls.csv, written
# before main's rows were added) and in the sixty-second for jan-eef.story.network-holds-between-days. Each null's
# facts folder is kept in OUT, so a second check reuses the runs. About 12 minutes on 2 cores.
# Usage: bash docs/calibration/check-under-nulls.sh CHECK_ID [OUT]   (default OUT /tmp/wijksim-check-under-nulls)
cd "$(dirname "$0")/../.."
source docs/calibration/preamble.sh
CHECK=$1
OUT=${2:-/tmp/wijksim-check-under-nulls}
share() {  # FOLDER: the check's share of seeds in that facts run
  local row
  row=$(grep "^$CHECK," "$1/facts.csv") || { echo "no check $CHECK in $1/facts.csv" >&2; exit 2; }
  echo "$row" | cut -d, -f8
}
echo "null,seeds,bias,share"
for first in 1 1000; do
  run_facts "$OUT/$first/main" "$first"
  echo "main,$first-$((first + 99)),calibrated,$(share "$OUT/$first/main")"
done
for first in 1 1000; do
  for key in rules.participation.peer_weight rules.participation.trust_weight rules.participation.fun_weight \
      rules.participation.fatigue_weight rules.participation.social_control_weight rules.formalisation.autonomy_loss \
      rules.participation.urgency_weight rules.participation.motivation_weight; do
    name=${key##*.}
    bias=$(python3 docs/tools/null-models.py match docs/calibration/null-models/levels "$name")
    run_facts "$OUT/$first/$name" "$first" --set "$key=0" --set "rules.participation.bias=$bias"
    echo "$name,$first-$((first + 99)),$bias,$(share "$OUT/$first/$name")"
  done
done
