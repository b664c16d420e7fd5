using System.Globalization;
using MathNet.Numerics.LinearAlgebra;
using WijkSim.Experiments.Design;

namespace WijkSim.Experiments.Calibration;

/// <param name="Particles">accepted particles per generation (N)</param>
/// <param name="Generations">the most generations after the prior sample</param>
/// <param name="Quantile">each tolerance is this quantile of the previous generation's distances (α)</param>
/// <param name="MinAcceptance">stop when a generation accepts fewer of its proposals than this</param>
/// <param name="MaxRounds">batches of N proposals a generation may use before it is given up</param>
public sealed record AbcSettings(int Particles, int Generations, double Quantile = 0.5, double MinAcceptance = 0.02, int MaxRounds = 10);

/// <summary>Simulates a batch of parameter vectors (natural units) and returns each one's summary statistics.
/// The generation and round name the batch, so a batch that was simulated before can be found again.</summary>
public delegate Task<double[][]> SimulateBatch(int generation, int round, IReadOnlyList<double[]> values, CancellationToken cancellation);

/// <summary>The outcome of a calibration: every generation (the last is the posterior), the distance used
/// and why it stopped.</summary>
public sealed record AbcResult(IReadOnlyList<AbcGeneration> Generations, TargetDistance Distance, string StopReason)
{
    public AbcGeneration Posterior => Generations[^1];
    public int Simulations => Generations.Sum(g => g.Proposals);
}

/// <summary>Approximate Bayesian computation by sequential Monte Carlo (ABC-SMC: Toni et al. 2009, with
/// the importance weights and the perturbation kernel of Beaumont et al. 2009), with an adaptive tolerance
/// schedule (each tolerance the α-quantile of the last generation's distances, as in Del Moral et al. 2012
/// and Drovandi and Pettitt 2011, or below it when ties hold that quantile: <see cref="NextTolerance"/>).</summary>
/// <remarks>
/// <para>Generation 0 is N draws from the prior, all accepted (tolerance ∞); their statistics fix the
/// distance's scales. Generation t proposes in batches of N: pick a particle of generation t−1 by weight,
/// move it by a Gaussian with twice the weighted covariance of generation t−1 (Beaumont et al. 2009),
/// redraw moves that leave the prior's box, simulate the batch, and accept the proposals within the
/// tolerance, in proposal order, until N are accepted. The weight of an accepted θ is
/// prior(θ) / Σ_j W_j K(θ | θ_j), normalised; the prior is flat in the space the kernel works in (the
/// value, or its log), so only the kernel sum remains.</para>
/// <para>Stopping rule: after the given number of generations; or when a generation's acceptance rate
/// falls below <see cref="AbcSettings.MinAcceptance"/> or it cannot reach N particles in
/// <see cref="AbcSettings.MaxRounds"/> batches (that generation is then dropped, the previous one is the
/// posterior); or when the tolerance stops falling: no particle came closer than the last tolerance (when
/// ties hold the quantile there but some particles did come closer, the next tolerance is the largest
/// distance below it, see <see cref="NextTolerance"/>).</para>
/// <para>Every random draw is keyed by (seed, generation, round, proposal), and batches are simulated
/// whole, so the same seed gives the same posterior however the runs were scheduled.</para>
/// </remarks>
public sealed class AbcSmc(IReadOnlyList<CalibrationParameter> parameters, IReadOnlyList<Observation> observations, AbcSettings settings, ulong seed)
{
    private readonly DesignRandom _random = new(seed);
    private int Dimensions => parameters.Count;

