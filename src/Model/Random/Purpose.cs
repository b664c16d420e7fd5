namespace WijkSim.Model.Random;

/// <summary>
/// What a random draw is for. Each purpose is its own stream, so adding a draw for a new rule
/// never shifts the numbers an existing rule sees. Append new values; never renumber (19-21 and 23 were never used and are free).
/// </summary>
public enum Purpose : ulong
{
    TraitMotivation = 1,
    TraitTimeBudget = 2,
    TraitSociability = 3,
    TraitPastCollaboration = 4,
    TraitPastInstitutions = 5,
    TraitBenefits = 6,
    TraitEntrepreneurialWish = 7,
    TraitShopkeeper = 8,
    NetworkRewire = 9,
    NetworkTarget = 10,
    Propensity = 11,
    Awareness = 12,
    Fading = 13,
    BizVote = 14,
    FunderDecision = 15,
    SponsorAdoption = 16,
    AldermanDrops = 17,
    RenewalDecision = 18,
    FallBack = 22,
    Ladder = 24,
    /// <summary>Sampling an experiment design (Latin hypercube, Morris trajectories), not a model draw.</summary>
    ExperimentDesign = 25,
}
