#!/usr/bin/env bash
# The fifty-eighth round's map (docs/model.md §6): the peers' multiplier over the participation bias in the
# three cases. A grid of rules.participation.peer_weight (0, 0.75, 1.5) × rules.participation.bias (-3.62 to
# -2.30 in steps of 0.33), every other amount at main's; seeds 5001-5100 (no validation seed). A measurement:
# no scenario value or coefficient may come from it. Writes one sweep (with weekly.csv) per case into OUT,
# then prints the tables of §6 (committed: docs/calibration/peer-map/, with each sweep's manifest and runs.csv;
# the weekly.csv files, about 300 MB, are not). About 3 minutes on 2 cores.
# Usage: bash docs/calibration/peer-map.sh [OUT]   (default /tmp/wijksim-peer-map)
cd "$(dirname "$0")/../.."
source docs/calibration/preamble.sh
OUT=${1:-/tmp/wijksim-peer-map}
mkdir -p "$OUT"
for case in jan-eef de-ketel voedseltuin; do
  $W sweep "src/Scenarios/scenarios/$case.yaml" --seed 5001 --seeds 100 \
    --vary rules.participation.peer_weight=0,0.75,1.5 \
    --vary rules.participation.bias=-3.62,-3.29,-2.96,-2.63,-2.30 \
    --weekly-csv --no-plots --out "$OUT/$case" > /dev/null
done
python3 docs/tools/peer-map.py "$OUT"
