namespace WijkSim.Model.State;

/// <summary>The ladder of a resident on benefits with an entrepreneurial wish (000 l.486-533, l.671-701).</summary>
public enum EntrepreneurStage : byte
{
    Potential = 0,
    Aspiring = 1,
    ResidentEntrepreneur = 2,
    SocialEntrepreneur = 3,
}
