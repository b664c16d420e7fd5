using WijkSim.Model.Config;
using WijkSim.Model.Parameters;
using WijkSim.Model.Rules;

namespace WijkSim.Tests.Rules;

public class FundingTests
{
    private static readonly FundingParameters P = new();
    private static readonly FunderConfig Fund = new() { Threshold = 1.0, MaxYears = 3, GrantPerYear = 5000, CoFundingShare = 0.2 };

    [Fact]
    public void Funds_favour_the_new_the_impactful_and_the_capable()
    {
        double basis = FunderDecision.Score(3, 0.3, 0.2, 5, Fund, P);
        Assert.True(FunderDecision.Score(0.5, 0.3, 0.2, 5, Fund, P) > basis);
        Assert.True(FunderDecision.Score(3, 0.8, 0.2, 5, Fund, P) > basis);
        Assert.True(FunderDecision.Score(3, 0.3, 0.8, 20, Fund, P) > basis);
    }

    [Fact]
    public void A_grant_needs_years_left_budget_co_funding_and_a_score()
    {
        Assert.True(FunderDecision.Grants(2.0, 0.5, 0, 10000, 0.5, Fund, P));
        Assert.False(FunderDecision.Grants(2.0, 0.5, Fund.MaxYears, 10000, 0.5, Fund, P));
        Assert.True(FunderDecision.Grants(2.0, 0.5, 0, 4000, 0.5, Fund, P));   // less left than a grant: it gives what is left
        Assert.Equal(4000, FunderDecision.Amount(4000, Fund));
        Assert.Equal(Fund.GrantPerYear, FunderDecision.Amount(1e6, Fund));
        Assert.False(FunderDecision.Grants(2.0, 0.5, 0, 0, 0.5, Fund, P));      // an empty budget refuses
        Assert.False(FunderDecision.Grants(2.0, 0.5, 0, 10000, 0.1, Fund, P));
        Assert.False(FunderDecision.Grants(0.2, 0.5, 0, 10000, 0.5, Fund, P));
    }

    [Fact]
    public void Companies_adopt_only_with_trust_and_visibility()
    {
        var company = new FunderConfig { Kind = FunderKind.Company, AdoptionTrust = 0.6, AdoptionSupporters = 40 };
        Assert.True(SponsorAdoption.Adopts(0.7, 50, 0.0, company, P));
        Assert.False(SponsorAdoption.Adopts(0.5, 50, 0.0, company, P));
        Assert.False(SponsorAdoption.Adopts(0.7, 10, 0.0, company, P));
        Assert.False(SponsorAdoption.Adopts(0.7, 50, 0.99, company, P));
        Assert.True(SponsorAdoption.Drops(0.3, company));
        Assert.False(SponsorAdoption.Drops(0.55, company));
    }

    [Fact]
    public void Biz_yes_votes_rise_with_trust_campaign_and_urgency_and_fall_with_the_levy()
    {
        double basis = BizVote.YesChance(0.4, 0.1, 0.2, 400, P);
        Assert.True(BizVote.YesChance(0.8, 0.1, 0.2, 400, P) > basis);
        Assert.True(BizVote.YesChance(0.4, 0.9, 0.2, 400, P) > basis);
        Assert.True(BizVote.YesChance(0.4, 0.1, 0.9, 400, P) > basis);
        Assert.True(BizVote.YesChance(0.4, 0.1, 0.2, 700, P) < basis);
        Assert.InRange(BizVote.YesChance(1, 5, 1, 0, P), 0, 1);
        Assert.True(BizVote.Passes(30, 56, 0.5));
        Assert.False(BizVote.Passes(20, 56, 0.5));
        Assert.False(BizVote.Passes(0, 0, 0.5));
    }
}
