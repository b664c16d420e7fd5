using WijkSim.Model.Config;
using WijkSim.Model.Random;
using WijkSim.Model.Rules;
using WijkSim.Model.State;

namespace WijkSim.Model.Kernel;

/// <summary>Phases 5 and 6 of a week for one initiative: add up its residents (in resident-id order,
/// so the sums are the same bits however the residents were stepped), then update money, output,
/// urgency, formalisation, mission drift, legitimacy and phase.</summary>
public static class InitiativeStep
{
    /// <summary>Clears this week's signals and flows before events and institutions write them.</summary>
    public static void BeginWeek(World w)
    {
        for (int k = 0; k < w.InitiativeCount; k++)
        {
            ref var s = ref w.Initiatives[k];
            s.EventBoost = s.PendingBoost; // a mobilisation last week acts like a campaign this week
            s.PendingBoost = 0;
            s.CoDesignThisWeek = false;
            s.UrgencyShock = 0;
            s.InstitutionalShock = 0;
            s.PulledIncome = 0;
            s.OneOffIncome = 0;
            s.PlaceUndecided = false;
            s.CivilServantHours = 0;
            for (int src = 0; src < IncomeBySource.Count; src++) s.Income[src] = 0;
        }
    }

    /// <summary>Counts roles, hours and trust of the residents in reach from <paramref name="buffer"/>, one pass
    /// in resident-id order (a sum of doubles in another order has other bits).</summary>
    public static void Aggregate(World w, int k, ResidentBuffer buffer)
    {
        double hours = 0, trust = 0;
        ResidentSums.AddInitiative(w, k, buffer, 0, w.Residents, ref hours, ref trust);
        Aggregate(w, k, InitiativeTally.Count(w, k, buffer, 0, w.Residents), hours, trust);
    }

    /// <summary>The same with the counts and the sums already made (by the threads that stepped the residents, <see cref="ResidentSums"/>).</summary>
    public static void Aggregate(World w, int k, in InitiativeTally counts, double hours, double trust)
    {
        ref var s = ref w.Initiatives[k];
        s.Aware = counts.Aware;
        s.Passive = counts.Passive;
        s.PassiveBeforeCrisis = counts.PassiveBeforeCrisis;
        s.Active = counts.Active;
        s.Core = counts.Core;
        s.Team = counts.Team;
        ref readonly var a = ref w.Agreements[k];
        s.HandsLately = WorkNeed.Remember(s.HandsLately, WorkNeed.Chosen(s.Working, a.ReintegrationRunning, a.Placements), w.Rules.Participation);
        s.Hours = hours;
        s.Contributors = counts.Contributors;
        s.Enjoyers = counts.Enjoyers;
        s.TrustMean = counts.Knowing > 0 ? trust / counts.Knowing : 0.0;
        s.LevyPayers = counts.LevyPayers;
    }

