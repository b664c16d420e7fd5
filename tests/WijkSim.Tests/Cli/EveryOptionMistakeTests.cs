using System.CommandLine;
using System.CommandLine.Completions;
using WijkSim.Silo.Commands;
using WijkSim.Tests.Support;

namespace WijkSim.Tests.Cli;

/// <summary>Every typed option of every command, given a long value that does not fit it, answers with a
/// short report naming the option, exit 2, no .NET type name, no stack trace, and at most 80 characters of
/// the value (issue 16: "every error a person can cause is one paragraph"). The options are read from
/// the commands themselves, so a new option is covered without a new test.</summary>
public class EveryOptionMistakeTests
{
    private static readonly string Garbage = "not-a-value-" + new string('x', 188);   // 200 characters

    private static readonly Command[] Commands =
    [
        RunCommand.Create(), ValidateCommand.Create(), SchemaCommand.Create(), ServeCommand.Create(), FactsCommand.Create(),
        SweepCommand.Create(), CalibrateCommand.Create(), RobustnessCommand.Create(), DiscoverCommand.Create(),
        SensitivityCommand.Create(), ClusterCommand.Create(), SiloCommand.Create(),
    ];

    /// <summary>(command path, option) for every option whose value is a number, an enum or a bool.</summary>
    public static IEnumerable<object[]> TypedOptions()
    {
        foreach (var (path, command) in Commands.SelectMany(c => Leaves(c, [c.Name])))
            foreach (var option in command.Options)
            {
                var type = Nullable.GetUnderlyingType(option.ValueType) ?? option.ValueType;
                if (type == typeof(string) || type == typeof(bool) || type.IsArray || type.IsGenericType) continue;
                yield return [string.Join(' ', path), option.Name];
            }
    }

    private static IEnumerable<(string[] Path, Command Command)> Leaves(Command command, string[] path) =>
        command.Subcommands.Count == 0 ? [(path, command)] : command.Subcommands.SelectMany(s => Leaves(s, [.. path, s.Name]));

    /// <summary>(command path, option) for every option with a fixed list of values (AcceptOnlyFromAmong).</summary>
    public static IEnumerable<object[]> ChoiceOptions()
    {
        foreach (var (path, command) in Commands.SelectMany(c => Leaves(c, [c.Name])))
            foreach (var option in command.Options)
                if (option.ValueType == typeof(string) && option.GetCompletions(CompletionContext.Empty).Any())
                    yield return [string.Join(' ', path), option.Name];
    }

    [Fact]
    public void There_are_options_with_a_fixed_list_to_check()
    {
        Assert.True(ChoiceOptions().Count() >= 4, $"only {ChoiceOptions().Count()} options with a fixed list found");
    }

    [Theory]
    [MemberData(nameof(ChoiceOptions))]
    public void A_value_outside_an_option_s_list_is_refused_naming_the_option_and_the_list(string commandPath, string option)
    {
        var command = Commands.SelectMany(c => Leaves(c, [c.Name])).Single(l => string.Join(' ', l.Path) == commandPath).Command;
        string allowed = command.Options.Single(o => o.Name == option).GetCompletions(CompletionContext.Empty).First().Label;
        var result = CliProcess.Run(Repo.TempFolder("every-choice"), [.. Invocation(commandPath, command, option, Garbage)]);

        Assert.True(result.ExitCode == 2, $"{commandPath} {option}: exit {result.ExitCode}; {result.Err}");
        Assert.Contains(option + ":", result.Err);
        Assert.Contains(allowed, result.Err);
        Assert.DoesNotContain(Garbage[..81], result.Err);
        Assert.True(result.Err.Trim().Split('\n').Length <= 4, $"{commandPath} {option}: {result.Err}");
    }

    /// <summary>The command with its arguments and other required options filled, and this option given this value.</summary>
    private static List<string> Invocation(string commandPath, Command command, string option, string value)
    {
        var args = new List<string>(commandPath.Split(' '));
        foreach (var argument in command.Arguments)
            if (argument.Arity.MinimumNumberOfValues > 0) args.Add(Repo.Scenario("baseline.yaml"));
        foreach (var required in command.Options.Where(o => o.Required && o.Name != option)) args.AddRange([required.Name, "placeholder"]);
        args.AddRange([option, value]);
        return args;
    }

    [Fact]
    public void There_are_typed_options_to_check()
    {
        Assert.True(TypedOptions().Count() >= 20, $"only {TypedOptions().Count()} typed options found");
    }

    [Theory]
    [MemberData(nameof(TypedOptions))]
    public void A_value_that_does_not_fit_is_refused_naming_the_option(string commandPath, string option)
    {
        var command = Commands.SelectMany(c => Leaves(c, [c.Name])).Single(l => string.Join(' ', l.Path) == commandPath).Command;
        // The command's arguments and its other required options are filled, so the only mistake is this one.
        var result = CliProcess.Run(Repo.TempFolder("every-option"), [.. Invocation(commandPath, command, option, Garbage)]);

        Assert.True(result.ExitCode == 2, $"{commandPath} {option}: exit {result.ExitCode}; {result.Err}");
        Assert.Contains(option, result.Err);
        Assert.DoesNotContain("System.", result.Err);
        Assert.DoesNotContain("   at ", result.Err);
        Assert.DoesNotContain(Garbage[..81], result.Err);
        Assert.True(result.Err.Trim().Split('\n').Length <= 4, $"{commandPath} {option}: {result.Err}");
    }
}
