using WijkSim.Experiments.Results;
using WijkSim.Model.Output;
using WijkSim.Scenarios.Facts;
using WijkSim.Scenarios.Loading;

namespace WijkSim.Experiments.Calibration;

/// <summary>One summary statistic that calibration fits: how it is measured on a point's runs, what was
/// observed (a value or a range), its weight and its source (a seed line or an ASSUMPTION).</summary>
public abstract record CalibrationTarget(string Id, Observation Observation, string Source, SourceLocation At)
{
    /// <summary>The scenarios (files or variants by name) whose runs the statistic reads.</summary>
    public abstract IReadOnlyList<string> Scenarios { get; }

    /// <summary>The statistic over one point's runs of each scenario.</summary>
    public abstract double Evaluate(Func<string, RunSet> runs);

    public abstract string Describe();
}

/// <summary>A stylised fact by id: the share of seeds in which a one-run fact holds, or, for a
/// counterfactual, 1 when its test passes at p &lt; 0.01 and 0 when not.</summary>
public sealed record FactTarget(string Id, Observation Observation, string Source, SourceLocation At, Fact Fact)
    : CalibrationTarget(Id, Observation, Source, At)
{
    public override IReadOnlyList<string> Scenarios => NamedScenarios.Of(Fact);

    public override double Evaluate(Func<string, RunSet> runs)
    {
        var result = Fact.Evaluate(runs);
        return Fact is ShareFact ? result.Value : result.Holds ? 1 : 0;
    }

    public override string Describe() => Fact is ShareFact ? $"share of seeds where '{Fact.Id}' holds" : $"'{Fact.Id}' holds (1) or not (0)";
}

/// <summary>A measure of weekly.csv over a date window of one scenario's runs (the case's initiative,
/// the first): the mean, max, min or change (last week minus first) of a column, averaged over the runs;
/// or the share of runs whose mean in the window is above a threshold.</summary>
public sealed record WeeklyTarget(string Id, Observation Observation, string Source, SourceLocation At, string Scenario, string Column,
    string Statistic, DateOnly From, DateOnly To, double? Above) : CalibrationTarget(Id, Observation, Source, At)
{
    public static readonly string[] Statistics = [.. WeeklyWindow.Statistics, "share"];

    public override IReadOnlyList<string> Scenarios => [Scenario];

    public override double Evaluate(Func<string, RunSet> runs)
    {
        var set = runs(Scenario);
        var window = new WeeklyWindow(Column, From, To);
        if (Statistic == "share")
            return set.Runs.Count(r => window.Values(r) is { Length: > 0 } w && w.Average() > Above!.Value) / (double)set.Runs.Length;
        var values = set.Runs.Select(r => window.Statistic(r, Statistic)).Where(double.IsFinite).ToArray();
        return values.Length == 0 ? double.NaN : values.Average();
    }

    public override string Describe() =>
        Statistic == "share" ? $"share of {Scenario} runs with mean {Column} above {Above} from {From:yyyy-MM-dd} to {To:yyyy-MM-dd}"
        : $"{Statistic} of {Column} in {Scenario} from {From:yyyy-MM-dd} to {To:yyyy-MM-dd}";
}
