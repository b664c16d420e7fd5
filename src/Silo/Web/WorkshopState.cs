using WijkSim.Grains.Contracts;
using WijkSim.Grains.Live;
using WijkSim.Model.Config;
using WijkSim.Scenarios;
using WijkSim.Silo.Hosting;

namespace WijkSim.Silo.Web;

/// <summary>The workshop's current session and, once the facilitator forks it, the comparison run.
/// Loading another scenario starts a new session under a new id, so nothing of the old one (replicas,
/// timers) can leak into it.</summary>
public sealed class WorkshopState(IGrainFactory grains, string scenarioFolder)
{
    private readonly SemaphoreSlim _lock = new(1, 1);
    private int _generation;
    /// <summary>Part of every session id: two serve processes on one cluster (and one database, where
    /// sessions are persisted) never share a session.</summary>
    private readonly string _instance = Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(4));

    /// <summary>Where the scenarios the facilitator may load live (the served file's folder).</summary>
    public string ScenarioFolder { get; } = scenarioFolder;

    public Session Main { get; private set; } = null!;
    public Session? Fork { get; private set; }

    /// <summary>The sessions replaced so far, each downloadable until the server stops.</summary>
    public SessionArchive Archive { get; } = new();

    /// <summary>The questions to the room (issue 15).</summary>
    public WorkshopPolls Polls { get; } = new();

    /// <summary>Bumped on every change that is not a simple step forward (load, reset, fork), so viewers
    /// know to take a fresh snapshot instead of appending.</summary>
    public int Version { get; private set; }

    /// <summary>One live run: its clock grain, scenario and configuration; a fork names its main run.</summary>
    public sealed record Session(string Id, LoadedScenario Scenario, ModelConfig Config, ulong Seed, int ForkedAtWeek = -1, Session? ForkOf = null)
    {
        public bool IsFork => ForkedAtWeek >= 0;
    }

    /// <summary>The main run a session belongs to: itself, or for a fork the run it was split from.</summary>
    public Session MainOf(Session session) => session.ForkOf ?? session;

    /// <summary>Zips the session about to be replaced into <see cref="Archive"/> (the caller holds the lock).
    /// A main run still at week 0 without a fork has nothing to lose and is not kept.</summary>
    private async Task KeepLocked(Session? main, Session? fork, string reason)
    {
        if (main is null) return;
        var clock = Clock(main);
        int week = (await clock.GetState()).Week;
        if (week == 0 && fork is null) return;
        if (fork is not null) await CatchUpLocked(fork, week); // the fork follows a moment later; zip both at one week
        int levers = (await clock.GetLeverLog()).Count() + (fork is null ? 0 : (await Clock(fork).GetLeverLog()).Count());
        var zip = await SessionFiles.Zip(this, main, fork);
        Archive.Add(Path.GetFileName(main.Scenario.Path), main.Seed, week, fork?.ForkedAtWeek, levers, reason, zip);
    }

    public ISimulationGrain Clock(Session session) => grains.GetGrain<ISimulationGrain>(session.Id);

    public IEnumerable<string> ScenarioFiles() =>
        Directory.EnumerateFiles(ScenarioFolder, "*.yaml").Select(Path.GetFileName).Order(StringComparer.Ordinal)!;

    public async Task Load(LoadedScenario scenario, ulong seed)
    {
        await _lock.WaitAsync();
        try
        {
            if (Main is not null) await Clock(Main).Pause();
            await KeepLocked(Main, Fork, "load");
            if (Main is not null) Polls.Forget(Main.Id);
            var session = new Session($"workshop-{_instance}-{++_generation}", scenario, scenario.Config, seed);
            await Clock(session).Create(new SessionSpec(session.Id, ModelConfigJson.Serialize(session.Config), seed, scenario.Path, scenario.Sha256));
            var (oldMain, oldFork) = (Main, Fork);
            Main = session;
            Fork = null;
            Version++;
            await CloseAll(oldMain, oldFork);
        }
        finally
        {
            _lock.Release();
        }
    }

    public async Task<ClockState> Reset()
    {
        await _lock.WaitAsync();
        try
        {
            var clock = Clock(Main);
            bool running = (await clock.GetState()).Running;
            await clock.Pause(); // the zip is of one week, not of a run moving under it
            await KeepLocked(Main, Fork, "reset");
            Polls.Forget(Main.Id); // the zip has kept them; the new run starts without questions
            await DropForkLocked();
            await clock.Reset();
            if (running) await clock.Start(); // a reset keeps a running clock running, as before
            return await clock.GetState();
        }
        finally
        {
            _lock.Release();
        }
    }

    /// <summary>Starts a second run that equals the main one up to its current week (the same scenario,
    /// seed and lever changes, re-simulated), so the facilitator can change levers in it alone.</summary>
    public async Task<Session> StartFork()
    {
        await _lock.WaitAsync();
        try
        {
            var clock = Clock(Main);
            await clock.Pause();
            if (Fork is not null) await KeepLocked(Main, Fork, "fork");
            int week = (await clock.GetState()).Week;
            var config = LeverReplay.Apply(Main.Config, await clock.GetLeverLog());
            var fork = new Session($"{Main.Id}-fork-{++_generation}", Main.Scenario, config, Main.Seed, week, Main);
            var forkClock = Clock(fork);
            await forkClock.Create(new SessionSpec(fork.Id, ModelConfigJson.Serialize(config), fork.Seed, Main.Scenario.Path, Main.Scenario.Sha256));
            await forkClock.RunWeeks(week);
            var oldFork = Fork;
            Fork = fork;
            Version++;
            await CloseAll(oldFork);
            return fork;
        }
        finally
        {
            _lock.Release();
        }
    }

    public async Task DropFork()
    {
        await _lock.WaitAsync();
        try
        {
            if (Fork is not null) await KeepLocked(Main, Fork, "unfork");
            await DropForkLocked();
        }
        finally
        {
            _lock.Release();
        }
    }

    /// <summary>Ends the comparison run (the caller holds the lock); viewers take a fresh snapshot.</summary>
    private async Task DropForkLocked()
    {
        var oldFork = Fork;
        Fork = null;
        Version++;
        await CloseAll(oldFork);
    }

    /// <summary>Lets replaced sessions go: their grains and world copies would otherwise stay in memory
    /// until the server stops (about 6 MB per fork of a 2,000-resident scenario; issue 16).</summary>
    private async Task CloseAll(params Session?[] sessions)
    {
        foreach (var session in sessions)
            if (session is not null) await Clock(session).Close();
    }

    /// <summary>Brings the fork to the main run's week (it moves in step, it has no clock of its own running).</summary>
    public async Task KeepForkInStep(int mainWeek)
    {
        if (Fork is not { } fork || !await _lock.WaitAsync(0)) return;
        try
        {
            await CatchUpLocked(fork, mainWeek);
        }
        finally
        {
            _lock.Release();
        }
    }

    /// <summary>Runs a fork up to the main run's week if it is behind (the caller holds the lock).</summary>
    private async Task CatchUpLocked(Session fork, int mainWeek)
    {
        var forkClock = Clock(fork);
        int behind = mainWeek - (await forkClock.GetState()).Week;
        if (behind > 0) await forkClock.RunWeeks(behind);
    }
}
