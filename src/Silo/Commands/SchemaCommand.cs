using System.CommandLine;
using WijkSim.Scenarios;

namespace WijkSim.Silo.Commands;

/// <summary><c>wijksim schema</c>: print the reference of every scenario key (Markdown), or with
/// <c>--json</c> the JSON Schema that editors use to complete and check scenario files as they are typed.</summary>
public static class SchemaCommand
{
    public static Command Create()
    {
        var json = new Option<bool>("--json")
        {
            Description = $"print the JSON Schema of scenario files instead (the file src/Scenarios/scenarios/{ScenarioJsonSchema.FileName})",
        };
        var command = new Command("schema", "print every scenario key with its type, default, range and meaning (Markdown), or the JSON Schema with --json");
        command.Options.Add(json);
        command.SetAction(parse =>
        {
            Console.Out.Write(parse.GetValue(json) ? ScenarioJsonSchema.Json() : SchemaReference.Markdown());
            return CliErrors.Ok;
        });
        return command;
    }
}
