namespace WijkSim.Experiments.Design;

/// <summary>Morris' elementary-effects design (Morris 1991; Campolongo et al. 2007): R trajectories
/// through a grid of p levels per factor, each of k+1 points that change one factor at a time by
/// ±Δ with Δ = p / (2(p−1)). Each step gives one elementary effect of the factor it moved.</summary>
public static class MorrisDesign
{
    /// <summary>One step of a trajectory: which factor moved, and by how much (in unit range).</summary>
    public readonly record struct Step(int Factor, double Delta);

    public sealed record Trajectory(double[][] Points, Step[] Steps);

    public static Trajectory[] Create(int factors, int trajectories, int levels, ulong seed)
    {
        if (levels < 2 || levels % 2 != 0) throw new ArgumentOutOfRangeException(nameof(levels), "Morris needs an even number of levels (4 is usual)");
        var random = new DesignRandom(seed);
        double delta = levels / (2.0 * (levels - 1));
        var result = new Trajectory[trajectories];
        for (int r = 0; r < trajectories; r++)
        {
            // A random base point on the grid and a random order in which the factors move.
            var x = new double[factors];
            for (int j = 0; j < factors; j++)
                x[j] = (int)(random.Uniform(2 * r, j) * levels) / (double)(levels - 1);
            var order = random.Permutation(factors, stream: 2 * r + 1);
            var points = new double[factors + 1][];
            var steps = new Step[factors];
            points[0] = (double[])x.Clone();
            for (int s = 0; s < factors; s++)
            {
                int j = order[s];
                double d = x[j] + delta <= 1 + 1e-12 ? delta : -delta; // move up when the grid allows, else down
                x[j] += d;
                points[s + 1] = (double[])x.Clone();
                steps[s] = new Step(j, d);
            }
            result[r] = new Trajectory(points, steps);
        }
        return result;
    }
}
