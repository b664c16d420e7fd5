#!/usr/bin/env bash
# The participation bias across its calibrated interval and its ±10% (docs/model.md §5, eighteenth
# session): every fact and story check on seeds 1-100 at five values of rules.participation.bias, the
# calibrated median (-3.29), the ends of its 90% credible interval (-3.46, -3.16) and ±10% (-3.62,
# -2.96). About 5 minutes on 2 cores. Writes docs/robustness-bias/bias_V/ and docs/robustness-bias/table.md.
set -euo pipefail
cd "$(dirname "$0")/../.."
wijksim=(dotnet src/Silo/bin/Release/net10.0/wijksim.dll)
out=docs/robustness-bias
folders=()
for v in -3.62 -3.46 -3.29 -3.16 -2.96; do
  "${wijksim[@]}" robustness --set "rules.participation.bias=$v" --oat none --seeds 100 --no-plots --out "$out/bias_$v"
  folders+=("$out/bias_$v")
done
python3 docs/tools/across-points.py "${folders[@]}" > "$out/table.md"
