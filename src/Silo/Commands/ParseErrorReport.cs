using System.CommandLine;
using System.CommandLine.Parsing;
using System.Text.RegularExpressions;

namespace WijkSim.Silo.Commands;

/// <summary>Command-line mistakes (a value of the wrong kind, an unknown option) as one short paragraph
/// naming the option, with exit 2, instead of System.CommandLine's .NET type names and the whole help
/// (issue 16: "--seed 99999999999999999999" printed System.Nullable`1[System.Int64]).</summary>
public static partial class ParseErrorReport
{
    [GeneratedRegex(@"^Cannot parse argument '(?<value>.*?)' for option '(?<option>[^']+)' as expected type '(?<type>[^']+)'", RegexOptions.Singleline)]
    private static partial Regex WrongKind();

    /// <summary>Any quoted value in a message System.CommandLine wrote, so that none is echoed in full.</summary>
    [GeneratedRegex(@"'(?<value>[^']{81,})'")]
    private static partial Regex LongQuoted();

    public static int Report(ParseResult parse)
    {
        foreach (var error in parse.Errors) Console.Error.WriteLine("error: " + Describe(Named(error)));
        Console.Error.WriteLine($"Run '{parse.CommandResult.Command.Name} --help' for the options.");
        return CliErrors.BadInput;
    }

    /// <summary>The message with the option it is about in front, where System.CommandLine leaves it out: a
    /// value outside an option's fixed list (AcceptOnlyFromAmong, e.g. `sweep --design`) is reported as
    /// "Argument 'x' not recognized. Must be one of: ..." on several lines, naming no option.</summary>
    private static string Named(ParseError error)
    {
        string message = string.Join(" ", error.Message.Split(['\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries).Select(p => p.Trim()));
        for (var result = error.SymbolResult; result is not null; result = result.Parent)
            if (result is OptionResult { Option: var option })
                return message.Contains(option.Name) ? message : $"{option.Name}: {message}";
        return message;
    }

    public static string Describe(string message)
    {
        var m = WrongKind().Match(message);
        if (!m.Success) return Short(LongQuoted().Replace(message, q => $"'{Short(q.Groups["value"].Value, 80)}'"), 300);
        return $"{m.Groups["option"].Value}: expected {Kind(m.Groups["type"].Value)}, found '{Short(m.Groups["value"].Value, 80)}'";
    }

    private static string Kind(string type) => type switch
    {
        _ when type.Contains("UInt64") => $"a whole number from 0 to {ulong.MaxValue}",
        _ when type.Contains("Int64") => $"a whole number from {long.MinValue} to {long.MaxValue}",
        _ when type.Contains("Int32") => $"a whole number from {int.MinValue} to {int.MaxValue}",
        _ when type.Contains("Double") => "a number (with a '.' for decimals)",
        _ when type.Contains("Boolean") => "true or false",
        _ when EnumNamed(type) is { } e => "one of " + string.Join(", ", Enum.GetNames(e).Select(n => n.ToLowerInvariant())),
        _ => "a value of another kind",
    };

    /// <summary>The enum type System.CommandLine named (e.g. the --otel choices), if it is one of ours.</summary>
    private static Type? EnumNamed(string type) =>
        AppDomain.CurrentDomain.GetAssemblies().Select(a => a.GetType(type, throwOnError: false)).FirstOrDefault(t => t is { IsEnum: true });

    private static string Short(string value, int limit) => value.Length <= limit ? value : value[..(limit - 3)] + "...";
}
