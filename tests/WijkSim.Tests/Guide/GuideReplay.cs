using System.Diagnostics;
using WijkSim.Tests.Support;

namespace WijkSim.Tests.Guide;

/// <summary>Replays a guide's blocks on a copy of the repository: a clone of it, with the working
/// tree's uncommitted changes on top, so that what a student does never touches the real one. In the
/// runs, <c>wijksim</c> is the copy's own program (built by the guide's <c>dotnet build</c> step).
/// Disposing deletes the copy (with its build, over a gigabyte) unless WIJKSIM_KEEP_TEST_FOLDERS is set.</summary>
public sealed class GuideReplay : IDisposable
{
    private readonly string _guide;

    public GuideReplay(string guide, string purpose)
    {
        _guide = guide;
        Root = Path.Combine(Repo.TempFolder(purpose), "wijksim");
        Shell(Repo.Root, $"git clone --quiet \"{Repo.Root}\" \"{Root}\"");
        string changed = Shell(Repo.Root, "git ls-files --modified --others --exclude-standard -- src tests docs benchmarks").Output;
        foreach (var file in changed.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            string from = Path.Combine(Repo.Root, file), to = Path.Combine(Root, file);
            if (!File.Exists(from)) { File.Delete(to); continue; }
            Directory.CreateDirectory(Path.GetDirectoryName(to)!);
            File.Copy(from, to, overwrite: true);
        }
    }

    public string Root { get; }

    public void Dispose()
    {
        if (!TestRunFolder.Keep) TestRunFolder.TryDelete(Path.GetDirectoryName(Root)!);
    }

    /// <summary>Outputs of the runs so far, for the failure message.</summary>
    public List<string> Log { get; } = [];

    public void Replay(string heading)
    {
        string lastOutput = "";
        foreach (var block in GuideBlock.Under(_guide, heading))
        {
            string where = $"{Path.GetFileName(_guide)} line {block.Line}";
            switch (block.Kind)
            {
                case "file":
                    File.WriteAllText(Path.Combine(Root, block.Argument), block.Text);
                    break;
                case "apply":
                    string patch = Path.Combine(Root, "..", "guide.patch");
                    File.WriteAllText(patch, block.Text);
                    var applied = Shell(Root, $"git apply --whitespace=nowarn \"{patch}\"");
                    Assert.True(applied.ExitCode == 0, $"{where}: the diff does not apply to today's code:\n{applied.Output}");
                    break;
                case "run":
                    var run = Shell(Root, Prelude + block.Text);
                    lastOutput = run.Output;
                    Log.Add($"$ {block.Text}{run.Output}");
                    break;
                case "expect":
                    foreach (var line in block.Text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0 && l != "..."))
                        Assert.True(Matches(lastOutput, line), $"{where}: the guide says the output has\n  {line}\nbut it was:\n{lastOutput}");
                    break;
            }
        }
    }

    /// <summary>An expected line is found in one line of the output; "..." inside it stands for any text
    /// (numbers the model may change without the guide's point changing).</summary>
    private static bool Matches(string output, string expected)
    {
        var parts = System.Text.RegularExpressions.Regex.Split(expected, @"\s*\.\.\.\s*");
        string pattern = string.Join(".*", parts.Select(System.Text.RegularExpressions.Regex.Escape));
        return System.Text.RegularExpressions.Regex.IsMatch(output, pattern, System.Text.RegularExpressions.RegexOptions.Multiline);
    }

    /// <summary><c>wijksim</c> as the guide's readers have it: the program built in this copy.</summary>
    private string Prelude =>
        $"wijksim() {{ dotnet \"{Path.Combine(Root, "src", "Silo", "bin", "Release", "net10.0", "wijksim.dll")}\" \"$@\"; }}\nexport NO_COLOR=1\n";

    public sealed record Result(int ExitCode, string Output);

    public static Result Shell(string directory, string script)
    {
        var info = new ProcessStartInfo("bash") { WorkingDirectory = directory, RedirectStandardInput = true, RedirectStandardOutput = true };
        info.Environment["NO_COLOR"] = "1";
        info.Environment["COLUMNS"] = "200";
        using var process = Process.Start(info)!;
        process.StandardInput.Write("exec 2>&1\n" + script);
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(10)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"the guide's step ran longer than 10 minutes:\n{script}");
        }
        return new Result(process.ExitCode, output.Result);
    }
}
