using WijkSim.Model.Config;
using WijkSim.Model.Random;
using WijkSim.Model.Rules;
using WijkSim.Model.State;

namespace WijkSim.Model.Kernel;

/// <summary>Phase 2 of a week: the municipality holds elections, pays subsidies and re-integration
/// money, and decides renewals of grants and leases, all from last week's state of the initiatives.</summary>
public static class MunicipalityStep
{
    public static void Step(World w, int week)
    {
        if (w.ElectionThisWeek || Array.IndexOf(w.ElectionWeeks, week) >= 0) HoldElection(w, week);
        w.ElectionThisWeek = false;
        for (int k = 0; k < w.InitiativeCount; k++)
        {
            ref var a = ref w.Agreements[k];
            ref var s = ref w.Initiatives[k];
            if (!a.Exists || s.Phase == Phase.Ended) continue;
            if (a.Stance == Stance.Partner) s.CivilServantHours = w.Rules.Subsidy.PartnerHours;
            Subsidy(w, ref a, ref s, k, week);
            Lease(w, ref a, ref s, k, week);
            if (a.ReintegrationRunning)
                s.Income[(int)IncomeSource.Reintegration] += a.Placements * a.PaymentPerPlacementYear / 52.0;
        }
    }

    /// <summary>A new alderman drops each earlier commitment with some probability (the partnership
    /// and a running grant) and needs a settling-in period without decisions (model.md, Municipality;
    /// De Ketel 2018, 002 l.2059-2066).</summary>
    private static void HoldElection(World w, int week)
    {
        var m = w.Config.Municipality;
        w.FrozenUntilWeek = week + m.SettlingInWeeks;
        for (int k = 0; k < w.InitiativeCount; k++)
        {
            ref var a = ref w.Agreements[k];
            if (!a.Exists) continue;
            if (CounterRng.Uniform(w.Seed, (ulong)k, week, Purpose.AldermanDrops) >= m.AldermanDropProbability) continue;
            a.Stance = Stance.Provider;
            if (a.GrantEndWeek <= week) continue;
            a.GrantEndWeek = week;
            w.Initiatives[k].InstitutionalShock += w.Rules.Subsidy.CutShock;
        }
    }

    private static void Subsidy(World w, ref AgreementState a, ref InitiativeState s, int k, int week)
    {
        var p = w.Rules.Subsidy;
        if (a.Schedule == SubsidySchedule.None) return;
        if (a.GrantEndWeek == week && a.DecisionWeek < 0) a.DecisionWeek = week + a.DecisionLagWeeks;

        bool granted = a.GrantEndWeek > week;
        if (!granted && a.DecisionWeek >= 0)
        {
            if (week >= a.DecisionWeek && week >= w.FrozenUntilWeek)
            {
                double proof = Renewal.Proof(s.Legitimacy, s.Formalisation, p);
                double chance = Renewal.Chance(a.Stance, a.Schedule, proof, s.AgendaAlignment, a.BusinessCaseThreshold, p);
                a.DecisionWeek = -1;
                if (CounterRng.Uniform(w.Seed, (ulong)k, week, Purpose.RenewalDecision) < chance)
                {
                    a.GrantYears += Math.Max(1, (a.GrantEndWeek - a.GrantStartWeek + 51) / 52);
                    a.GrantStartWeek = week;
                    a.GrantEndWeek = week + 52 * a.TermYears;
                    granted = true;
                    CoverUnprofitableTop(w, ref a, ref s);
                }
                else
                {
                    // Refused: a year without subsidy, then the initiative applies again (many groups
                    // live from subsidy to subsidy, 000 l.1631-1633).
                    a.GrantEndWeek = -1;
                    a.DecisionWeek = week + 52;
                    s.InstitutionalShock += p.CutShock;
                }
            }
            else
            {
                s.InstitutionalShock += p.DelayShock; // waiting for the systeemwereld costs trust
                if (SubsidyRhythm.BridgesDecisionGap(a.Stance, a.Schedule)) Pay(w, ref a, ref s, week);
            }
        }
        if (granted) Pay(w, ref a, ref s, week);
    }

    /// <summary>A grant renewed on a business case also covers its "onrendabele top": "de kosten van
    /// maatschappelijk vastgoed ... die niet worden gedekt binnen de gebruikelijke exploitatie" (De Ketel,
    /// 002 l.2049-2059), which the alderman weighed before deciding. ASSUMPTION: the top is the deficit the
    /// place has run up by the decision, paid once with the grant (and under the grant's agenda conditions).</summary>
    private static void CoverUnprofitableTop(World w, ref AgreementState a, ref InitiativeState s)
    {
        double top = Renewal.UnprofitableTop(a.BusinessCaseThreshold, a.HasLease, s.Cash);
        if (top <= 0) return;
        s.Income[(int)IncomeSource.Subsidy] += top;
        s.OneOffIncome += top;
        if (a.AgendaConditions) s.PulledIncome += top * w.Rules.Subsidy.AgendaShiftPull;
    }

    private static void Pay(World w, ref AgreementState a, ref InitiativeState s, int week)
    {
        int grantYear = a.GrantYears + Math.Max(0, week - a.GrantStartWeek) / 52;
        double perYear = SubsidyRhythm.AmountPerYear(a.Schedule, a.BaseAmountPerYear, a.TaperPerYear, grantYear,
            s.Phase, s.InCrisis, w.Rules.Subsidy);
        double paid = perYear / 52.0;
        s.Income[(int)IncomeSource.Subsidy] += paid;
        if (a.AgendaConditions) s.PulledIncome += paid * w.Rules.Subsidy.AgendaShiftPull;
    }

    private static void Lease(World w, ref AgreementState a, ref InitiativeState s, int k, int week)
    {
        if (!a.HasLease || a.LeaseLost) return;
        if (a.LeaseEndWeek == week && a.LeaseDecisionWeek < 0) a.LeaseDecisionWeek = week + a.DecisionLagWeeks;
        if (a.LeaseDecisionWeek < 0) return;
        if (week < a.LeaseDecisionWeek || week < w.FrozenUntilWeek)
        {
            // While the place is undecided nothing visible can be built: support fades (De Ketel 2018,
            // 002 l.2066-2072: users leave one by one and the building decays).
            s.InstitutionalShock += w.Rules.Subsidy.DelayShock;
            s.PlaceUndecided = true;
            return;
        }
        a.LeaseDecisionWeek = -1;
        double proof = Renewal.Proof(s.Legitimacy, s.Formalisation, w.Rules.Subsidy);
        if (Renewal.LeaseRenewed(a.Stance, proof, s.AgendaAlignment, w.Rules.Subsidy))
        {
            a.LeaseEndWeek = week + 52 * a.LeaseTermYears;
            a.LeaseRenewals++;
            return;
        }
        a.LeaseLost = true;
        s.InstitutionalShock += w.Rules.Subsidy.CutShock;
        if (a.LeaseEssential) s.HasPlace = false;
    }
}
