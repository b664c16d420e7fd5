using WijkSim.Model.Parameters;
using WijkSim.Model.Rules;
using WijkSim.Model.State;

namespace WijkSim.Tests.Rules;

public class BoardSeatsTests
{
    private static readonly ParticipationParameters P = new();
    private static readonly FormalisationParameters F = new(); // three seats

    [Fact]
    public void An_informal_group_has_no_seats_to_keep()
    {
        Assert.Equal(P.CoreThreshold - P.ExitHysteresis, BoardSeats.CoreExitThreshold(1, 0.0, P, F));
        Assert.Equal(P.CoreThreshold, BoardSeats.CoreEntryThreshold(0, 0.0, P, F));
    }

    [Fact]
    public void A_fully_formal_board_keeps_a_member_as_long_as_she_would_work_at_all()
    {
        double exit = BoardSeats.CoreExitThreshold(2, 1.0, P, F);
        Assert.Equal(P.ActiveThreshold - P.ExitHysteresis, exit, 12);
        // Tired: below the ordinary core exit, still above the active exit: she keeps her seat.
        double tired = P.CoreThreshold - P.ExitHysteresis - 0.2;
        Assert.Equal(Role.Core, Participation.NextRole(Role.Core, tired, 0, P, coreExit: exit));
        Assert.Equal(Role.Active, Participation.NextRole(Role.Core, tired, 0, P));
    }

    [Fact]
    public void A_vacant_seat_is_offered_to_an_active_member_below_the_ordinary_core_bar()
    {
        double willing = P.CoreThreshold - 0.1;
        double entry = BoardSeats.CoreEntryThreshold(0, 0.7, P, F);
        Assert.Equal(Role.Core, Participation.NextRole(Role.Active, willing, 0, P, coreEntry: entry));
        Assert.Equal(Role.Active, Participation.NextRole(Role.Active, willing, 0, P));
        // With every seat filled nothing is offered.
        Assert.Equal(P.CoreThreshold, BoardSeats.CoreEntryThreshold(3, 0.7, P, F));
    }

    [Fact]
    public void The_pull_fades_with_the_core_so_the_core_does_not_leave_at_one_count()
    {
        double[] exits = [.. Enumerable.Range(0, 8).Select(core => BoardSeats.CoreExitThreshold(core, 0.7, P, F))];
        for (int core = 1; core < exits.Length; core++) Assert.True(exits[core] >= exits[core - 1]);
        Assert.True(exits[4] > exits[3] && exits[4] < exits[6]); // between full pull (3) and none (6)
        Assert.Equal(P.CoreThreshold - P.ExitHysteresis, exits[6]);
    }

    [Fact]
    public void Bars_never_rise_with_formalisation()
    {
        for (double f = 0; f < 1; f += 0.1)
        {
            Assert.True(BoardSeats.CoreExitThreshold(2, f + 0.1, P, F) <= BoardSeats.CoreExitThreshold(2, f, P, F));
            Assert.True(BoardSeats.CoreEntryThreshold(1, f + 0.1, P, F) <= BoardSeats.CoreEntryThreshold(1, f, P, F));
        }
    }
}
