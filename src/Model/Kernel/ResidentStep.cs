using WijkSim.Model.Config;
using WijkSim.Model.Random;
using WijkSim.Model.Rules;
using WijkSim.Model.State;

namespace WijkSim.Model.Kernel;

/// <summary>Phase 4 of a week: one resident decides, for every initiative in her reach, her role,
/// hours, trust, fun and fatigue, and updates her trust in the municipality. Reads only last week
/// (<see cref="World.Now"/> and the initiatives' state) and writes only her own slots of
/// <see cref="World.Next"/>, so residents can be stepped in any order or in parallel.</summary>
public static class ResidentStep
{
    public static void Step(World w, int i, int week)
    {
        var now = w.Now;
        var next = w.Next;
        var rules = w.Rules;
        var p = rules.Participation;
        int K = w.InitiativeCount;
        double budget = w.Traits.TimeBudget[i];
        double municipalityShock = 0;
        bool seesPartner = false, works = false, leads = false;
        var ties = w.Network.Of(i);

        for (int k = 0; k < K; k++)
        {
            int idx = i * K + k;
            Role role = now.Role[idx];
            double trust = now.Trust[idx], fun = now.Fun[idx], fatigue = now.Fatigue[idx];
            ref readonly var s = ref w.Initiatives[k];
            if (!w.InReach[idx] || s.Phase == Phase.Ended)
            {
                next.Role[idx] = role == Role.None ? Role.None : Role.Aware;
                next.Hours[idx] = 0;
                next.Trust[idx] = trust;
                next.Fun[idx] = fun;
                next.Fatigue[idx] = Fatigue.Next(fatigue, 0, budget, p);
                next.WeeksSinceMember[idx] = CrisisCohort.Next(now.WeeksSinceMember[idx], s.HadCrisis, member: false);
                next.WorkedWeeks[idx] = TeamHistory.Next(now.WorkedWeeks[idx], working: false);
                next.CoOwner[idx] = now.CoOwner[idx];
                continue;
            }

            int active = 0, supporting = 0;
            foreach (int j in ties)
            {
                Role r = now.Role[j * K + k];
                if (r >= Role.Active) active++;
                if (r >= Role.Passive) supporting++;
            }
            double peerActive = ties.Length > 0 ? (double)active / ties.Length : 0.0;
            double peerSupport = ties.Length > 0 ? (double)supporting / ties.Length : 0.0;
            ulong agent = ((ulong)(uint)k << 32) | (uint)i;
            ref readonly var a = ref w.Agreements[k];

            Role newRole;
            double hours;
            if (w.Placed[idx] && a.ReintegrationRunning)
            {
                newRole = role >= Role.Active ? role : Role.Active;
                hours = a.PlacementHours; // the programme sets the hours, not her own budget
            }
            else if (PlaceManagers.Stays(w.Founder[idx], role, a, p))
            {
                newRole = Role.Core; // she keeps running the place while it is at stake, whatever this week's mood
                hours = Participation.Hours(Role.Core, budget, s.Terms.EffortFactor, p);
            }
            else if (role == Role.None)
            {
                double chance = Draagvlak.AwarenessChance(peerSupport, s.EventBoost, rules.Draagvlak);
                newRole = CounterRng.Uniform(w.Seed, agent, week, Purpose.Awareness) < chance ? Role.Aware : Role.None;
                hours = 0;
            }
            else
            {
                var inputs = new Participation.Inputs(w.Traits.Motivation[i], trust, fun, s.Urgency, Formalisation.FeltAutonomy(role == Role.Core, s.Autonomy), fatigue,
                    peerActive, s.EventBoost, s.SocialControl, CounterRng.Uniform(w.Seed, agent, week, Purpose.Propensity),
                    w.Config.Initiatives[k].ParticipationFee);
                double propensity = Participation.Propensity(inputs, p);
                // The initiative's own terms (thresholds, the draw-in, chances) are the week's, set once per initiative.
                ref readonly var terms = ref s.Terms;
                newRole = Participation.NextRole(role, propensity, s.EntryThreshold, p, terms.DrawIn, terms.CoreExit, terms.CoreEntry, terms.WorkShift);
                if (CoOwnership.KeepsSupport(role, newRole, now.CoOwner[idx], propensity, terms.OwnershipPull, p)) newRole = Role.Passive;
                if (newRole == Role.Passive && role == Role.Aware && !terms.WelcomesNewSupport)
                    newRole = Role.Aware;
                else if (newRole == Role.Passive && role == Role.Passive
                    && CounterRng.Uniform(w.Seed, agent, week, Purpose.Fading) < terms.FadeChance)
                {
                    newRole = Role.Aware;
                    trust = Draagvlak.AfterFading(trust, rules.Draagvlak);
                }
                hours = Participation.Hours(newRole, budget, terms.EffortFactor, p);
            }

            double given = budget > 0 ? Math.Min(1.0, hours / budget) : 0.0;
            double autonomy = Formalisation.FeltAutonomy(newRole == Role.Core, s.Autonomy);
            double reciprocity = Trust.Reciprocity(s.GoodSignal, newRole >= Role.Passive, s.Recognition, autonomy, given, s.MissionDrift, rules.Trust);
            works |= newRole >= Role.Active;
            leads |= newRole == Role.Core;
            next.Role[idx] = newRole;
            next.Hours[idx] = hours;
            next.Trust[idx] = role >= Role.Aware ? Trust.InInitiative(trust, reciprocity, s.Transparency, s.InCrisis, rules.Trust) : trust;
            next.Fun[idx] = newRole >= Role.Active ? Fun.Next(fun, w.Traits.Sociability[i], peerActive, autonomy, s.MissionDrift, p) : fun;
            next.Fatigue[idx] = Fatigue.Next(fatigue, hours, budget, p);
            // Until the first crisis the count of weeks since she was a member runs; the crisis freezes it.
            next.WeeksSinceMember[idx] = CrisisCohort.Next(now.WeeksSinceMember[idx], s.HadCrisis, member: newRole >= Role.Passive);
            next.WorkedWeeks[idx] = TeamHistory.Next(now.WorkedWeeks[idx], working: newRole >= Role.Active);
            next.CoOwner[idx] = now.CoOwner[idx] || (s.CoDesignThisWeek && newRole >= Role.Passive);
            if (role >= Role.Aware)
            {
                municipalityShock = Math.Max(municipalityShock, s.InstitutionalShock);
                seesPartner |= a.Exists && a.Stance == Stance.Partner;
            }
        }
        next.TrustMunicipality[i] = Trust.InMunicipality(now.TrustMunicipality[i], seesPartner, w.IsOn(EventKind.Intermediary),
            w.Traits.OnBenefits[i], municipalityShock, rules.Trust);
        next.Stage[i] = w.Traits.EntrepreneurialWish[i]
            ? EntrepreneurLadder.Next(now.Stage[i], works, leads, w.IsOn(EventKind.BenefitSafety), CounterRng.Uniform(w.Seed, (ulong)i, week, Purpose.Ladder), rules.Ladder)
            : now.Stage[i];
    }
}
