using System.Security.Cryptography;
using System.Text;
using WijkSim.Model.Kernel;
using WijkSim.Scenarios;
using WijkSim.Silo.Output;
using WijkSim.Tests.Support;

namespace WijkSim.Tests.Kernel;

/// <summary>The bytes of every shipped scenario's weekly.csv for seeds 1–3, pinned as SHA-256 hashes in
/// golden-weekly.sha256. A refactoring (issue 17: levers declared once) must leave every hash as it is;
/// a deliberate model change regenerates the file with WIJKSIM_UPDATE_GOLDEN=1 and says so in its commit.</summary>
public class GoldenWeeklyCsvTests
{
    private static readonly string GoldenFile = Path.Combine(Repo.Root, "tests", "WijkSim.Tests", "Kernel", "golden-weekly.sha256");

    public static TheoryData<string, ulong> Runs()
    {
        var data = new TheoryData<string, ulong>();
        foreach (var name in Repo.ShippedScenarioNames())
            for (ulong seed = 1; seed <= 3; seed++) data.Add(name, seed);
        return data;
    }

    [Theory]
    [MemberData(nameof(Runs))]
    public void Weekly_csv_keeps_its_bytes(string scenario, ulong seed)
    {
        string key = $"{scenario} {seed}";
        string hash = Hash(scenario, seed);
        if (Environment.GetEnvironmentVariable("WIJKSIM_UPDATE_GOLDEN") == "1")
        {
            Update(key, hash);
            return;
        }
        var golden = Read();
        Assert.True(golden.ContainsKey(key), $"{key} has no golden hash; run the tests once with WIJKSIM_UPDATE_GOLDEN=1");
        Assert.Equal(golden[key], hash);
    }

    public static TheoryData<string, int> ScenariosAndThreads()
    {
        var data = new TheoryData<string, int>();
        foreach (var name in Repo.ShippedScenarioNames())
            foreach (int threads in new[] { 2, 3 }) data.Add(name, threads);
        return data;
    }

    /// <summary>Issue 18: one world on several threads gives the bytes of one thread (seed 1; one thread
    /// is the theory above).</summary>
    [Theory]
    [MemberData(nameof(ScenariosAndThreads))]
    public void Weekly_csv_keeps_its_bytes_on_more_threads(string scenario, int threads)
    {
        if (Environment.GetEnvironmentVariable("WIJKSIM_UPDATE_GOLDEN") == "1") return;
        Assert.Equal(Read()[$"{scenario} 1"], Hash(scenario, 1, threads));
    }

    private static string Hash(string scenario, ulong seed, int threads = 1)
    {
        var config = ScenarioLoader.Load(Repo.Scenario(scenario)).Config;
        var run = KernelRun.Run(config, seed, config.Weeks, threads: threads);
        var text = new StringWriter { NewLine = "\n" };
        WeeklyCsv.Write(text, run);
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString()))).ToLowerInvariant();
    }

    private static Dictionary<string, string> Read() => File.ReadAllLines(GoldenFile)
        .Where(l => l.Length > 0 && !l.StartsWith('#'))
        .Select(l => l.Split(' '))
        .ToDictionary(p => $"{p[0]} {p[1]}", p => p[2]);

    private static readonly object Gate = new();

    private static void Update(string key, string hash)
    {
        lock (Gate)
        {
            var golden = File.Exists(GoldenFile) ? Read() : [];
            golden[key] = hash;
            File.WriteAllLines(GoldenFile, new[] { "# scenario seed sha256 of weekly.csv (GoldenWeeklyCsvTests; regenerate with WIJKSIM_UPDATE_GOLDEN=1)" }
                .Concat(golden.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key} {p.Value}")));
        }
    }
}
