using WijkSim.Model.Kernel;
using WijkSim.Model.Output;
using WijkSim.Scenarios;
using WijkSim.Tests.Support;

namespace WijkSim.Tests.Kernel;

/// <summary>Weekly records travel between silos and into experiment journals as raw bytes.</summary>
public class WeeklyRecordCodecTests
{
    [Fact]
    public void A_run_s_records_decode_to_the_same_records()
    {
        // De Ketel's debt brings a crisis and a mobilisation, so the flags are set in some weeks.
        var config = ScenarioLoader.Load(Repo.Scenario("de-ketel.yaml")).Config;
        var records = KernelRun.Run(config, 2).Records;
        Assert.Contains(records, r => r.InCrisis);
        var decoded = WeeklyRecordCodec.Decode(WeeklyRecordCodec.Encode(records.ToArray()));
        Assert.Equal(records.Length, decoded.Length);
        for (int i = 0; i < decoded.Length; i++)
            Assert.Equal((records[i].Week, records[i].Cash, records[i].BizYes, records[i].InCrisis, records[i].Mobilised, records[i].BizActive),
                (decoded[i].Week, decoded[i].Cash, decoded[i].BizYes, decoded[i].InCrisis, decoded[i].Mobilised, decoded[i].BizActive));
    }
}
