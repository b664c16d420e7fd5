using WijkSim.Model.Config;
using WijkSim.Model.Output;
using WijkSim.Model.State;
using static WijkSim.Scenarios.Facts.RunMeasures;

namespace WijkSim.Scenarios.Facts;

/// <summary>The stylised facts of the three cases and the generic ones, each with the scenario it
/// runs on and its threshold. Thresholds are justified in docs/model.md: a fact about one run must hold in
/// at least 80% of seeds, as a story check does (issue 14's standard; it was 60% before).</summary>
public static class FactCatalogue
{
    public const double ClearMajority = 0.8;

    /// <summary>Which facts read back a coded rule (mechanism checks: they show the code does what it says,
    /// not that the model is valid) and which calibration may fit; every other fact is an emergent pattern
    /// held out for validation. Fixed before calibrating (docs/model.md §5); the story checks carry the
    /// same labels in their files (src/Scenarios/stories).</summary>
    private static readonly Dictionary<string, (FactKind Kind, FactUse Use)> Roles = new()
    {
        ["jan-eef.ends"] = (FactKind.Emergent, FactUse.Calibration),
        ["jan-eef.biz-renewal-fails"] = (FactKind.Emergent, FactUse.Calibration),
        // The crisis starts a campaign by rule and the scenario scripts two more.
        ["de-ketel.mobilisation"] = (FactKind.Mechanism, FactUse.Calibration),
        ["de-ketel.election-loses-users"] = (FactKind.Emergent, FactUse.Calibration),
        // The settling-in freeze after an election delays the decision by rule.
        ["de-ketel.no-election-keeps-users"] = (FactKind.Mechanism, FactUse.Validation),
        // The crisis still starts a campaign by rule; since the seventeenth round it does whenever the core
        // is at least mobilisation_core, because the crisis puts the municipal building at stake (91% -> 100%: a read-back).
        ["de-ketel.mobilisation-without-scripted-campaigns"] = (FactKind.Mechanism, FactUse.Validation),
        // Only a partner on a lifecycle schedule keeps paying in the decision gap, by rule.
        ["jan-eef.rhythm-survives"] = (FactKind.Mechanism, FactUse.Validation),
        // Reads back the ratio of coded amounts (grant, taper, levy): the assumptions against a source.
        ["jan-eef.entrepreneurs-pay-a-fifth"] = (FactKind.Mechanism, FactUse.Validation),
        // The scripted agenda shift raises mission drift by rule.
        ["de-ketel.agenda-keeps-with-drift"] = (FactKind.Mechanism, FactUse.Validation),
        ["voedseltuin.survives-money-stop"] = (FactKind.Emergent, FactUse.Calibration),
        // A partner municipality renews by rule, and the stance change is scripted before both renewals.
        ["voedseltuin.both-leases"] = (FactKind.Mechanism, FactUse.Validation),
        // Social control is coded as 1 up to 50 members and falls beyond; effort follows it.
        ["generic.group-size-free-riding"] = (FactKind.Mechanism, FactUse.Validation),
        ["generic.group-size-effort"] = (FactKind.Mechanism, FactUse.Validation),
        // Transparency and recognition are terms of the trust target.
        ["generic.transparency-trust"] = (FactKind.Mechanism, FactUse.Validation),
        ["generic.reciprocity-trust"] = (FactKind.Mechanism, FactUse.Validation),
        // Weeks without progress are a term of the fade chance.
        ["generic.progress-lag-fades"] = (FactKind.Mechanism, FactUse.Validation),
        // Falling back below the quorum is a lifecycle rule for pioneers only.
        ["generic.pioneers-fall-back"] = (FactKind.Mechanism, FactUse.Validation),
        // The benefit risk, the guarantee, the fee and the intermediary are coded terms of one decision each.
        ["generic.few-entrepreneurs"] = (FactKind.Mechanism, FactUse.Validation),
        ["generic.benefit-safety"] = (FactKind.Mechanism, FactUse.Validation),
        ["generic.fee-deters"] = (FactKind.Mechanism, FactUse.Validation),
        ["generic.intermediary-trust"] = (FactKind.Mechanism, FactUse.Validation),
        // Fewer renewals mean fewer refusals, each a coded year without subsidy.
        ["generic.multi-year-funding"] = (FactKind.Mechanism, FactUse.Validation),
    };

