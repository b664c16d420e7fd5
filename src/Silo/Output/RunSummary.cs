using Spectre.Console;
using WijkSim.Model.Output;

namespace WijkSim.Silo.Output;

/// <summary>The short human summary printed after a run.</summary>
public static class RunSummary
{
    public static void Print(IAnsiConsole console, RunResult run, string folder, TimeSpan wall)
    {
        // One column per initiative and one row per outcome: fits an 80-column terminal and a log file.
        var table = new Table().Border(TableBorder.Rounded).AddColumn("outcome");
        foreach (var o in run.Outcomes) table.AddColumn(Markup.Escape(o.Id));
        void Row(string label, Func<InitiativeOutcome, string> cell) => table.AddRow([label, .. run.Outcomes.Select(cell)]);
        Row("survived", o => o.Survived ? "[green]yes[/]" : $"[red]ended week {o.EndedWeek} ({run.Config.DateOf(o.EndedWeek ?? 0):yyyy-MM-dd})[/]");
        Row("peak active volunteers", o => $"{o.PeakActive} (week {o.PeakActiveWeek}, {run.Config.DateOf(o.PeakActiveWeek):yyyy-MM})");
        Row("final active volunteers", o => o.FinalActive.ToString());
        Row("peak passive supporters", o => o.PeakPassive.ToString());
        Row("final trust in initiative", o => o.FinalTrust.ToString("0.00"));
        Row("final income diversity", o => o.FinalIncomeDiversity.ToString("0.00"));
        Row("mean free-rider share", o => o.MeanFreeRiderShare.ToString("0.00"));
        Row("last BIZ vote", o => o.BizVotes > 0 ? $"{o.BizYes} of {o.BizVotes} yes" : "-");
        console.Write(table);
        double rate = run.Config.Population.Residents * (double)run.Weeks / Math.Max(wall.TotalSeconds, 1e-9);
        console.MarkupLine($"{run.Weeks} weeks, {run.Config.Population.Residents:N0} residents, seed {run.Seed}, {wall.TotalSeconds:0.00} s ({rate:N0} resident-weeks/s)");
        console.MarkupLine($"outputs in [blue]{Markup.Escape(folder)}[/]");
    }
}
