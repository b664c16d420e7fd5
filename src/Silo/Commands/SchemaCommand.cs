using System.CommandLine;
using WijkSim.Experiments.Calibration;
using WijkSim.Scenarios;
using WijkSim.Scenarios.Facts;

namespace WijkSim.Silo.Commands;

/// <summary><c>wijksim schema</c>: print the reference of every scenario key (Markdown), or with
/// <c>--json</c> the JSON Schema that editors use to complete and check scenario files as they are typed
/// (with <c>--targets</c>: that of calibrate's targets files).</summary>
public static class SchemaCommand
{
    public static Command Create()
    {
        var json = new Option<bool>("--json")
        {
            Description = $"print the JSON Schema of scenario files instead (the file src/Scenarios/scenarios/{ScenarioJsonSchema.FileName})",
        };
        var targets = new Option<bool>("--targets")
        {
            Description = $"with --json: the JSON Schema of calibrate's targets files (src/Scenarios/targets/{TargetsJsonSchema.FileName})",
        };
        var command = new Command("schema", "print every scenario key with its type, default, range and meaning (Markdown), or the JSON Schema with --json");
        command.Options.Add(json);
        command.Options.Add(targets);
        // Guarded like every command: --targets reads the story files, and a bad one (say, a source that
        // is neither a seed line nor an ASSUMPTION) is a message naming file, line and key, not a stack trace.
        command.SetAction(parse => CliErrors.Guard(() =>
        {
            if (parse.GetValue(targets) && !parse.GetValue(json))
                throw new UsageError("--targets", "the targets files have a JSON Schema only: add --json");
            string text = !parse.GetValue(json) ? SchemaReference.Markdown()
                : parse.GetValue(targets) ? TargetsJsonSchema.Json(new NamedScenarios(Path.Combine(AppContext.BaseDirectory, "scenarios")))
                : ScenarioJsonSchema.Json();
            Console.Out.Write(text);
            return CliErrors.Ok;
        }));
        return command;
    }
}
