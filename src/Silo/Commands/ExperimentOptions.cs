using System.CommandLine;
using WijkSim.Silo.Cluster;

namespace WijkSim.Silo.Commands;

/// <summary>The options every experiment command takes (sweep, sensitivity), declared once.</summary>
public sealed class ExperimentOptions
{
    private readonly Option<int> _replications = new("--replications", "--seeds") { Description = "runs per design point (seeds per point), with seeds seed, seed+1, ...", DefaultValueFactory = _ => 10 };
    private readonly Option<long> _seed = new("--seed") { Description = "first seed of the replications (and the seed of a sampled design)", DefaultValueFactory = _ => 1 };
    private readonly Option<int?> _weeks = new("--weeks") { Description = "weeks per run (default: each scenario's horizon)" };
    private readonly Option<string?> _output = new("--out") { Description = "output folder; the same command on the same folder resumes an interrupted experiment" };
    private readonly Option<int?> _parallel = new("--parallel") { Description = "kernel runs at once per silo (default: one per core)" };
    private readonly Option<string[]> _settings = new("--set")
    {
        Description = "override a scenario key in every scenario, e.g. --set population.residents=1000 (repeatable)",
        DefaultValueFactory = _ => [],
    };
    private readonly Option<bool> _noPlots = new("--no-plots") { Description = "skip the PNG plots" };
    private readonly ClusterCliOptions _cluster = new(required: false);

    public void AddTo(Command command)
    {
        foreach (var option in new Option[] { _replications, _seed, _weeks, _output, _parallel, _settings, _noPlots }) command.Options.Add(option);
        _cluster.AddTo(command);
    }

    public ExperimentSettings Read(ParseResult parse)
    {
        long seed = parse.GetValue(_seed);
        if (seed < 0) throw new UsageError("--seed", $"expected a whole number of at least 0, found {seed}");
        return new ExperimentSettings(parse.GetValue(_replications), (ulong)seed, parse.GetValue(_weeks), parse.GetValue(_output),
            parse.GetValue(_parallel), parse.GetValue(_settings) ?? [], parse.GetValue(_noPlots), _cluster.Read(parse));
    }
}

/// <summary>The values of <see cref="ExperimentOptions"/> for one invocation.</summary>
/// <param name="Cluster">a running cluster to use (--cluster), or null for an embedded silo</param>
public sealed record ExperimentSettings(int Replications, ulong Seed, int? Weeks, string? Output, int? Parallel, string[] Settings, bool NoPlots,
    ClusterChoice? Cluster);
