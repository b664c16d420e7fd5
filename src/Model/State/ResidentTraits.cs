namespace WijkSim.Model.State;

/// <summary>Residents' fixed traits, struct-of-arrays (index = resident id).</summary>
public sealed class ResidentTraits(int n)
{
    public double[] Motivation { get; } = new double[n];
    public double[] TimeBudget { get; } = new double[n];
    public double[] Sociability { get; } = new double[n];
    public double[] PastCollaboration { get; } = new double[n];
    public double[] PastInstitutions { get; } = new double[n];
    public bool[] OnBenefits { get; } = new bool[n];
    public bool[] EntrepreneurialWish { get; } = new bool[n];
    public bool[] Shopkeeper { get; } = new bool[n];
}
