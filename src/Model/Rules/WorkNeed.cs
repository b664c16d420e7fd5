using WijkSim.Model.Config;
using WijkSim.Model.Parameters;

namespace WijkSim.Model.Rules;

/// <summary>A group's size set by the work (nineteenth session, docs/model.md §3.6 and §6). Without it, how
/// many residents work for an initiative is where fixed thresholds cut the upper tail of their propensities,
/// so a 4% move of the participation bias doubles a group (§5). The seeds' groups keep their size while the
/// neighbourhood changes (four initiators, 002 l.2201, 2231-2232; six staff, l.1941-1943; about 43 trekkers
/// of 110 active, 000 l.683-684). So the bars for taking on active work and for joining the core rise when
/// the hands a group has had lately exceed what the work needs and fall when they fall short: a group asks
/// people in when it is short and stops asking when it is full, as a board's empty seats already lower the
/// core's bar (<see cref="BoardSeats"/>). Leaving is not moved: people withdraw for their own reasons ("trekken
/// de mensen zich terug", l.2072-2073; "Winkeliers lopen weg uit het bestuur", l.2279-2281), and a group
/// does not send away those who want to stay. (Moving the bars for leaving too damped the ebb after
/// formalising so far that Jan Eef's peak-then-decline failed, §6.) With a feedback weight w and a tail
/// whose count moves by a factor e^k per unit of propensity, the group's elasticity falls from k towards
/// k / (1 + k·w).
/// Off by default (weight 0). Tried at weight 1 in a registered calibration (twentieth session,
/// docs/calibration/work-need-trial.sh) and not adopted: it cut the groups' spread over the bias's ±10%
/// from about eightfold to 2.5-fold, but one need for every phase held Jan Eef's pioneering group near
/// the size of its board years (55 -> 20 active), which flattened the ebb after formalising: Jan Eef's peak
/// without the scripted days held in 71% of runs (§6).</summary>
public static class WorkNeed
{
    /// <summary>Hands the work needs: the founders and, per founder, the volunteers a core's work draws
    /// on (<see cref="ParticipationParameters.TeamPerFounder"/>). Never below one.</summary>
    public static double Hands(int founders, ParticipationParameters p) => Math.Max(1.0, founders * p.TeamPerFounder);

    /// <summary>Those of the working group who chose to work: re-integration placements work because the
    /// programme places them (a running programme keeps its placed residents active), not because the work
    /// needs them.</summary>
    public static int Chosen(int working, bool reintegrationRunning, int placements) =>
        Math.Max(0, working - (reintegrationRunning ? placements : 0));

    /// <summary>The hands a group has had lately: an average over about
    /// <see cref="ParticipationParameters.WorkNeedMemoryWeeks"/> weeks. A group judges shortage or surplus
    /// over weeks, not on one week's count; and without the memory the feedback overshoots (a week with too
    /// many hands raises the bars so far that most stop, the next week lowers them so far that most start:
    /// with the weight at 1, Jan Eef's core fell to 0, eighteenth-session prototype, docs/model.md §6).</summary>
    public static double Remember(double average, int hands, ParticipationParameters p) =>
        average + (hands - average) / Math.Max(1, p.WorkNeedMemoryWeeks);

    /// <summary>Whether the work sets the group's size in this phase: in every phase, or, with
    /// <see cref="ParticipationParameters.WorkNeedEstablishedOnly"/>, only in an established initiative. The
    /// seeds tie hands to defined work: De Ketel's staff are "beheerders van het pand, de theetuin en de
    /// stadslandbouwtuin" (002 l.1941-1946), and a group with "veel praten maar weinig te doen" loses people
    /// (003 l.236-242); a pioneering group's work is whatever it takes on, and Jan Eef's first years draw far
    /// more hands than its later board years (the ebb, l.2266-2272), which one need in every phase flattened
    /// (the twentieth session's trial, docs/model.md §6). A review found this support weak (003 l.236-242
    /// speaks of every phase; the 110/43 is a pioneering group's), and the twenty-eighth round did not adopt
    /// the switch: it made Jan Eef's ebb by itself (docs/model.md §6).</summary>
    public static bool Applies(Phase phase, ParticipationParameters p) => !p.WorkNeedEstablishedOnly || phase == Phase.Established;

    /// <summary>How far the bars for active and core work move this week (added to the thresholds):
    /// <c>w · ln((hands + 1) / (need + 1))</c> with the hands of <see cref="Remember"/><c></c>, a proportional feedback (a group twice the need moves the bars
    /// as far up as a group half of it moves them down) that never saturates, so a keener neighbourhood is
    /// held back however far it overshoots; the 1s keep a group of none finite. Zero with the weight at zero
    /// (the default), so the model without the rule is bit for bit what it was.
    /// </summary>
    public static double Shift(double handsLately, double need, ParticipationParameters p)
    {
        if (p.WorkNeedWeight <= 0 || need <= 0) return 0.0;
        return p.WorkNeedWeight * Math.Log((handsLately + 1.0) / (need + 1.0));
    }
}
