using System.Runtime.CompilerServices;

namespace WijkSim.Model.State;

/// <summary>One amount per <see cref="IncomeSource"/>, stored inline so that the weekly step allocates nothing.</summary>
[InlineArray(Count)]
public struct IncomeBySource
{
    public const int Count = 6;
    private double _element;

    public double Total
    {
        get
        {
            double sum = 0;
            for (int s = 0; s < Count; s++) sum += this[s];
            return sum;
        }
    }
}
