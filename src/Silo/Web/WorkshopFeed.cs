using System.Collections.Concurrent;
using System.Text.Json;
using System.Threading.Channels;
using Microsoft.Extensions.Hosting;
using WijkSim.Grains.Contracts;
using WijkSim.Grains.Live;
using WijkSim.Model.Config;
using WijkSim.Silo.Output;

namespace WijkSim.Silo.Web;

/// <summary>Pushes the workshop's run to every open page (server-sent events). One loop on the server
/// asks the clock grain what changed, four times a second, and sends the same message to all viewers:
/// thirty phones cost thirty writes, not thirty pollers. It also moves a fork in step with the main run.</summary>
public sealed class WorkshopFeed(WorkshopState workshop) : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(250);
    private readonly ConcurrentDictionary<Guid, ViewerQueue> _viewers = new();
    private (int Version, int Week, int Levers, int ForkWeek, int ForkLevers, bool Running, double Speed, int Polls) _sent = (-1, -1, -1, -1, -1, false, 0, -1);

    /// <summary>The manifest's names (snake_case), on one line: an event-stream message ends at a blank line.</summary>
    private static readonly JsonSerializerOptions Compact = new(Manifest.Json) { WriteIndented = false };

    public int Viewers => _viewers.Count;

    /// <summary>A viewer's stream of messages, starting with a full snapshot.</summary>
    public async Task<(Guid Id, ChannelReader<string> Messages)> Subscribe()
    {
        var queue = new ViewerQueue();
        var id = Guid.NewGuid();
        queue.Post(await Message("snapshot", 0));
        _viewers[id] = queue;
        return (id, queue.Reader);
    }

    public void Unsubscribe(Guid id)
    {
        if (_viewers.TryRemove(id, out var queue)) queue.Close();
    }

    protected override async Task ExecuteAsync(CancellationToken stopping)
    {
        using var timer = new PeriodicTimer(Interval);
        while (await timer.WaitForNextTickAsync(stopping))
        {
            try
            {
                await Tick();
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // A failed poll (a session being replaced) is retried on the next tick; viewers keep what they have.
            }
        }
    }

    private async Task Tick()
    {
        var main = await workshop.Clock(workshop.Main).GetState();
        await workshop.KeepForkInStep(main.Week);
        var levers = (await workshop.Clock(workshop.Main).GetLeverLog()).Length;
        int forkWeek = -1, forkLevers = -1;
        if (workshop.Fork is { } fork)
        {
            var forkClock = workshop.Clock(fork);
            forkWeek = (await forkClock.GetState()).Week;
            forkLevers = (await forkClock.GetLeverLog()).Length;
        }
        var now = (Version: workshop.Version, main.Week, Levers: levers, ForkWeek: forkWeek, ForkLevers: forkLevers, main.Running, main.Speed, Polls: workshop.Polls.Version);
        if (now == _sent || _viewers.IsEmpty) return; // nothing new, or nobody to tell
        bool fresh = now.Version != _sent.Version || main.Week < _sent.Week;
        string message = await Message(fresh ? "snapshot" : "update", fresh ? 0 : Math.Max(0, Math.Min(_sent.Week, _sent.ForkWeek < 0 ? _sent.Week : _sent.ForkWeek)));
        _sent = now;
        foreach (var (id, queue) in _viewers)
            if (!queue.Post(message)) _viewers.TryRemove(id, out _); // too far behind: its page reconnects
    }

    /// <summary>The session from week <paramref name="from"/> on (rows are keyed by week, so a viewer may
    /// receive a week twice without harm), with both runs' lever logs, the residents' roles and the clock.</summary>
    private async Task<string> Message(string kind, int from)
    {
        var main = workshop.Main;
        var fork = workshop.Fork;
        var message = new
        {
            Kind = kind,
            workshop.Version,
            Scenario = new
            {
                main.Config.Name,
                File = Path.GetFileName(main.Scenario.Path),
                main.Config.Description,
                main.Config.Title,   // the room's words (Dutch first); Description stays the research note
                main.Config.Story,
                Horizon = main.Config.Weeks,
                Start = main.Config.Start.ToString("yyyy-MM-dd"),
                // With where on the ring each one is and how far it reaches (the street plan marks its place).
                Initiatives = main.Config.Initiatives.Select(i => new { i.Id, Name = i.Name.Length > 0 ? i.Name : i.Id, i.Reach.Centre, i.Reach.Share }),
                // The scenario's events and its calendar of municipal elections (a turning point in De Ketel).
                Events = main.Config.Events.Select(e => new
                {
                    Week = main.Config.WeekOf(e.Date), Date = e.Date.ToString("yyyy-MM-dd"), Type = Scenarios.Loading.KeyNames.ToSnakeCase(e.Type.ToString()),
                    e.Initiative, e.Label, e.Caption,
                }).Concat(main.Config.Municipality.Elections.Select(d => new
                {
                    Week = main.Config.WeekOf(d), Date = d.ToString("yyyy-MM-dd"), Type = "election", Initiative = (string?)null, Label = "", Caption = (PlainText?)null,
                })).OrderBy(e => e.Week),
            },
            Main = await Run(main, from),
            Fork = fork is null ? null : await Run(fork, from),
            Roles = Convert.ToBase64String(await workshop.Clock(main).GetRoles()),
            Viewers,
            Poll = PollView(),
        };
        return JsonSerializer.Serialize(message, Compact);
    }

    /// <summary>The open poll with its live tally, or else the session's last closed one with what it became.</summary>
    private object? PollView()
    {
        if (workshop.Polls.Current() is var (open, tally))
            return new { open.Id, open.Lever, open.Initiative, open.Run, Choices = open.Choices.Select(c => c.Label), Tally = tally, Open = true };
        var last = workshop.Polls.History(workshop.Main.Id).LastOrDefault()
            ?? (workshop.Fork is { } fork ? workshop.Polls.History(fork.Id).LastOrDefault() : null);
        return last is null ? null : new
        {
            last.Poll.Id, last.Poll.Lever, last.Poll.Initiative, last.Poll.Run, Choices = last.Poll.Choices.Select(c => c.Label), last.Tally, Open = false,
            Applied = last.Applied?.Change,
        };
    }

    private async Task<object> Run(WorkshopState.Session session, int from)
    {
        var clock = workshop.Clock(session);
        var page = await clock.GetRecords(from);
        return new
        {
            session.Id,
            session.ForkedAtWeek,
            State = await clock.GetState(),
            page.FromWeek,
            Rows = LiveResults.Rows(page).Select(r => ApiRow.From(session.Config, r)),
            Levers = await clock.GetLeverLog(),
        };
    }
}
