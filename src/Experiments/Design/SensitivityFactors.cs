using System.Globalization;
using WijkSim.Model.Config;

namespace WijkSim.Experiments.Design;

/// <summary>What <c>wijksim sensitivity</c> varies when no <c>--factor</c> is given: the municipality's
/// levers (as the workshop page offers them) and the rule parameters the calibration leaned on most.
/// Each moves over a range around the scenario's own value (× 0.5 .. × 1.5 unless a fixed range is
/// more meaningful), clipped to the key's valid range. Keys the scenario does not have (no agreement,
/// no subsidy) are left out.</summary>
public static class SensitivityFactors
{
    /// <param name="Relative">true: Low and High multiply the scenario's value; false: they are the range itself</param>
    private sealed record Candidate(string Key, double Low, double High, bool Relative);

    private static readonly Candidate[] Candidates =
    [
        // Levers of the municipality (first agreement)
        new("municipality.agreements[0].decision_lag_weeks", 0, 26, false),
        new("municipality.agreements[0].subsidy.amount_per_year", 0.5, 1.5, true),
        new("municipality.agreements[0].subsidy.term_years", 1, 4, false),
        new("municipality.alderman_drop_probability", 0, 0.5, false),
        // The initiative's own choices (first initiative)
        new("initiatives[0].transparency", 0.2, 1, false),
        new("initiatives[0].board_steering", 0, 1, false),
        new("initiatives[0].visible_contribution", 0, 1, false),
        new("initiatives[0].fixed_costs_per_year", 0.5, 1.5, true),
        // Residents and rules
        new("population.civic_motivation.mean", 0.5, 1.5, true),
        new("rules.trust.learning_rate", 0.5, 1.5, true),
        new("rules.participation.peer_weight", 0.5, 1.5, true),
        new("rules.participation.fatigue_rate", 0.5, 1.5, true),
        new("rules.free_riding.group_size_threshold", 0.5, 1.5, true),
    ];

    public static IReadOnlyList<Factor> For(ModelConfig config)
    {
        var factors = new List<Factor>();
        foreach (var c in Candidates)
        {
            if (ParameterKeys.ValueOf(config, c.Key) is not { } value) continue;
            double current = Convert.ToDouble(value, CultureInfo.InvariantCulture);
            double lo = c.Relative ? Tidy(current * c.Low) : c.Low, hi = c.Relative ? Tidy(current * c.High) : c.High;
            if (ParameterKeys.RangeOf(c.Key) is var (min, max)) { lo = Math.Max(lo, min); hi = Math.Min(hi, max); }
            if (!(hi > lo)) continue; // a zero value has no relative range
            factors.Add(new Factor(c.Key, null, lo, hi, null, ParameterKeys.KindOf(c.Key)));
        }
        return factors;
    }

    /// <summary>0.35 × 1.5 is 0.5249999999999999 in binary; twelve significant digits give the 0.525 a reader expects.</summary>
    private static double Tidy(double x) => double.Parse(x.ToString("G12", CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
}
