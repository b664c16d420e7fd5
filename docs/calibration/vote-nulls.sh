#!/usr/bin/env bash
# The sixty-first round (docs/model.md §6): can a vote rule without the first vote's advantages fail
# jan-eef.story.levy-flows-in-first-biz? Two nulls, V1 without the canvass term and V2 without the canvass and
# urgency terms; each refits the BIZ vote's bias to the calibration target renewal-yes-share (0.35, on seeds
# 5001-5020, no validation seed) from calibrate's prior sample, then runs every fact and story check with
# `facts --set NULL --set biz_bias=b† --out` on seeds 1-100 and 1000-1099, beside main's. A measurement: no scenario
# value or coefficient may come from it. Writes OUT/fit/NULL (calibrate's sample, the check sweep at b†),
# OUT/facts/NAME and OUT/facts-1000/NAME, and prints the tables (committed: docs/calibration/vote-nulls/, with
# facts-by-seed.csv gzipped). About 8 minutes on 2 cores.
# Usage: bash docs/calibration/vote-nulls.sh [OUT]   (default /tmp/wijksim-vote-nulls)
cd "$(dirname "$0")/../.."
source docs/calibration/preamble.sh
OUT=${1:-/tmp/wijksim-vote-nulls}
TARGET=$OUT/renewal-yes-share.yaml
mkdir -p "$OUT/fit" "$OUT/facts" "$OUT/facts-1000"
# The target renewal-yes-share alone, as src/Scenarios/targets/jan-eef.yaml states it.
cat > "$TARGET" <<'YAML'
targets:
  - id: renewal-yes-share
    measure: biz_yes_share
    stat: mean
    from: 2017-02-13
    to: 2017-02-13
    observed: [0.325, 0.375]
    source: "002 l.2272-2277; ASSUMPTION: the share from Het Parool, March 2017 (35 procent van de ondernemers stemde voor)"
YAML
declare -A NULLS=(
  [no-canvass]="--set rules.funding.biz_campaign_weight=0"
  [no-canvass-no-urgency]="--set rules.funding.biz_campaign_weight=0 --set rules.funding.biz_urgency_weight=0"
)
run_facts "$OUT/facts/main" 1
run_facts "$OUT/facts-1000/main" 1000
for name in no-canvass no-canvass-no-urgency; do
  read -ra set_null <<< "${NULLS[$name]}"
  if [ ! -f "$OUT/fit/$name/posterior.csv" ]; then
    $W calibrate src/Scenarios/scenarios/jan-eef.yaml --targets "$TARGET" "${set_null[@]}" \
      --param rules.funding.biz_bias=-3.2:-1.2 --particles 40 --generations 0 --seed 5001 --seeds 20 --no-plots \
      --out "$OUT/fit/$name" > /dev/null
  fi
  bias=$(python3 docs/tools/vote-nulls.py fit "$OUT/fit/$name/posterior.csv")
  echo "$name: b† = $bias" >&2
  if [ ! -f "$OUT/fit/$name/check/manifest.json" ]; then
    $W sweep src/Scenarios/scenarios/jan-eef.yaml "${set_null[@]}" --vary "rules.funding.biz_bias=$bias" --seed 5001 \
      --seeds 20 --weeks 340 --weekly-csv --no-plots --out "$OUT/fit/$name/check" > /dev/null
  fi
  echo "$name: $(python3 docs/tools/vote-nulls.py alive "$OUT/fit/$name/check" 2017-02-13) (seeds 5001-5020, at b†)" >&2
  run_facts "$OUT/facts/$name" 1 "${set_null[@]}" --set "rules.funding.biz_bias=$bias"
  run_facts "$OUT/facts-1000/$name" 1000 "${set_null[@]}" --set "rules.funding.biz_bias=$bias"
done
python3 docs/tools/null-models.py table "$OUT"
python3 docs/tools/null-models.py table "$OUT" facts-1000
