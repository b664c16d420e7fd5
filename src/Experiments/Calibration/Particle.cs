namespace WijkSim.Experiments.Calibration;

/// <summary>One simulated parameter vector of ABC-SMC: its values (natural units), the summary statistics
/// its runs gave, its distance to the targets, and (once accepted) its normalised importance weight.</summary>
/// <param name="Proposal">its place among the generation's proposals (round × batch + index): it names the
/// runs that simulated it, so the particle can be traced to them</param>
public sealed record Particle(int Proposal, double[] Values, double[] Statistics, double Distance, double Weight);

/// <summary>One generation of ABC-SMC: the accepted particles (in proposal order), the tolerance they met
/// and how many proposals it took.</summary>
public sealed record AbcGeneration(int Index, double Tolerance, IReadOnlyList<Particle> Accepted, int Proposals)
{
    public double AcceptanceRate => Proposals == 0 ? 0 : Accepted.Count / (double)Proposals;

    /// <summary>Kish's effective sample size of the weights: how many equally weighted particles they are worth.</summary>
    public double EffectiveSampleSize
    {
        get
        {
            double sum = 0, squares = 0;
            foreach (var p in Accepted) { sum += p.Weight; squares += p.Weight * p.Weight; }
            return squares == 0 ? 0 : sum * sum / squares;
        }
    }
}