    public async Task<AbcResult> Run(SimulateBatch simulate, Action<AbcGeneration>? onGeneration, CancellationToken cancellation)
    {
        int n = settings.Particles;
        var generations = new List<AbcGeneration>();

        // Generation 0: the prior sample.
        var stream = _random.Stream(0, 0);
        var priorValues = Enumerable.Range(0, n)
            .Select(i => Rounded(parameters.Select((p, d) => p.FromUnit(stream.Uniform(i, d))).ToArray())).ToArray();
        var priorStats = await simulate(0, 0, priorValues, cancellation);
        var distance = TargetDistance.Scaled(observations, priorStats);
        var first = new AbcGeneration(0, double.PositiveInfinity,
            priorValues.Select((v, i) => new Particle(i, v, priorStats[i], distance.Of(priorStats[i]), 1.0 / n)).ToArray(), n);
        generations.Add(first);
        onGeneration?.Invoke(first);

        string reason = $"reached the last generation ({settings.Generations})";
        for (int g = 1; g <= settings.Generations; g++)
        {
            var previous = generations[^1];
            double tolerance = NextTolerance(previous, settings.Quantile);
            if (g > 1 && !(tolerance < previous.Tolerance))
            {
                reason = $"the tolerance stopped falling at {Show(tolerance)} (no particle of generation {g - 1} came closer to the targets than that)";
                break;
            }
            var kernel = PerturbationKernel.From(previous, parameters);
            var accepted = new List<Particle>();
            int proposals = 0;
            for (int round = 0; round < settings.MaxRounds && accepted.Count < n; round++)
            {
                var batch = Enumerable.Range(0, n).Select(i => Rounded(kernel.Propose(_random.Stream(g, round), i))).ToArray();
                var stats = await simulate(g, round, batch, cancellation);
                for (int i = 0; i < n && accepted.Count < n; i++)
                {
                    proposals++;
                    double d = distance.Of(stats[i]);
                    if (d <= tolerance) accepted.Add(new Particle(round * n + i, batch[i], stats[i], d, 0));
                }
            }
            if (accepted.Count < n)
            {
                reason = $"generation {g} accepted only {accepted.Count} of {n} particles in {settings.MaxRounds} batches at tolerance {Show(tolerance)}; generation {g - 1} is the posterior";
                break;
            }
            var weights = accepted.Select(p => 1.0 / kernel.MixtureDensity(p.Values)).ToArray();
            double total = weights.Sum();
            var generation = new AbcGeneration(g, tolerance, accepted.Select((p, i) => p with { Weight = weights[i] / total }).ToArray(), proposals);
            generations.Add(generation);
            onGeneration?.Invoke(generation);
            if (generation.AcceptanceRate < settings.MinAcceptance)
            {
                reason = $"the acceptance rate fell to {generation.AcceptanceRate:0.###} (below {settings.MinAcceptance})";
                break;
            }
        }
        return new AbcResult(generations, distance, reason);
    }

    /// <summary>The α-quantile of the last generation's distances; but when ties hold that quantile at the
    /// last tolerance while some particles came closer (shares of seeds are steps, so many particles can
    /// share one distance: the forty-third round's Jan Eef step stopped at 2.726 with four of its 40
    /// particles at 0), the largest distance below the last tolerance, so the schedule moves on towards
    /// those particles. Only when no particle came closer does the tolerance stay, and the run stop.</summary>
    private static double NextTolerance(AbcGeneration previous, double quantile)
    {
        var distances = previous.Accepted.Select(p => p.Distance).ToArray();
        double tolerance = WeightedQuantile.Of(distances, null, quantile);
        if (tolerance < previous.Tolerance) return tolerance;
        var closer = distances.Where(d => d < previous.Tolerance).ToArray();
        return closer.Length > 0 ? closer.Max() : tolerance;
    }

    /// <summary>Whole-number keys run with a rounded value: keep that value, so a particle is what ran.</summary>
    private double[] Rounded(double[] values) =>
        values.Select((v, d) => double.Parse(parameters[d].Format(v), CultureInfo.InvariantCulture)).ToArray();

    private static string Show(double value) => value.ToString("G4", CultureInfo.InvariantCulture);

