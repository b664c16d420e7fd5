using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace WijkSim.Model.Parameters;

/// <summary>Coefficients of Rules/Trust.cs (mechanism 1; 003 l.50-170, 655-710; 001 l.84-95).</summary>
public sealed record TrustParameters
{
    [Description("starting trust in an initiative for a resident with neutral past experience")]
    [Range(0.0, 1.0)] public double InitialInitiative { get; init; } = 0.5;
    [Description("starting trust in the municipality for a resident with neutral past experience")]
    [Range(0.0, 1.0)] public double InitialMunicipality { get; init; } = 0.45;
    [Description("how much past experience (-1..1) shifts starting trust (003 l.80-90)")]
    [Range(0.0, 1.0)] public double PastExperienceWeight { get; init; } = 0.2;
    [Description("share of the gap to the target that trust in an initiative closes each week")]
    [Range(0.0, 1.0)] public double LearningRate { get; init; } = 0.05;
    [Description("weight of reciprocity (what a resident gets back for what she gives) in the trust target")]
    [Range(0.0, 2.0)] public double ReciprocityWeight { get; init; } = 0.5;
    [Description("weight of the initiative's transparency in the trust target")]
    [Range(0.0, 2.0)] public double TransparencyWeight { get; init; } = 0.4;
    [Description("reciprocity from enjoying the collective good")]
    [Range(0.0, 2.0)] public double GoodWeight { get; init; } = 0.6;
    [Description("reciprocity members get from recognition")]
    [Range(0.0, 2.0)] public double RecognitionWeight { get; init; } = 0.3;
    [Description("reciprocity members get from being heard (autonomy above one half)")]
    [Range(0.0, 2.0)] public double HeardWeight { get; init; } = 0.8;
    [Description("reciprocity lost per unit of the time budget given")]
    [Range(0.0, 2.0)] public double EffortWeight { get; init; } = 0.3;
    [Description("reciprocity lost per unit of mission drift (mechanism 9)")]
    [Range(0.0, 2.0)] public double DriftWeight { get; init; } = 0.6;
    [Description("trust lost by aware residents in a week the initiative is in crisis (broken promises)")]
    [Range(0.0, 1.0)] public double CrisisDrop { get; init; } = 0.01;
    [Description("share of the gap to the target that trust in the municipality closes each week")]
    [Range(0.0, 1.0)] public double MunicipalityLearningRate { get; init; } = 0.02;
    [Description("rise of the municipality-trust target while the municipality is a partner")]
    [Range(0.0, 1.0)] public double PartnerEffect { get; init; } = 0.15;
    [Description("rise of the municipality-trust target with a trusted intermediary (001 l.84-95, 004 l.591-597)")]
    [Range(0.0, 1.0)] public double IntermediaryEffect { get; init; } = 0.15;
    [Description("lower municipality-trust target for residents on benefits (client managers' power, 001 l.64)")]
    [Range(0.0, 1.0)] public double BenefitsPenalty { get; init; } = 0.15;
    [Description("trust in the municipality lost per unit of an institutional shock (cut, delay, dropped commitment)")]
    [Range(0.0, 1.0)] public double ShockDrop { get; init; } = 0.08;
}
