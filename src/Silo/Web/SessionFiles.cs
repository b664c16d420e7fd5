using System.IO.Compression;
using System.Text.Json;
using WijkSim.Grains.Live;
using WijkSim.Model.Output;
using WijkSim.Silo.Hosting;
using WijkSim.Silo.Output;

namespace WijkSim.Silo.Web;

/// <summary>What a workshop session leaves behind: weekly.csv, a manifest with every lever change and its
/// week, events.csv and the plots, the same files <c>wijksim run</c> writes. The manifest replays the
/// session: <c>wijksim run SCENARIO --seed N --weeks W --levers manifest.json</c> gives the same weekly.csv.</summary>
public static class SessionFiles
{
    public static async Task<byte[]> WeeklyCsv(WorkshopState workshop, WorkshopState.Session session) =>
        WeeklyCsv(await Fetch(workshop, session));

    private static Task<RunResult> Fetch(WorkshopState workshop, WorkshopState.Session session) =>
        LiveResults.Fetch(workshop.Clock(session), session.Config, session.Seed);

    private static byte[] WeeklyCsv(RunResult run)
    {
        using var buffer = new MemoryStream();
        using (var w = Csv.Create(buffer)) Output.WeeklyCsv.Write(w, run);
        return buffer.ToArray();
    }

    /// <summary>A fork's manifest lists the main run's changes up to the fork and then its own, so it
    /// replays on the original scenario file like any session.</summary>
    public static async Task<object> Manifest(WorkshopState workshop, WorkshopState.Session session) =>
        await Manifest(workshop, session, await Fetch(workshop, session));

    private static async Task<object> Manifest(WorkshopState workshop, WorkshopState.Session session, RunResult run)
    {
        var levers = await workshop.Clock(session).GetLeverLog();
        if (session.IsFork)
            levers = [.. (await workshop.Clock(workshop.MainOf(session)).GetLeverLog()).Where(l => l.Week <= session.ForkedAtWeek), .. levers];
        var scenario = session.Scenario;
        return new
        {
            WijksimVersion = Output.Manifest.CodeVersion,
            // File names, not the server's paths (issue 16); the replay command needs only the name.
            Scenario = new { Path = Path.GetFileName(scenario.Path), scenario.Sha256, Files = scenario.Files.Select(Path.GetFileName) },
            run.Seed,
            Weeks = run.Weeks, // the weeks of these records, so weekly.csv and the manifest of one zip always agree
            Mode = "live",
            Session = session.Id,
            ForkedAtWeek = session.IsFork ? session.ForkedAtWeek : (int?)null,
            Settings = scenario.Settings,
            Replay = $"wijksim run {Path.GetFileName(scenario.Path)} --seed {run.Seed} --weeks {run.Weeks} --levers manifest.json",
            LeverChanges = levers,
            // The room's polls: each question, its tally, and the lever change it became (also in
            // lever_changes, by "zaal", which is what the replay uses).
            Polls = workshop.Polls.History(session.Id).Select(p => new
            {
                p.Poll.Id, p.Poll.Week, p.Poll.Lever, p.Poll.Initiative, Choices = p.Poll.Choices.Select(c => c.Label), p.Tally, p.Applied,
            }),
            Outcomes = run.Weeks > 0 ? run.Outcomes : [],
            Parameters = scenario.Config,
        };
    }

    /// <summary>The current session as a zip: the main run at the top, the fork (if any) in <c>fork/</c>.</summary>
    public static Task<byte[]> Zip(WorkshopState workshop) => Zip(workshop, workshop.Main, workshop.Fork);

    /// <summary>A session as a zip, current or about to be replaced (<see cref="SessionArchive"/>).</summary>
    public static async Task<byte[]> Zip(WorkshopState workshop, WorkshopState.Session main, WorkshopState.Session? fork)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            await Add(zip, "", workshop, main);
            if (fork is not null) await Add(zip, "fork/", workshop, fork);
        }
        return buffer.ToArray();
    }

    private static async Task Add(ZipArchive zip, string prefix, WorkshopState workshop, WorkshopState.Session session)
    {
        void Entry(string name, byte[] bytes)
        {
            using var stream = zip.CreateEntry(prefix + name, CompressionLevel.Optimal).Open();
            stream.Write(bytes);
        }
        var run = await Fetch(workshop, session); // one read of the records serves every file
        Entry("weekly.csv", WeeklyCsv(run));
        Entry("manifest.json", JsonSerializer.SerializeToUtf8Bytes(await Manifest(workshop, session, run), Output.Manifest.Json));
        string folder = Path.Combine(Path.GetTempPath(), $"wijksim-zip-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        try
        {
            EventsCsv.Write(Path.Combine(folder, "events.csv"), session.Scenario.Config);
            if (run.Weeks > 0) Plots.Write(name => Path.Combine(folder, name), run);
            foreach (var file in Directory.GetFiles(folder).Order(StringComparer.Ordinal))
                Entry(Path.GetFileName(file), await File.ReadAllBytesAsync(file));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
