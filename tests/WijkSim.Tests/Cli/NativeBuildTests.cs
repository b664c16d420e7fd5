using System.Text.Json.Nodes;
using WijkSim.Tests.Support;

namespace WijkSim.Tests.Cli;

/// <summary>The native build (docs/native-build.md), the start-up build for loops of kernel runs
/// (issue 18): it must write the normal build's bytes, give bad input the same messages, and refuse
/// what it cannot run before it writes anything. Alone, because publishing it takes both cores for
/// about a minute.</summary>
[Collection(AloneCollection.Name)]
public class NativeBuildTests(NativeBuildFixture native) : IClassFixture<NativeBuildFixture>
{
    // Timing fields: the only ones two runs of the same scenario and seed may differ in.
    private static readonly string[] TimingFields = ["started_utc", "wall_seconds", "resident_weeks_per_second"];

    public static TheoryData<string> Shipped => Repo.ShippedScenarioNames();

    [Theory]
    [MemberData(nameof(Shipped))]
    public void A_native_run_writes_the_bytes_of_a_normal_run(string scenario)
    {
        string dir = Repo.TempFolder("native-run");
        string path = Repo.Scenario(scenario);
        // Three threads in the native run against the normal build's default: bytes do not depend on either.
        var fast = native.Run(dir, "run", path, "--no-plots", "--threads", "3", "--out", "native");
        Assert.True(fast.ExitCode == 0, fast.Err);
        var normal = CliProcess.Run(dir, "run", path, "--no-plots", "--out", "normal");
        Assert.True(normal.ExitCode == 0, normal.Err);
        foreach (var file in new[] { "weekly.csv", "events.csv" })
            Assert.Equal(File.ReadAllBytes(Path.Combine(dir, "normal", file)), File.ReadAllBytes(Path.Combine(dir, "native", file)));
        Assert.Equal(ManifestWithoutTimes(Path.Combine(dir, "normal")), ManifestWithoutTimes(Path.Combine(dir, "native")));
    }

    [Fact]
    public void A_native_run_with_plots_a_seed_a_horizon_and_a_setting_writes_the_bytes_of_a_normal_run()
    {
        string dir = Repo.TempFolder("native-options");
        string[] args = ["run", Repo.Scenario("jan-eef.yaml"), "--seed", "7", "--weeks", "300",
            "--set", "municipality.agreements[0].decision_lag_weeks=12"];
        var fast = native.Run(dir, [.. args, "--out", "native"]);
        Assert.True(fast.ExitCode == 0, fast.Err);
        var normal = CliProcess.Run(dir, [.. args, "--out", "normal"]);
        Assert.True(normal.ExitCode == 0, normal.Err);
        foreach (var file in new[] { "weekly.csv", "events.csv" })
            Assert.Equal(File.ReadAllBytes(Path.Combine(dir, "normal", file)), File.ReadAllBytes(Path.Combine(dir, "native", file)));
        Assert.Equal(ManifestWithoutTimes(Path.Combine(dir, "normal")), ManifestWithoutTimes(Path.Combine(dir, "native")));
        // The plots: the same files (their pixels come from the same numbers, through a native library).
        Assert.Equal(PngNames(Path.Combine(dir, "normal")), PngNames(Path.Combine(dir, "native")));
        Assert.NotEmpty(PngNames(Path.Combine(dir, "native")));
    }

    [Theory]
    [InlineData("run")]
    [InlineData("run", "{scenario}", "--seed", "-1")]
    [InlineData("run", "{scenario}", "--weeks", "0")]
    [InlineData("run", "{scenario}", "--threads", "0")]
    [InlineData("run", "{scenario}", "--mode", "grains")]
    [InlineData("run", "{scenario}", "--nonsense")]
    [InlineData("run", "{scenario}", "--set", "population.size=zz")]
    [InlineData("run", "missing.yaml")]
    [InlineData("validate")]
    [InlineData("frobnicate")]
    public void A_command_line_mistake_gets_the_normal_builds_message_and_exit_code(params string[] args)
    {
        string dir = Repo.TempFolder("native-mistake");
        string[] line = args.Select(a => a.Replace("{scenario}", Repo.Scenario("jan-eef.yaml"))).ToArray();
        var fast = native.Run(dir, line);
        var normal = CliProcess.Run(dir, line);
        Assert.NotEqual(0, normal.ExitCode);
        Assert.Equal(normal.ExitCode, fast.ExitCode);
        Assert.Equal(normal.Err, fast.Err);
        Assert.Empty(Directory.GetDirectories(dir));
    }

