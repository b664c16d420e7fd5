using WijkSim.Experiments.Results;
using WijkSim.Model.Build;
using WijkSim.Model.Config;
using WijkSim.Model.Kernel;
using WijkSim.Model.Rules;
using WijkSim.Model.State;
using WijkSim.Scenarios;
using WijkSim.Tests.Support;

namespace WijkSim.Tests.Kernel;

/// <summary>Regression tests for defects a review found in the model (issue 14): each failed on the
/// code before its fix.</summary>
public class ModelDefectTests
{
    [Fact]
    public void The_voedseltuin_is_paid_re_integration_money_for_the_residents_placed_with_it()
    {
        // "grotendeels gedekt door gemeentelijke subsidies op begeleiding van re-integratie" (002 l.3623-3624):
        // before the fix the placements were never counted and the money was 0 in every week.
        var config = ScenarioLoader.Load(Repo.Scenario("voedseltuin.yaml")).Config;
        var run = KernelRun.Run(config, 1, weeks: 26);
        var agreement = config.Municipality.Agreements.Single(a => a.Reintegration is not null);
        double perWeek = agreement.Reintegration!.Placements * agreement.Reintegration.PaymentPerPlacementYear / 52.0;
        var paid = run.Records.Where(r => r.Week >= 1).Select(r => r.Income[(int)IncomeSource.Reintegration]).ToArray();
        Assert.All(paid, p => Assert.True(p > 0, "no re-integration money in a week while the placements run"));
        Assert.All(paid, p => Assert.True(p <= perWeek + 1e-9, $"paid {p} a week, more than the {perWeek} of all placements"));
    }

    [Fact]
    public void A_subsidy_given_by_an_event_to_an_initiative_without_an_agreement_runs_a_year()
    {
        // Before the fix its agreement had the terms of an empty struct: a grant of 0 years, paid one week.
        var config = Worlds.OneInitiative(weeks: 60) with
        {
            Municipality = new MunicipalityConfig(),
            Events = [new EventConfig { Date = new DateOnly(2020, 1, 20), Type = EventKind.SubsidyChange, Initiative = "a", Schedule = SubsidySchedule.Fixed, Value = 5200 }],
        };
        var run = KernelRun.Run(config, 1);
        var grantYear = run.Records.Where(r => r.Week >= 3 && r.Week < 54 && r.Phase != Phase.Ended).ToArray();
        Assert.True(grantYear.Length >= 20, $"the initiative lived only {grantYear.Length} weeks of the grant's year: the test compared little");
        Assert.All(grantYear, r => Assert.True(r.Income[(int)IncomeSource.Subsidy] > 0, $"no subsidy in week {r.Week}"));
        Assert.All(run.Records.Where(r => r.Week < 2), r => Assert.Equal(0, r.Income[(int)IncomeSource.Subsidy])); // none before the event
    }

    [Fact]
    public void A_debt_that_falls_after_the_end_leaves_the_ended_initiative_s_cash_alone()
    {
        var one = Worlds.OneInitiative(weeks: 120);
        var baseConfig = one with { Municipality = new MunicipalityConfig(), Initiatives = [one.Initiatives[0] with { FixedCostsPerYear = 40_000 }] }; // no money: it ends
        var ends = Enumerable.Range(1, 20).Select(seed => (Seed: (ulong)seed, Run: KernelRun.Run(baseConfig, (ulong)seed)))
            .First(x => x.Run.Records.Any(r => r.Phase == Phase.Ended && r.Week < 100));
        int endWeek = ends.Run.Records.First(r => r.Phase == Phase.Ended).Week;
        var debt = baseConfig with { Events = [new EventConfig { Date = baseConfig.Start.AddDays(7 * (endWeek + 5)), Type = EventKind.Debt, Initiative = "a", Value = 9999 }] };
        var withDebt = KernelRun.Run(debt, ends.Seed);
        Assert.Equal(ends.Run.Records.Select(r => r.Cash), withDebt.Records.Select(r => r.Cash));
    }

