using System.Security.Cryptography;
using System.Text;

namespace WijkSim.Experiments.Design;

/// <summary>What an experiment runs: every design point (scenario × values) with seeds
/// <c>first_seed .. first_seed + replications − 1</c>. Run r is point r / R, replication r mod R, so a
/// run's number says everything needed to redo it, on any silo, in any order.</summary>
/// <remarks>Every point uses the same seeds (common random numbers): differences between points are
/// then due to the design, not to luck, which makes comparisons sharper at the same cost.</remarks>
public sealed record ExperimentPlan(
    IReadOnlyList<string> Scenarios, IReadOnlyList<Factor> Factors, IReadOnlyList<DesignPoint> Points, int Replications, ulong FirstSeed)
{
    public int RunCount => Points.Count * Replications;
    public DesignPoint PointOf(int run) => Points[run / Replications];
    public int ReplicationOf(int run) => run % Replications;
    public ulong SeedOf(int run) => FirstSeed + (ulong)(run % Replications);

    /// <summary>Every scenario crossed with every vector of values, scenario by scenario.</summary>
    public static ExperimentPlan Cross(IReadOnlyList<string> scenarios, IReadOnlyList<Factor> factors,
        IReadOnlyList<string[]> values, int replications, ulong firstSeed)
    {
        var points = new List<DesignPoint>(scenarios.Count * values.Count);
        for (int s = 0; s < scenarios.Count; s++)
            foreach (var v in values) points.Add(new DesignPoint(points.Count, s, v));
        return new ExperimentPlan(scenarios, factors, points, replications, firstSeed);
    }

    /// <summary>A fingerprint of everything that decides the results: the model's code, each point's full
    /// configuration (as the kernel receives it) and the seeds. Resuming is allowed only into a folder whose
    /// unfinished experiment has the same fingerprint, so a resumed experiment equals a fresh one.</summary>
    public string Fingerprint(IReadOnlyList<string> pointConfigs) => Fingerprint(pointConfigs, WijkSim.Model.Output.ModelBuild.Id);

    /// <summary>The fingerprint as a build of the model with id <paramref name="model"/> would give it.</summary>
    public string Fingerprint(IReadOnlyList<string> pointConfigs, Guid model)
    {
        using var sha = SHA256.Create();
        void Add(string s) { var b = Encoding.UTF8.GetBytes(s + "\n"); sha.TransformBlock(b, 0, b.Length, null, 0); }
        Add($"model={model}");
        Add($"replications={Replications} first_seed={FirstSeed} points={Points.Count}");
        foreach (var config in pointConfigs) Add(config);
        sha.TransformFinalBlock([], 0, 0);
        return Convert.ToHexStringLower(sha.Hash!);
    }
}
