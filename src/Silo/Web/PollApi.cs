using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using WijkSim.Grains.Contracts;
using WijkSim.Model.Config;
using WijkSim.Scenarios;
using WijkSim.Silo.Output;
using static WijkSim.Silo.Web.ApiAnswers;

namespace WijkSim.Silo.Web;

/// <summary>The HTTP API of the room's polls (<see cref="WorkshopPolls"/>): the facilitator opens and
/// closes, everyone answers. A poll's choices are checked as lever changes when it opens, so applying
/// one cannot fail on its values.</summary>
public static partial class PollApi
{
    public sealed record ChoiceRequest(double? Value, string? Stance, string? Schedule);
    /// <param name="Choices">the values to choose from; stance and room_vote polls have theirs built in</param>
    public sealed record OpenRequest(string? Lever, string? Initiative, string? Run, List<ChoiceRequest>? Choices);
    public sealed record AnswerRequest(int? Poll, int? Choice, string? Voter);
    public sealed record CloseRequest(bool? Apply);

    private const int MaxChoices = 6;

    [GeneratedRegex("^[A-Za-z0-9_-]{1,40}$")]
    private static partial Regex VoterId();

    public static void Map(WebApplication app, IGrainFactory grains, WorkshopState workshop, FacilitatorAccess facilitator)
    {

        facilitator.Require(app.MapPost("/api/polls", async (OpenRequest? body) =>
        {
            if (body?.Lever is not { } lever || !LeverValidator.Levers.ContainsKey(lever))
                return Bad("lever", $"expected one of the levers: {string.Join(", ", LeverValidator.Levers.Keys)}");
            if (body.Run == "fork" && workshop.Fork is null) return Bad("run", "there is no comparison run: fork the session first");
            var session = body.Run == "fork" ? workshop.Fork! : workshop.Main;
            var choices = Choices(lever, body.Choices);
            if (choices.Count is < 2 or > MaxChoices) return Bad("choices", $"expected 2 to {MaxChoices} choices, found {choices.Count}");
            int week = (await workshop.Clock(session).GetState()).Week;
            for (int i = 0; i < choices.Count; i++)
            {
                var c = choices[i];
                try { LeverValidator.ToEvent(session.Config, week, lever, body.Initiative, c.Value, c.Stance, c.Schedule, "room"); }
                catch (LeverError e) { return Bad(e, e.Field == "value" ? $"choices[{i}]" : null); }
            }
            var poll = workshop.Polls.Open(session.Id, body.Run == "fork" ? "fork" : "main", lever, body.Initiative, choices, week);
            return Ok(poll);
        }));

        app.MapPost("/api/polls/answer", (AnswerRequest? body) =>
        {
            if (body?.Voter is not { } voter || !VoterId().IsMatch(voter))
                return Bad("voter", "expected the page's viewer id: 1 to 40 letters, digits, '-' or '_'");
            try
            {
                workshop.Polls.Answer(body.Poll ?? -1, voter, body.Choice ?? -1);
                return Ok(new { answered = body.Choice });
            }
            catch (PollError e)
            {
                return Bad(e.Field, e.Message, e.Field == "poll" ? "poll_not_open" : "bad_choice");
            }
        });

        facilitator.Require(app.MapPost("/api/polls/close", async (CloseRequest? body) =>
        {
            if (workshop.Polls.Close() is not { } closed) return Bad("poll", "no poll is open", "no_poll_open");
            if (body?.Apply != true) return Ok(new { closed.Poll, closed.Tally });
            var poll = closed.Poll;
            var change = Change(poll, closed.Tally);
            if (change is null) return Bad("apply", "nobody answered: there is nothing to apply", "nobody_answered");
            var session = poll.Run == "fork" && workshop.Fork is { } fork ? fork : workshop.Main;
            if (session.Id != poll.Session) return Bad("apply", "the session this poll was asked in has been replaced", "session_replaced");
            var outcome = await grains.GetGrain<IMunicipalityGrain>(session.Id).ChangeLever(change);
            if (outcome.Accepted is not { } accepted) return Bad(outcome.Field ?? "lever", outcome.Error ?? "refused", outcome.Code, outcome.Args);
            workshop.Polls.Applied(poll.Id, accepted);
            return Ok(new { closed.Poll, closed.Tally, Applied = accepted });
        }));
    }

    /// <summary>The choices of a poll on a lever: both stances, yes and no for the room's BIZ vote (its value
    /// is worked out from the tally), or the facilitator's values.</summary>
    private static List<WorkshopPolls.Choice> Choices(string lever, List<ChoiceRequest>? asked) => lever switch
    {
        "stance" => [new("partner", null, "partner", null), new("provider", null, "provider", null)],
        "room_vote" => [new("yes", 1, null, null), new("no", 0, null, null)],
        _ => (asked ?? []).Select(c => new WorkshopPolls.Choice(Label(c), c.Value, c.Stance, c.Schedule)).ToList(),
    };

    private static string Label(ChoiceRequest c) =>
        string.Join(" ", new[] { c.Schedule, c.Stance, c.Value?.ToString("R", System.Globalization.CultureInfo.InvariantCulture) }.Where(p => p is not null));

    /// <summary>What the room chose, as a lever change: the winning choice, or for a BIZ vote the room's
    /// yes-share (yes / all answers). Null if nobody answered.</summary>
    public static LeverChange? Change(WorkshopPolls.Poll poll, int[] tally)
    {
        int total = tally.Sum();
        if (total == 0) return null;
        string by = $"zaal (vraag {poll.Id})";
        if (poll.Lever == "room_vote")
            return new LeverChange(poll.Lever, poll.Initiative, (double)tally[0] / total, null, null, $"{by}: {tally[0]} van {total} voor");
        int winner = WorkshopPolls.Winner(tally)!.Value;
        var c = poll.Choices[winner];
        return new LeverChange(poll.Lever, poll.Initiative, c.Value, c.Stance, c.Schedule, $"{by}: {tally[winner]} van {total}");
    }
}
