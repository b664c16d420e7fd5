using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace WijkSim.Model.Parameters;

/// <summary>Coefficients of Rules/Draagvlak.cs (mechanism 4; 003 l.205-305).</summary>
public sealed record DraagvlakParameters
{
    [Description("weekly chance that a resident in reach hears of the initiative unprompted")]
    [Range(0.0, 1.0)] public double AwarenessBase { get; init; } = 0.002;
    [Description("weekly chance of hearing of it per share of one's ties who support it")]
    [Range(0.0, 1.0)] public double AwarenessSpread { get; init; } = 0.15;
    [Description("weekly chance of hearing of it through a campaign of strength 1")]
    [Range(0.0, 1.0)] public double AwarenessEvent { get; init; } = 0.3;
    [Description("weekly chance that a passive supporter fades while progress is visible")]
    [Range(0.0, 1.0)] public double BaseFade { get; init; } = 0.002;
    [Description("weeks without visible progress before fading speeds up (De Witte Vlinder, 003 l.215-230)")]
    [Range(0, 520)] public int ProgressGraceWeeks { get; init; } = 8;
    [Description("extra weekly fading chance per week of lag past the grace period")]
    [Range(0.0, 1.0)] public double FadePerLagWeek { get; init; } = 0.0004;
    [Description("highest weekly fading chance")]
    [Range(0.0, 1.0)] public double MaxFade { get; init; } = 0.05;
    [Description("share of fading that full recognition (certificates) prevents (003 l.295-305)")]
    [Range(0.0, 1.0)] public double RecognitionEffect { get; init; } = 0.6;
    [Description("trust in the initiative a supporter loses when she drifts away for lack of progress (disappointment); she stays away while progress lags in any case (Draagvlak.WelcomesNewSupport), and the lost trust keeps her away a while after it returns")]
    [Range(0.0, 1.0)] public double FadeTrustLoss { get; init; } = 0.15;
    [Description("output per member (supporter, volunteer or core) per week that counts as visible progress: below it support has outgrown the work, 'veel praten maar weinig te doen' (003 l.235-238); ASSUMPTION: amount")]
    [Range(0.0, 100.0)] public double ProgressOutputPerMember { get; init; } = 0.1;
}
