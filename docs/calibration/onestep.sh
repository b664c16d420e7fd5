#!/usr/bin/env bash
# One calibration of everything docs/calibration/run.sh fits in two alternating steps: the five
# coefficients every case shares and each case's own amounts (scoped with 'case:', docs/experiments.md),
# against the 17 calibration targets of the three cases at once (src/Scenarios/targets/joint.yaml).
# Why: the alternating steps are a coordinate search, and across 8 draws of the joint step's posterior
# (each case's amounts at the medians of its own step) Jan Eef's stories held at only 4 of 8
# (docs/model.md §5). One posterior over all twelve amounts says which combinations meet the targets
# together. Same priors as run.sh; seeds 5001-5030, never a validation seed. Writes
# docs/calibration/onestep/ (resumes it if present: move it aside to start again). About an hour on 2 cores.
set -eu
cd "$(dirname "$0")/../.."
dotnet build src/Silo -c Release --nologo -v q
W="dotnet src/Silo/bin/Release/net10.0/wijksim.dll"
$W calibrate src/Scenarios/scenarios/jan-eef.yaml --targets src/Scenarios/targets/joint.yaml \
  --param 'rules.formalisation.autonomy_loss=0.1:0.8' \
  --param 'rules.formalisation.grip_rate=0.003:0.05' \
  --param 'rules.participation.fatigue_recovery=0.02:0.08' \
  --param 'rules.participation.bias=-3.8:-2.8' \
  --param 'rules.participation.social_control_weight=0.5:3' \
  --param 'jan-eef:initiatives[0].fixed_costs_per_year=6000:24000' \
  --param 'jan-eef:municipality.agreements[0].subsidy.taper_per_year=0.05:0.4' \
  --param 'jan-eef:population.civic_motivation.mean=0.2:0.5' \
  --param 'de-ketel:events[0].value=4000:30000' \
  --param 'de-ketel:initiatives[0].fixed_costs_per_year=4000:24000' \
  --param 'voedseltuin:population.civic_motivation.mean=0.1:0.5' \
  --param 'voedseltuin:initiatives[0].fixed_costs_per_year=6000:30000' \
  --particles 60 --generations 4 --replications 30 --seed 5001 --out docs/calibration/onestep
