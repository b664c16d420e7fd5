using System.CommandLine;
using System.Runtime.CompilerServices;

namespace WijkSim.Silo.Commands;

/// <summary>The native build (compiled ahead of time: <c>dotnet publish src/Silo -c Release -r linux-x64
/// -p:PublishAot=true</c>) is the start-up build for loops of kernel runs (docs/native-build.md). It has no
/// JIT, so what makes code or reads types by reflection while it runs cannot work in it: Orleans (live
/// mode, the workshop server, the cluster) and the reflection-based JSON of sweeps, checkpoints and lever
/// replays. It has only <c>run</c> (kernel mode) and <c>validate</c>; the other commands are placeholders
/// that refuse with one line naming the normal build, before anything is written.</summary>
public static class NativeBuild
{
    /// <summary>How to start the normal build, for the messages below.</summary>
    private const string NormalBuild = "dotnet run --project src/Silo -c Release --";

    /// <summary>The message for a command or option the native build does not have.</summary>
    public const string Unavailable =
        "not in the native build, which runs only 'run' (kernel mode, without --levers or checkpoints) and 'validate'; " +
        "use the normal build: " + NormalBuild + " ...";

    /// <summary>Stops with a usage error (exit 2) when <paramref name="what"/> is asked of the native build.</summary>
    public static void Refuse(string what)
    {
        if (!RuntimeFeature.IsDynamicCodeSupported) throw new UsageError(what, Unavailable);
    }

    /// <summary>The native build's stand-in for a command it leaves out (Program.cs): the same name, any
    /// arguments, and a refusal (exit 2) when run.</summary>
    public static Command Placeholder(string name)
    {
        var command = new Command(name, $"not in the native build: use the normal build ({NormalBuild} {name})")
        {
            TreatUnmatchedTokensAsErrors = false,
        };
        command.SetAction(_ => CliErrors.Guard(() => throw new UsageError(name, Unavailable)));
        return command;
    }
}
