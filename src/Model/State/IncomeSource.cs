namespace WijkSim.Model.State;

/// <summary>Where an initiative's money comes from (model.md, Initiative).</summary>
public enum IncomeSource
{
    Subsidy = 0,
    Funds = 1,
    Sponsors = 2,
    OwnRevenue = 3,
    Contributions = 4,
    Reintegration = 5,
}
