using WijkSim.Model.State;

namespace WijkSim.Model.Kernel;

/// <summary>One week of the model, in the phase order every hosting follows:
/// <see cref="OpenWeek"/> (signals, events, levers), the municipality, each funder in index order,
/// every resident (t-1 to t, any order), each initiative (any order), <see cref="CloseWeek(World)"/>
/// (neighbourhood, swap). The kernel runs them all in one thread; the live hosting runs each phase
/// in the grain that owns it, with a barrier between phases. Allocates nothing.</summary>
public static class WeeklyStep
{
    public static void Step(World w)
    {
        Begin(w);
        for (int i = 0; i < w.Residents; i++) ResidentStep.Step(w, i, w.Week);
        End(w);
    }

    /// <summary>The same week with the residents stepped by a team of threads: the same bits.</summary>
    public static void Step(World w, ResidentTeam team)
    {
        Begin(w);
        team.StepResidents(w);
        End(w, team);
    }

    /// <summary>Everything after <paramref name="team"/> has stepped the residents, with the counts its threads made.</summary>
    public static void End(World w, ResidentTeam team)
    {
        var sums = team.Sums;
        for (int k = 0; k < w.InitiativeCount; k++) CloseInitiative(w, k, team.InitiativeCounts(k), sums.Hours(k), sums.Trust(k));
        CloseWeek(w, team.NeighbourhoodCounts(), sums.TrustMunicipality);
    }

    /// <summary>Everything before residents decide: signals, events and levers, then the institutions.</summary>
    public static void Begin(World w)
    {
        OpenWeek(w);
        MunicipalityStep.Step(w, w.Week);
        for (int f = 0; f < w.FunderCount; f++) FunderStep.StepOne(w, f, w.Week);
    }

    /// <summary>Everything after all residents have decided.</summary>
    public static void End(World w)
    {
        for (int k = 0; k < w.InitiativeCount; k++) CloseInitiative(w, k);
        CloseWeek(w);
    }

    /// <summary>Clears this week's signals and flows, then applies this week's events and lever changes.</summary>
    public static void OpenWeek(World w)
    {
        InitiativeStep.BeginWeek(w);
        EventStep.Apply(w, w.Week);
        ResidentPhaseTerms.Prepare(w, w.Week);
    }

    /// <summary>Sums initiative k's residents (in id order) and updates it. Touches only initiative k,
    /// so initiatives can close in any order.</summary>
    public static void CloseInitiative(World w, int k)
    {
        InitiativeStep.Aggregate(w, k, w.Next);
        InitiativeStep.Update(w, k, w.Week);
    }

    /// <summary>The same with the counts and the sums made by the threads that stepped the residents.</summary>
    public static void CloseInitiative(World w, int k, in InitiativeTally counts, double hours, double trust)
    {
        InitiativeStep.Aggregate(w, k, counts, hours, trust);
        InitiativeStep.Update(w, k, w.Week);
    }

    /// <summary>Neighbourhood outputs, then week t becomes the new t-1.</summary>
    public static void CloseWeek(World w) =>
        CloseWeek(w, NeighbourhoodTally.Count(w, w.Next, 0, w.Residents), ResidentSums.AddTrustMunicipality(w.Next, 0, w.Residents, 0));

    /// <summary>The same with the counts and the sum made by the threads that stepped the residents.</summary>
    public static void CloseWeek(World w, in NeighbourhoodTally counts, double trustMunicipality)
    {
        NeighbourhoodStep.Aggregate(w, counts, trustMunicipality);
        w.SwapBuffers();
        w.Week++;
    }
}