    /// <summary>Facts the model does not reproduce yet, with the reason: open defects, shown in the facts
    /// table; the tests require them to fail, so a mark goes when the model is fixed (docs/model.md §6).</summary>
    private static readonly Dictionary<string, string> KnownFailures = new()
    {
        // Thirty-eighth round (docs/model.md §6): the weekly count of everyone working fell 8-fold; restated in
        // the fifty-first to count the team, which falls more steeply still.
        ["jan-eef.team-falls-as-reported"] = "the model's team (those working in 7 of the last 13 weeks) has about 48 in the association's first two years, 1.6 times the founders' 30, and about 5 in the half year before the vote, 0.63 times their eight (the board's seats and about one more): the fall is about 9-fold, not 3.75; the weekly count of everyone working, which the check read until the fifty-first round, fell 8-fold (66 to 8.3) and held in 37 / 36% (the size problem, docs/model.md §6)",
        ["jan-eef.entrepreneurs-pay-a-fifth"] = "the model's entrepreneurs pay about two fifths of the association's money in 2012-2016 (median 0.39 over seeds 1-100, 10-90% 0.35-0.45; each year's median 0.36-0.43), twice the reported fifth: the first levy of 300 euro on about 59 liable shopkeepers (about 17,700 a year) against a partner grant of 30,000 a year, both ASSUMPTION; a levy near 120 would give the fifth; it holds in some runs only because the median lies just inside the band's upper edge of 0.40 (docs/model.md §6, forty-fourth round)",
    };

    /// <summary>Facts that may hold but are no evidence for the model, with the reason (as a story check's
    /// not_evidence): the facts table counts them apart (docs/validation-ledger.md).</summary>
    private static readonly Dictionary<string, string> NotEvidence = new()
    {
        ["jan-eef.team-falls-as-reported"] = "restated in the fifty-first round to count the team, after the weekly count of everyone working had failed it since the thirty-eighth; the fall of the core and of the hours was seen to pass before the restatement, and before the vote the team is mostly the board's seats (Rules/BoardSeats), so its end reads back a rule (docs/model.md §6)",
    };

    // Declared before All: static initialisers run in the order of the text.
    private static IReadOnlyList<Fact> Labelled(Fact[] facts) =>
        facts.Select(f => Roles.TryGetValue(f.Id, out var role) ? f with { Kind = role.Kind, Use = role.Use } : f)
            .Select(f => KnownFailures.TryGetValue(f.Id, out var why) ? f with { KnownToFail = why } : f)
            .Select(f => NotEvidence.TryGetValue(f.Id, out var weak) ? f with { NotEvidence = weak } : f).ToArray();

