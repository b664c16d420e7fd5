#!/usr/bin/env bash
# The registered trial of the twenty-eighth round (docs/model.md §6): the work-need rule on (weight 1,
# the twentieth session's ASSUMPTION) in the established phase only (work_need_established_only), and De
# Ketel's civic motivation calibrated with De Ketel's amounts. One pass of run.sh with the rule given
# with --set, so the code's defaults and the scenario files stay the seventh calibration's until the
# trial is adopted. Seeds 5001-5030, never a validation seed. Writes
# docs/calibration/established-need-trial/{joint,jan-eef,de-ketel,voedseltuin} and point.sh (the
# calibrated point, rounded as run.sh's values are written into the code and the scenario files);
# about 30 minutes on 2 cores. The trial's evaluation is docs/tools/established-need-eval.sh.
set -euo pipefail
cd "$(dirname "$0")/../.."
dotnet build src/Silo -c Release --nologo -v q
W="dotnet src/Silo/bin/Release/net10.0/wijksim.dll"
source docs/calibration/priors.sh
out=docs/calibration/established-need-trial
RULE=(--set rules.participation.work_need_weight=1 --set rules.participation.work_need_established_only=true)
$W calibrate src/Scenarios/scenarios/jan-eef.yaml --targets src/Scenarios/targets/joint.yaml "${COEFFICIENT_PRIORS[@]}" "${RULE[@]}" \
  --particles 60 --generations 3 --replications 30 --seed 5001 --out $out/joint
# The joint step's medians, rounded as they are written into the code's defaults (two significant
# figures below 1, two decimals from 1: 0.4658 -> 0.47, -3.3255 -> -3.33).
medians() {
  python3 - "$1" <<'PY'
import math, re, sys
for line in open(sys.argv[1]):
    m = re.match(r"^\s+([\w.\[\]]+): (-?[\d.eE+-]+)$", line)
    if not m:
        continue
    v = float(m.group(2))
    if abs(v) >= 1000:
        r = round(v, 2 - int(math.floor(math.log10(abs(v)))))
        print(f"{m.group(1)}={int(r)}")
    elif abs(v) >= 1:
        print(f"{m.group(1)}={round(v, 2)}")
    else:
        print(f"{m.group(1)}={round(v, 1 - int(math.floor(math.log10(abs(v)))))}")
PY
}
COEFFICIENTS=("${RULE[@]}")
while read -r kv; do COEFFICIENTS+=(--set "$kv"); done < <(medians $out/joint/calibrated.yaml)
DE_KETEL_TRIAL_PRIORS=("${DE_KETEL_PRIORS[@]}" 'population.civic_motivation.mean=0.2:0.5')
mapfile -t P < <(params '' "${JAN_EEF_PRIORS[@]}")
$W calibrate src/Scenarios/scenarios/jan-eef.yaml --targets src/Scenarios/targets/jan-eef.yaml "${P[@]}" "${COEFFICIENTS[@]}" \
  --particles 40 --generations 3 --replications 20 --seed 5001 --out $out/jan-eef
mapfile -t P < <(params '' "${DE_KETEL_TRIAL_PRIORS[@]}")
$W calibrate src/Scenarios/scenarios/de-ketel.yaml --targets src/Scenarios/targets/de-ketel.yaml "${P[@]}" "${COEFFICIENTS[@]}" \
  --particles 40 --generations 3 --replications 20 --seed 5001 --out $out/de-ketel
mapfile -t P < <(params '' "${VOEDSELTUIN_PRIORS[@]}")
$W calibrate src/Scenarios/scenarios/voedseltuin.yaml --targets src/Scenarios/targets/voedseltuin.yaml "${P[@]}" "${COEFFICIENTS[@]}" \
  --particles 40 --generations 3 --replications 20 --seed 5001 --out $out/voedseltuin
# The calibrated point, for the evaluation: the coefficients (--set) and each case's amounts (file|key=value).
{
  echo "# The calibrated point of the twenty-eighth round's trial; written by established-need-trial.sh. Sourced, not run."
  printf 'TRIAL_COEFFICIENTS=(\n'; printf '  %q\n' "${COEFFICIENTS[@]}"; printf ')\n'
  printf 'TRIAL_AMOUNTS=(\n'
  for c in jan-eef de-ketel voedseltuin; do
    while read -r kv; do printf '  %q\n' "$c.yaml|$kv"; done < <(medians $out/$c/calibrated.yaml)
  done
  printf ')\n'
} > $out/point.sh
cat $out/point.sh