    [Theory]
    [InlineData(300, 10, 5, 1.0)]   // many supporters, a small working team: full social control
    [InlineData(0, 150, 50, 0.5)]   // a working team of 200: (50/200)^0.5
    public void Social_control_is_set_by_the_working_team_not_by_the_supporters(int passive, int active, int core, double expected)
    {
        // "niet dat de wijkonderneming zelf klein moet blijven maar dat de teams waarin gewerkt wordt klein
        // genoeg blijven" (003 l.366-369). Before the seventh round the group counted the passive
        // supporters too, so 300 supporters cost a team of 15 its social control.
        var world = WorldBuilder.Build(Worlds.OneInitiative(), 1);
        ref var s = ref world.Initiatives[0];
        (s.Passive, s.Active, s.Core) = (passive, active, core);
        InitiativeStep.Update(world, 0, 1);
        Assert.Equal(expected, world.Initiatives[0].SocialControl, 12);
    }

    [Fact]
    public void Supporters_who_fade_for_lack_of_progress_do_not_come_back_while_it_lags()
    {
        // "toen de voortgang uitbleef werd ook het draagvlak snel minder" (003 l.219-226). Before the eighth
        // round a supporter who faded rejoined the next week, so a lag did not lower support: members kept
        // rising with progress never visible. Members can only grow by a resident who knows the initiative
        // becoming a supporter (one rung a week), so once the lag passes the grace period they cannot rise.
        var plain = Worlds.OneInitiative(weeks: 104);
        var config = plain with
        {
            Initiatives = [plain.Initiatives[0] with { Supporters = 60 }],
            Rules = new() { Draagvlak = new() { ProgressOutputPerMember = 100 } }, // progress is never visible
        };
        int grace = config.Rules.Draagvlak.ProgressGraceWeeks;
        var run = KernelRun.Run(config, 1);
        int Members(Model.Output.WeeklyRecord r) => r.PassiveSupporters + r.ActiveVolunteers;
        var later = run.Records.Where(r => r.Week > grace + 1).ToArray();
        Assert.True(later.Length > 50);
        for (int t = 1; t < later.Length; t++)
            Assert.True(Members(later[t]) <= Members(later[t - 1]), $"members rose from {Members(later[t - 1])} to {Members(later[t])} in week {later[t].Week} without progress");
        Assert.True(Members(later[^1]) < Members(later[0]), "support must fade, not only stand still");
    }

    [Fact]
    public void Progress_is_measured_against_the_members_not_against_the_neighbourhood()
    {
        // "Als draagvlak snel groeit maar projecten achterblijven ... veel praten maar weinig te doen"
        // (003 l.235-238). Before the eighth round progress was output per resident in reach, so a young
        // group of four founders in a reach of 2,000 was "without progress" from its first week.
        var world = WorldBuilder.Build(Worlds.OneInitiative(residents: 4000), 1);
        ref var s = ref world.Initiatives[0];
        (s.Passive, s.Active, s.Core, s.Hours) = (0, 3, 1, 40);
        InitiativeStep.Update(world, 0, 1);
        Assert.True(world.Initiatives[0].Output < 0.01 * world.ReachCount[0], "the test needs the small output the old rule called no progress");
        Assert.Equal(0, world.Initiatives[0].WeeksWithoutProgress);

        ref var t = ref world.Initiatives[0];
        (t.Passive, t.Active, t.Core, t.Hours) = (150, 3, 1, 40); // the same work for 154 members
        InitiativeStep.Update(world, 0, 2);
        Assert.Equal(1, world.Initiatives[0].WeeksWithoutProgress);
    }

