#!/usr/bin/env bash
# Jan Eef's facts at each particle of the joint calibration's last generation (60 particles), 100 seeds each,
# about 16 minutes on 2 cores; then python3 docs/calibration/posterior-particles.py > docs/robustness-posterior/particles.md
# (docs/model.md §5, twenty-fifth session). Outputs in $OUT (default /tmp/wijksim-particles).
set -euo pipefail
cd "$(dirname "$0")/../.."
out_root=${OUT:-/tmp/wijksim-particles}
W=(dotnet src/Silo/bin/Release/net10.0/wijksim.dll)
awk -F, 'NR>1 && $1==3 {print $3","$4","$6","$7","$8","$9","$10}' docs/calibration/joint/posterior.csv | while IFS=, read -r p w al gr fr b sc; do
  out="$out_root/p$p"
  [ -f "$out/robustness.md" ] && continue
  "${W[@]}" robustness --facts jan-eef --oat none --seeds 100 --no-plots --out "$out" \
    --set rules.formalisation.autonomy_loss=$al --set rules.formalisation.grip_rate=$gr \
    --set rules.participation.fatigue_recovery=$fr --set rules.participation.bias=$b \
    --set rules.participation.social_control_weight=$sc > /dev/null 2>&1
  echo "$p $w $al $gr $fr $b $sc"
done
