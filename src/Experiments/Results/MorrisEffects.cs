using WijkSim.Experiments.Design;

namespace WijkSim.Experiments.Results;

/// <summary>Morris' screening measures for one factor: μ (mean elementary effect), μ* (mean absolute
/// effect: how much the outcome moves, whatever the direction; Campolongo et al. 2007) and σ (spread of
/// the effects: non-linearity or interaction with other factors). Effects are per whole range of the
/// factor, in the outcome's units.</summary>
public sealed record MorrisEffect(int Factor, double Mu, double MuStar, double Sigma, int Effects)
{
    /// <param name="outcome">the outcome at (trajectory, point within the trajectory)</param>
    public static MorrisEffect[] Compute(IReadOnlyList<MorrisDesign.Trajectory> trajectories, int factors, Func<int, int, double> outcome)
    {
        var effects = Enumerable.Range(0, factors).Select(_ => new List<double>()).ToArray();
        for (int r = 0; r < trajectories.Count; r++)
        {
            var steps = trajectories[r].Steps;
            for (int s = 0; s < steps.Length; s++)
                effects[steps[s].Factor].Add((outcome(r, s + 1) - outcome(r, s)) / steps[s].Delta);
        }
        return effects.Select((e, j) =>
        {
            double mu = e.Average(), muStar = e.Average(Math.Abs);
            double sigma = e.Count > 1 ? Math.Sqrt(e.Sum(x => (x - mu) * (x - mu)) / (e.Count - 1)) : double.NaN;
            return new MorrisEffect(j, mu, muStar, sigma, e.Count);
        }).ToArray();
    }
}