    public static IReadOnlyList<Fact> All { get; } = Labelled(
    [
        // Jan Eef (002 l.2170-2440)
        new ShareFact("jan-eef.peak-then-decline", "Jan Eef", "active volunteers peak in the first years (by two years after formalisation) and fall at least 1.9-fold before the renewal vote",
            "002 l.2236-2276; geefomdejaneef.nl, 4 Feb 2017: a team of 30 in the first years, eight in 2017; ASSUMPTION: the windows and half the reported fall", "jan-eef", ClearMajority, PeakThenDecline),
        new ShareFact("jan-eef.biz-renewal-fails", "Jan Eef", "the vote on a new BIZ gets too few yes votes",
            "002 l.2272-2277", "jan-eef", ClearMajority, r =>
            {
                // The counts freeze when the association ends: one that ended before the renewal vote would
                // report the first BIZ's vote as the renewal's (docs/model.md §5, twenty-sixth round).
                if (EndedBefore(r, LastEventWeek(r, EventKind.BizVote))) return false;
                var last = At(r, r.Weeks - 1);
                // Failed by the scenario's own bar (BizVote.Passes), not a fixed half: robustness moves the bar,
                // and a check that kept 0.5 would call a vote that failed at 0.55 a pass (review r37).
                var biz = r.Config.Initiatives[0].Biz;
                return biz is not null && last.BizVotes > 0 && !Model.Rules.BizVote.Passes(last.BizYes, last.BizVotes, biz.RequiredYesShare);
            }),
        new ShareFact("jan-eef.ends", "Jan Eef", "the association ends within the horizon", "002 l.2290-2296", "jan-eef", ClearMajority,
            r => !Survived(r)),
        new CompareFact("jan-eef.rhythm-survives", "Jan Eef", "with the municipality staying partner and paying by lifecycle, survival is higher",
            "002 l.2396-2406; 001 l.~105", "jan-eef-rhythm", "jan-eef", r => Survived(r) ? 1 : 0, IsProportion: true),

        // De Ketel (002 l.1885-2170)
        new ShareFact("de-ketel.mobilisation", "De Ketel", "the crisis triggers a mobilisation peak in passive support",
            "002 l.1955-1998", "de-ketel", ClearMajority, Mobilisation),
        new ShareFact("de-ketel.election-loses-users", "De Ketel", "an election inside the decision window costs users",
            "002 l.2059-2072", "de-ketel", ClearMajority, r => !EndedBefore(r, ElectionWeek(r) + UsersLostWeeks + 1) && UsersLost(r) >= 0.1),
        new CompareFact("de-ketel.no-election-keeps-users", "De Ketel", "without the election in the window fewer users are lost",
            "002 l.2059-2072", "de-ketel", "de-ketel-no-election", UsersLost, IsProportion: false),
        // Survival after the agenda shift with drift; not that the shift causes the survival: since the ninth
        // round the model keeps the building without the shift as well (docs/model.md §6).
        new ShareFact("de-ketel.agenda-keeps-with-drift", "De Ketel", "after the agenda shift the building is kept, with mission drift",
            "002 l.2077-2116", "de-ketel", ClearMajority, r =>
            {
                int shift = EventWeek(r, EventKind.AgendaShift);
                return Survived(r) && At(r, r.Weeks - 1).MissionDrift > At(r, shift).MissionDrift + 0.05;
            }),

        // Voedseltuin (002 l.3545-3810)
        new ShareFact("voedseltuin.survives-money-stop", "Voedseltuin", "survives the end of the re-integration money through funds and own income",
            "002 l.3622-3630, 3741-3752", "voedseltuin", ClearMajority, r =>
            {
                int stop = EventWeek(r, EventKind.ReintegrationStop);
                var later = Between(r, stop + 52, r.Weeks).ToArray();
                return Survived(r) && later.Sum(x => x.Income[(int)IncomeSource.Funds] + x.Income[(int)IncomeSource.OwnRevenue]) > 0;
            }),
        new ShareFact("voedseltuin.diversity-rises", "Voedseltuin", "income diversity rises over time",
            "002 l.3741-3752", "voedseltuin", ClearMajority, r =>
            {
                int stop = EventWeek(r, EventKind.ReintegrationStop);
                // Diversity freezes when the garden ends; the seed's rise is of a garden still running (§5, twenty-sixth round).
                return Survived(r) && At(r, r.Weeks - 1).IncomeDiversity > At(r, stop + 52).IncomeDiversity;
            }),
        new ShareFact("voedseltuin.both-leases", "Voedseltuin", "survives both lease renewals (2015 and 2020)",
            "002 l.3681-3684, 3754-3760", "voedseltuin", ClearMajority, Survived),
        new CompareFact("voedseltuin.single-source-fails", "Voedseltuin", "without diversification it fails after the money stops",
            "002 l.3622-3630", "voedseltuin", "voedseltuin-single-source", r => Survived(r) ? 1 : 0, IsProportion: true),

        // Not artefacts of the horizon or of the script (issue 14): survivals last beyond the horizon,
        // survivors are collectives and not shells, and the facts that claim a mechanism hold without
        // the scripted campaigns.
        new ShareFact("voedseltuin.survives-a-year-beyond", "Voedseltuin", "still there a year after the horizon",
            "002 l.3754-3757, 3781", "voedseltuin-plus-year", ClearMajority, Survived),
        new ShareFact("de-ketel.survives-a-year-beyond", "De Ketel", "the building is still run a year after the horizon",
            "002 l.2104, 2134, 2163-2164", "de-ketel-plus-year", ClearMajority, Survived),
        new ShareFact("voedseltuin.survivors-are-collectives", "Voedseltuin", "the garden survives as a collective: a core and a quorum of hands, not a shell",
            "002 l.3604, 3758-3760; 004 l.1316-1318", "voedseltuin", ClearMajority, SurvivesAsCollective),
        new ShareFact("de-ketel.survivors-are-collectives", "De Ketel", "De Ketel survives as a collective: a core and a quorum of hands, not a shell",
            "002 l.2071-2072; 004 l.1316-1318", "de-ketel", ClearMajority, SurvivesAsCollective),
        new ShareFact("jan-eef.rhythm-survivors-are-collectives", "Jan Eef", "in the counterfactual, a surviving association has a core and a quorum of hands",
            "002 l.2396-2406; 004 l.1316-1318", "jan-eef-rhythm", ClearMajority, LivingCollectiveOrEnded),
        new ShareFact("jan-eef.peak-without-scripted-days", "Jan Eef", "volunteers peak in the first years and fall at least 1.9-fold before the renewal vote, without the scripted Jan Eef days",
            "002 l.2236-2276; geefomdejaneef.nl, 4 Feb 2017; ASSUMPTION: the windows and half the reported fall", "jan-eef-no-campaigns", ClearMajority, PeakThenDecline),
        new ShareFact("jan-eef.team-falls-as-reported", "Jan Eef", "the team (those working in most weeks of a quarter) falls from the association's first two years to the half year before the renewal vote by 1.9- to 7.5-fold, about the founders' 30 to 8",
            "002 l.2262-2276; geefomdejaneef.nl, 4 Feb 2017: 'een team van 30 mensen' in the first years, 'nog maar acht mensen' in 2017; the team that keeps it running, 002 l.2239-2241; ASSUMPTION: 3.75 halved and doubled, and the team as those working in 7 of the last 13 weeks", "jan-eef", ClearMajority, TeamFallsAsReported),
        new ShareFact("jan-eef.entrepreneurs-pay-a-fifth", "Jan Eef", "the entrepreneurs' BIZ levy is about a fifth of the association's income over the first BIZ, 2012-2016",
            "002 l.2256-2259; the farewell notice (2017): 'De ondernemers droegen van 2012 tot 2016 ieder jaar financieel 20% bij aan de Winkelstraatvereniging via zo'n eigen BIZ fonds'; ASSUMPTION: 20% halved and doubled, pooled over the five years", "jan-eef", ClearMajority, EntrepreneursShare.Holds),
        new ShareFact("de-ketel.mobilisation-without-scripted-campaigns", "De Ketel", "the crisis mobilises passive support without the scripted petition and work visit",
            "002 l.1955-1998", "de-ketel-no-campaigns", ClearMajority, Mobilisation),

        // Generic (003)
        new CompareFact("generic.group-size-free-riding", "Generic", "a group of about 200 free-rides more than a group of 20",
            "003 l.355-372", "reach-200", "reach-20", r => r.Outcomes[0].MeanFreeRiderShare, IsProportion: false),
        new CompareFact("generic.group-size-effort", "Generic", "per-capita contribution is lower in a group of about 200 than of 20",
            "003 l.355-372", "reach-20", "reach-200", HoursPerMember, IsProportion: false),
        new CompareFact("generic.transparency-trust", "Generic", "more transparency gives more trust",
            "003 l.50-170", "transparent", "opaque", r => At(r, r.Weeks - 1).TrustMean, IsProportion: false),
        new CompareFact("generic.reciprocity-trust", "Generic", "more reciprocity (recognition) gives more trust",
            "003 l.50-170, 295-305", "recognised", "baseline", r => At(r, r.Weeks - 1).TrustMean, IsProportion: false),
        new CompareFact("generic.progress-lag-fades", "Generic", "passive support fades when visible progress lags",
            "003 l.215-255", "baseline", "no-progress", r => r.Records.Average(x => (double)x.PassiveSupporters), IsProportion: false),

        // Generic (000, 001, 004)
        new ShareFact("generic.core-periphery", "Generic", "participation forms a small core and a wide periphery",
            "000 (Productiehuis West)", "baseline", ClearMajority, r =>
            {
                var x = At(r, r.Weeks - 1);
                // Productiehuis West (000): 43 trekkers of about 110 active, about 200 reached.
                return x.Core > 0 && x.Core <= 0.4 * x.ActiveVolunteers && x.ActiveVolunteers < x.PassiveSupporters;
            }),
        new CompareFact("generic.pioneers-fall-back", "Generic", "pioneering initiatives fall back more often than established ones",
            "000 l.1650-1652, 1728-1733", "pioneer-start", "established-start", r => r.Records.Any(x => x.Phase is Phase.Decline or Phase.Ended) ? 1 : 0, IsProportion: true),
        new ShareFact("generic.few-entrepreneurs", "Generic", "few residents on benefits start their own business while the benefit is at risk",
            "000 l.1004-1016, 1363-1368", "baseline", ClearMajority,
            r => At(r, r.Weeks - 1).Entrepreneurs <= 0.05 * r.Config.Population.Residents * r.Config.Population.BenefitsShare),
        new CompareFact("generic.benefit-safety", "Generic", "a benefit-safety guarantee lets more residents on benefits start a business",
            "000 l.1004-1016; 001 l.64", "benefit-safe", "baseline", r => At(r, r.Weeks - 1).Entrepreneurs, IsProportion: false),
        new CompareFact("generic.multi-year-funding", "Generic", "multi-year funding gives higher survival than annual renewal",
            "004 l.449, 637-641; 000 l.1631-1633", "multi-year", "annual", r => Survived(r) ? 1 : 0, IsProportion: true),
        new CompareFact("generic.fee-deters", "Generic", "a participation fee deters people from taking part",
            "000 l.1058-1063", "baseline", "fee", r => r.Records.Average(x => (double)(x.ActiveVolunteers + x.PassiveSupporters)), IsProportion: false),
        new CompareFact("generic.intermediary-trust", "Generic", "an intermediary raises trust in the municipality",
            "001 l.84-95; 004 l.591-597", "intermediary", "baseline", r => At(r, r.Weeks - 1).MunicipalityTrustMean, IsProportion: false),
    ]);

