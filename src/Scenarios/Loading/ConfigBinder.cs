using System.Collections;
using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Reflection;
using WijkSim.Model.Config;
using YamlDotNet.RepresentationModel;

namespace WijkSim.Scenarios.Loading;

/// <summary>Binds a YAML tree onto the model's configuration records by reflection. The records are
/// the schema: a key is a property's snake_case name, its <see cref="DescriptionAttribute"/> is what
/// the error says is expected, and its <see cref="RangeAttribute"/> is the range checked. So a student
/// who adds a parameter to a record gets its key, docs and validation without touching this file.</summary>
public sealed class ConfigBinder(YamlSource source)
{
    /// <summary>Where each bound key path came from, for checks that span several keys.</summary>
    public Dictionary<string, SourceLocation> Locations { get; } = [];

    public T Bind<T>() where T : class => (T)BindObject(typeof(T), source.Root, "", null);

    /// <summary>A mapping onto a new <paramref name="type"/>. Keys left out keep <paramref name="defaults"/>' values:
    /// the default its owner gives it, which for a trait is not the type's own (<c>population.time_budget_hours:
    /// { mean: 6, sd: 3 }</c> keeps the hours' max of 40, as the schema says, not a <see cref="Distribution"/>'s 1).</summary>
    private object BindObject(Type type, YamlNode node, string path, object? defaults)
    {
        if (node is not YamlMappingNode map)
            throw Error(node, path, $"expected a mapping of keys ({string.Join(", ", KeysOf(type).Keys.Take(6))}, ...), found {Describe(node)}");
        var instance = CopyOf(defaults, type);
        var keys = KeysOf(type);
        foreach (var (keyNode, valueNode) in map.Children)
        {
            string key = (keyNode as YamlScalarNode)?.Value ?? "";
            string keyPath = path.Length == 0 ? key : $"{path}.{key}";
            if (!keys.TryGetValue(key, out var property))
            {
                string? guess = KeyNames.DidYouMean(key, keys.Keys);
                string hint = guess is null ? "" : $"; did you mean '{guess}'?";
                throw Error(keyNode, keyPath, $"unknown key '{key}'{hint} Expected one of: {string.Join(", ", keys.Keys)}");
            }
            Locations[keyPath] = source.Where(valueNode);
            property.SetValue(instance, BindValue(property.PropertyType, valueNode, keyPath, property, property.GetValue(instance)));
        }
        return instance;
    }

    /// <summary>A shallow copy of <paramref name="defaults"/> (every configuration type is a record, whose
    /// compiler-made clone this calls), or a new <paramref name="type"/> when there is none.</summary>
    private static object CopyOf(object? defaults, Type type) =>
        defaults is not null && defaults.GetType() == type && type.GetMethod("<Clone>$") is { } clone
            ? clone.Invoke(defaults, null)!
            : Activator.CreateInstance(type)!;

