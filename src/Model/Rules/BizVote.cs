using WijkSim.Model.Parameters;

namespace WijkSim.Model.Rules;

/// <summary>The BIZ vote: a compulsory contribution against free riding needs a majority of the
/// entrepreneurs (002 l.2256-2259). In Jan Eef the renewal failed when volunteers no longer went out
/// to talk to shopkeepers (002 l.2272-2277), so campaign effort counts, with trust and urgency.</summary>
public static class BizVote
{
    /// <summary>Chance that one shopkeeper votes yes; non-decreasing in trust, campaign and urgency, non-increasing in the levy.</summary>
    /// <param name="campaign">active volunteers per shopkeeper in reach, capped at 1</param>
    /// <param name="levyPerYear">the levy the proposed BIZ asks of each shopkeeper</param>
    public static double YesChance(double trust, double campaign, double urgency, double levyPerYear, FundingParameters p)
    {
        double logit = p.BizBias + p.BizTrustWeight * trust + p.BizCampaignWeight * Math.Min(1.0, campaign) + p.BizUrgencyWeight * urgency
            - p.BizLevyWeight * levyPerYear / 1000.0;
        return 1.0 / (1.0 + Math.Exp(-logit));
    }

    /// <summary>The yes votes when the workshop room votes for the shopkeepers: its yes-share of the votes,
    /// rounded half away from zero (0.5 of 5 votes is 3).</summary>
    public static int RoomYes(double roomShare, int votes) => (int)Math.Round(roomShare * votes, MidpointRounding.AwayFromZero);

    public static bool Passes(int yes, int votes, double requiredShare) => votes > 0 && (double)yes / votes >= requiredShare;
}