    [Fact]
    public void A_crisis_mobilisation_draws_people_in_but_does_not_make_leaders()
    {
        // "Er vormt zich een groepje met de geuzennaam Ketelbinkies" (002 l.1974-1975). Before the eighth
        // round the urgency a mobilisation adds also lifted active volunteers into the core, so De Ketel's
        // core doubled after the crisis. Two copies of one week with the same urgency: in one, all of it
        // came from a mobilisation. The same residents work in both; fewer of them lead in that one.
        int Count(World w, Func<Role, bool> which)
        {
            for (int i = 0; i < w.Traits.TimeBudget.Length; i++) ResidentStep.Step(w, i, 1);
            int n = 0;
            for (int i = 0; i < w.Traits.TimeBudget.Length; i++) if (which(w.Next.Role[i])) n++;
            return n;
        }
        World Week(double mobilised)
        {
            var w = WorldBuilder.Build(Worlds.OneInitiative(residents: 2000), 1);
            for (int i = 0; i < w.Traits.TimeBudget.Length; i++)
                if (w.InReach[i]) (w.Now.Role[i], w.Now.Trust[i], w.Now.Fun[i]) = (Role.Active, 0.9, 0.9);
            (w.Initiatives[0].Urgency, w.Initiatives[0].MobilisedUrgency) = (0.9, mobilised);
            ResidentPhaseTerms.Prepare(w, 1); // as the week opens: the draw-in term reads the urgencies
            return w;
        }
        Assert.Equal(Count(Week(0.0), r => r >= Role.Active), Count(Week(0.9), r => r >= Role.Active));
        int leadersAfterShock = Count(Week(0.0), r => r == Role.Core), leadersAfterMobilisation = Count(Week(0.9), r => r == Role.Core);
        Assert.True(leadersAfterShock > leadersAfterMobilisation + 10, $"{leadersAfterShock} core after a shock, {leadersAfterMobilisation} after a mobilisation");
    }

    [Fact]
    public void De_ketel_s_business_case_is_decided_on_its_value_not_by_a_coin()
    {
        // Ninth round: a provider also tossed its 0.8 coin on a business case that met the threshold, so
        // De Ketel's survival was that coin (83% of seeds 1-100) and seeds 1, 2 and 5 ended in 2019 with
        // a case worth 0.52-0.54 against a threshold of 0.3. The case is weighed (002 l.2058-2059) and the
        // building kept once it is worth keeping (l.2099-2104).
        var config = ScenarioLoader.Load(Repo.Scenario("de-ketel.yaml")).Config;
        var ended = new ulong[] { 1, 2, 5, 6 }.Select(s => KernelRun.Run(config, s)).Where(r => !r.Outcomes[0].Survived).Select(r => r.Seed).ToArray();
        Assert.True(ended.Length == 0, $"De Ketel ended in seeds {string.Join(", ", ended)}");
    }

    [Fact]
    public void Jan_eef_s_tapering_subsidy_is_lowered_each_year_not_stopped_by_a_coin()
    {
        // Tenth round: a provider tossed its 0.8 coin on each lowered year of the tapering grant, so in
        // seeds 36 and 53 the subsidy stopped for a year in 2016-2017 and the association ended before the
        // renewal vote (weeks 414 and 360, then in 2019), the seed's order reversed. "Jaarlijks werd het
        // bedrag verlaagd" (002 l.2369-2371): the lowering is the decision. Between the tapering (week 222)
        // and the renewal vote (week 332, 2017-02-13 since the thirty-eighth round) only the yearly decision
        // lag (4 weeks) may go unpaid.
        var config = ScenarioLoader.Load(Repo.Scenario("jan-eef.yaml")).Config;
        foreach (ulong seed in new ulong[] { 36, 53 })
        {
            var run = KernelRun.Run(config, seed);
            int unpaid = run.Records.Skip(223).Take(332 - 223).Count(r => !(r.Income[(int)IncomeSource.Subsidy] > 0));
            Assert.True(unpaid < 26, $"seed {seed}: {unpaid} weeks without subsidy in 2015-2017");
            Assert.True(run.Outcomes[0].EndedWeek is null or > 332, $"seed {seed}: ended in week {run.Outcomes[0].EndedWeek}, before the renewal vote (week 332)");
        }
    }

