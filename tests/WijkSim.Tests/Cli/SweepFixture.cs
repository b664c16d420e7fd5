using WijkSim.Tests.Support;

namespace WijkSim.Tests.Cli;

/// <summary>The sweep the issue asks for, run once for the class: jan-eef against its rhythm
/// counterfactual, 50 replications each, over the whole horizon, by the real program.</summary>
public sealed class SweepFixture
{
    public static readonly string[] Scenarios = [Repo.Scenario("jan-eef.yaml"), Repo.Scenario("jan-eef-rhythm.yaml")];

    public SweepFixture()
    {
        Folder = Repo.TempFolder("sweep");
        Result = CliProcess.Run(Folder, Arguments("reference"));
    }

    public string Folder { get; }
    public CliProcess.Result Result { get; }
    public string Output => Path.Combine(Folder, "reference");

    /// <summary>The command, writing into <paramref name="output"/> (relative to <see cref="Folder"/>).</summary>
    public static string[] Arguments(string output) => ["sweep", .. Scenarios, "--replications", "50", "--out", output];
}
