using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using WijkSim.Model.Parameters;

namespace WijkSim.Model.Config;

/// <summary>Everything the kernel needs to build and step a world; a scenario file binds onto this.</summary>
public sealed record ModelConfig
{
    [Description("scenario name, used in output folder names")]
    public string Name { get; init; } = "scenario";

    [Description("what the scenario represents and where its numbers come from")]
    public string Description { get; init; } = "";

    [Description("the scenario's name for the workshop audience: {nl: ..., en: ...}")]
    public PlainText? Title { get; init; }

    [Description("the case's story in plain words, shown in the workshop page's explanations: {nl: ..., en: ...}")]
    public PlainText? Story { get; init; }

    [Description("ISO date of week 0")]
    public DateOnly Start { get; init; } = new(2020, 1, 6);

    [Description("horizon in weeks")]
    [Range(1, 5200)]
    public int Weeks { get; init; } = 520;

    [Description("default random seed (the command line's --seed overrides it)")]
    [Range(typeof(long), "0", "9223372036854775807")]
    public long Seed { get; init; } = 1;

    [Description("residents and their traits")]
    public PopulationConfig Population { get; init; } = new();

    [Description("the residents' social network")]
    public NetworkConfig Network { get; init; } = new();

    [Description("the neighbourhood initiatives")]
    public List<InitiativeConfig> Initiatives { get; init; } = [];

    [Description("the municipality's agreements and political calendar")]
    public MunicipalityConfig Municipality { get; init; } = new();

    [Description("funds, company sponsors and crowdfunding")]
    public List<FunderConfig> Funders { get; init; } = [];

    [Description("dated events")]
    public List<EventConfig> Events { get; init; } = [];

    [Description("ids of events of the extended scenario to leave out (for counterfactuals)")]
    public List<string> RemoveEvents { get; init; } = [];

    [Description("events to add to those of the extended scenario (for counterfactuals)")]
    public List<EventConfig> AddEvents { get; init; } = [];

    [Description("rule coefficients")]
    public RuleParameters Rules { get; init; } = new();

    /// <summary>The week (0-based) that contains <paramref name="date"/>.</summary>
    public int WeekOf(DateOnly date) => (date.DayNumber - Start.DayNumber) / 7;

    /// <summary>The first day of week <paramref name="week"/>.</summary>
    public DateOnly DateOf(int week) => Start.AddDays(7 * week);
}