    [Fact]
    public void De_ketel_s_staff_mobilise_for_the_threatened_building_even_with_fewer_users()
    {
        // Seventeenth round (docs/model.md §6): the crisis mobilised only if a quarter of the reach were
        // members, so with the motivation weight 10% lower (52 users before the crisis, not 71) De Ketel
        // declined and its negative cash ended it in week 238, before any decision, in 47 of 100 runs
        // (seeds 1 and 10 among them). The seed's staff mobilise their networks when the municipality
        // wants the building empty (002 l.1964-1974). The threat comes with the crisis, not with the
        // lease's end: so also with a lease of 5 years, still running at the crisis.
        foreach (string lease in new[] { "4", "5" })
        {
            var config = ScenarioLoader.Load(Repo.Scenario("de-ketel.yaml"),
                ["rules.participation.motivation_weight=1.8", $"municipality.agreements[0].lease.term_years={lease}"]).Config;
            for (ulong seed = 1; seed <= 10; seed++)
            {
                var run = KernelRun.Run(config, seed, weeks: 270);
                Assert.True(run.Outcomes[0].EndedWeek is null, $"lease {lease} years, seed {seed}: ended in week {run.Outcomes[0].EndedWeek}, before 2019");
            }
        }
    }

    [Fact]
    public void Jan_eef_s_board_stops_when_the_base_is_gone_not_when_the_last_euro_is_spent()
    {
        // Tenth round: a formal organisation ended only after its cash ran out, eight weeks of crisis and
        // 26 of decline, a year after the BIZ money stopped (week ~464), so most endings fell in the last
        // 20 weeks before the horizon (520). With a 10% weaker formalisation seed 4 was still "alive" at
        // the horizon, in decline with cash at -6,000: the cash turned negative in February 2020. The
        // board decides when the contribution is too low as a base (002 l.2293-2296). Since the
        // thirty-eighth round the renewal is voted in week 332 (2017-02-13).
        var config = ScenarioLoader.Load(Repo.Scenario("jan-eef.yaml"), ["events[3].value=0.63"]).Config;
        var run = KernelRun.Run(config, 4);
        Assert.True(run.Outcomes[0].EndedWeek is > 332 and < 515, $"ended in week {run.Outcomes[0].EndedWeek?.ToString() ?? "(never)"}");
    }

    [Fact]
    public void Jan_eef_does_not_run_on_after_its_money_is_gone()
    {
        // Forty-second round (docs/model.md §6): the board decided to stop in May 2017, but the association
        // ran on through a coded half year of decline, its cash gone from July, and ended in November 2017
        // (seed 1: cash gone in week 355, ended in week 372). The team stopped when the money ran out:
        // "Eind mei is het geld op" (Het Parool, March 2017), the stop on 31 May 2017. Until the fifty-seventh
        // round it ended in the week the cash was gone; since then at the end its board planned, with money left
        // (Rules/PlannedStop), and still no later than the week the cash is gone.
        var config = ScenarioLoader.Load(Repo.Scenario("jan-eef.yaml")).Config;
        var run = KernelRun.Run(config, 1);
        int vote = config.WeekOf(new DateOnly(2017, 2, 13)), ended = run.Outcomes[0].EndedWeek ?? -1;
        Assert.True(ended >= vote && ended < config.WeekOf(new DateOnly(2017, 9, 4)), $"ended in week {ended}");
        var broke = run.Records.Skip(vote).Take(ended - vote).FirstOrDefault(r => r.Cash <= 0);
        Assert.True(broke.Week == 0, $"its cash was gone in week {broke.Week}, before it ended in week {ended}");
    }

