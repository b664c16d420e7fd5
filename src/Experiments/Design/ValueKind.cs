namespace WijkSim.Experiments.Design;

/// <summary>What kind of value a scenario key holds, which decides how a sampled number is written:
/// whole numbers are rounded, numbers are written in full, anything else can only be listed.</summary>
public enum ValueKind { WholeNumber, Number, Other }
