using WijkSim.Model.Parameters;
using WijkSim.Model.Rules;
using WijkSim.Model.State;

namespace WijkSim.Tests.Rules;

/// <summary>Rules/PlaceManagers.cs: a founder keeps her core seat while the place she runs is at stake, and
/// only then.</summary>
public class PlaceManagersTests
{
    private static readonly ParticipationParameters On = new() { ManagersStay = true };
    private static readonly AgreementState Place = new() { HasLease = true, LeaseEssential = true };

    [Fact]
    public void A_founder_in_the_core_of_a_place_she_runs_stays()
    {
        Assert.True(PlaceManagers.Stays(founder: true, Role.Core, Place, On));
    }

    [Fact]
    public void Without_the_rule_a_lost_place_a_lease_it_does_not_need_or_no_lease_she_decides_as_anyone()
    {
        Assert.False(PlaceManagers.Stays(true, Role.Core, Place, new ParticipationParameters { ManagersStay = false }));
        Assert.False(PlaceManagers.Stays(true, Role.Core, Place with { LeaseLost = true }, On));
        Assert.False(PlaceManagers.Stays(true, Role.Core, Place with { LeaseEssential = false }, On));
        Assert.False(PlaceManagers.Stays(true, Role.Core, new AgreementState(), On)); // Jan Eef: no lease
    }

    [Fact]
    public void The_rule_keeps_a_founders_seat_and_neither_holds_other_members_nor_gives_a_seat_back()
    {
        Assert.False(PlaceManagers.Stays(founder: false, Role.Core, Place, On));
        foreach (var role in new[] { Role.None, Role.Aware, Role.Passive, Role.Active })
            Assert.False(PlaceManagers.Stays(founder: true, role, Place, On));
    }
}