    [Fact]
    public void Jan_eef_s_board_decides_to_stop_once_the_renewal_has_failed_and_the_new_grant_is_known()
    {
        // Forty-ninth round (docs/model.md §6): the board judged the BIZ levy by a quarter's average, so a levy
        // voted down on 13 February 2017 still counted until May, and the board decided on 2017-05-08 to 06-12
        // (10-90% of seeds 1-100), after Het Parool's March report of the plan ("Eind mei is het geld op").
        // It judges the levy as it stands now: it decides in the week the lowered grant is known (27 February).
        var config = ScenarioLoader.Load(Repo.Scenario("jan-eef.yaml")).Config;
        int n = config.Initiatives.Count;
        int vote = config.WeekOf(new DateOnly(2017, 2, 13)), april = config.WeekOf(new DateOnly(2017, 4, 3));
        var declining = WeeklyColumns.Numeric["declining"]; // the measure decided-by-april-2017 reads
        foreach (ulong seed in new ulong[] { 1, 2, 3, 4, 5 })
        {
            var records = KernelRun.Run(config, seed).Records;
            Assert.True(declining(records[vote * n]) == 0, $"seed {seed}: {records[vote * n].Phase} at the vote, before it was lost");
            Assert.True(declining(records[april * n]) == 1, $"seed {seed}: {records[april * n].Phase} on 2017-04-03, no decision yet");
        }
    }

    [Fact]
    public void Jan_eef_s_board_waits_for_the_renewal_vote_even_when_its_grant_is_a_fifth_lower()
    {
        // Fiftieth round (docs/model.md §6, review r48): the first BIZ lapsed on 2016-11-28, eleven weeks before the
        // renewal vote (since the fifty-fifth round on 2016-12-26, seven weeks before it; the window below holds both),
        // and a lapsed BIZ counts for nothing in the board's judgement. With the tapering subsidy's first
        // amount at 24,000 (-20%) the board decided in the week of the lapse in 30 of 30 runs, before the vote,
        // where the seed has the failed renewal first (002 l.2275-2277) and the decision after it (l.2293-2296).
        var config = ScenarioLoader.Load(Repo.Scenario("jan-eef.yaml"), ["events[6].value=24000"]).Config;
        int n = config.Initiatives.Count;
        // (Before this round the board declined from the lapse and recovered while the 2017 grant was being decided, so the
        // whole window is read, as the check not-deciding-before-vote reads its maximum.)
        int lapse = config.WeekOf(new DateOnly(2016, 11, 28)), beforeVote = config.WeekOf(new DateOnly(2017, 2, 6));
        int april = config.WeekOf(new DateOnly(2017, 4, 3));
        var declining = WeeklyColumns.Numeric["declining"]; // the measure not-deciding-before-vote reads
        foreach (ulong seed in new ulong[] { 1, 2, 3 })
        {
            var records = KernelRun.Run(config, seed).Records;
            for (int week = lapse; week <= beforeVote; week++)
                Assert.True(declining(records[week * n]) == 0, $"seed {seed}: {records[week * n].Phase} in week {week}, before the vote of week {beforeVote + 1}");
            Assert.True(declining(records[april * n]) == 1, $"seed {seed}: {records[april * n].Phase} on 2017-04-03: the failed vote and the lower grant should decide it");
        }
    }

    [Fact]
    public void A_board_does_not_wait_for_a_renewal_vote_more_than_half_a_year_ahead()
    {
        // Review r50: unbounded, the wait held Jan Eef's board for a vote moved to February 2018 until its money had
        // run out (a crisis decline from the autumn of 2017, the end at the vote); at most renewal_vote_wait_weeks
        // ahead (26), the board decides with the failed grant of February 2017, as with no renewal vote at all.
        var later = ScenarioLoader.Load(Repo.Scenario("jan-eef.yaml"), ["events[8].date=2018-02-12"]).Config;
        var none = ScenarioLoader.Load(Repo.Scenario("jan-eef.yaml"), ["remove_events=[biz-renewal]"]).Config;
        int n = later.Initiatives.Count, april = later.WeekOf(new DateOnly(2017, 4, 3));
        var declining = WeeklyColumns.Numeric["declining"];
        foreach (ulong seed in new ulong[] { 1, 2 })
        {
            var a = KernelRun.Run(later, seed).Records;
            Assert.True(declining(a[april * n]) == 1, $"seed {seed}: {a[april * n].Phase} on 2017-04-03 with the vote a year off");
            Assert.Equal(KernelRun.Run(none, seed).Records.Select(r => r.Phase).Take(april * n + 1), a.Select(r => r.Phase).Take(april * n + 1));
        }
    }

