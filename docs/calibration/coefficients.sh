#!/usr/bin/env bash
# The three jointly calibrated global coefficients (docs/model.md §4) and the board's seats (an
# ASSUMPTION of the same record, Rules/BoardSeats.cs) moved together, each within ±10% of its value: 8 points of a Latin hypercube, 100 seeds (1-100) per point, every
# fact and story check. `robustness` moves the scenario files' own amounts one at a time
# (docs/robustness.csv); these coefficients live in src/Model/Parameters, so they get this run.
# Writes docs/robustness-coefficients/ (robustness.csv, robustness.md); about 10 minutes on 2 cores.
set -eu
cd "$(dirname "$0")/../.."
dotnet build src/Silo -c Release --nologo -v q
dotnet src/Silo/bin/Release/net10.0/wijksim.dll robustness --oat none --samples 8 --seeds 100 --seed 1 \
  --vary 'rules.formalisation.autonomy_loss=0.612:0.748' \
  --vary 'rules.formalisation.grip_rate=0.0144:0.0176' \
  --vary 'rules.participation.fatigue_recovery=0.0369:0.0451' \
  --vary 'rules.formalisation.board_seats=2.7:3.3' \
  --no-plots --out docs/robustness-coefficients
