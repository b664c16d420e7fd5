using WijkSim.Model.Config;
using WijkSim.Model.Rules;
using WijkSim.Model.State;

namespace WijkSim.Model.Kernel;

/// <summary>What every resident of one initiative reads the same in one week: thresholds, chances and
/// factors that depend on the initiative's state alone. They were computed in <see cref="ResidentStep"/>
/// for each resident (a <c>Math.Pow</c> among them, once per resident and initiative); now once per
/// initiative, at the end of <see cref="WeeklyStep.OpenWeek"/>, from the same state with the same
/// functions, so every result is bit for bit what it was. They travel with <see cref="InitiativeState"/>,
/// so the live hosting's partitions read the values the kernel does.</summary>
/// <remarks>Nothing the municipality or the funders do in the week (phase 2) changes their inputs (the core,
/// formalisation, social control, events, urgency, progress, recognition and the latest co-design).</remarks>
public struct ResidentPhaseTerms
{
    /// <summary>Hours given per hour of a full role share: lost social control (FreeRiding.EffortFactor).</summary>
    public double EffortFactor;
    /// <summary>The part of the propensity that draws people in but does not make leaders (this week's
    /// campaign and the urgency a mobilisation added; Participation.NextRole).</summary>
    public double DrawIn;
    /// <summary>How far the bars for taking on active work and joining the core move this week (WorkNeed.Shift; 0 when off).</summary>
    public double WorkShift;
    /// <summary>A core member stays in the core from here (BoardSeats).</summary>
    public double CoreExit;
    /// <summary>An active member joins the core from here (BoardSeats, plus the work's shift).</summary>
    public double CoreEntry;
    /// <summary>Weekly chance that a passive supporter fades (Draagvlak.FadeChance).</summary>
    public double FadeChance;
    /// <summary>New supporters are welcome: visible progress does not lag (Draagvlak.WelcomesNewSupport).</summary>
    public bool WelcomesNewSupport;
    /// <summary>The pull a co-owner keeps from the latest co-design (CoOwnership.Pull).</summary>
    public double OwnershipPull;

    /// <summary>Sets every running initiative's terms for <paramref name="week"/>.</summary>
    public static void Prepare(World w, int week)
    {
        var rules = w.Rules;
        var p = rules.Participation;
        for (int k = 0; k < w.InitiativeCount; k++)
        {
            ref var s = ref w.Initiatives[k];
            if (s.Phase == Phase.Ended) continue; // its residents skip it
            double workShift = WorkNeed.Applies(s.Phase, p) ? WorkNeed.Shift(s.HandsLately, WorkNeed.Hands(w.Config.Initiatives[k].Founders, p), p) : 0.0;
            s.Terms = new ResidentPhaseTerms
            {
                WorkShift = workShift,
                EffortFactor = FreeRiding.EffortFactor(s.SocialControl, rules.FreeRiding),
                DrawIn = p.EventWeight * s.EventBoost + p.UrgencyWeight * Math.Min(s.MobilisedUrgency, s.Urgency),
                CoreExit = BoardSeats.CoreExitThreshold(s.Core, s.Formalisation, p, rules.Formalisation),
                CoreEntry = BoardSeats.CoreEntryThreshold(s.Core, s.Formalisation, p, rules.Formalisation) + workShift,
                FadeChance = Draagvlak.FadeChance(s.WeeksWithoutProgress, s.Recognition, rules.Draagvlak),
                WelcomesNewSupport = Draagvlak.WelcomesNewSupport(s.WeeksWithoutProgress, rules.Draagvlak),
                OwnershipPull = CoOwnership.Pull(s.CoDesignStrength, week - s.CoDesignWeek, p), // 0 before any co-design (strength 0)
            };
        }
    }
}
