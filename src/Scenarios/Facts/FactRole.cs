namespace WijkSim.Scenarios.Facts;

/// <summary>What a fact can show. A mechanism check reads back a rule that is coded (e.g. a scripted
/// campaign raising passive support): it shows the code does what it says, not that the model is valid.
/// An emergent pattern follows from several rules interacting and could have come out otherwise; only
/// those can support a validation claim.</summary>
public enum FactKind { Emergent, Mechanism }

/// <summary>Whether calibration may look at a fact (a target) or it is held out to validate the
/// calibrated model. The split is fixed before calibrating (docs/model.md §5).</summary>
public enum FactUse { Validation, Calibration }
