using System.Globalization;
using System.Reflection;
using System.Text.RegularExpressions;
using WijkSim.Model.Config;
using WijkSim.Model.Parameters;
using WijkSim.Tests.Support;

namespace WijkSim.Tests.Facts;

/// <summary>docs/calibration/coefficients.sh checks the jointly calibrated coefficients within ±10% of
/// their values. Its ranges are written by hand, so they can lag behind a recalibration (the sixth
/// round's first coefficient run did: it was centred on the first pass's medians); these tests keep the
/// script, the defaults in src/Model/Parameters and the joint step's priors (docs/calibration/priors.sh, which run.sh and onestep.sh source) in step.</summary>
public partial class CoefficientCheckTests
{
    private static string Script(string name) => File.ReadAllText(Path.Combine(Repo.Root, "docs", "calibration", name));

    [Fact]
    public void Every_coefficient_range_is_centred_on_the_coefficient_in_the_code()
    {
        var ranges = Ranges(Script("coefficients.sh"), "--vary");
        Assert.NotEmpty(ranges);
        foreach (var (key, lo, hi) in ranges)
        {
            double value = Default(key);
            Assert.True(Math.Abs((lo + hi) / 2 - value) <= 0.01 * Math.Abs(value),
                $"coefficients.sh varies {key} over {lo}..{hi}, centred on {(lo + hi) / 2}, but the code's value is {value}");
            Assert.True(Math.Abs((hi - lo) / 2 - 0.1 * Math.Abs(value)) <= 0.01 * Math.Abs(value),
                $"coefficients.sh varies {key} by ±{(hi - lo) / 2}, not ±10% of {value}");
        }
    }

    [Fact]
    public void Every_jointly_calibrated_coefficient_gets_the_coefficient_check()
    {
        var checkedKeys = Ranges(Script("coefficients.sh"), "--vary").Select(r => r.Key).ToHashSet();
        var calibrated = Ranges(Script("priors.sh"), "--param").Select(r => r.Key).Where(k => k.StartsWith("rules.", StringComparison.Ordinal)).ToArray();
        Assert.NotEmpty(calibrated);
        Assert.All(calibrated, key => Assert.Contains(key, checkedKeys));
    }

    /// <summary>The default of a rules key, e.g. rules.formalisation.autonomy_loss, read from the parameter records.</summary>
    private static double Default(string key)
    {
        var parts = key.Split('.');
        Assert.True(parts is ["rules", _, _], $"{key} is not a rules key");
        object group = Property(typeof(RuleParameters), parts[1]).GetValue(new RuleParameters())!;
        return Convert.ToDouble(Property(group.GetType(), parts[2]).GetValue(group), CultureInfo.InvariantCulture);
    }

    // The scenario keys' own naming (SnakeCase.Of), so a key resolves here exactly as in a scenario file.
    private static PropertyInfo Property(Type type, string snake) =>
        type.GetProperties().SingleOrDefault(p => SnakeCase.Of(p.Name) == snake)
        ?? throw new InvalidOperationException($"{type.Name} has no property for '{snake}'");

    private static (string Key, double Lo, double Hi)[] Ranges(string script, string option) =>
        RangePattern().Matches(script).Where(m => m.Groups["opt"].Value == option)
            .Select(m => (m.Groups["key"].Value, Parse(m.Groups["lo"].Value), Parse(m.Groups["hi"].Value))).ToArray();

    private static double Parse(string s) => double.Parse(s, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"(?<opt>--vary|--param) '(?<key>[a-z_.\[\]0-9]+)=(?<lo>-?[0-9.]+):(?<hi>-?[0-9.]+)'")]
    private static partial Regex RangePattern();
}