    [Fact]
    public void A_board_waits_only_for_a_vote_on_its_own_biz_that_is_still_ahead()
    {
        var events = new ScheduledEvent[]
        {
            new(10, EventKind.BizVote, 0, 300, true, Stance.Partner, SubsidySchedule.None),
            new(20, EventKind.Campaign, 1, 1, true, Stance.Partner, SubsidySchedule.None),
            new(30, EventKind.BizVote, 1, 175, true, Stance.Partner, SubsidySchedule.None),
        };
        Assert.True(ScheduledEvents.BizVoteAhead(events, next: 0, initiative: 0, lastWeek: 10));
        Assert.False(ScheduledEvents.BizVoteAhead(events, next: 1, initiative: 0, lastWeek: 99));  // its vote has been held
        Assert.True(ScheduledEvents.BizVoteAhead(events, next: 1, initiative: 1, lastWeek: 30));
        Assert.False(ScheduledEvents.BizVoteAhead(events, next: 1, initiative: 1, lastWeek: 29));  // too far ahead to wait for
        Assert.False(ScheduledEvents.BizVoteAhead(events, next: 3, initiative: 1, lastWeek: 99));
        var s = new InitiativeState { BizUntilWeek = -1, BizNextFromWeek = -1 };
        Assert.False(BizTerm.Lapsed(s, 500));                // never had a BIZ: nothing lapsed to wait on
        BizTerm.Passed(ref s, 100, 300, termYears: 5);
        Assert.Equal((false, true), (BizTerm.Lapsed(s, 359), BizTerm.Lapsed(s, 360)));
        BizTerm.Passed(ref s, 340, 175, termYears: 5);       // renewed before the end: it does not lapse at 360
        Assert.False(BizTerm.Lapsed(s, 360));
    }

    [Fact]
    public void Jan_eef_s_renewal_fails_at_the_price_het_parool_reports()
    {
        // Forty-sixth and forty-seventh rounds (docs/model.md §6): the renewal failed only at an assumed levy of
        // 700; at the reported "150-200 euro" (Het Parool, March 2017) it passed in 90 of 100 runs with the
        // hand-set bias. The price is set here, so the test asks the vote's coefficients, not the scenario's number.
        var config = ScenarioLoader.Load(Repo.Scenario("jan-eef.yaml"), ["events[8].value=175"]).Config;
        var bar = config.Initiatives[0].Biz!.RequiredYesShare;
        int renewal = config.WeekOf(new DateOnly(2017, 2, 13));
        var shares = Enumerable.Range(1, 10)
            .Select(seed => WeeklyColumns.Numeric["biz_yes_share"](KernelRun.Run(config, (ulong)seed).Records[renewal * config.Initiatives.Count]))
            .Select(share => double.IsNaN(share) ? (double?)null : share)
            .ToList();
        int failed = shares.Count(s => s is double share && share < bar);
        Assert.True(failed >= 8, $"the renewal fails in {failed} of 10 runs; yes shares {string.Join(", ", shares.Select(s => s?.ToString("0.00") ?? "no vote"))}");
    }

    [Fact]
    public void De_ketel_s_board_does_not_give_up_in_the_week_its_subsidy_resumes()
    {
        // Forty-first round: the board judged a quarter's average of all income, so in seed 10, in the week
        // the building was kept and the subsidy resumed (January 2019) after a year without it, the base was
        // "gone": a week of decline before the round (and the end under the thirty-ninth round's rule, which
        // was not adopted). The board judges the municipality's contribution as it now stands (002 l.2293-2295).
        var config = ScenarioLoader.Load(Repo.Scenario("de-ketel.yaml")).Config;
        var run = KernelRun.Run(config, 10);
        int from = config.WeekOf(new DateOnly(2018, 12, 3)), to = config.WeekOf(new DateOnly(2019, 6, 3));
        var declined = run.Records.Skip(from).Take(to - from).Where(r => r.Phase is Phase.Decline or Phase.Ended).Select(r => r.Week).ToList();
        Assert.True(declined.Count == 0, $"in decline or ended in weeks {string.Join(", ", declined)}");
    }

