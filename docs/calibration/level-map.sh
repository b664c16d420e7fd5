#!/usr/bin/env bash
# The fifty-third round's level map (docs/model.md §6): Jan Eef's team at seven settings of the civic
# motivation (mean, spread) fixed from docs/calibration/jan-eef-52/posterior.csv, every other amount at
# main's; seeds 5001-5100 (no validation seed). A measurement: no scenario value may come from it.
# Writes facts_POINT.md (Jan Eef's checks) and sw_POINT/ (a sweep with weekly.csv) per point into OUT,
# then prints the table of §6. About 10 minutes on 2 cores.
# Usage: bash docs/calibration/level-map.sh [OUT]   (default /tmp/wijksim-level-map)
cd "$(dirname "$0")/../.."
source docs/calibration/preamble.sh
OUT=${1:-/tmp/wijksim-level-map}
mkdir -p "$OUT"
ORIG=src/Scenarios/scenarios/jan-eef.yaml
grep -q "civic_motivation: { mean: 0.27, sd: 0.2," "$ORIG" || { echo "jan-eef.yaml's motivation is not main's (0.27, 0.2): update the points" >&2; exit 1; }
for point in "main 0.27 0.2" "g0p20 0.3665 0.1985" "g0p27 0.4070 0.1580" "g1p16 0.3458 0.2126" \
             "g2p47 0.3067 0.2248" "g3p5 0.1103 0.2996" "g3p107 0.1011 0.2365"; do
  set -- $point
  # Each point's scenario folder, with the story checks beside it (facts reads ../stories).
  DIR="$OUT/$1"
  rm -rf "$DIR" && mkdir -p "$DIR" && cp -r src/Scenarios/scenarios src/Scenarios/stories "$DIR/"
  sed "s/civic_motivation: { mean: 0.27, sd: 0.2,/civic_motivation: { mean: $2, sd: $3,/" "$ORIG" > "$DIR/scenarios/jan-eef.yaml"
  $W facts --scenarios "$DIR/scenarios" --first-seed 5001 --seeds 100 > "$OUT/facts_$1.md" || true   # exits 1 on the known failures
  $W sweep "$DIR/scenarios/jan-eef.yaml" --seed 5001 --seeds 100 --weekly-csv --no-plots --out "$OUT/sw_$1" > /dev/null
done
python3 docs/tools/level-map.py "$OUT"
