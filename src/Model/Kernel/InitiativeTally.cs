using WijkSim.Model.State;

namespace WijkSim.Model.Kernel;

/// <summary>The counts of one initiative's week over a stretch of residents: who is aware, passive, active
/// or core, who pays the levy, who contributes and who enjoys the good. Counts are whole numbers, so the
/// tallies of contiguous stretches add up to the tally of all residents in any order: <see cref="ResidentTeam"/>
/// lets each thread count the residents it has just stepped, while the sums of doubles (hours, trust) are
/// carried in id order from block to block (<see cref="ResidentSums"/>).</summary>
public record struct InitiativeTally
{
    public int Aware, Passive, PassiveBeforeCrisis, Active, Core, Team, LevyPayers, Knowing, Contributors, Enjoyers;

    /// <summary>Counts residents <paramref name="from"/> to <paramref name="to"/> (exclusive) of initiative
    /// <paramref name="k"/> in <paramref name="buffer"/>.</summary>
    public static InitiativeTally Count(World w, int k, ResidentBuffer buffer, int from, int to)
    {
        ref readonly var s = ref w.Initiatives[k];
        int K = w.InitiativeCount;
        bool biz = Rules.BizTerm.Running(s, w.Week);
        // Counted in locals, stored once: the tallies of the threads' blocks sit side by side in one array,
        // and counting in place there made the threads fight over its cache line.
        int aware = 0, passive = 0, passiveBefore = 0, active = 0, core = 0, team = 0, levyPayers = 0, knowing = 0, contributors = 0, enjoyers = 0;
        for (int i = from; i < to; i++)
        {
            int idx = i * K + k;
            if (!w.InReach[idx]) continue;
            Role r = buffer.Role[idx];
            if (r >= Role.Aware) knowing++;
            if (r >= Role.Active && TeamHistory.InTeam(buffer.WorkedWeeks[idx])) team++;
            switch (r)
            {
                case Role.Aware: aware++; break;
                // Before the first crisis every passive supporter is of the cohort (the count is first written
                // by week 0's resident step; the build's own count comes before it).
                case Role.Passive: passive++; if (!s.HadCrisis || CrisisCohort.InCohort(buffer.WeeksSinceMember[idx])) passiveBefore++; break;
                case Role.Active: active++; break;
                case Role.Core: core++; break;
            }
            bool paysLevy = biz && w.Traits.Shopkeeper[i];
            if (paysLevy) levyPayers++;
            // Who enjoys the good knows it is there (003 l.310-322: free riders reap "de vruchten ... van de
            // inspanning van anderen" on purpose); supporters, volunteers and levy payers contribute (passive
            // support is part of the foundation, 003 l.246-255, 302-308). So the free riders are those who
            // know the initiative and give nothing.
            if (r >= Role.Aware || paysLevy) enjoyers++;
            if (r >= Role.Passive || paysLevy) contributors++;
        }
        return new InitiativeTally
        {
            Aware = aware, Passive = passive, PassiveBeforeCrisis = passiveBefore, Active = active, Core = core, Team = team,
            LevyPayers = levyPayers, Knowing = knowing, Contributors = contributors, Enjoyers = enjoyers,
        };
    }

    /// <summary>Adds the tally of another stretch of residents.</summary>
    public void Add(in InitiativeTally other)
    {
        Aware += other.Aware;
        Passive += other.Passive;
        PassiveBeforeCrisis += other.PassiveBeforeCrisis;
        Active += other.Active;
        Core += other.Core;
        Team += other.Team;
        LevyPayers += other.LevyPayers;
        Knowing += other.Knowing;
        Contributors += other.Contributors;
        Enjoyers += other.Enjoyers;
    }
}
