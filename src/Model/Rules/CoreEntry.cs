using WijkSim.Model.Parameters;

namespace WijkSim.Model.Rules;

/// <summary>What the neighbours' work counts for when an active member steps up into the core (docs/model.md §6,
/// fifty-ninth round). One grows into a leader by one's own expertise and what one can give ("Om naar de rol van
/// trekker te kunnen doorgroeien, zijn expertise en wederkerigheid ... essentiële aspecten", 000 l.680-682), and
/// practice shows who wants to lead (l.765-766), so the peers' term may count for less in the bar for entering
/// the core than elsewhere. Staying in the core counts it whole: colleagues hold each other.</summary>
public static class CoreEntry
{
    /// <summary>The part of the peers' term that does not count for entering the core:
    /// (1 − share) · peer weight · the share of one's ties at work. 0 at the default share of 1, so the bar is
    /// bit for bit the one before the rule.</summary>
    public static double PeerDiscount(double peerActive, ParticipationParameters p) =>
        (1.0 - p.CoreEntryPeerShare) * p.PeerWeight * peerActive;
}
