using WijkSim.Model.Config;
using WijkSim.Model.Rules;
using WijkSim.Model.State;

namespace WijkSim.Model.Levers;

/// <summary>What each kind of event sets, referred to from its declaration in <see cref="EventCatalogue"/>.
/// A neighbourhood-wide lever needs no effect of its own: <see cref="SetLever"/> stores its value in the
/// world's lever slot, where a rule reads it with <see cref="World.Lever"/>.</summary>
public static class EventEffects
{
    public static void SetLever(World w, ScheduledEvent e, int week) => w.SetLever(e.Kind, e.Value);

    public static void Election(World w, ScheduledEvent e, int week) => w.ElectionThisWeek = true;

    public static void Shock(World w, ScheduledEvent e, int week) => w.Initiatives[e.Initiative].UrgencyShock += e.Value;

    public static void Campaign(World w, ScheduledEvent e, int week)
    {
        ref var s = ref w.Initiatives[e.Initiative];
        s.EventBoost = Math.Max(s.EventBoost, e.Value);
        s.WeeksWithoutProgress = 0; // a campaign or event is visible progress in itself
    }

    /// <summary>A change designed with the residents: a campaign of its strength, and this week's members
    /// become its co-owners (Rules/CoOwnership.cs).</summary>
    public static void CoDesign(World w, ScheduledEvent e, int week)
    {
        Campaign(w, e, week);
        ref var s = ref w.Initiatives[e.Initiative];
        s.CoDesignThisWeek = true;
        s.CoDesignStrength = e.Value;
        s.CoDesignWeek = week;
    }

    public static void Formalise(World w, ScheduledEvent e, int week) => w.Initiatives[e.Initiative].FormalisationTarget = e.Value;

    public static void StanceChange(World w, ScheduledEvent e, int week)
    {
        ref var a = ref w.Agreements[e.Initiative];
        a.Exists = true;
        a.Stance = e.Stance;
    }

    public static void SubsidyChange(World w, ScheduledEvent e, int week)
    {
        ref var s = ref w.Initiatives[e.Initiative];
        ref var a = ref w.Agreements[e.Initiative];
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

    public static void BizVote(World w, ScheduledEvent e, int week)
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
            double chance = Rules.BizVote.YesChance(w.Now.Trust[idx], campaign, s.Urgency, levy, w.Rules.Funding);
            if (Random.CounterRng.Uniform(w.Seed, ((ulong)(uint)k << 32) | (uint)i, week, Random.Purpose.BizVote) < chance) yes++;
        }
        if (room) (yes, s.RoomYesShare) = (Rules.BizVote.RoomYes(s.RoomYesShare, votes), -1);
        s.BizVotes = votes;
        s.BizYes = yes;
        if (Rules.BizVote.Passes(yes, votes, biz.RequiredYesShare)) BizTerm.Passed(ref s, week, levy, biz.TermYears, e.TermFromWeek);
    }

    public static void RoomVote(World w, ScheduledEvent e, int week) => w.Initiatives[e.Initiative].RoomYesShare = e.Value;

    public static void ReintegrationStop(World w, ScheduledEvent e, int week) => w.Agreements[e.Initiative].ReintegrationRunning = false;

    public static void AgendaShift(World w, ScheduledEvent e, int week)
    {
        w.Initiatives[e.Initiative].AgendaAlignment = e.Value;
        w.Agreements[e.Initiative].AgendaConditions = true;
    }

    public static void Recognition(World w, ScheduledEvent e, int week) => w.Initiatives[e.Initiative].Recognition = e.Value;

    public static void GroupSplit(World w, ScheduledEvent e, int week) => w.Initiatives[e.Initiative].SplitGroupSize = (int)e.Value;

    public static void LeaseExtension(World w, ScheduledEvent e, int week)
    {
        ref var a = ref w.Agreements[e.Initiative];
        // Extending a lease that runs is the municipality's renewal by script: a durable position, as a
        // renewal decided by rule is (Rules/Lifecycle.cs). Granting a first lease is not.
        if (a.HasLease && !a.LeaseLost) a.LeaseRenewals++;
        a.HasLease = true;
        a.LeaseEndWeek = Math.Max(a.LeaseEndWeek, week) + 52 * (int)e.Value;
        a.LeaseDecisionWeek = -1;
        a.LeaseLost = false;
        w.Initiatives[e.Initiative].HasPlace = true;
    }

    public static void DecisionLag(World w, ScheduledEvent e, int week) => w.Agreements[e.Initiative].DecisionLagWeeks = (int)e.Value;

    /// <summary>A debt falls on a living initiative's cash; an ended one has no books left to charge.</summary>
    public static void Debt(World w, ScheduledEvent e, int week)
    {
        ref var s = ref w.Initiatives[e.Initiative];
        if (s.Phase != Phase.Ended) s.Cash -= e.Value;
    }
}
