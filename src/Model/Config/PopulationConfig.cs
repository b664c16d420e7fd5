using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace WijkSim.Model.Config;

/// <summary>The residents of the neighbourhood and the distributions their traits are drawn from.</summary>
public sealed record PopulationConfig
{
    /// <summary>The largest population the kernel accepts; see <see cref="BytesPerResident"/>.</summary>
    public const int MaxResidents = 5_000_000;

    /// <summary>Memory per resident with one initiative and degree 8 (state, buffers, network, the build's
    /// temporaries): 216 bytes allocated per resident on 300,000 residents, 2026-12-02 (759 before the
    /// network's ties were built in one array instead of a hash set per resident, issue 18); a whole
    /// `run` of 1,000,000 residents peaks at 273 MB of resident memory, runtime included. A test keeps
    /// this within 25% of the measurement (tests/WijkSim.Tests/Kernel/MemoryEstimateTests.cs).</summary>
    public const long BytesPerResident = 216;

    [Description("number of residents in the neighbourhood")]
    [Range(1, MaxResidents)]
    public int Residents { get; init; } = 2000;

    [Description("civic motivation, 0..1: how much a resident wants to contribute to the neighbourhood")]
    public Distribution CivicMotivation { get; init; } = new() { Mean = 0.35, Sd = 0.2, Min = 0, Max = 1 };

    [Description("hours a week a resident could give")]
    public Distribution TimeBudgetHours { get; init; } = new() { Mean = 4, Sd = 3, Min = 0, Max = 40 };

    [Description("sociability, 0..1: how much a resident enjoys doing things with others ('klik', 003)")]
    public Distribution Sociability { get; init; } = new() { Mean = 0.5, Sd = 0.2, Min = 0, Max = 1 };

    [Description("past experience with collaboration, -1 (bad) .. 1 (good); lowers or raises starting trust in initiatives (003 l.80-90)")]
    public Distribution PastCollaboration { get; init; } = new() { Mean = 0.1, Sd = 0.4, Min = -1, Max = 1 };

    [Description("past experience with institutions, -1 (bad) .. 1 (good); lowers or raises starting trust in the municipality (003 l.80-90)")]
    public Distribution PastInstitutions { get; init; } = new() { Mean = -0.1, Sd = 0.4, Min = -1, Max = 1 };

    [Description("share of residents who receive benefits (bijstand) (000, 001)")]
    [Range(0.0, 1.0)]
    public double BenefitsShare { get; init; } = 0.08;

    [Description("share of residents on benefits who wish to become entrepreneurs (000)")]
    [Range(0.0, 1.0)]
    public double EntrepreneurialWishShare { get; init; } = 0.3;

    [Description("share of residents who are shopkeepers or entrepreneurs (BIZ levy payers, Jan Eef)")]
    [Range(0.0, 1.0)]
    public double ShopkeeperShare { get; init; } = 0.03;
}