    [Fact]
    public void The_voedseltuin_stays_a_city_garden_when_the_transformation_money_ends()
    {
        // Eleventh round: drift fell back at 0.003 a week once the transformation subsidy ended (March 2017),
        // so seed 1 went from 0.28 to 0.20 by the end of 2019 and the lasting change of 2015-2019 hung on
        // the subsidy's unsourced amount. "van 'een moestuin voor de voedselbank' ineens 'een stadstuin
        // voor bezoekers'" (002 l.4035-4037), after a physical redesign (l.3703-3712): no seed tells of a return.
        var config = ScenarioLoader.Load(Repo.Scenario("voedseltuin.yaml")).Config;
        var records = KernelRun.Run(config, 1).Records;
        int subsidyEnds = config.WeekOf(new DateOnly(2017, 3, 6)), end2019 = config.WeekOf(new DateOnly(2019, 12, 30));
        double atSubsidyEnd = records[subsidyEnds].MissionDrift, atEnd = records[end2019].MissionDrift;
        Assert.True(atSubsidyEnd > 0.2, $"drift {atSubsidyEnd:F3} when the subsidy ends: the transformation did not pull");
        Assert.True(atEnd >= atSubsidyEnd, $"drift fell back from {atSubsidyEnd:F3} to {atEnd:F3} by the end of 2019");
    }

    [Fact]
    public void De_ketel_s_staff_do_not_invoice_against_the_one_off_settlement_of_its_debt()
    {
        // Eleventh round: the unprofitable top paid off De Ketel's deficit (about 27,000) in one week of
        // February 2019, and that week entered the yearly income average that staff invoice against, so
        // the staff spent it a second time: the cash went negative again by the summer and, with the
        // facility subsidy 10% lower (22,500), seed 1 ended in February 2020 (week 320): the fragility of
        // de-ketel.survives-a-year-beyond. A settlement of past debt is not income to plan on.
        var config = ScenarioLoader.Load(Repo.Scenario("de-ketel.yaml"), ["municipality.agreements[0].subsidy.amount_per_year=22500", "weeks=416"]).Config;
        var run = KernelRun.Run(config, 1);
        Assert.True(run.Outcomes[0].EndedWeek is null, $"ended in week {run.Outcomes[0].EndedWeek}");
        int settled = config.WeekOf(new DateOnly(2019, 3, 4));
        Assert.True(run.Records.Skip(settled).Take(52).All(r => r.Cash > -1000), "cash ran into debt again within a year of the settlement");
    }


    [Fact]
    public void The_mean_free_rider_share_of_a_run_is_over_the_weeks_the_initiative_lives()
    {
        // Jan Eef ends within the horizon in most seeds; before the fix the weeks after its end counted as 0.
        var config = ScenarioLoader.Load(Repo.Scenario("jan-eef.yaml")).Config;
        var run = Enumerable.Range(1, 20).Select(s => KernelRun.Run(config, (ulong)s)).First(r => r.Outcomes[0].EndedWeek is not null);
        int ended = run.Outcomes[0].EndedWeek!.Value;
        double live = run.Records.Take(ended).Average(r => r.FreeRiderShare);
        Assert.Equal(live, run.Outcomes[0].MeanFreeRiderShare, 12);
        Assert.True(live > run.Records.Average(r => r.FreeRiderShare), "the test needs an initiative that free-rides while it lives");
    }

