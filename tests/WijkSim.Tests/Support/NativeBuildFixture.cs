using System.Diagnostics;

namespace WijkSim.Tests.Support;

/// <summary>The native (ahead-of-time compiled) build of wijksim, published once for the tests that use
/// it, the way docs/native-build.md says: <c>dotnet publish src/Silo -c Release -r linux-x64
/// -p:PublishAot=true</c>. It is published from a copy of the sources, so its restore for linux-x64 and
/// its obj folders stay out of the tree the other tests run from. About a minute on two cores (the
/// first time also downloads the native compiler's packages from NuGet).</summary>
public sealed class NativeBuildFixture
{
    public string Executable { get; }

    public NativeBuildFixture()
    {
        Prerequisites.EnsureNativeToolchain();
        string copy = Repo.TempFolder("native-build");
        foreach (var file in new[] { "Directory.Build.props", "Directory.Packages.props" })
            File.Copy(Path.Combine(Repo.Root, file), Path.Combine(copy, file));
        Repo.CopyTree(Path.Combine(Repo.Root, "src"), Path.Combine(copy, "src"));

        var info = new ProcessStartInfo("dotnet") { WorkingDirectory = copy };
        foreach (var a in new[] { "publish", "src/Silo/WijkSim.Silo.csproj", "-c", "Release", "-r", "linux-x64", "-p:PublishAot=true",
                     "-o", "native", "--disable-build-servers", "-nodeReuse:false" })
            info.ArgumentList.Add(a);
        // The copy has no .git, so name the commit the normal build was made from: manifests record it.
        string version = FileVersionInfo.GetVersionInfo(Path.Combine(AppContext.BaseDirectory, "wijksim.dll")).ProductVersion ?? "";
        if (version.Split('+') is [_, var commit]) info.ArgumentList.Add($"-p:SourceRevisionId={commit}");
        // The test host's own MSBuild settings must not leak into a separate build.
        foreach (var key in info.Environment.Keys.Where(k => k.StartsWith("MSBUILD", StringComparison.OrdinalIgnoreCase)).ToList())
            info.Environment.Remove(key);
        info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        var publish = ChildProcess.Run(info, TimeSpan.FromMinutes(20), "the native publish");
        Executable = Path.Combine(copy, "native", "wijksim");
        if (publish.ExitCode != 0 || !File.Exists(Executable))
            throw new InvalidOperationException($"the native publish failed (exit {publish.ExitCode}):\n{Tail(publish.Out)}\n{publish.Err}");
    }

    /// <summary>Runs the native wijksim, as <see cref="CliProcess.Run"/> runs the normal one.</summary>
    public CliProcess.Result Run(string workingDirectory, params string[] args) => CliProcess.RunProgram(Executable, workingDirectory, args);

    private static string Tail(string text) => string.Join('\n', text.Split('\n').TakeLast(40));
}
