using WijkSim.Model.Config;
using WijkSim.Model.Output;

namespace WijkSim.Scenarios.Facts;

/// <summary>A stylised fact from the seeds that the model must reproduce (model.md, "What right looks like").</summary>
public abstract record Fact(string Id, string Case, string Statement, string Source)
{
    public abstract FactResult Evaluate(Func<string, RunSet> runs);

    /// <summary>A mechanism check or an emergent pattern (see <see cref="FactKind"/>).</summary>
    public FactKind Kind { get; init; } = FactKind.Emergent;

    /// <summary>A calibration target or held out for validation.</summary>
    public FactUse Use { get; init; } = FactUse.Validation;

    /// <summary>Why the model does not reproduce this yet (an open defect, named so that it is seen), or
    /// null. The tests require such a fact to fail, so the mark goes when the model is fixed.</summary>
    public string? KnownToFail { get; init; }

    /// <summary>Why this check, though it may hold, is not evidence for the model (it cannot fail as the
    /// model stands, or an unsourced timer decides it), or null. `facts` prints the reason beside the
    /// verdict and counts such checks apart, so a validation claim does not rest on them.</summary>
    public string? NotEvidence { get; init; }
}

/// <summary>A fact about single runs: it must hold in at least <see cref="Threshold"/> of the seeds.</summary>
public sealed record ShareFact(string Id, string Case, string Statement, string Source, string Scenario, double Threshold,
    Func<RunResult, bool> Holds) : Fact(Id, Case, Statement, Source)
{
    /// <summary>The number each run's verdict is read from (a story check's statistic over its window), or null for
    /// a coded fact whose verdict combines several: `facts --out` writes it beside each seed's verdict, so a
    /// check's margin can be read, not only whether it held.</summary>
    public Func<RunResult, double>? Measure { get; init; }

    public override FactResult Evaluate(Func<string, RunSet> runs)
    {
        var set = runs(Scenario);
        double share = (double)set.Count(Holds) / set.Runs.Length;
        return new FactResult(this, share >= Threshold, $"{share:P0} of {set.Runs.Length} seeds (needs {Threshold:P0})", share);
    }
}

/// <summary>A counterfactual fact: scenario A scores higher than B, one-sided test at p &lt; 0.01
/// (two-proportion z-test for yes/no outcomes, Mann-Whitney for measures).</summary>
public sealed record CompareFact(string Id, string Case, string Statement, string Source, string ScenarioA, string ScenarioB,
    Func<RunResult, double> Measure, bool IsProportion) : Fact(Id, Case, Statement, Source)
{
    public const double Alpha = 0.01;

    public override FactResult Evaluate(Func<string, RunSet> runs)
    {
        var a = runs(ScenarioA).Values(Measure);
        var b = runs(ScenarioB).Values(Measure);
        double p = IsProportion
            ? Statistics.TwoProportionP(a.Count(v => v > 0.5), a.Length, b.Count(v => v > 0.5), b.Length)
            : Statistics.MannWhitneyP(a, b);
        string detail = IsProportion
            ? $"{ScenarioA} {a.Average():P0} vs {ScenarioB} {b.Average():P0}, p = {p:G2}"
            : $"{ScenarioA} mean {a.Average():G3} vs {ScenarioB} mean {b.Average():G3}, p = {p:G2}";
        return new FactResult(this, p < Alpha, detail, p);
    }
}

public sealed record FactResult(Fact Fact, bool Holds, string Detail, double Value);

/// <summary>A named variant of a scenario, for the generic facts that compare two settings.</summary>
public sealed record Variant(string Name, string BaseScenario, Func<ModelConfig, ModelConfig> Change);
