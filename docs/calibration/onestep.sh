#!/usr/bin/env bash
# One calibration of everything docs/calibration/run.sh fits in two alternating steps: the five
# coefficients every case shares and each case's own amounts (scoped with 'case:', docs/experiments.md),
# against the calibration targets of the three cases at once (17 when it ran; 18 since the forty-seventh round's renewal-yes-share) (src/Scenarios/targets/joint.yaml).
# Why: the alternating steps are a coordinate search, and across 8 draws of the joint step's posterior
# (each case's amounts at the medians of its own step) Jan Eef's stories held at only 4 of 8
# (docs/model.md §5). One posterior over all twelve amounts says which combinations meet the targets
# together. Same priors as run.sh; seeds 5001-5030, never a validation seed. Writes
# docs/calibration/onestep/ (resumes it if present: move it aside to start again). About an hour on 2 cores.
set -eu
cd "$(dirname "$0")/../.."
dotnet build src/Silo -c Release --nologo -v q
W="dotnet src/Silo/bin/Release/net10.0/wijksim.dll"
source docs/calibration/priors.sh
mapfile -t P < <(params jan-eef "${JAN_EEF_PRIORS[@]}"; params de-ketel "${DE_KETEL_PRIORS[@]}"; params voedseltuin "${VOEDSELTUIN_PRIORS[@]}")
$W calibrate src/Scenarios/scenarios/jan-eef.yaml --targets src/Scenarios/targets/joint.yaml "${COEFFICIENT_PRIORS[@]}" "${P[@]}" \
  --particles 60 --generations 4 --replications 30 --seed 5001 --out docs/calibration/onestep