    public static void Update(World w, int k, int week)
    {
        ref var s = ref w.Initiatives[k];
        if (s.Phase == Phase.Ended) { ClearEnded(ref s); return; }
        var rules = w.Rules;
        var c = w.Config.Initiatives[k];
        ref readonly var a = ref w.Agreements[k];
        int reach = w.ReachCount[k];

        // Output and the collective good, enjoyed by those in reach who know it (members or not); an undecided place decays.
        s.PlaceDecay = Renewal.Decay(s.PlaceDecay, s.PlaceUndecided, rules.Subsidy);
        s.Output = Money.Output(s.Hours + s.CivilServantHours, Formalisation.Capacity(s.Formalisation, rules.Formalisation), s.HasPlace, rules.Money) * (1.0 - s.PlaceDecay);
        double perResident = reach > 0 ? s.Output / reach : 0.0;
        s.GoodSignal = perResident / (perResident + rules.Money.GoodHalfSaturation);
        if (!(s.Output > 0)) s.Enjoyers = 0; // no good this week: nobody enjoys or free-rides on it
        s.FreeRiderShare = FreeRiding.Share(s.Enjoyers, s.Contributors);

        // Money: own revenue from supporters (and activities), the BIZ levy, costs, cash and crisis.
        s.Income[(int)IncomeSource.OwnRevenue] += OwnRevenue.Weekly(s.Members, c.RevenuePerSupporterWeek, s.Output, c.RevenuePerActivity);
        s.Income[(int)IncomeSource.Contributions] += s.Members * c.ParticipationFee;
        double levy = s.LevyPayers > 0 ? s.LevyPayers * BizTerm.LevyPerYear(ref s, w.Week) / 52.0 : 0.0;
        s.Income[(int)IncomeSource.Contributions] += levy;
        double rent = a.HasLease && !a.LeaseLost ? a.RentPerYear : 0.0;
        double staffPay = Money.StaffPay(s.Formalisation, s.IncomeAverage.Total, s.Cash, c.FixedCostsPerYear, rent, rules.Formalisation, rules.Money);
        s.Costs = Money.WeeklyCosts(c.FixedCostsPerYear, staffPay, rent, s.Hours, c.CostPerHour)
            + Money.SurplusSpending(s.Cash, c.FixedCostsPerYear, rules.Money);
        double income = s.Income.Total;
        s.Cash += income - s.Costs;
        s.NegativeCashWeeks = Money.NegativeWeeks(s.Cash, s.NegativeCashWeeks);
        bool crisis = Money.InCrisis(s.NegativeCashWeeks, rules.Money);
        // A money crisis in a place it cannot do without puts the place at stake (De Ketel, 002 l.1964-1970).
        if (crisis && !s.InCrisis) s.Mobilised = Money.Mobilises(s.Members, reach, s.Core, a.InEssentialPlace, rules.Money);
        if (!crisis) s.Mobilised = false;
        // Mobilisation buys time, not money: a crisis that outlasts it leads to decline after all.
        if (s.Mobilised && s.NegativeCashWeeks > rules.Money.CrisisWeeks + rules.Money.MobilisationWeeks) s.Mobilised = false;
        bool mobilisesNow = crisis && !s.InCrisis && s.Mobilised;
        s.InCrisis = crisis;
        s.HadCrisis |= crisis;
        if (mobilisesNow) s.PendingBoost = 1.0;
        double smoothing = rules.Money.IncomeSmoothing;
        // A one-off settlement of past debt is not a rate of income: staff do not invoice against it and a
        // board does not count it as its base (§3.5, eleventh round).
        for (int src = 0; src < IncomeBySource.Count; src++)
        {
            double recurring = s.Income[src] - (src == (int)IncomeSource.Subsidy ? s.OneOffIncome : 0.0);
            s.IncomeAverage[src] += smoothing * (recurring * 52.0 - s.IncomeAverage[src]);
        }
        double subsidy = s.Income[(int)IncomeSource.Subsidy];
        s.RecentOtherIncome = StableBase.RecentIncome(s.RecentOtherIncome, income - subsidy - levy, rules.Lifecycle);
        // A board waits while the municipality decides on its grant or place, or its shopkeepers on a lapsed BIZ.
        bool awaiting = a.DecisionWeek >= 0 || a.LeaseDecisionWeek >= 0
            || (BizTerm.Lapsed(s, week) && ScheduledEvents.BizVoteAhead(w.Events, w.NextEvent, k, week + rules.Lifecycle.RenewalVoteWaitWeeks));
        double judged = StableBase.Judged(subsidy - s.OneOffIncome, BizTerm.JudgedLevy(s, week, levy, w.ShopkeepersInReach[k], rules.Lifecycle.RenewalVoteWaitWeeks), s.RecentOtherIncome);
        double needs = StableBase.NeedsPerYear(c.FixedCostsPerYear, rent, s.Formalisation, rules.Formalisation);
        bool baseGone = StableBase.Gone(judged, needs, awaiting, rules.Lifecycle);

        // Organisation.
        s.MissionDrift = MissionDrift.Next(s.MissionDrift, income > 0 ? Math.Min(1.0, s.PulledIncome / income) : 0.0, rules.MissionDrift);
        double mobilisationJump = mobilisesNow ? rules.Urgency.MobilisationJump : 0.0;
        s.Urgency = Urgency.Next(s.Urgency, s.UrgencyShock + mobilisationJump, s.GoodSignal, rules.Urgency);
        s.MobilisedUrgency = Urgency.Mobilised(s.MobilisedUrgency, mobilisationJump, rules.Urgency);
        s.Formalisation = Formalisation.Next(s.Formalisation, s.FormalisationTarget, rules.Formalisation);
        s.BoardGrip = Formalisation.Grip(s.BoardGrip, s.Formalisation, s.BoardSteering, rules.Formalisation);
        s.Autonomy = Formalisation.Autonomy(s.BoardGrip, rules.Formalisation);
        s.Legitimacy += rules.Money.LegitimacyRate * (s.GoodSignal - s.Legitimacy);
        s.WeeksWithoutProgress = Draagvlak.VisibleProgress(s.Output, s.Members, rules.Draagvlak) && !s.PlaceUndecided ? 0 : s.WeeksWithoutProgress + 1;
        // The group whose size matters is the working team (volunteers and core), not the supporters:
        // "niet dat de wijkonderneming zelf klein moet blijven maar dat de teams waarin gewerkt wordt klein
        // genoeg blijven" (003 l.366-369). See FreeRiding.SocialControl.
        double groupSize = FreeRiding.EffectiveGroupSize(s.Working, s.SplitGroupSize);
        s.SocialControl = FreeRiding.SocialControl(groupSize, s.VisibleContribution, rules.FreeRiding);

        // Phase. A board that decides to stop plans its end from this week's cash and judgement (Rules/PlannedStop).
        bool planDue = PlannedStop.Due(ref s.HasEndPlan, ref s.PlannedEndWeek, Lifecycle.Decides(s.Formalisation, baseGone, s.Mobilised, rules.Lifecycle),
            week, s.Cash, needs, judged);
        var inputs = new Lifecycle.Inputs(s.Phase, s.WeeksInPhase, Lifecycle.Hands(s.Working, s.Formalisation, rules.Lifecycle), s.Members, s.Formalisation, s.Cash,
            crisis, s.Mobilised, !s.HasPlace, CounterRng.Uniform(w.Seed, (ulong)k, week, Purpose.FallBack),
            Formalisation.FallBackFactor(s.Formalisation, rules.Formalisation),
            Setback: s.InstitutionalShock > 0, // this week a grant was cut or refused, or a decision waited
            BaseGone: baseGone, DurablePosition: a.DurablePosition, PlanDue: planDue);
        Phase next = Lifecycle.Next(inputs, rules.Lifecycle);
        s.WeeksInPhase = next == s.Phase ? s.WeeksInPhase + 1 : 0;
        s.Phase = next;
        if (next == Phase.Ended) s.EndedWeek = week;
    }

    /// <summary>An ended initiative delivers nothing; its counts stay as aggregated (residents drift away).</summary>
    private static void ClearEnded(ref InitiativeState s)
    {
        s.Output = 0;
        s.GoodSignal = 0;
        s.Enjoyers = 0;
        s.FreeRiderShare = 0;
        s.Costs = 0;
    }
}
