using System.Diagnostics;

namespace WijkSim.Tests.Support;

/// <summary>What some tests need from the machine, provisioned by the tests themselves so that the
/// README's one test command passes on a fresh Debian machine with nothing run before it (issue 16):
/// PostgreSQL for the cluster tests (through <c>.ci/postgres</c>, which installs and starts Debian's
/// server as root and leaves a running one alone) and Debian's Chromium for the browser tests. Each is
/// set up at most once per test run; a developer's machine that has them is left alone.</summary>
public static class Prerequisites
{
    private static readonly Lazy<string> PostgresConnection = new(ProvisionPostgres);
    private static readonly Lazy<string> ChromiumPath = new(ProvisionChromium);
    private static readonly Lazy<string> YamlServerPath = new(ProvisionYamlLanguageServer);
    private static readonly Lazy<bool> NativeToolchainReady = new(ProvisionNativeToolchain);

    /// <summary>WIJKSIM_TEST_POSTGRES if set, else the server .ci/postgres starts (installing it as root).</summary>
    public static string Postgres => PostgresConnection.Value;

    /// <summary>/usr/bin/chromium, installed with apt-get when missing and running as root.</summary>
    public static string Chromium => ChromiumPath.Value;

    /// <summary>The YAML language server of VS Code's YAML extension, installed from npm into
    /// tools/editor (pinned in its package-lock.json) when missing; Node.js and npm from Debian as root.</summary>
    public static string YamlLanguageServer => YamlServerPath.Value;

    /// <summary>Makes sure clang and zlib's headers are there for the native build, installing them with
    /// apt-get when missing and running as root.</summary>
    public static void EnsureNativeToolchain() => _ = NativeToolchainReady.Value;

    private static string ProvisionYamlLanguageServer()
    {
        string tools = Path.Combine(Repo.Root, "tools", "editor");
        string server = Path.Combine(tools, "node_modules", "yaml-language-server", "bin", "yaml-language-server");
        if (File.Exists(server)) return server;
        if (Shell("bash", "-c", "command -v npm").Exit != 0) AptInstall("the editor tests", "nodejs", "npm");
        // All of the lock file: with --omit=dev npm 11 leaves out vscode-languageserver-protocol, which
        // the server needs and the lock file also lists under the editor's dev tools.
        var (exit, _, error) = Shell("npm", "ci", "--no-audit", "--no-fund", "--prefix", tools);
        if (exit != 0 || !File.Exists(server))
            throw new InvalidOperationException($"npm ci --prefix tools/editor failed (exit {exit}): {error.Trim()}");
        return server;
    }

    private static string ProvisionPostgres()
    {
        if (Environment.GetEnvironmentVariable("WIJKSIM_TEST_POSTGRES") is { Length: > 0 } given) return given;
        var (exit, output, error) = Shell("bash", Path.Combine(Repo.Root, ".ci", "postgres"));
        if (exit != 0)
            throw new InvalidOperationException($"the cluster tests need PostgreSQL and .ci/postgres could not provide it (exit {exit}): {error.Trim()}. " +
                "Run 'sudo bash .ci/postgres' once, or set WIJKSIM_TEST_POSTGRES.");
        return output.Trim().Split('\n')[^1];
    }

    private static string ProvisionChromium()
    {
        const string path = "/usr/bin/chromium";
        if (File.Exists(path)) return path;
        AptInstall("the browser tests", "chromium", "fonts-dejavu-core");
        return File.Exists(path) ? path : throw new InvalidOperationException($"apt-get installed chromium, but {path} is still missing");
    }

    private static bool ProvisionNativeToolchain()
    {
        // The native (ahead-of-time) build links with clang and needs zlib's headers (docs/native-build.md).
        const string check = "command -v clang && test -e /usr/include/zlib.h";
        if (Shell("bash", "-c", check).Exit == 0) return true;
        AptInstall("the native build's tests", "clang", "zlib1g-dev");
        return Shell("bash", "-c", check).Exit == 0
            ? true
            : throw new InvalidOperationException("apt-get installed clang and zlib1g-dev, but clang or /usr/include/zlib.h is still missing");
    }

    /// <summary>Installs Debian packages with apt-get as root; elsewhere says which command to run once.</summary>
    private static void AptInstall(string who, params string[] packages)
    {
        string list = string.Join(' ', packages);
        if (Environment.UserName != "root")
            throw new InvalidOperationException($"{who} need Debian's {list}: run 'sudo apt-get install {list}' once");
        foreach (var args in new[] { "update", $"install -y --no-install-recommends {list}" })
        {
            var (exit, _, error) = Shell("apt-get", args.Split(' '));
            if (exit != 0) throw new InvalidOperationException($"apt-get {args} failed (exit {exit}): {error.Trim()}");
        }
    }

    private static (int Exit, string Output, string Error) Shell(string file, params string[] args)
    {
        var info = new ProcessStartInfo(file);
        foreach (var a in args) info.ArgumentList.Add(a);
        info.Environment["DEBIAN_FRONTEND"] = "noninteractive";
        // No time limit, as before: killing apt-get half way would leave dpkg locked for the next run.
        var result = ChildProcess.Run(info, Timeout.InfiniteTimeSpan, $"{file} {string.Join(' ', args)}");
        return (result.ExitCode, result.Out, result.Err);
    }
}
