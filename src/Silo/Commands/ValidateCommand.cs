using System.CommandLine;
using WijkSim.Scenarios;

namespace WijkSim.Silo.Commands;

/// <summary><c>wijksim validate SCENARIO.yaml [--set key=value ...]</c>: every check of <c>run</c>, without running.</summary>
public static class ValidateCommand
{
    public static Command Create()
    {
        var scenario = new Argument<string>("scenario") { Description = "the scenario file (YAML)" };
        var settings = new Option<string[]>("--set") { Description = "override a scenario key (repeatable)", DefaultValueFactory = _ => [] };
        var command = new Command("validate", "check a scenario file without running it") { scenario, settings };
        command.SetAction(parse => CliErrors.Guard(() =>
        {
            var loaded = ScenarioLoader.Load(parse.GetValue(scenario)!, parse.GetValue(settings) ?? []);
            var c = loaded.Config;
            Console.WriteLine($"ok: {loaded.Path}: '{c.Name}', {c.Population.Residents:N0} residents, {c.Initiatives.Count} initiative(s), " +
                $"{c.Funders.Count} funder(s), {c.Events.Count} event(s), {c.Weeks} weeks from {c.Start:yyyy-MM-dd} to {c.DateOf(c.Weeks).AddDays(-1):yyyy-MM-dd}");
            return CliErrors.Ok;
        }));
        return command;
    }
}
