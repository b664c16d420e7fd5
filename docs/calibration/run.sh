#!/usr/bin/env bash
# The three case calibrations behind docs/model.md §4 (seeds 1-20, 40 particles, up to 3
# generations after the prior sample). Each writes posterior.csv, posterior.md, posterior.png,
# calibrated.yaml and manifest.json into docs/calibration/CASE; about 40 minutes on 2 cores.
set -eu
cd "$(dirname "$0")/../.."
dotnet build src/Silo -c Release --nologo -v q
W="dotnet src/Silo/bin/Release/net10.0/wijksim.dll"
$W calibrate src/Scenarios/scenarios/jan-eef.yaml --targets src/Scenarios/targets/jan-eef.yaml \
  --param 'initiatives[0].fixed_costs_per_year=6000:24000' \
  --param 'municipality.agreements[0].subsidy.taper_per_year=0.05:0.4' \
  --param 'population.civic_motivation.mean=0.2:0.5' \
  --particles 40 --generations 3 --replications 20 --out docs/calibration/jan-eef
$W calibrate src/Scenarios/scenarios/de-ketel.yaml --targets src/Scenarios/targets/de-ketel.yaml \
  --param 'events[0].value=4000:30000' \
  --param 'initiatives[0].fixed_costs_per_year=4000:24000' \
  --particles 40 --generations 3 --replications 20 --out docs/calibration/de-ketel
$W calibrate src/Scenarios/scenarios/voedseltuin.yaml --targets src/Scenarios/targets/voedseltuin.yaml \
  --param 'population.civic_motivation.mean=0.1:0.5' \
  --param 'initiatives[0].fixed_costs_per_year=6000:30000' \
  --particles 40 --generations 3 --replications 20 --out docs/calibration/voedseltuin
