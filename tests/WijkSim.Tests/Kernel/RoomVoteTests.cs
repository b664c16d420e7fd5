using WijkSim.Model.Config;
using WijkSim.Model.Kernel;
using WijkSim.Model.Rules;
using WijkSim.Scenarios;
using WijkSim.Tests.Support;

namespace WijkSim.Tests.Kernel;

/// <summary>The workshop room votes as the shopkeepers (issue 15): a room_vote sets the yes-share of the
/// initiative's next BIZ vote, which then counts its voters but draws no votes.</summary>
public class RoomVoteTests
{
    [Theory]
    [InlineData(0.25, false)]
    [InlineData(0.75, true)]
    public void The_next_biz_vote_takes_the_rooms_yes_share(double share, bool passes)
    {
        var jan = ScenarioLoader.Load(Repo.Scenario("jan-eef.yaml"), ["population.residents=600"]).Config;
        var room = new EventConfig { Date = new DateOnly(2011, 11, 7), Type = EventKind.RoomVote, Initiative = "jan-eef", Value = share };
        var config = jan with { Events = [.. jan.Events, room] };
        var run = KernelRun.Run(config, 3, weeks: 240);
        var vote = run.Records.Single(r => config.DateOf(r.Week) == new DateOnly(2011, 12, 5)); // the first BIZ vote
        Assert.True(vote.BizVotes > 0);
        Assert.Equal(BizVote.RoomYes(share, vote.BizVotes), vote.BizYes);
        Assert.Equal(passes, run.Records.Last().BizActive);
    }

    [Fact]
    public void The_rooms_share_is_rounded_half_away_from_zero()
    {
        Assert.Equal(3, BizVote.RoomYes(0.5, 5));
        Assert.Equal(0, BizVote.RoomYes(0.0, 56));
        Assert.Equal(56, BizVote.RoomYes(1.0, 56));
        Assert.Equal(16, BizVote.RoomYes(16.0 / 56, 56));
    }
}
