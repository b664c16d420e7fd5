using WijkSim.Model.Config;
using WijkSim.Model.Random;
using WijkSim.Model.Rules;
using WijkSim.Model.State;

namespace WijkSim.Model.Kernel;

/// <summary>Phase 3 of a week: funds decide applications in their windows and pay running grants;
/// companies adopt or drop sponsorships; crowdfunding collects from supporters. All read last week's
/// state of the initiatives.</summary>
public static class FunderStep
{
    public static void Step(World w, int week)
    {
        for (int f = 0; f < w.FunderCount; f++) StepOne(w, f, week);
    }

    /// <summary>One funder's week. Funders run in index order: their payments add to the same sums.</summary>
    public static void StepOne(World w, int f, int week)
    {
        int K = w.InitiativeCount;
        int weekOfYear = Math.Min(52, (w.Config.DateOf(week).DayOfYear - 1) / 7 + 1);
        if (week < w.FunderActiveFromWeek[f]) return;
        var c = w.FunderConfigs[f];
        ref var fs = ref w.Funders[f];
        if (week / 52 != fs.Year) { fs.Year = week / 52; fs.Committed = 0; }
        bool window = c.Windows.Contains(weekOfYear);
        for (int k = 0; k < K; k++)
        {
            ref var s = ref w.Initiatives[k];
            if (s.Phase == Phase.Ended) continue;
            ref var link = ref w.FunderLinks[f * K + k];
            switch (c.Kind)
            {
                case FunderKind.Fund: Fund(w, c, ref fs, ref link, ref s, f, k, week, window); break;
                case FunderKind.Company: Company(w, c, ref fs, ref link, ref s, f, k, week); break;
                case FunderKind.Crowd: Crowd(c, ref fs, ref s); break;
            }
        }
    }

    private static void Fund(World w, FunderConfig c, ref FunderState fs, ref FunderLink link, ref InitiativeState s,
        int f, int k, int week, bool window)
    {
        if (week >= link.PayFromWeek && week < link.PayUntilWeek)
        {
            double paid = link.GrantPerYear / 52.0;
            s.Income[(int)IncomeSource.Funds] += paid;
            s.PulledIncome += paid * c.AgendaPull;
        }
        if (!window || link.PayUntilWeek > week || s.Phase == Phase.Idea) return;
        double total = s.IncomeAverage.Total;
        double otherShare = total > 0 ? (total - s.IncomeAverage[(int)IncomeSource.Funds]) / total : 0.0;
        double ageYears = week / 52.0;
        double score = FunderDecision.Score(ageYears, s.Legitimacy, s.Formalisation, s.Working, c, w.Rules.Funding);
        double noise = CounterRng.Uniform(w.Seed, ((ulong)(uint)f << 32) | (uint)k, week, Purpose.FunderDecision);
        if (!FunderDecision.Grants(score, noise, link.YearsFunded, c.BudgetPerYear - fs.Committed, otherShare, c, w.Rules.Funding)) return;
        link.PayFromWeek = week + c.DecisionLagWeeks;
        link.PayUntilWeek = link.PayFromWeek + 52;
        link.YearsFunded++;
        link.GrantPerYear = FunderDecision.Amount(c.BudgetPerYear - fs.Committed, c);
        fs.Committed += link.GrantPerYear;
    }

    private static void Company(World w, FunderConfig c, ref FunderState fs, ref FunderLink link, ref InitiativeState s,
        int f, int k, int week)
    {
        if (link.Sponsoring)
        {
            if (SponsorAdoption.Drops(s.TrustMean, c)) { link.Sponsoring = false; return; }
            s.Income[(int)IncomeSource.Sponsors] += c.GrantPerYear / 52.0;
            return;
        }
        double draw = CounterRng.Uniform(w.Seed, ((ulong)(uint)f << 32) | (uint)k, week, Purpose.SponsorAdoption);
        if (c.BudgetPerYear - fs.Committed >= c.GrantPerYear && SponsorAdoption.Adopts(s.TrustMean, s.Members, draw, c, w.Rules.Funding))
        {
            link.Sponsoring = true;
            fs.Committed += c.GrantPerYear;
        }
    }

    /// <summary>Crowdfunding: each passive or active supporter gives in proportion to her trust,
    /// until the year's budget (what the crowd can raise) is used.</summary>
    private static void Crowd(FunderConfig c, ref FunderState fs, ref InitiativeState s)
    {
        double gift = Math.Min(s.Members * s.TrustMean * c.GrantPerYear / 52.0, Math.Max(0.0, c.BudgetPerYear - fs.Committed));
        fs.Committed += gift;
        s.Income[(int)IncomeSource.Contributions] += gift;
    }
}
