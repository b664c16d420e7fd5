using WijkSim.Model.Config;
using WijkSim.Model.Rules;
using WijkSim.Model.State;

namespace WijkSim.Model.Kernel;

/// <summary>Phase 1 of a week: apply the scenario events dated in this week. Events change levers and
/// this week's signals; they take effect before anyone decides, like a facilitator's lever change.</summary>
public static class EventStep
{
    public static void Apply(World w, int week)
    {
        while (w.NextEvent < w.Events.Length && w.Events[w.NextEvent].Week <= week)
        {
            var e = w.Events[w.NextEvent++];
            if (e.Week == week) ApplyOne(w, e, week);
        }
        // Lever changes made while the simulation runs take effect at the week boundary they were
        // given for, after that week's scenario events and in the order they were accepted; a replay
        // adds them as dated events after the scenario's own, which is the same order.
        for (int l = 0; l < w.PendingLevers.Count; l++)
            if (w.PendingLevers[l].Week <= week) ApplyOne(w, w.PendingLevers[l], week);
        RemoveApplied(w, week);
    }

    private static void RemoveApplied(World w, int week)
    {
        int kept = 0;
        for (int l = 0; l < w.PendingLevers.Count; l++)
            if (w.PendingLevers[l].Week > week) w.PendingLevers[kept++] = w.PendingLevers[l];
        w.PendingLevers.RemoveRange(kept, w.PendingLevers.Count - kept);
    }

    private static void ApplyOne(World w, in ScheduledEvent e, int week)
    {
        if (e.Kind == EventKind.Intermediary) { w.Intermediary = e.Value >= 0.5; return; }
        if (e.Kind == EventKind.Election) { w.ElectionThisWeek = true; return; }
        if (e.Kind == EventKind.BenefitSafety) { w.BenefitSafety = e.Value >= 0.5; return; }
        ref var s = ref w.Initiatives[e.Initiative];
        ref var a = ref w.Agreements[e.Initiative];
        switch (e.Kind)
        {
            case EventKind.Shock: s.UrgencyShock += e.Value; break;
            case EventKind.Campaign:
                s.EventBoost = Math.Max(s.EventBoost, e.Value);
                s.WeeksWithoutProgress = 0; // a campaign or event is visible progress in itself
                break;
            case EventKind.Formalise: s.FormalisationTarget = e.Value; break;
            case EventKind.StanceChange: a.Exists = true; a.Stance = e.Stance; break;
            case EventKind.SubsidyChange: ChangeSubsidy(w, ref s, ref a, e, week); break;
            case EventKind.BizVote: HoldBizVote(w, e, week); break;
            case EventKind.RoomVote: s.RoomYesShare = e.Value; break;
            case EventKind.ReintegrationStop: a.ReintegrationRunning = false; break;
            case EventKind.AgendaShift: s.AgendaAlignment = e.Value; a.AgendaConditions = true; break;
            case EventKind.Recognition: s.Recognition = e.Value; break;
            case EventKind.GroupSplit: s.SplitGroupSize = (int)e.Value; break;
            case EventKind.LeaseExtension:
                a.HasLease = true;
                a.LeaseEndWeek = Math.Max(a.LeaseEndWeek, week) + 52 * (int)e.Value;
                a.LeaseDecisionWeek = -1;
                a.LeaseLost = false;
                s.HasPlace = true;
                break;
            case EventKind.DecisionLag: a.DecisionLagWeeks = (int)e.Value; break;
            case EventKind.Debt: s.Cash -= e.Value; break;
        }
    }

    private static void ChangeSubsidy(World w, ref InitiativeState s, ref AgreementState a, in ScheduledEvent e, int week)
    {
        a.Exists = true;
        bool wasRunning = a.GrantEndWeek > week;
        a.Schedule = e.Schedule;
        if (e.HasValue) a.BaseAmountPerYear = e.Value;
        if (e.Schedule == SubsidySchedule.None)
        {
            if (wasRunning) s.InstitutionalShock += w.Rules.Subsidy.CutShock;
            a.GrantEndWeek = -1;
            a.DecisionWeek = -1;
            return;
        }
        // A new schedule starts a new grant; tapering counts its years from here.
        a.GrantYears = 0;
        a.GrantStartWeek = week;
        a.GrantEndWeek = week + 52 * a.TermYears;
        a.DecisionWeek = -1;
    }

    private static void HoldBizVote(World w, in ScheduledEvent e, int week)
    {
        int k = e.Initiative;
        ref var s = ref w.Initiatives[k];
        var biz = w.Config.Initiatives[k].Biz;
        if (biz is null || s.Phase == Phase.Ended) return;
        int K = w.InitiativeCount, yes = 0, votes = 0;
        double campaign = w.ShopkeepersInReach[k] > 0 ? (double)s.Working / w.ShopkeepersInReach[k] : 0.0;
        double levy = e.HasValue ? e.Value : biz.LevyPerYear; // a vote may be on a more ambitious BIZ
        bool room = s.RoomYesShare >= 0; // the workshop room voted for the shopkeepers (a poll)
        for (int i = 0; i < w.Residents; i++)
        {
            int idx = i * K + k;
            if (!w.InReach[idx] || !w.Traits.Shopkeeper[i]) continue;
            votes++;
            if (room) continue;
            double chance = BizVote.YesChance(w.Now.Trust[idx], campaign, s.Urgency, levy, w.Rules.Funding);
            if (Random.CounterRng.Uniform(w.Seed, ((ulong)(uint)k << 32) | (uint)i, week, Random.Purpose.BizVote) < chance) yes++;
        }
        if (room) (yes, s.RoomYesShare) = (BizVote.RoomYes(s.RoomYesShare, votes), -1);
        s.BizVotes = votes;
        s.BizYes = yes;
        if (BizVote.Passes(yes, votes, biz.RequiredYesShare)) BizTerm.Passed(ref s, week, levy, biz.TermYears);
    }
}
