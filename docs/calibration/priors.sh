# The priors of the calibrations of docs/model.md §4, shared by run.sh (two alternating steps) and
# onestep.sh (one step): uniform ranges around the earlier hand values. Sourced, not run.
# The coefficients the cases share (src/Model/Parameters; their medians are the code's defaults):
COEFFICIENT_PRIORS=(
  --param 'rules.formalisation.autonomy_loss=0.1:0.8'
  --param 'rules.formalisation.grip_rate=0.003:0.05'
  --param 'rules.participation.fatigue_recovery=0.02:0.08'
  --param 'rules.participation.bias=-3.8:-2.8'
  --param 'rules.participation.social_control_weight=0.5:3'
  # Since the forty-seventh round (docs/model.md §4): the BIZ vote's bias, so that the joint step, whose
  # targets include the renewal's reported yes share, fits the bias rather than the others to it.
  --param 'rules.funding.biz_bias=-4:-1.5'
)
# Each case's own amounts (their medians go into the scenario files):
JAN_EEF_PRIORS=(
  'initiatives[0].fixed_costs_per_year=6000:24000'
  'municipality.agreements[0].subsidy.taper_per_year=0.05:0.4'
  'population.civic_motivation.mean=0.2:0.5'
)
DE_KETEL_PRIORS=(
  'events[0].value=4000:30000'
  'initiatives[0].fixed_costs_per_year=4000:24000'
)
VOEDSELTUIN_PRIORS=(
  'population.civic_motivation.mean=0.1:0.5'
  'initiatives[0].fixed_costs_per_year=6000:30000'
)
# params [SCOPE] PRIOR...: one --param per prior, each scoped to the case SCOPE when given ('' for none).
params() {
  local scope=$1; shift
  for prior in "$@"; do printf -- '--param\n%s\n' "${scope:+$scope:}$prior"; done
}
