using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace WijkSim.Model.Parameters;

/// <summary>Coefficients of Rules/Formalisation.cs (mechanism 6; Jan Eef, 002 l.2236-2272).</summary>
public sealed record FormalisationParameters
{
    [Description("share of the gap to the target formalisation closed each week")]
    [Range(0.0, 1.0)] public double Rate { get; init; } = 0.03;
    [Description("share of the gap between the board's grip and formalisation x board steering closed each week (the board steers more and more)")]
    [Range(0.0, 1.0)] public double GripRate { get; init; } = 0.026;
    [Description("autonomy lost at full formalisation and full board steering")]
    [Range(0.0, 1.0)] public double AutonomyLoss { get; init; } = 0.58;
    [Description("extra output per volunteer hour at full formalisation (capacity)")]
    [Range(0.0, 10.0)] public double CapacityGain { get; init; } = 0.8;
    [Description("extra fixed costs per year at full formalisation (paid staff), in euros")]
    [Range(0.0, 1e9)] public double StaffCostsPerYear { get; init; } = 30000;
    // ASSUMPTION: the seeds name a board (002 l.2263-2264) but not its size; three is the usual chair,
    // secretary and treasurer of a Dutch association, and one fewer than Jan Eef's four initiators (l.2201).
    [Description("seats on a formal initiative's board: while the core is no larger, its members keep their seats until they would stop working (Rules/BoardSeats.cs)")]
    [Range(0.0, 1000.0)] public double BoardSeats { get; init; } = 3;
    [Description("how much full formalisation lowers the chance of falling back a phase (continuity)")]
    [Range(0.0, 1.0)] public double Continuity { get; init; } = 0.6;
}
