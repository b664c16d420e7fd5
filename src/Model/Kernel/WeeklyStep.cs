using WijkSim.Model.State;

namespace WijkSim.Model.Kernel;

/// <summary>One week of the kernel, in the phase order every hosting follows:
/// events, municipality, funders, residents (t-1 to t), initiatives, neighbourhood, swap.
/// Allocates nothing.</summary>
public static class WeeklyStep
{
    public static void Step(World w)
    {
        int week = w.Week;
        InitiativeStep.BeginWeek(w);
        EventStep.Apply(w, week);
        MunicipalityStep.Step(w, week);
        FunderStep.Step(w, week);
        for (int i = 0; i < w.Residents; i++) ResidentStep.Step(w, i, week);
        for (int k = 0; k < w.InitiativeCount; k++)
        {
            InitiativeStep.Aggregate(w, k, w.Next);
            InitiativeStep.Update(w, k, week);
        }
        NeighbourhoodStep.Aggregate(w, w.Next);
        w.SwapBuffers();
        w.Week = week + 1;
    }
}
