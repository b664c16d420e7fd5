#!/usr/bin/env bash
# The calibrations behind docs/model.md §4. Seeds 5001-5020: never the validation seeds (1-100 and
# 1000-1099). Each writes posterior.csv, posterior.md, posterior.png, calibrated.yaml and
# manifest.json into docs/calibration/NAME; about 30 minutes on 2 cores.
#
# Step 1, joint: the global participation coefficients act in every case, so they are fitted to the
# calibration targets of all three cases at once (src/Scenarios/targets/joint.yaml). Their posterior
# medians are the defaults in src/Model/Parameters (AutonomyLoss, GripRate, FatigueRecovery, Bias,
# SocialControlWeight); the other
# coefficients keep the values of docs/model.md §4.
# Step 2, per case: each case's own amounts, against its own targets, with the global coefficients of
# step 1. Their posterior medians are written into the scenario files.
# The sixth calibration ran the two steps twice (joint, cases, joint again from the cases' new amounts,
# cases again): after one pass three targets failed (docs/model.md §4). The first pass's records are in
# docs/calibration/round1/, the second's in docs/calibration/sixth/; its joint step had a fatigue-recovery
# prior of 0.02-0.05 and 40 particles in the first pass, this script has the second pass's settings.
# The seventh (eleventh round of issue 14, after the tapering grant, the board's stable base and the
# drift that does not turn back) is one pass of this script from the sixth's values; its records are
# docs/calibration/NAME. To repeat a pass, move docs/calibration/NAME aside first (calibrate resumes
# an output folder it finds) and update the defaults and scenario files between the two steps.
# work-need-trial.sh is one pass of this script with the work-need rule on (twentieth session, not
# adopted; docs/model.md §6).
set -eu
cd "$(dirname "$0")/../.."
dotnet build src/Silo -c Release --nologo -v q
W="dotnet src/Silo/bin/Release/net10.0/wijksim.dll"
source docs/calibration/priors.sh
$W calibrate src/Scenarios/scenarios/jan-eef.yaml --targets src/Scenarios/targets/joint.yaml "${COEFFICIENT_PRIORS[@]}" \
  --particles 60 --generations 3 --replications 30 --seed 5001 --out docs/calibration/joint
mapfile -t P < <(params '' "${JAN_EEF_PRIORS[@]}")
$W calibrate src/Scenarios/scenarios/jan-eef.yaml --targets src/Scenarios/targets/jan-eef.yaml "${P[@]}" \
  --particles 40 --generations 3 --replications 20 --seed 5001 --out docs/calibration/jan-eef
mapfile -t P < <(params '' "${DE_KETEL_PRIORS[@]}")
$W calibrate src/Scenarios/scenarios/de-ketel.yaml --targets src/Scenarios/targets/de-ketel.yaml "${P[@]}" \
  --particles 40 --generations 3 --replications 20 --seed 5001 --out docs/calibration/de-ketel
mapfile -t P < <(params '' "${VOEDSELTUIN_PRIORS[@]}")
$W calibrate src/Scenarios/scenarios/voedseltuin.yaml --targets src/Scenarios/targets/voedseltuin.yaml "${P[@]}" \
  --particles 40 --generations 3 --replications 20 --seed 5001 --out docs/calibration/voedseltuin