    [Fact]
    public void The_biz_levy_charged_is_the_one_voted_on_not_the_configured_default()
    {
        // Both Jan Eef votes name their levy (300, then 175 since the forty-seventh round); before the fix the default levy_per_year was
        // charged instead, so changing it changed the income.
        var config = ScenarioLoader.Load(Repo.Scenario("jan-eef.yaml"), ["population.residents=600"]).Config;
        var other = ScenarioLoader.Load(Repo.Scenario("jan-eef.yaml"), ["population.residents=600", "initiatives[0].biz.levy_per_year=999"]).Config;
        var withBiz = Enumerable.Range(1, 30).Select(s => KernelRun.Run(config, (ulong)s)).First(r => r.Records.Any(w => w.BizActive));
        var same = KernelRun.Run(other, withBiz.Seed);
        Assert.Equal(withBiz.Records.Select(r => r.Income[(int)IncomeSource.Contributions]), same.Records.Select(r => r.Income[(int)IncomeSource.Contributions]));
        Assert.Contains(withBiz.Records, r => r.BizActive && r.Income[(int)IncomeSource.Contributions] > 0);
    }

    [Fact]
    public void A_biz_renewed_while_the_old_one_runs_starts_when_it_ends_with_its_own_levy()
    {
        var s = new InitiativeState { BizUntilWeek = -1, BizNextFromWeek = -1 };
        BizTerm.Passed(ref s, 100, 300, termYears: 5);
        Assert.Equal((360, 300.0), (s.BizUntilWeek, BizTerm.LevyPerYear(ref s, 200)));
        BizTerm.Passed(ref s, 340, 700, termYears: 5); // renewal 20 weeks before the end
        Assert.Equal(620, s.BizUntilWeek);
        BizTerm.Passed(ref s, 350, 900, termYears: 5); // a second renewal while the first waits: nothing to renew yet
        Assert.Equal(620, s.BizUntilWeek);
        // The renewal's term begins at 360 with no levy charged (no payers); a renewal of it at 600 still counts.
        var quiet = s;
        BizTerm.Passed(ref quiet, 600, 800, termYears: 5);
        Assert.Equal((880, 700.0, 800.0), (quiet.BizUntilWeek, BizTerm.LevyPerYear(ref quiet, 601), BizTerm.LevyPerYear(ref quiet, 880)));
        Assert.Equal(300.0, BizTerm.LevyPerYear(ref s, 359));
        Assert.Equal(700.0, BizTerm.LevyPerYear(ref s, 360));
        BizTerm.Passed(ref s, 700, 500, termYears: 5); // a vote after a lapse starts a new BIZ at once
        Assert.Equal((960, 500.0), (s.BizUntilWeek, BizTerm.LevyPerYear(ref s, 701)));
    }

    [Fact]
    public void Free_riders_are_those_who_know_the_initiative_and_give_nothing_over_all_who_know_it()
    {
        // Before the fix every resident in reach counted as enjoying the good, so the share was one minus
        // the participation rate (0.93 for Jan Eef). Before the BIZ there is no levy: the share is the
        // aware non-members over everyone who knows the initiative (the first BIZ vote is in week 61).
        var config = ScenarioLoader.Load(Repo.Scenario("jan-eef.yaml"), ["population.residents=800"]).Config;
        var run = KernelRun.Run(config, 3, weeks: 61);
        Assert.All(run.Records.Where(r => r.Output > 0), r =>
        {
            int knowing = r.Aware + r.PassiveSupporters + r.ActiveVolunteers;
            Assert.Equal((double)r.Aware / knowing, r.FreeRiderShare, 12);
        });
        Assert.All(run.Records.Where(r => r.Output == 0), r => Assert.Equal(0, r.FreeRiderShare));
    }

    [Fact]
    public void The_outcomes_of_a_run_at_week_0_are_those_of_the_start_not_an_error()
    {
        // A live session at week 0 asked for its manifest, weekly.csv or zip: an IndexOutOfRangeException
        // and a 500 before (issue 16, bug 2).
        var config = ScenarioLoader.Load(Repo.Scenario("jan-eef.yaml")).Config;
        var outcome = WijkSim.Model.Output.RunOutcomes.FromRecords(config, [], 0).Single();
        Assert.Equal(("jan-eef", true, (int?)null, 0), (outcome.Id, outcome.Survived, outcome.EndedWeek, outcome.PeakActive));
    }
}
