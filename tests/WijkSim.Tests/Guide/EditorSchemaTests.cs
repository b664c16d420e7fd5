using WijkSim.Tests.Support;

namespace WijkSim.Tests.Guide;

/// <summary>What a student sees while typing a scenario in VS Code (docs/students.md, exercise 1): the
/// YAML language server of the editor's YAML extension, given a file that names the shipped schema in its
/// first line, completes keys, explains them on hover and underlines a wrong key or a value out of range.</summary>
public class EditorSchemaTests
{
    // Not written to disk: the server reads the text from the editor and the schema, named relative to
    // the document, from the folder of the shipped scenarios.
    private static readonly string Document = Path.Combine(Repo.Root, "src", "Scenarios", "scenarios", "mijn-wijk-in-the-editor.yaml");

    private const string Typing = """
        # yaml-language-server: $schema=scenario.schema.json
        extends: baseline.yaml
        name: mijn-wijk
        population:
          residnets: 800
          civic_motivation: 3

        """;

    [Fact]
    public async Task The_editor_underlines_an_unknown_key_and_a_value_out_of_range_and_completes_keys()
    {
        using var server = new YamlLanguageServer();
        await server.Initialize(Repo.Root);
        await server.Open(Document, Typing + "  ");

        var underlined = await server.Diagnostics(Document, TimeSpan.FromSeconds(60));
        Assert.Contains(underlined, d => d.Line == 4 && d.Message.Contains("residnets"));
        Assert.Contains(underlined, d => d.Line == 5);             // civic motivation is 0..1
        Assert.DoesNotContain(underlined, d => d.Line is 1 or 2);  // extends and name are fine

        var offered = await server.Completion(Document, 6, 2);     // Ctrl+Space on the empty line under population
        Assert.Contains("residents", offered);
        Assert.Contains("time_budget_hours", offered);
        Assert.DoesNotContain("degree", offered);                  // a key of network, not of population
    }

    [Fact]
    public async Task Hovering_over_a_key_shows_its_meaning()
    {
        using var server = new YamlLanguageServer();
        await server.Initialize(Repo.Root);
        string text = "# yaml-language-server: $schema=scenario.schema.json\nextends: baseline.yaml\npopulation:\n  residents: 800\n";
        await server.Open(Document, text);
        Assert.Contains("number of residents in the neighbourhood", await server.Hover(Document, 3, 4));
    }
}
