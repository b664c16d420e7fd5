using WijkSim.Model.Parameters;
using WijkSim.Model.Rules;
using WijkSim.Model.State;

namespace WijkSim.Tests.Rules;

public class EntrepreneurLadderTests
{
    private static readonly LadderParameters P = new();

    [Fact]
    public void Only_taking_part_makes_a_resident_aspire()
    {
        double lucky = P.AspireChance / 2;
        Assert.Equal(EntrepreneurStage.Aspiring, EntrepreneurLadder.Next(EntrepreneurStage.Potential, active: true, core: false, benefitSafe: false, lucky, P));
        Assert.Equal(EntrepreneurStage.Potential, EntrepreneurLadder.Next(EntrepreneurStage.Potential, active: false, core: false, benefitSafe: false, lucky, P));
    }

    [Fact]
    public void Fear_for_the_benefit_holds_back_a_start_that_a_safe_benefit_allows()
    {
        // A draw between the fearful and the safe chance: only the safe benefit lets her start.
        double draw = (EntrepreneurLadder.StartChance(false, P) + EntrepreneurLadder.StartChance(true, P)) / 2;
        Assert.True(EntrepreneurLadder.StartChance(false, P) < EntrepreneurLadder.StartChance(true, P));
        Assert.Equal(EntrepreneurStage.ResidentEntrepreneur, EntrepreneurLadder.Next(EntrepreneurStage.Aspiring, false, false, benefitSafe: true, draw, P));
        Assert.Equal(EntrepreneurStage.Aspiring, EntrepreneurLadder.Next(EntrepreneurStage.Aspiring, false, false, benefitSafe: false, draw, P));
    }

    [Fact]
    public void A_social_entrepreneur_comes_from_the_core_and_no_one_falls_back()
    {
        double lucky = P.SocialChance / 2;
        Assert.Equal(EntrepreneurStage.SocialEntrepreneur, EntrepreneurLadder.Next(EntrepreneurStage.ResidentEntrepreneur, true, core: true, false, lucky, P));
        Assert.Equal(EntrepreneurStage.ResidentEntrepreneur, EntrepreneurLadder.Next(EntrepreneurStage.ResidentEntrepreneur, true, core: false, false, lucky, P));
        Assert.Equal(EntrepreneurStage.SocialEntrepreneur, EntrepreneurLadder.Next(EntrepreneurStage.SocialEntrepreneur, false, false, false, 0.999, P));
    }
}
