using System.CommandLine;
using static System.Runtime.CompilerServices.RuntimeFeature;
using WijkSim.Silo.Commands;

var root = new RootCommand("WijkSim: an agent-based simulation of neighbourhood initiatives (trust, free riding, draagvlak, subsidy rhythm)");
root.Subcommands.Add(RunCommand.Create());
root.Subcommands.Add(ValidateCommand.Create());
// The native build has only the two commands above (docs/native-build.md); in it each other command is a
// placeholder that refuses. The native compiler takes RuntimeFeature.IsDynamicCodeSupported as the
// constant false and so leaves these commands, and Orleans and ASP.NET with them, out of the program: a
// smaller executable starts faster. Test the property on each line: through a local variable the
// compiler did not fold it, and the executable grew from 8 to 80 MB.
root.Subcommands.Add(IsDynamicCodeSupported ? SchemaCommand.Create() : NativeBuild.Placeholder("schema"));
root.Subcommands.Add(IsDynamicCodeSupported ? ServeCommand.Create() : NativeBuild.Placeholder("serve"));
root.Subcommands.Add(IsDynamicCodeSupported ? FactsCommand.Create() : NativeBuild.Placeholder("facts"));
root.Subcommands.Add(IsDynamicCodeSupported ? SweepCommand.Create() : NativeBuild.Placeholder("sweep"));
root.Subcommands.Add(IsDynamicCodeSupported ? CalibrateCommand.Create() : NativeBuild.Placeholder("calibrate"));
root.Subcommands.Add(IsDynamicCodeSupported ? RobustnessCommand.Create() : NativeBuild.Placeholder("robustness"));
root.Subcommands.Add(IsDynamicCodeSupported ? DiscoverCommand.Create() : NativeBuild.Placeholder("discover"));
root.Subcommands.Add(IsDynamicCodeSupported ? SensitivityCommand.Create() : NativeBuild.Placeholder("sensitivity"));
root.Subcommands.Add(IsDynamicCodeSupported ? ClusterCommand.Create() : NativeBuild.Placeholder("cluster"));
root.Subcommands.Add(IsDynamicCodeSupported ? SiloCommand.Create() : NativeBuild.Placeholder("silo"));
var parse = root.Parse(args);
// A mistake on the command line is one paragraph and exit 2, like every other bad input.
return parse.Errors.Count > 0 ? ParseErrorReport.Report(parse) : parse.Invoke();
