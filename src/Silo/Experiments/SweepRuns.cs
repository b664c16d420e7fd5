using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using WijkSim.Experiments.Design;

namespace WijkSim.Silo.Experiments;

/// <summary>A sweep's runs.csv read back (CsvHelper) for analysis: every column as a number (NA and text
/// as NaN), and which columns are the numeric varied keys (between 'point' and 'replication').</summary>
public sealed record SweepRuns(IReadOnlyList<string> Columns, IReadOnlyList<int> Keys, IReadOnlyList<double[]> Rows)
{
    /// <exception cref="DesignError">no runs.csv, or not one written by sweep</exception>
    public static SweepRuns Read(string folder)
    {
        string path = Path.Combine(folder, "runs.csv");
        if (!File.Exists(path))
            throw new DesignError("SWEEP_DIR", folder, Directory.Exists(folder) ? "the folder has no runs.csv; expected the output folder of a finished sweep" : "the folder does not exist");
        using var reader = new StreamReader(path);
        using var csv = new CsvReader(reader, new CsvConfiguration(CultureInfo.InvariantCulture));
        if (!csv.Read() || !csv.ReadHeader() || csv.HeaderRecord is not { } header)
            throw new DesignError("SWEEP_DIR", folder, "its runs.csv is empty");
        int point = Array.IndexOf(header, "point"), replication = Array.IndexOf(header, "replication");
        if (point < 0 || replication < point)
            throw new DesignError("SWEEP_DIR", folder, "its runs.csv lacks the columns 'point' and 'replication'; expected the runs.csv of a sweep");
        var rows = new List<double[]>();
        while (csv.Read())
            rows.Add(Enumerable.Range(0, header.Length).Select(i =>
                double.TryParse(csv.GetField(i), NumberStyles.Float, CultureInfo.InvariantCulture, out double v) ? v : double.NaN).ToArray());
        if (rows.Count == 0) throw new DesignError("SWEEP_DIR", folder, "its runs.csv holds no runs");
        var keys = Enumerable.Range(point + 1, replication - point - 1).Where(k => rows.All(r => !double.IsNaN(r[k]))).ToArray();
        return new SweepRuns(header, keys, rows);
    }
}
