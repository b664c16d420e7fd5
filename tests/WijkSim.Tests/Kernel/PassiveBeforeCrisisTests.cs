using WijkSim.Model.Kernel;
using WijkSim.Scenarios;
using WijkSim.Tests.Support;

namespace WijkSim.Tests.Kernel;

/// <summary>The cohort measure passive_before_crisis (De Ketel's users-not-restored check): the users an
/// initiative had before its first money crisis, followed after it.</summary>
public class PassiveBeforeCrisisTests
{
    [Fact]
    public void Until_the_first_crisis_it_counts_every_user_and_after_it_only_the_earlier_ones()
    {
        var scenario = ScenarioLoader.Load(Repo.Scenario("de-ketel.yaml"));
        int newcomerWeeks = 0;
        foreach (ulong seed in new ulong[] { 1, 2, 3 })
        {
            var records = KernelRun.Run(scenario.Config, seed).Records;
            int firstCrisis = Array.FindIndex(records, r => r.InCrisis);
            Assert.True(firstCrisis > 0, $"seed {seed}: De Ketel has a money crisis (the cohort closes there)");
            for (int t = 0; t < records.Length; t++)
            {
                var r = records[t];
                if (t <= firstCrisis) Assert.Equal(r.PassiveSupporters, r.PassiveBeforeCrisis);
                else Assert.InRange(r.PassiveBeforeCrisis, 0, r.PassiveSupporters);
                if (r.PassiveBeforeCrisis < r.PassiveSupporters) newcomerWeeks++;
            }
        }
        // Residents who first join after the crisis are users but not of the cohort.
        Assert.True(newcomerWeeks > 0, "after the crisis some users are newcomers");
    }

    [Fact]
    public void The_cohort_is_who_was_a_member_in_the_year_before_the_crisis()
    {
        byte count = CrisisCohort.Never;
        Assert.False(CrisisCohort.InCohort(count), "never a member: not of the cohort");
        count = CrisisCohort.Next(count, closed: false, member: true);
        for (int week = 1; week < CrisisCohort.Weeks; week++) count = CrisisCohort.Next(count, closed: false, member: false);
        Assert.True(CrisisCohort.InCohort(count), "a member 51 weeks ago is of the cohort");
        count = CrisisCohort.Next(count, closed: false, member: false);
        Assert.False(CrisisCohort.InCohort(count), "a member 52 weeks ago is not");
        for (int week = 0; week < 400; week++) count = CrisisCohort.Next(count, closed: false, member: false);
        Assert.Equal(CrisisCohort.Never, count);   // saturates instead of wrapping back into the cohort

        byte frozen = CrisisCohort.Next(CrisisCohort.Never, closed: false, member: true);
        for (int week = 0; week < 100; week++) frozen = CrisisCohort.Next(frozen, closed: true, member: false);
        Assert.True(CrisisCohort.InCohort(frozen), "after the crisis the count no longer runs");
        Assert.False(CrisisCohort.InCohort(CrisisCohort.Next(CrisisCohort.Never, closed: true, member: true)), "joining after the crisis does not make her an earlier user");
    }
}