    /// <summary>Variants that change what no scenario key holds: the horizon a year on, and a case without
    /// its scripted campaigns. The generic facts' variants of the baseline are scenario files
    /// (<c>scenarios/variants/</c>), so that robustness moves their unsourced numbers like any other.</summary>
    public static IReadOnlyList<Variant> Variants { get; } =
    [
        new("voedseltuin-plus-year", "voedseltuin", c => c with { Weeks = c.Weeks + 52 }),
        new("de-ketel-plus-year", "de-ketel", c => c with { Weeks = c.Weeks + 52 }),
        new("jan-eef-no-campaigns", "jan-eef", WithoutCampaigns),
        new("de-ketel-no-campaigns", "de-ketel", WithoutCampaigns),
    ];

    /// <summary>Jan Eef's peak and decline (restated in the thirty-eighth round, docs/model.md §6): the busiest
    /// 13-week mean of active volunteers falls before two years after the formalisation, and the association's
    /// first two years have at least 1.9 × the volunteers of the half year before the last BIZ vote (the
    /// renewal). The founders report a team of 30 "in de eerste jaren" and eight in 2017 (3.75-fold); the seed
    /// has the motivation of many ebbing under the board before the renewal (002 l.2262-2276).</summary>
    private static bool PeakThenDecline(RunResult r) =>
        TeamFall(r, x => x.ActiveVolunteers) is double fall && fall >= ReportedFall / 2 && BusiestQuarterEnds(r) <= EventWeek(r, EventKind.Formalise) + 104;