    private object? BindValue(Type type, YamlNode node, string path, PropertyInfo? property, object? defaults = null)
    {
        var underlying = Nullable.GetUnderlyingType(type);
        if (underlying is not null || !type.IsValueType)
        {
            if (node is YamlScalarNode { Value: null or "" or "~" or "null" } && node.Tag.IsEmpty && type != typeof(string))
            {
                if (underlying is not null || IsNullableReference(property)) return null;
                throw Error(node, path, $"expected {Expected(type, property)}, found nothing");
            }
        }
        type = underlying ?? type;
        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(List<>))
        {
            if (node is not YamlSequenceNode seq)
                throw Error(node, path, $"expected a list ('- item' lines or [a, b]), found {Describe(node)}");
            var itemType = type.GetGenericArguments()[0];
            var list = (IList)Activator.CreateInstance(type)!;
            for (int i = 0; i < seq.Children.Count; i++)
            {
                string itemPath = $"{path}[{i}]";
                Locations[itemPath] = source.Where(seq.Children[i]);
                // A [Range] on a list property bounds each item (funders[].windows: weeks 1..52).
                list.Add(BindValue(itemType, seq.Children[i], itemPath, property));
            }
            return list;
        }
        if (type.IsClass && type != typeof(string)) return BindObject(type, node, path, defaults);
        if (node is not YamlScalarNode scalar)
            throw Error(node, path, $"expected {Expected(type, property)}, found {Describe(node)}");
        return Convert(type, scalar, path, property);
    }

    private object Convert(Type type, YamlScalarNode scalar, string path, PropertyInfo? property)
    {
        string text = scalar.Value ?? "";
        var inv = CultureInfo.InvariantCulture;
        object? value = null;
        if (type == typeof(string)) return text;
        if (type == typeof(int) && int.TryParse(text, NumberStyles.AllowLeadingSign, inv, out int i)) value = i;
        else if (type == typeof(long) && long.TryParse(text, NumberStyles.AllowLeadingSign, inv, out long l)) value = l;
        else if (type == typeof(double) && double.TryParse(text, NumberStyles.Float, inv, out double d) && double.IsFinite(d)) value = d;
        else if (type == typeof(bool) && text is "true" or "false") value = text == "true";
        else if (type == typeof(DateOnly) && DateOnly.TryParseExact(text, "yyyy-MM-dd", inv, DateTimeStyles.None, out var date)) value = date;
        else if (type.IsEnum) value = ParseEnum(type, text);
        if (value is null)
        {
            string tooBig = (type == typeof(int) || type == typeof(long)) && double.TryParse(text, NumberStyles.Float, inv, out double big) && Math.Abs(big) >= int.MaxValue
                ? RangeText(property, big) : "";
            throw Error(scalar, path, tooBig.Length > 0 ? tooBig : $"expected {Expected(type, property)}, found '{text}'");
        }
        CheckRange(value, scalar, path, property);
        if (property?.GetCustomAttribute<Model.Config.EvenAttribute>() is { } even && value is int n && n % 2 != 0)
            throw Error(scalar, path, $"expected an even number ({even.Why}), found {n}");
        return value;
    }

    private void CheckRange(object value, YamlNode node, string path, PropertyInfo? property)
    {
        var range = property?.GetCustomAttribute<RangeAttribute>();
        if (range is null || value is not (int or long or double)) return;
        double v = System.Convert.ToDouble(value, CultureInfo.InvariantCulture);
        double min = System.Convert.ToDouble(range.Minimum, CultureInfo.InvariantCulture);
        double max = System.Convert.ToDouble(range.Maximum, CultureInfo.InvariantCulture);
        if (v < min || v > max) throw Error(node, path, RangeText(property, v));
    }

    private static string RangeText(PropertyInfo? property, double v)
    {
        var range = property?.GetCustomAttribute<RangeAttribute>();
        string found = v.ToString("R", CultureInfo.InvariantCulture);
        if (property?.DeclaringType == typeof(PopulationConfig) && property.Name == nameof(PopulationConfig.Residents) && v > PopulationConfig.MaxResidents)
            return $"{v:N0} residents would need about {Gib(v * PopulationConfig.BytesPerResident)} of memory; the kernel accepts at most {PopulationConfig.MaxResidents:N0} residents (about {Gib((double)PopulationConfig.MaxResidents * PopulationConfig.BytesPerResident)}). Model a sample of the neighbourhood, or split it into several scenarios";
        string what = Describe(property);
        return range is null ? $"expected {what}, found {found}" : $"expected {what} between {range.Minimum} and {range.Maximum}, found {found}";
    }

    private static string Gib(double bytes) => $"{bytes / (1024.0 * 1024 * 1024):0.#} GiB";

    private static object? ParseEnum(Type type, string text)
    {
        foreach (var name in Enum.GetNames(type))
            if (KeyNames.ToSnakeCase(name) == text) return Enum.Parse(type, name);
        return null;
    }

    private static string Expected(Type type, PropertyInfo? property)
    {
        string kind = type switch
        {
            _ when type == typeof(int) || type == typeof(long) => "a whole number",
            _ when type == typeof(double) => "a number",
            _ when type == typeof(bool) => "true or false",
            _ when type == typeof(DateOnly) => "an ISO date (yyyy-mm-dd)",
            _ when type.IsEnum => "one of " + string.Join(", ", Enum.GetNames(type).Select(KeyNames.ToSnakeCase)),
            _ when type == typeof(string) => "text",
            _ => "a mapping",
        };
        string? description = property?.GetCustomAttribute<DescriptionAttribute>()?.Description;
        return description is null ? kind : $"{kind} ({description})";
    }

    private static string Describe(PropertyInfo? property)
    {
        string kind = property?.PropertyType == typeof(double) ? "a number" : "a whole number";
        string? description = property?.GetCustomAttribute<DescriptionAttribute>()?.Description;
        return description is null ? kind : $"{kind} ({description})";
    }

    private static bool IsNullableReference(PropertyInfo? property) =>
        property is not null && new NullabilityInfoContext().Create(property).WriteState == NullabilityState.Nullable;

    /// <summary>The keys a record accepts, in declaration order.</summary>
    public static Dictionary<string, PropertyInfo> KeysOf(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanWrite && p.GetCustomAttribute<DescriptionAttribute>() is not null)
            .ToDictionary(p => KeyNames.ToSnakeCase(p.Name), p => p);

    public static string Describe(YamlNode node) => node switch
    {
        YamlMappingNode => "a mapping",
        YamlSequenceNode => "a list",
        YamlScalarNode { Value: null or "" } => "nothing",
        // Echo at most 80 characters: a file that is one long scalar must not come back as the message.
        YamlScalarNode s => $"the value '{(s.Value.Length <= 80 ? s.Value : s.Value[..77] + "...")}'",
        _ => "something else",
    };

    private ScenarioError Error(YamlNode node, string path, string problem) => new(source.Where(node), path, problem);
}
