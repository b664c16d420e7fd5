#!/usr/bin/env bash
# The forty-seventh round's calibration (docs/model.md §4 and §6): the BIZ vote's bias
# (rules.funding.biz_bias) against Jan Eef's targets, among them the renewal's yes share, its mean over
# the runs fitted to the reported 35% of the shopkeepers (Het Parool, March 2017), at the reported renewal
# price (175, jan-eef.yaml). Jan Eef's
# amounts as they are; the settings of Jan Eef's step of run.sh (40 particles, at most 3 generations,
# 20 replications, seeds 5001-5020, never a validation seed). Its posterior median, rounded to two
# decimals, is the code's default (FundingParameters.BizBias). About 4 minutes on 2 cores.
set -euo pipefail
cd "$(dirname "$0")/../.."
dotnet build src/Silo -c Release --nologo -v q
W="dotnet src/Silo/bin/Release/net10.0/wijksim.dll"
rm -rf docs/calibration/biz-renewal
$W calibrate src/Scenarios/scenarios/jan-eef.yaml --targets src/Scenarios/targets/jan-eef.yaml \
  --param 'rules.funding.biz_bias=-4:-1.5' --particles 40 --generations 3 --replications 20 --seed 5001 \
  --out docs/calibration/biz-renewal