    /// <summary>The Gaussian move of Beaumont et al. (2009) around the particles of one generation, in the
    /// prior's flat space: covariance twice the particles' weighted covariance.</summary>
    private sealed class PerturbationKernel
    {
        private readonly IReadOnlyList<CalibrationParameter> _parameters;
        private readonly double[][] _centres;
        private readonly double[] _weights;
        private readonly double[] _cumulative;
        private readonly Matrix<double> _lower;

        private PerturbationKernel(IReadOnlyList<CalibrationParameter> parameters, double[][] centres, double[] weights, Matrix<double> lower)
        {
            _parameters = parameters;
            _centres = centres;
            _weights = weights;
            _lower = lower;
            _cumulative = new double[weights.Length];
            double sum = 0;
            for (int i = 0; i < weights.Length; i++) _cumulative[i] = sum += weights[i];
        }

        public static PerturbationKernel From(AbcGeneration previous, IReadOnlyList<CalibrationParameter> parameters)
        {
            int k = parameters.Count;
            var centres = previous.Accepted.Select(p => p.Values.Select((v, d) => parameters[d].ToFlat(v)).ToArray()).ToArray();
            var weights = previous.Accepted.Select(p => p.Weight).ToArray();
            var mean = new double[k];
            for (int i = 0; i < centres.Length; i++)
                for (int d = 0; d < k; d++) mean[d] += weights[i] * centres[i][d];
            var covariance = Matrix<double>.Build.Dense(k, k);
            for (int i = 0; i < centres.Length; i++)
                for (int a = 0; a < k; a++)
                    for (int b = 0; b < k; b++)
                        covariance[a, b] += 2 * weights[i] * (centres[i][a] - mean[a]) * (centres[i][b] - mean[b]);
            // A tiny ridge keeps the factorisation defined when the particles have collapsed onto a line.
            for (int d = 0; d < k; d++)
            {
                double width = parameters[d].FlatHigh - parameters[d].FlatLow;
                covariance[d, d] += 1e-10 * width * width;
            }
            return new PerturbationKernel(parameters, centres, weights, covariance.Cholesky().Factor);
        }

        /// <summary>Proposal <paramref name="index"/> of a batch: an ancestor by weight, moved, inside the prior.</summary>
        public double[] Propose(DesignRandom random, int index)
        {
            int k = _parameters.Count;
            for (int attempt = 0; attempt < 1000; attempt++)
            {
                int slot = attempt * (k + 1);
                int ancestor = Array.BinarySearch(_cumulative, random.Uniform(index, slot) * _cumulative[^1]);
                ancestor = Math.Min(ancestor < 0 ? ~ancestor : ancestor, _centres.Length - 1);
                var z = Vector<double>.Build.Dense(k, d => random.Normal(index, slot + 1 + d));
                var move = _lower * z;
                var flat = _centres[ancestor].Select((c, d) => c + move[d]).ToArray();
                bool inside = true;
                for (int d = 0; d < k; d++) inside &= flat[d] >= _parameters[d].FlatLow && flat[d] <= _parameters[d].FlatHigh;
                if (inside) return flat.Select((f, d) => _parameters[d].FromFlat(f)).ToArray();
            }
            // Practically unreachable (the kernel is centred inside the prior); keep the ancestor as it is.
            return _centres[0].Select((f, d) => _parameters[d].FromFlat(f)).ToArray();
        }

        /// <summary>Σ_j W_j K(θ | θ_j), without the Gaussian's constant (it cancels in the normalised weights).</summary>
        public double MixtureDensity(double[] values)
        {
            int k = _parameters.Count;
            var flat = values.Select((v, d) => _parameters[d].ToFlat(v)).ToArray();
            double sum = 0;
            for (int j = 0; j < _centres.Length; j++)
            {
                var diff = Vector<double>.Build.Dense(k, d => flat[d] - _centres[j][d]);
                var y = _lower.Solve(diff);
                sum += _weights[j] * Math.Exp(-0.5 * y.DotProduct(y));
            }
            return sum;
        }
    }
}
