#!/usr/bin/env bash
# The registered trial of the work-need rule (Rules/WorkNeed.cs; docs/model.md §6, nineteenth and
# twentieth sessions): one pass of run.sh with the rule on (work_need_weight = 1), from the seventh
# calibration's scenario files. The rule is not the default (the trial failed its criterion (a)), so the
# rule and the joint step's medians are given with --set instead of being written into the code; the
# result is what run.sh would give with them as defaults. Seeds 5001-5030, never a validation seed.
# Writes docs/calibration/work-need-trial/{joint,jan-eef,de-ketel,voedseltuin}; about 25 minutes on 2
# cores. The trial's evaluation is docs/tools/work-need-trial-eval.sh.
set -eu
cd "$(dirname "$0")/../.."
dotnet build src/Silo -c Release --nologo -v q
W="dotnet src/Silo/bin/Release/net10.0/wijksim.dll"
source docs/calibration/priors.sh
out=docs/calibration/work-need-trial
RULE=(--set rules.participation.work_need_weight=1)
$W calibrate src/Scenarios/scenarios/jan-eef.yaml --targets src/Scenarios/targets/joint.yaml "${COEFFICIENT_PRIORS[@]}" "${RULE[@]}" \
  --particles 60 --generations 3 --replications 30 --seed 5001 --out $out/joint
# The joint step's posterior medians, rounded as run.sh writes them into the defaults (0.4658, 0.02134,
# 0.06112, -3.326, 1.622 in $out/joint/posterior.md).
source docs/calibration/work-need-trial-point.sh
mapfile -t P < <(params '' "${JAN_EEF_PRIORS[@]}")
$W calibrate src/Scenarios/scenarios/jan-eef.yaml --targets src/Scenarios/targets/jan-eef.yaml "${P[@]}" "${TRIAL_COEFFICIENTS[@]}" \
  --particles 40 --generations 3 --replications 20 --seed 5001 --out $out/jan-eef
mapfile -t P < <(params '' "${DE_KETEL_PRIORS[@]}")
$W calibrate src/Scenarios/scenarios/de-ketel.yaml --targets src/Scenarios/targets/de-ketel.yaml "${P[@]}" "${TRIAL_COEFFICIENTS[@]}" \
  --particles 40 --generations 3 --replications 20 --seed 5001 --out $out/de-ketel
mapfile -t P < <(params '' "${VOEDSELTUIN_PRIORS[@]}")
$W calibrate src/Scenarios/scenarios/voedseltuin.yaml --targets src/Scenarios/targets/voedseltuin.yaml "${P[@]}" "${TRIAL_COEFFICIENTS[@]}" \
  --particles 40 --generations 3 --replications 20 --seed 5001 --out $out/voedseltuin