    [Fact]
    public void Validate_gives_every_bad_scenario_the_normal_builds_message_and_exit_code()
    {
        string dir = Repo.TempFolder("native-validate");
        var files = Directory.GetFiles(Repo.BadScenarios, "*.yaml").Order(StringComparer.Ordinal).Append(Repo.Scenario("jan-eef.yaml")).ToList();
        Assert.True(files.Count > 30, "the bad scenarios are missing");
        foreach (var file in files)
        {
            var fast = native.Run(dir, "validate", file);
            var normal = CliProcess.Run(dir, "validate", file);
            Assert.True(normal.ExitCode == fast.ExitCode, $"{Path.GetFileName(file)}: exit {fast.ExitCode} native, {normal.ExitCode} normal: {fast.Err}");
            Assert.Equal(normal.Err, fast.Err);
            Assert.Equal(normal.Out, fast.Out);
        }
    }

    [Theory]
    [InlineData("--mode live", "run", "{scenario}", "--mode", "live", "--out", "out")]
    [InlineData("--levers", "run", "{scenario}", "--levers", "manifest.json", "--out", "out")]
    [InlineData("--checkpoint-every", "run", "{scenario}", "--checkpoint-every", "10", "--out", "out")]
    [InlineData("--resume", "run", "{scenario}", "--resume", "out")]
    [InlineData("sweep", "sweep", "{scenario}", "--replications", "2", "--out", "out")]
    [InlineData("serve", "serve", "{scenario}")]
    public void What_the_native_build_cannot_run_is_refused_with_exit_2_before_anything_is_written(string named, params string[] args)
    {
        string dir = Repo.TempFolder("native-refuse");
        File.WriteAllText(Path.Combine(dir, "manifest.json"), "{}");
        var result = native.Run(dir, args.Select(a => a.Replace("{scenario}", Repo.Scenario("jan-eef.yaml"))).ToArray());
        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith($"error: {named}: not in the native build", result.Err);
        Assert.Contains("dotnet run --project src/Silo", result.Err);
        // Only the lever file this test wrote: no output folder, no checkpoint.
        Assert.Equal(new[] { "manifest.json" }, Directory.GetFileSystemEntries(dir).Select(e => Path.GetFileName(e)).ToArray());
    }

    [Fact]
    public void The_native_executable_leaves_out_what_it_cannot_run()
    {
        // 8.4 MB when Program.cs lets the compiler drop the Orleans and experiment commands; 80 MB, and a
        // start-up twice as slow, when they are compiled in (docs/native-build.md, "Leave out").
        long megabytes = new FileInfo(native.Executable).Length / (1024 * 1024);
        Assert.True(megabytes < 20, $"the native executable is {megabytes} MB: the commands it refuses were compiled into it; " +
            "test RuntimeFeature.IsDynamicCodeSupported directly in Program.cs, not through a variable or a helper");
    }

    [Fact]
    public void Help_for_a_command_the_native_build_refuses_says_so()
    {
        var result = native.Run(Repo.TempFolder("native-help"), "serve", "--help");
        Assert.True(result.ExitCode == 0, result.Err);
        Assert.Contains("not in the native build", result.Out);
    }

    private static string[] PngNames(string folder) =>
        Directory.GetFiles(folder, "*.png").Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal).ToArray();

    private static string ManifestWithoutTimes(string folder)
    {
        var manifest = JsonNode.Parse(File.ReadAllText(Path.Combine(folder, "manifest.json")))!.AsObject();
        foreach (var field in TimingFields) Assert.True(manifest.Remove(field), $"manifest.json has no {field}");
        return manifest.ToJsonString();
    }
}
