using WijkSim.Model.State;

namespace WijkSim.Model.Kernel;

/// <summary>One week of the kernel, in the phase order every hosting follows:
/// <see cref="Begin"/> (events, municipality, funders), every resident (t-1 to t, any order),
/// <see cref="End"/> (initiatives, neighbourhood, swap). Allocates nothing.</summary>
/// <remarks>The split is the barrier structure of the live hosting: the clock runs Begin, resident
/// grains run their residents in parallel, the clock runs End.</remarks>
public static class WeeklyStep
{
    public static void Step(World w)
    {
        Begin(w);
        for (int i = 0; i < w.Residents; i++) ResidentStep.Step(w, i, w.Week);
        End(w);
    }

    /// <summary>Everything that happens before residents decide: this week's events and the institutions.</summary>
    public static void Begin(World w)
    {
        InitiativeStep.BeginWeek(w);
        EventStep.Apply(w, w.Week);
        MunicipalityStep.Step(w, w.Week);
        FunderStep.Step(w, w.Week);
    }

    /// <summary>Everything after all residents have decided: sums in resident-id order, initiative
    /// updates, neighbourhood outputs, then week t becomes the new t-1.</summary>
    public static void End(World w)
    {
        for (int k = 0; k < w.InitiativeCount; k++)
        {
            InitiativeStep.Aggregate(w, k, w.Next);
            InitiativeStep.Update(w, k, w.Week);
        }
        NeighbourhoodStep.Aggregate(w, w.Next);
        w.SwapBuffers();
        w.Week++;
    }
}
