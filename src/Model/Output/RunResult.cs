using WijkSim.Model.Config;

namespace WijkSim.Model.Output;

/// <summary>Everything one run produced: the weekly rows (week-major, then initiative) and per-run outcomes.</summary>
public sealed class RunResult(ModelConfig config, ulong seed, WeeklyRecord[] records, int weeks, IReadOnlyList<InitiativeOutcome> outcomes)
{
    public ModelConfig Config { get; } = config;
    public ulong Seed { get; } = seed;
    public WeeklyRecord[] Records { get; } = records;
    public int Weeks { get; } = weeks;
    public IReadOnlyList<InitiativeOutcome> Outcomes { get; } = outcomes;

    /// <summary>The rows of one initiative, in week order.</summary>
    public IEnumerable<WeeklyRecord> Of(int initiative) => Records.Where(r => r.Initiative == initiative);
}

/// <summary>Per-run outcome of one initiative (model.md, Per run: survival).</summary>
public sealed record InitiativeOutcome(
    string Id, bool Survived, int? EndedWeek, int PeakActive, int PeakActiveWeek, int FinalActive,
    int PeakPassive, double FinalTrust, double FinalIncomeDiversity, double MeanFreeRiderShare,
    int BizVotes, int BizYes);
