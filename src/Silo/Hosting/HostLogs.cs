using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Logging.Console;

namespace WijkSim.Silo.Hosting;

/// <summary>The console log of every host (silo, serve, experiment commands): warnings and worse, one line
/// each. A PostgreSQL outage used to print a stack trace every five seconds and SIGTERM hundreds of
/// stack-trace lines (issue 16); an operator needs what failed and why, which the line keeps. Set
/// WIJKSIM_FULL_LOGS=1 for .NET's usual multi-line entries with stack traces.</summary>
public static class HostLogs
{
    public static void Configure(ILoggingBuilder logging)
    {
        logging.SetMinimumLevel(LogLevel.Warning);
        // Orleans' watchdog measures its first interval from the machine's boot, so every start warned of a
        // "participant check" hours late (issue 16); a real stall still shows as an error.
        logging.AddFilter("Orleans.Runtime.Watchdog", LogLevel.Error);
        if (Environment.GetEnvironmentVariable("WIJKSIM_FULL_LOGS") == "1") return;
        logging.AddConsoleFormatter<OneLineFormatter, ConsoleFormatterOptions>();
        logging.AddConsole(o => o.FormatterName = OneLineFormatter.Name);
    }

    /// <summary>"warn: Category: message (ExceptionType: innermost message)" on one line, at most ~400 characters.</summary>
    public sealed class OneLineFormatter() : ConsoleFormatter(Name)
    {
        public new const string Name = "wijksim-one-line";
        private const int MaxMessage = 300;

        public override void Write<TState>(in LogEntry<TState> entry, IExternalScopeProvider? scopeProvider, TextWriter writer)
        {
            string message = OneLine(entry.Formatter(entry.State, null), MaxMessage);
            writer.Write(entry.LogLevel switch
            {
                LogLevel.Critical => "crit", LogLevel.Error => "fail", LogLevel.Warning => "warn",
                LogLevel.Information => "info", _ => "dbug",
            });
            writer.Write(": ");
            writer.Write(entry.Category);
            writer.Write(": ");
            writer.Write(message);
            if (entry.Exception is { } e)
            {
                var root = e.GetBaseException();
                writer.Write($" ({root.GetType().Name}: {OneLine(root.Message, 120)})");
            }
            writer.WriteLine();
        }

        private static string OneLine(string text, int max)
        {
            string line = text.ReplaceLineEndings(" ");
            return line.Length <= max ? line : line[..max] + "…";
        }
    }
}
