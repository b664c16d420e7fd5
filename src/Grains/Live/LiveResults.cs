using System.Runtime.InteropServices;
using WijkSim.Grains.Contracts;
using WijkSim.Model.Config;
using WijkSim.Model.Output;

namespace WijkSim.Grains.Live;

/// <summary>Turns a session's records into the same <see cref="RunResult"/> the kernel returns, so that
/// one set of writers serves both hostings.</summary>
public static class LiveResults
{
    public static async Task<RunResult> Fetch(ISimulationGrain clock, ModelConfig config, ulong seed)
    {
        var page = await clock.GetRecords(0);
        var records = MemoryMarshal.Cast<byte, WeeklyRecord>(page.Records).ToArray();
        return new RunResult(config, seed, records, page.ToWeek, RunOutcomes.FromRecords(config, records, page.ToWeek));
    }

    /// <summary>Rows from a page, for the HTTP API.</summary>
    public static WeeklyRecord[] Rows(RecordsPage page) => MemoryMarshal.Cast<byte, WeeklyRecord>(page.Records).ToArray();
}
