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
    public static IEnumerable<object[]> TypedOptions() => OptionsWhere(option =>
    {
        var type = Nullable.GetUnderlyingType(option.ValueType) ?? option.ValueType;
        return !(type == typeof(string) || type == typeof(bool) || type.IsArray || type.IsGenericType);
    });

    /// <summary>(command path, option) for every option of every leaf command that the filter keeps.</summary>
    private static IEnumerable<object[]> OptionsWhere(Func<Option, bool> keep) =>
        from leaf in Commands.SelectMany(c => Leaves(c, [c.Name]))
        from option in leaf.Command.Options
        where keep(option)
        select new object[] { string.Join(' ', leaf.Path), option.Name };

    private static IEnumerable<(string[] Path, Command Command)> Leaves(Command command, string[] path) =>
        command.Subcommands.Count == 0 ? [(path, command)] : command.Subcommands.SelectMany(s => Leaves(s, [.. path, s.Name]));

    /// <summary>(command path, option) for every option with a fixed list of values (AcceptOnlyFromAmong).</summary>
    public static IEnumerable<object[]> ChoiceOptions() =>
        OptionsWhere(option => option.ValueType == typeof(string) && option.GetCompletions(CompletionContext.Empty).Any());

    [Fact]
    public void There_are_options_with_a_fixed_list_to_check()
    {
        Assert.True(ChoiceOptions().Count() >= 4, $"only {ChoiceOptions().Count()} options with a fixed list found");
    }

    [Theory]
    [MemberData(nameof(ChoiceOptions))]
    public void A_value_outside_an_option_s_list_is_refused_naming_the_option_and_the_list(string commandPath, string option)
    {
        var (command, err) = RefusedGarbage(commandPath, option, "every-choice");
        Assert.Contains(option + ":", err);
        Assert.Contains(command.Options.Single(o => o.Name == option).GetCompletions(CompletionContext.Empty).First().Label, err);
    }

    /// <summary>Runs the command with its arguments and other required options filled, so the only mistake is
    /// this option given <see cref="Garbage"/>; asserts what every refusal shares (exit 2, the value cut to 80
    /// characters, one short paragraph) and returns the command and what it printed on stderr.</summary>
    private static (Command Command, string Err) RefusedGarbage(string commandPath, string option, string folder)
    {
        var command = Commands.SelectMany(c => Leaves(c, [c.Name])).Single(l => string.Join(' ', l.Path) == commandPath).Command;
        var args = new List<string>(commandPath.Split(' '));
        foreach (var argument in command.Arguments)
            if (argument.Arity.MinimumNumberOfValues > 0) args.Add(Repo.Scenario("baseline.yaml"));
        foreach (var required in command.Options.Where(o => o.Required && o.Name != option)) args.AddRange([required.Name, "placeholder"]);
        args.AddRange([option, Garbage]);

        var result = CliProcess.Run(Repo.TempFolder(folder), [.. args]);

        Assert.True(result.ExitCode == 2, $"{commandPath} {option}: exit {result.ExitCode}; {result.Err}");
        Assert.DoesNotContain(Garbage[..81], result.Err);
        Assert.True(result.Err.Trim().Split('\n').Length <= 4, $"{commandPath} {option}: {result.Err}");
        return (command, result.Err);
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
        var (_, err) = RefusedGarbage(commandPath, option, "every-option");
        Assert.Contains(option, err);
        Assert.DoesNotContain("System.", err);
        Assert.DoesNotContain("   at ", err);
    }
}
