using System.Globalization;
using WijkSim.Experiments.Design;
using WijkSim.Experiments.Robustness;
using WijkSim.Scenarios;
using WijkSim.Scenarios.Facts;
using WijkSim.Scenarios.Loading;
using WijkSim.Silo.Commands;
using WijkSim.Silo.Experiments;

namespace WijkSim.Silo.Robustness;

/// <summary>The batches of <c>wijksim robustness</c>: the facts' scenarios as written (nominal); each
/// ASSUMPTION amount moved by every given change, alone, in the scenarios that mark it; and the sampled
/// parameter points, applied to every scenario of the chosen facts.</summary>
public sealed class RobustnessPlan
{
    /// <summary>One amount to move: its key, its value as written, and the scenarios that mark it.</summary>
    private sealed record Amount(string Key, double Nominal, string[] Scenarios);

    private readonly NamedScenarios _named;
    private readonly IReadOnlyList<Fact> _facts;
    private readonly ExperimentSettings _settings;
    private readonly double[] _changes;
    private readonly ParameterSample? _sample;
    private readonly string[] _names;
    private readonly Amount[] _amounts;
    private readonly Amount[] _ofSameKeys; // every amount of the keys moved, picked or not: for the rows' labels

    private RobustnessPlan(NamedScenarios named, IReadOnlyList<Fact> facts, ExperimentSettings settings, double[] changes, ParameterSample? sample,
        string[] names, Amount[] amounts, Amount[] ofSameKeys, string fingerprint)
    {
        _named = named;
        _facts = facts;
        _settings = settings;
        _changes = changes;
        _sample = sample;
        _names = names;
        _amounts = amounts;
        _ofSameKeys = ofSameKeys;
        Fingerprint = fingerprint;
    }

    public string Fingerprint { get; }

    /// <summary>What --oat moves, one line each: the key, its value as written and the scenarios that mark
    /// it (tab-separated, with a header), in the order the runs take them. For tools that scan the amounts
    /// (docs/tools/unread-amounts-scan.py) without a second reading of the ASSUMPTION marks.</summary>
    public string AmountsTable() =>
        "key\tnominal\tscenarios\n" + string.Concat(_amounts.Select(a =>
            $"{a.Key}\t{a.Nominal.ToString("R", CultureInfo.InvariantCulture)}\t{string.Join(',', a.Scenarios)}\n"));

    /// <param name="rules">move the rules' coefficients (<see cref="RuleCoefficients"/>) rather than the
    /// scenario files' ASSUMPTION amounts</param>
    /// <param name="only">move only these keys, or "key=value" for the one amount written so (empty: every amount). For adding the rows of newly marked
    /// amounts to a table without rerunning the rest: the runs are deterministic, so the other rows would
    /// come out the same.</param>
    public static RobustnessPlan Create(NamedScenarios named, IReadOnlyList<Fact> facts, ExperimentSettings settings, double[] changes, ParameterSample? sample,
        bool rules = false, IReadOnlyCollection<string>? only = null)
    {
        only ??= [];
        var names = facts.SelectMany(NamedScenarios.Of).Distinct().ToArray();
        var loaded = names.ToDictionary(n => n, n => named.Load(n, settings.Settings));
        // Each scenario's configuration serialised once, for Moves to compare every probe against.
        var asLoaded = loaded.ToDictionary(p => p.Key, p => ModelConfigJson.Serialize(p.Value.Config));
        // Each scenario's movable keys read once: AssumptionAmounts parses the scenario's YAML files.
        var movable = names.ToDictionary(n => n, n => (rules ? RuleCoefficients.Keys : AssumptionAmounts.In(loaded[n].Files).Select(a => a.Key)).ToArray());
        IReadOnlyList<string> Movable(string name) => movable[name];
        // A key alone picks every amount of it; "key=value" (a row label of robustness.csv) the one written so.
        var picked = only.Select(PickOf).ToArray();
        bool Picked(string key, double? nominal = null) => picked.Length == 0 || picked.Any(p => p.Key == key && (p.Value is null || nominal is null || p.Value == nominal));
        var unknown = picked.Where(p => !names.Any(n => Movable(n).Contains(p.Key))).Select(p => p.Key).ToArray();
        if (unknown.Length > 0)
            throw new UsageError("--oat-keys", $"'{unknown[0]}' is not an amount that --oat moves in the scenarios of these facts ({string.Join(", ", names)}): " +
                (rules ? "a coefficient under rules.*, as `wijksim schema` names it" : "a number that a scenario file marks ASSUMPTION or calibrated:, written as robustness.csv names it, e.g. funders[0].threshold"));
        // Every amount of a picked key, so that a row's label (LabelFor) does not depend on which of them are picked.
        var ofPickedKeys = changes.Length == 0 ? [] : names
            // The nominal is read from the scenario as its files write it: a key's index is the files' (--set
            // events[7].value=... changes the files' eighth event), not the index after remove_events has
            // renumbered the list. Reading it after the removal moved a removed event and never the ones after it.
            .SelectMany(n => Movable(n).Where(key => Picked(key)).Select(key => (Name: n, Key: key, Nominal: ParameterKeys.ValueOf(loaded[n].AsWritten, key))))
            .Where(a => a.Nominal is int or long or double && Convert.ToDouble(a.Nominal, CultureInfo.InvariantCulture) != 0)
            .Where(a => rules || Moves(named, settings, a.Name, asLoaded[a.Name], a.Key, Convert.ToDouble(a.Nominal, CultureInfo.InvariantCulture)))
            .GroupBy(a => (a.Key, Value: Convert.ToDouble(a.Nominal, CultureInfo.InvariantCulture)))
            .Select(g => new Amount(g.Key.Key, g.Key.Value, g.Select(a => a.Name).ToArray()))
            .OrderBy(a => a.Key, StringComparer.Ordinal).ThenBy(a => a.Nominal).ToArray();
        var amounts = ofPickedKeys.Where(a => Picked(a.Key, a.Nominal)).ToArray();
        // A "key=value" that names no amount would move nothing and report nothing: say so instead.
        if (changes.Length > 0 && picked.FirstOrDefault(p => p.Value is double v && !ofPickedKeys.Any(a => a.Key == p.Key && a.Nominal == v)) is { Value: double value } u)
            throw new UsageError("--oat-keys", $"no scenario of these facts writes '{u.Key}' as {value.ToString("R", CultureInfo.InvariantCulture)}; its amounts are " +
                string.Join(", ", ofPickedKeys.Where(a => a.Key == u.Key).Select(a => a.Nominal.ToString("R", CultureInfo.InvariantCulture))));
        if (sample is not null)
            foreach (var name in names)
                foreach (var f in sample.Factors)
                    Check(() => named.Load(name, settings.Settings, ScenarioScope.For(name, [$"{f.Key}={sample.Vectors[0][sample.Factors.ToList().IndexOf(f)]}"]), variedYieldsToFileSets: true),
                        $"'{f.Key}' cannot be set in the scenario '{name}' that the facts use; choose the facts of one case with --facts");
        string fingerprint = string.Join('\n', names.Select(n => asLoaded[n])) +
            // "amounts=rules" only when set, so a folder begun before the option existed still resumes.
            $"\n{(rules ? "amounts=rules " : "")}{(only.Count > 0 ? $"keys={string.Join(',', only.Order(StringComparer.Ordinal))} " : "")}changes={string.Join(',', changes)} seeds={settings.Replications} first={settings.Seed} weeks={settings.Weeks}\n" +
            (sample is null ? "" : sample.Source + string.Join('\n', sample.Factors.Select(f => f.Key)) + string.Join('\n', sample.Vectors.Select(v => string.Join(',', v))));
        return new RobustnessPlan(named, facts, settings, changes, sample, names, amounts, ofPickedKeys, fingerprint);
    }

