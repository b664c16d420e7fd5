# The work-need trial's calibrated point (docs/calibration/work-need-trial.sh, docs/model.md §6): the rule
# on, the joint step's medians (rounded as run.sh writes them into the defaults) and each case's medians
# (rounded as run.sh writes them into the scenario files). Sourced, not run.
TRIAL_COEFFICIENTS=(
  --set rules.participation.work_need_weight=1
  --set rules.formalisation.autonomy_loss=0.47
  --set rules.formalisation.grip_rate=0.021
  --set rules.participation.fatigue_recovery=0.061
  --set rules.participation.bias=-3.33
  --set rules.participation.social_control_weight=1.62
)
# Each case's amounts: file, the line's text on main (the seventh calibration), the trial's value.
TRIAL_AMOUNTS=(
  'jan-eef.yaml|civic_motivation: { mean: 0.27,|civic_motivation: { mean: 0.32,'
  'jan-eef.yaml|fixed_costs_per_year: 14700 |fixed_costs_per_year: 17900 '
  'jan-eef.yaml|taper_per_year: 0.24 |taper_per_year: 0.22 '
  'de-ketel.yaml|fixed_costs_per_year: 14000 |fixed_costs_per_year: 14300 '
  'de-ketel.yaml|value: 24400,|value: 23800,'
  'voedseltuin.yaml|civic_motivation: { mean: 0.19,|civic_motivation: { mean: 0.24,'
  'voedseltuin.yaml|fixed_costs_per_year: 15900 |fixed_costs_per_year: 17600 '
)
