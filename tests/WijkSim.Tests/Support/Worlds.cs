using WijkSim.Model.Config;

namespace WijkSim.Tests.Support;

/// <summary>Small configurations for kernel tests, built in code so each test shows what it varies.</summary>
public static class Worlds
{
    public static ModelConfig OneInitiative(int residents = 400, double reach = 0.5, int founders = 4, int weeks = 104) => new()
    {
        Name = "test",
        Start = new DateOnly(2020, 1, 6),
        Weeks = weeks,
        Population = new PopulationConfig { Residents = residents },
        Initiatives = [new InitiativeConfig { Id = "a", Founders = founders, Reach = new ReachConfig { Centre = 0.5, Share = reach } }],
        Municipality = new MunicipalityConfig
        {
            Agreements = [new AgreementConfig { Initiative = "a", Subsidy = new SubsidyConfig { AmountPerYear = 8000 } }],
        },
    };
}
