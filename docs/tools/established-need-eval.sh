#!/usr/bin/env bash
# The registered criteria of the twenty-eighth round's trial (docs/model.md §6), evaluated at its
# calibrated point (docs/calibration/established-need-trial/point.sh) without changing the code's
# defaults or the scenario files: a copy of the scenario folder gets the trial's case amounts, the rule
# and the coefficients come with --set. Writes docs/established-need-trial/:
#   seeds-1/, seeds-1000/  every fact and check at the point (criterion a), 100 seeds each;
#   bias_V/, bias.md       the participation bias at the new median ±10% (reported);
# and, with the argument "robustness", robustness/: the whole one-at-a-time table at the point
# (criterion b; about 65 minutes). Without it, about 4 minutes on 2 cores.
set -euo pipefail
cd "$(dirname "$0")/../.."
source docs/tools/established-need-point.sh
# The bias's median; a later --set of the same key wins, so the points below override it.
bias=$(printf '%s\n' "${TRIAL_COEFFICIENTS[@]}" | sed -n 's/^rules.participation.bias=//p')
for first in 1 1000; do
  "${W[@]}" robustness --scenarios "$scenarios" "${TRIAL_COEFFICIENTS[@]}" --oat none --seeds 100 --seed $first --no-plots --out "$out/seeds-$first"
done
folders=()
for v in $(python3 -c "b=$bias; print(round(b*1.1,2), b, round(b*0.9,2))"); do
  "${W[@]}" robustness --scenarios "$scenarios" "${TRIAL_COEFFICIENTS[@]}" --set "rules.participation.bias=$v" --oat none --seeds 100 --no-plots --out "$out/bias_$v"
  folders+=("$out/bias_$v")
done
python3 docs/tools/across-points.py "${folders[@]}" > "$out/bias.md"
if [[ "${1:-}" == robustness ]]; then
  "${W[@]}" robustness --scenarios "$scenarios" "${TRIAL_COEFFICIENTS[@]}" --seeds 100 --no-plots --out "$out/robustness"
fi
