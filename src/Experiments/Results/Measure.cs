namespace WijkSim.Experiments.Results;

/// <summary>An outcome summarised per design point; <see cref="Proportion"/> outcomes (0/1 per run) get a
/// Wilson interval, the others a Student-t interval of the mean.</summary>
public sealed record Measure(string Name, Func<RunRow, double> Of, bool Proportion = false)
{
    /// <summary>The outcomes summary.csv and the plots report, in this order.</summary>
    public static readonly Measure[] All =
    [
        new("survived", r => r.Outcome.Survived ? 1 : 0, Proportion: true),
        new("peak_active", r => r.Outcome.PeakActive),
        new("final_active", r => r.Outcome.FinalActive),
        new("peak_passive", r => r.Outcome.PeakPassive),
        new("mean_free_rider_share", r => r.Outcome.MeanFreeRiderShare),
        new("final_trust", r => r.Outcome.FinalTrust),
        new("final_income_diversity", r => r.Outcome.FinalIncomeDiversity),
        new("final_municipality_trust", r => r.FinalMunicipalityTrust),
        new("final_cash", r => r.FinalCash),
    ];

    /// <summary>The outcomes drawn against each varied parameter (a plot each).</summary>
    public static readonly string[] Plotted = ["survived", "final_active", "mean_free_rider_share", "final_trust"];

    public static Measure Named(string name) => All.First(m => m.Name == name);
}
