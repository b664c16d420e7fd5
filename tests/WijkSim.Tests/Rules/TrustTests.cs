using WijkSim.Model.Parameters;
using WijkSim.Model.Rules;

namespace WijkSim.Tests.Rules;

public class TrustTests
{
    private static readonly TrustParameters P = new();

    [Fact]
    public void More_transparency_never_lowers_trust()
    {
        foreach (var x in Sample.Uniforms(500, 4))
        {
            double trust = x[0], reciprocity = 2 * x[1] - 1, t1 = x[2], t2 = x[2] + (1 - x[2]) * x[3];
            Assert.True(Trust.InInitiative(trust, reciprocity, t2, false, P) >= Trust.InInitiative(trust, reciprocity, t1, false, P));
        }
    }

    [Fact]
    public void More_reciprocity_never_lowers_trust()
    {
        foreach (var x in Sample.Uniforms(500, 4))
        {
            double r1 = 2 * x[1] - 1, r2 = r1 + (1 - r1) * x[3];
            Assert.True(Trust.InInitiative(x[0], r2, x[2], false, P) >= Trust.InInitiative(x[0], r1, x[2], false, P));
        }
    }

    [Fact]
    public void Trust_stays_between_zero_and_one_even_at_the_extremes()
    {
        foreach (var trust in new[] { 0.0, 1.0 })
            foreach (var r in new[] { -1.0, 1.0 })
                foreach (var transparency in new[] { 0.0, 1.0 })
                    foreach (var crisis in new[] { false, true })
                    {
                        double next = Trust.InInitiative(trust, r, transparency, crisis, P with { LearningRate = 1.0, CrisisDrop = 1.0 });
                        Assert.InRange(next, 0.0, 1.0);
                    }
    }

    [Fact]
    public void A_crisis_lowers_trust()
    {
        Assert.True(Trust.InInitiative(0.6, 0.2, 0.6, true, P) < Trust.InInitiative(0.6, 0.2, 0.6, false, P));
    }

    [Fact]
    public void Reciprocity_rises_with_the_good_and_falls_with_effort_and_mission_drift()
    {
        double Basic(double good, double given, double drift) => Trust.Reciprocity(good, true, 0.5, 0.8, given, drift, P);
        Assert.True(Basic(0.8, 0.2, 0.0) > Basic(0.2, 0.2, 0.0));
        Assert.True(Basic(0.5, 0.1, 0.0) > Basic(0.5, 0.9, 0.0));
        Assert.True(Basic(0.5, 0.2, 0.0) > Basic(0.5, 0.2, 0.8));
    }

    [Fact]
    public void Members_who_are_heard_get_more_back_than_members_who_are_steered()
    {
        Assert.True(Trust.Reciprocity(0.5, true, 0, 1.0, 0.3, 0, P) > Trust.Reciprocity(0.5, true, 0, 0.2, 0.3, 0, P));
    }

    [Fact]
    public void Negative_past_experience_lowers_starting_trust()
    {
        Assert.True(Trust.Initial(0.5, -1, P) < Trust.Initial(0.5, 0, P));
        Assert.True(Trust.Initial(0.5, 1, P) > Trust.Initial(0.5, 0, P));
    }

    [Fact]
    public void An_intermediary_and_a_partner_stance_raise_trust_in_the_municipality()
    {
        double Run(bool partner, bool intermediary)
        {
            double t = 0.3;
            for (int week = 0; week < 200; week++) t = Trust.InMunicipality(t, partner, intermediary, false, 0, P);
            return t;
        }
        Assert.True(Run(false, true) > Run(false, false));
        Assert.True(Run(true, false) > Run(false, false));
    }

    [Fact]
    public void Shocks_and_benefit_dependence_lower_trust_in_the_municipality()
    {
        Assert.True(Trust.InMunicipality(0.5, false, false, false, 1.0, P) < Trust.InMunicipality(0.5, false, false, false, 0.0, P));
        Assert.True(Trust.InMunicipality(0.5, false, false, true, 0, P) < Trust.InMunicipality(0.5, false, false, false, 0, P));
    }
}
