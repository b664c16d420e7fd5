using System.CommandLine;
using System.Runtime.CompilerServices;
using WijkSim.Silo.Commands;

var root = new RootCommand("WijkSim: an agent-based simulation of neighbourhood initiatives (trust, free riding, draagvlak, subsidy rhythm)");
root.Subcommands.Add(RunCommand.Create());
root.Subcommands.Add(ValidateCommand.Create());
// Tested directly on RuntimeFeature (not through a helper) so that the native build's compiler, for which
// it is the constant false, leaves these commands, and Orleans and ASP.NET with them, out of the program:
// a smaller executable starts faster (docs/native-build.md).
if (RuntimeFeature.IsDynamicCodeSupported)
{
    root.Subcommands.Add(SchemaCommand.Create());
    root.Subcommands.Add(ServeCommand.Create());
    root.Subcommands.Add(FactsCommand.Create());
    root.Subcommands.Add(SweepCommand.Create());
    root.Subcommands.Add(CalibrateCommand.Create());
    root.Subcommands.Add(RobustnessCommand.Create());
    root.Subcommands.Add(DiscoverCommand.Create());
    root.Subcommands.Add(SensitivityCommand.Create());
    root.Subcommands.Add(ClusterCommand.Create());
    root.Subcommands.Add(SiloCommand.Create());
}
else
{
    foreach (var name in NativeBuild.Refused) root.Subcommands.Add(NativeBuild.Placeholder(name));
}
var parse = root.Parse(args);
// A mistake on the command line is one paragraph and exit 2, like every other bad input.
return parse.Errors.Count > 0 ? ParseErrorReport.Report(parse) : parse.Invoke();
