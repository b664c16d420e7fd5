using System.Globalization;
using WijkSim.Experiments.Calibration;
using WijkSim.Experiments.Design;

namespace WijkSim.Experiments.Robustness;

/// <summary>Parameter points at which the facts are evaluated together: a Latin hypercube over ranges,
/// or draws from a calibration's posterior.</summary>
/// <param name="Source">"lhs" or "posterior"</param>
public sealed record ParameterSample(string Source, IReadOnlyList<Factor> Factors, IReadOnlyList<string[]> Vectors)
{
    public static ParameterSample Hypercube(IReadOnlyList<Factor> factors, int samples, ulong seed) =>
        new("lhs", factors, LatinHypercube.Points(factors, samples, seed));
}

/// <summary>Draws from the last generation of a posterior.csv (written by <c>wijksim calibrate</c>):
/// systematic resampling by weight (Kitagawa 1996), so N draws repeat a particle in proportion to its
/// weight with the least resampling noise.</summary>
public static class PosteriorDraws
{
    /// <exception cref="DesignError">the file is missing or not a posterior.csv</exception>
    public static ParameterSample Read(string path, int draws, ulong seed)
    {
        if (!File.Exists(path)) throw new DesignError("--posterior", path, "the file does not exist; expected the posterior.csv of a calibration");
        var lines = File.ReadAllLines(path);
        var header = lines.Length > 0 ? lines[0].Split(',') : [];
        int distance = Array.IndexOf(header, "distance"), weight = Array.IndexOf(header, "weight"), generation = Array.IndexOf(header, "generation");
        if (distance < 0 || weight < 0 || generation < 0 || lines.Length < 2)
            throw new DesignError("--posterior", path, "expected a posterior.csv with the columns generation, weight, distance and the parameters, and at least one particle");
        int first = distance + 1, end = first;
        while (end < header.Length && !header[end].StartsWith("stat_", StringComparison.Ordinal)) end++;
        var keys = header[first..end].Select(k => k.Trim('"')).ToArray();
        if (keys.Length == 0) throw new DesignError("--posterior", path, "it names no parameter columns between 'distance' and the statistics");
        var rows = lines.Skip(1).Where(l => l.Length > 0).Select(l => l.Split(',')).ToArray();
        int last = rows.Max(r => int.Parse(r[generation], CultureInfo.InvariantCulture));
        var final = rows.Where(r => int.Parse(r[generation], CultureInfo.InvariantCulture) == last).ToArray();
        var weights = final.Select(r => double.Parse(r[weight], CultureInfo.InvariantCulture)).ToArray();
        double total = weights.Sum(), u = new DesignRandom(seed).Stream(11).Uniform(0, 0), cumulative = 0;
        var vectors = new List<string[]>(draws);
        int j = 0;
        for (int i = 0; i < draws; i++)
        {
            double target = (i + u) / draws * total;
            while (j < final.Length - 1 && cumulative + weights[j] < target) cumulative += weights[j++];
            vectors.Add(final[j][first..end]);
        }
        var factors = keys.Select((k, d) =>
        {
            var values = final.Select(r => double.Parse(r[first + d], CultureInfo.InvariantCulture)).ToArray();
            double lo = values.Min(), hi = values.Max();
            return new Factor(k, null, lo, hi > lo ? hi : lo + 1, null, ParameterKeys.KindOf(k));
        }).ToArray();
        return new ParameterSample("posterior", factors, vectors);
    }
}