    /// <summary>One --oat-keys entry: a key alone, or "key=value" with a number as robustness.csv writes it.</summary>
    private static (string Key, double? Value) PickOf(string entry)
    {
        var parts = entry.Split('=', 2);
        if (parts.Length == 1) return (parts[0], null);
        if (double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out double value)) return (parts[0], value);
        throw new UsageError("--oat-keys", $"'{entry}': after '=' comes the amount as robustness.csv labels it, a number such as 0.9");
    }

    /// <summary>False if setting the key leaves the scenario's configuration as it was: an event that the
    /// scenario's variant removes (<c>remove_events</c>, or a variant in code such as the one without the
    /// scripted campaigns). Moving it would run the scenario as written and count it as robust. A probe the
    /// loader refuses is kept: the run loop reports the values it cannot set.</summary>
    /// <param name="asLoaded">the scenario's configuration as loaded, serialised</param>
    private static bool Moves(NamedScenarios named, ExperimentSettings settings, string name, string asLoaded, string key, double nominal)
    {
        bool whole = ParameterKeys.KindOf(key) == ValueKind.WholeNumber;
        foreach (double probe in whole ? new[] { nominal - 2, nominal + 2 } : [nominal * 0.9, nominal * 1.1])
        {
            try
            {
                var moved = named.Load(name, settings.Settings, [$"{key}={probe.ToString("R", CultureInfo.InvariantCulture)}"]);
                return ModelConfigJson.Serialize(moved.Config) != asLoaded;
            }
            catch (ScenarioError) { } // out of the key's range on this side: try the other
        }
        return true;
    }

    private static void Check(Action load, string problem)
    {
        try { load(); }
        catch (ScenarioError e) { throw new UsageError("--vary", $"{problem} ({e.Message})"); }
    }

    public async Task<RobustnessReport> Run(StagedExperiment staged)
    {
        var shares = new List<FactShare>();
        var skipped = new List<string>();
        var byOneUnit = new List<string>();
        LoadedScenario Load(string name, IReadOnlyList<string>? varied) => _named.Load(name, _settings.Settings, varied);
        // A sampled design sets one value in every scenario: a variant keeps what its own set: defines (NamedScenarios.Load).
        LoadedScenario LoadSampled(string name, IReadOnlyList<string>? varied) => _named.Load(name, _settings.Settings, varied, variedYieldsToFileSets: true);

        var nominalBatch = Batch(_names, Load, [], [[]]);
        var nominalResults = await staged.Run("nominal", "as written", nominalBatch.Experiment);
        var nominalRuns = nominalBatch.Runs(nominalResults, 0);
        var nominal = _facts.ToDictionary(f => f.Id, f => f.Evaluate(nominalRuns));

        for (int a = 0; a < _amounts.Length; a++)
        {
            var amount = _amounts[a];
            var kind = ParameterKeys.KindOf(amount.Key);
            var format = new Factor(amount.Key, null, 0, 1, null, kind);
            var tried = new List<(double Change, string Value, bool Unit)>();
            foreach (double change in _changes.Select(c => -c).Reverse().Concat(_changes))
            {
                string value = format.Format(amount.Nominal * (1 + change));
                // A whole number the change rounds back to itself (a 4-week lag at ±10%) moves by one unit: not
                // moving it would call the fact robust to a change that never ran (thirty-third session).
                bool unit = double.Parse(value, CultureInfo.InvariantCulture) == amount.Nominal;
                if (unit) value = format.Format(amount.Nominal + Math.Sign(change));
                string? notRun = null;
                try
                {
                    foreach (var name in amount.Scenarios) Load(name, [$"{amount.Key}={value}"]);
                    tried.Add((change, value, unit));
                    if (unit) byOneUnit.Add($"{amount.Key} {change:+0%;-0%}: {value}");
                }
                catch (ScenarioError e) { notRun = (unit ? $"one unit, {value}: " : "") + e.Problem; } // outside the key's range, as a BIZ of six years
                if (notRun is null) continue;
                skipped.Add($"{amount.Key} {change:+0%;-0%}: {notRun}");
                // Each fact the move would have tested says so: a fact is robust only to the moves that ran.
                foreach (var fact in FactsOf(amount))
                    shares.Add(new FactShare(fact.Id, FactShare.NotRun, LabelFor(fact, amount), change, 0, 0));
            }
            if (tried.Count == 0) continue;
            var factor = new Factor(amount.Key, tried.Select(t => t.Value).ToArray(), 0, 0, null, kind);
            var batch = Batch(amount.Scenarios, Load, [factor], tried.Select(t => new[] { t.Value }).ToArray());
            var results = await staged.Run($"oat-{a:D3}", $"{amount.Key} ({a + 1}/{_amounts.Length})", batch.Experiment);
            for (int v = 0; v < tried.Count; v++)
            {
                var changed = batch.Runs(results, v);
                Func<string, RunSet> runs = name => amount.Scenarios.Contains(name) ? changed(name) : nominalRuns(name);
                foreach (var fact in FactsOf(amount))
                    shares.Add(new FactShare(fact.Id, tried[v].Unit ? FactShare.OneUnit : FactShare.Oat, LabelFor(fact, amount), tried[v].Change, 1, fact.Evaluate(runs).Holds ? 1 : 0));
            }
        }

        if (_sample is not null)
        {
            var batch = Batch(_names, LoadSampled, _sample.Factors, _sample.Vectors);
            var results = await staged.Run("sample", _sample.Source == "lhs" ? "Latin hypercube" : "posterior draws", batch.Experiment);
            var holds = _facts.ToDictionary(f => f.Id, _ => 0);
            for (int v = 0; v < _sample.Vectors.Count; v++)
            {
                var runs = batch.Runs(results, v);
                foreach (var fact in _facts) if (fact.Evaluate(runs).Holds) holds[fact.Id]++;
            }
            shares.AddRange(_facts.Select(f => new FactShare(f.Id, _sample.Source, "", 0, _sample.Vectors.Count, holds[f.Id])));
        }
        return new RobustnessReport(_facts, _settings.Replications, _settings.Seed, nominal, shares, skipped, _sample?.Source, byOneUnit);
    }

    /// <summary>The facts whose scenarios write the amount: those a move of it tests.</summary>
    private IEnumerable<Fact> FactsOf(Amount amount) => _facts.Where(f => NamedScenarios.Of(f).Any(amount.Scenarios.Contains));

    /// <summary>The amount's key, and its value as written where the fact's scenarios write the key with two
    /// values (transparent.yaml's transparency 0.9 and opaque.yaml's 0.2, moved apart): "key=0.9", so that
    /// each row of robustness.csv names one amount.</summary>
    private string LabelFor(Fact fact, Amount amount)
    {
        var scenarios = NamedScenarios.Of(fact);
        bool shared = _ofSameKeys.Any(other => other != amount && other.Key == amount.Key && other.Scenarios.Any(scenarios.Contains));
        return shared ? $"{amount.Key}={amount.Nominal.ToString("R", CultureInfo.InvariantCulture)}" : amount.Key;
    }

    private ScenarioBatch Batch(IReadOnlyList<string> names, Func<string, IReadOnlyList<string>?, LoadedScenario> load, IReadOnlyList<Factor> factors,
        IReadOnlyList<string[]> vectors) =>
        ScenarioBatch.Prepare(names, load, factors, vectors, _settings.Replications, _settings.Seed, _settings.Weeks, "--vary");
}
