using System.CommandLine;
using WijkSim.Scenarios;

namespace WijkSim.Silo.Commands;

/// <summary><c>wijksim schema</c>: print the reference of every scenario key (Markdown).</summary>
public static class SchemaCommand
{
    public static Command Create()
    {
        var command = new Command("schema", "print every scenario key with its type, default, range and meaning (Markdown)");
        command.SetAction(_ =>
        {
            Console.Out.Write(SchemaReference.Markdown());
            return CliErrors.Ok;
        });
        return command;
    }
}