    /// <summary>The team's fall within a factor of two of the reported 3.75. Restated in the fifty-first round
    /// (docs/model.md §6) after the weekly count of everyone working had failed it: the founders' 30 and 8 are
    /// the people who keep the association running, so both ends count the team (Kernel/TeamHistory.cs), not
    /// the week's helpers.</summary>
    private static bool TeamFallsAsReported(RunResult r) =>
        TeamFall(r, x => x.Team) is double fall && fall >= ReportedFall / 2 && fall <= ReportedFall * 2;

    /// <summary>30 to 8: the founders' team "in de eerste jaren" and in 2017 (geefomdejaneef.nl, 4 Feb 2017).</summary>
    private const double ReportedFall = 30.0 / 8.0;

    /// <summary>The mean of a weekly <paramref name="count"/> (the active volunteers, or the team) over the two
    /// years from the formalisation, over its mean in the half year before the last BIZ vote; null for a run that
    /// ended before that vote (an early end's zeros are not a decline, §5, twenty-sixth round). No one left
    /// before the vote is an unbounded fall.</summary>
    private static double? TeamFall(RunResult r, Func<WeeklyRecord, int> count)
    {
        int f = EventWeek(r, EventKind.Formalise);
        int vote = LastEventWeek(r, EventKind.BizVote);
        if (EndedBefore(r, vote)) return null;
        double first = Between(r, f, f + 104).Average(x => (double)count(x));
        double beforeVote = Between(r, vote - 26, vote).Average(x => (double)count(x));
        return beforeVote > 0 ? first / beforeVote : double.PositiveInfinity;
    }

