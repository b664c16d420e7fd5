namespace WijkSim.Grains.Contracts;

/// <summary>A facilitator's request to change a lever; names as in scenario files
/// (lever: stance, subsidy, decision_lag, election, group_split, intermediary, recognition).</summary>
[GenerateSerializer, Immutable]
public sealed record LeverChange(
    [property: Id(0)] string Lever,
    [property: Id(1)] string? Initiative,
    [property: Id(2)] double? Value,
    [property: Id(3)] string? Stance,
    [property: Id(4)] string? Schedule,
    [property: Id(5)] string By);

/// <summary>An accepted lever change and the week it applies (its first week of effect).</summary>
[GenerateSerializer, Immutable]
public sealed record LeverRecord(
    [property: Id(0)] int Week,
    [property: Id(1)] string Date,
    [property: Id(2)] LeverChange Change);

/// <summary>The answer to a lever change: the record, or the field and reason it was refused (in English,
/// and as a code with its values for the page to translate, <see cref="WijkSim.Scenarios.LeverError"/>).</summary>
[GenerateSerializer, Immutable]
public sealed record LeverOutcome(
    [property: Id(0)] LeverRecord? Accepted,
    [property: Id(1)] string? Field,
    [property: Id(2)] string? Error,
    [property: Id(3)] string? Code = null,
    [property: Id(4)] Dictionary<string, string>? Args = null);
