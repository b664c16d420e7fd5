using WijkSim.Model.Config;
using WijkSim.Model.Parameters;

namespace WijkSim.Model.Rules;

/// <summary>Companies adopt a recurring sponsorship when trust and visibility are high (Voedseltuin
/// food circles, 002 l.3731-3742) and drop it when trust falls well below their criterion.</summary>
public static class SponsorAdoption
{
    public static bool Adopts(double trustMean, int supporters, double draw01, FunderConfig f, FundingParameters p) =>
        trustMean >= f.AdoptionTrust && supporters >= f.AdoptionSupporters && draw01 < p.AdoptionRate;

    public static bool Drops(double trustMean, FunderConfig f) => trustMean < f.AdoptionTrust - 0.15;
}
