using WijkSim.Scenarios.Loading;
using WijkSim.Silo.Output;

namespace WijkSim.Silo.Commands;

/// <summary>Exit codes and the one place where errors become messages: a user sees one paragraph and
/// an exit code, never a stack trace (set WIJKSIM_DEBUG=1 to see one for an internal error).</summary>
public static class CliErrors
{
    public const int Ok = 0, Internal = 1, BadInput = 2, BadOutput = 3;
    /// <summary>Stopped by Ctrl-C or SIGTERM (128 + SIGINT, as shells report it); finished work is kept.</summary>
    public const int Interrupted = 130;

    public static int Guard(Func<int> action)
    {
        try
        {
            return action();
        }
        catch (ScenarioError e)
        {
            Console.Error.WriteLine($"error: {e.Message}");
            return BadInput;
        }
        catch (WijkSim.Experiments.Design.DesignError e)
        {
            Console.Error.WriteLine($"error: {e.Message}");
            return BadInput;
        }
        catch (WijkSim.Grains.Experiments.ExperimentFailedException e)
        {
            Console.Error.WriteLine($"error: {e.Message}. The finished runs are kept; run the same command again to retry the rest.");
            return Internal;
        }
        catch (UsageError e)
        {
            Console.Error.WriteLine($"error: {e.Message}");
            return BadInput;
        }
        catch (OutputFolderError e)
        {
            Console.Error.WriteLine($"error: {e.Message}");
            return BadOutput;
        }
        catch (Exception e)
        {
            Console.Error.WriteLine($"internal error: {e.GetType().Name}: {e.Message}. Please report it with the command you ran.");
            if (Environment.GetEnvironmentVariable("WIJKSIM_DEBUG") == "1") Console.Error.WriteLine(e);
            return Internal;
        }
    }
}

/// <summary>A command-line value that cannot be used.</summary>
public sealed class UsageError(string option, string problem) : Exception($"{option}: {problem}");