    /// <summary>The last week of the 13 weeks with the most active volunteers (the first such, if tied).</summary>
    private static int BusiestQuarterEnds(RunResult r)
    {
        int best = 12; double most = double.MinValue, sum = 0;
        for (int t = 0; t < r.Weeks; t++)
        {
            sum += At(r, t).ActiveVolunteers;
            if (t >= 13) sum -= At(r, t - 13).ActiveVolunteers;
            if (t >= 12 && sum > most) (most, best) = (sum, t);
        }
        return best;
    }

    /// <summary>De Ketel's mobilisation: passive supporters within 26 weeks after the debt reach 1.2 × the week before.</summary>
    private static bool Mobilisation(RunResult r)
    {
        int debt = EventWeek(r, EventKind.Debt);
        int before = At(r, debt - 1).PassiveSupporters;
        return before > 0 && Between(r, debt, debt + 26).Max(x => x.PassiveSupporters) >= 1.2 * before;
    }

    /// <summary>Ended, or alive with at least one core member and the quorum of four hands (004 l.1316-1318):
    /// for a counterfactual with no seed date, whose endings are a fact of their own.</summary>
    private static bool LivingCollectiveOrEnded(RunResult r) => !Survived(r) || IsCollective(At(r, r.Weeks - 1));

    /// <summary>Alive at the horizon with at least one core member and the quorum of four hands: for a case
    /// whose seed has it running to the horizon (its story file's running_until), where an end is not a pass.</summary>
    private static bool SurvivesAsCollective(RunResult r) => Survived(r) && IsCollective(At(r, r.Weeks - 1));

    private static bool IsCollective(in WeeklyRecord last) => last.Core >= 1 && last.ActiveVolunteers >= 4;

    private static ModelConfig WithoutCampaigns(ModelConfig c) => c with { Events = c.Events.Where(e => e.Type != EventKind.Campaign).ToList() };

    /// <summary>Share of the building's users (passive supporters: the groups that use its rooms) at the
    /// 2018 election who are gone 40 weeks later; 0 if there were none.</summary>
    public static double UsersLost(RunResult r)
    {
        int election = ElectionWeek(r);
        int before = At(r, election).PassiveSupporters;
        return before == 0 ? 0 : Math.Max(0, 1.0 - (double)At(r, election + UsersLostWeeks).PassiveSupporters / before);
    }

    /// <summary>Weeks after the election at which UsersLost counts the users again.</summary>
    private const int UsersLostWeeks = 40;

    /// <summary>The week of De Ketel's 2018 municipal election.</summary>
    private static int ElectionWeek(RunResult r) => r.Config.WeekOf(new DateOnly(2018, 3, 21));

    private static double HoursPerMember(RunResult r)
    {
        var rows = r.Records.Where(x => Members(x) > 0).ToArray();
        return rows.Length == 0 ? 0 : rows.Average(x => x.Hours / Members(x));
    }

}
