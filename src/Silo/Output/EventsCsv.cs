using WijkSim.Model.Config;
using WijkSim.Scenarios.Loading;

namespace WijkSim.Silo.Output;

/// <summary>events.csv: the scenario's dated events with the week they fall in, for timelines.</summary>
public static class EventsCsv
{
    public static void Write(string path, ModelConfig config)
    {
        using var w = Csv.Create(path);
        w.WriteLine("week,date,type,initiative,value,label");
        foreach (var e in config.Events.OrderBy(e => e.Date))
            w.WriteLine(string.Join(',', Csv.Number(config.WeekOf(e.Date)), e.Date.ToString("yyyy-MM-dd"),
                KeyNames.ToSnakeCase(e.Type.ToString()), Csv.Text(e.Initiative ?? ""),
                e.Value is { } v ? Csv.Number(v) : "", Csv.Text(e.Label)));
    }
}
