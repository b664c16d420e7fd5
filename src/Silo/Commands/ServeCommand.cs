using System.CommandLine;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Orleans.Dashboard;
using WijkSim.Grains.Contracts;
using WijkSim.Scenarios;
using WijkSim.Silo.Hosting;
using WijkSim.Silo.Web;

namespace WijkSim.Silo.Commands;

/// <summary><c>wijksim serve [SCENARIO.yaml]</c>: an embedded silo with one live session, the
/// Orleans Dashboard at /orleans, the HTTP API at /api and a status page at /.</summary>
public static class ServeCommand
{
    public const string Session = "workshop";

    public static Command Create()
    {
        var scenario = new Argument<string?>("scenario")
        {
            Description = "the scenario file (default: the shipped jan-eef.yaml)",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var seed = new Option<long?>("--seed") { Description = "random seed (default: the scenario's seed)" };
        var urls = new Option<string>("--urls") { Description = "where to listen", DefaultValueFactory = _ => "http://127.0.0.1:5177" };
        var settings = new Option<string[]>("--set") { Description = "override a scenario key (repeatable)", DefaultValueFactory = _ => [] };
        var otel = new Option<TelemetryExport>("--otel")
        {
            Description = "export OpenTelemetry metrics and traces: none, console, or otlp (OTEL_EXPORTER_OTLP_ENDPOINT)",
            DefaultValueFactory = _ => TelemetryExport.None,
        };
        var command = new Command("serve", "run a live simulation on an embedded Orleans silo with the Orleans Dashboard and an HTTP API")
        {
            scenario, seed, urls, settings, otel,
        };
        command.SetAction(parse => CliErrors.Guard(() => Serve(parse.GetValue(scenario), parse.GetValue(seed), parse.GetValue(urls)!,
            parse.GetValue(settings) ?? [], parse.GetValue(otel)).GetAwaiter().GetResult()));
        return command;
    }

    private static async Task<int> Serve(string? scenarioPath, long? seedOption, string urls, string[] settings, TelemetryExport otel)
    {
        if (seedOption is < 0) throw new UsageError("--seed", $"expected a whole number of at least 0, found {seedOption}");
        var loaded = ScenarioLoader.Load(scenarioPath ?? Path.Combine(AppContext.BaseDirectory, "scenarios", "jan-eef.yaml"), settings);
        ulong seed = (ulong)(seedOption ?? loaded.Config.Seed);

        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseUrls(urls);
        EmbeddedSilo.Configure(builder, dashboard: true, otel);
        var app = builder.Build();
        var grains = app.Services.GetRequiredService<IGrainFactory>();

        app.MapGet("/", () => Results.Content(StatusPage(), "text/html; charset=utf-8"));
        app.MapOrleansDashboard(routePrefix: "/orleans");
        Api.Map(app, grains, Session, loaded, loaded.Config);

        await app.StartAsync();
        await grains.GetGrain<ISimulationGrain>(Session)
            .Create(new SessionSpec(Session, ModelConfigJson.Serialize(loaded.Config), seed, loaded.Path, loaded.Sha256));
        Console.WriteLine($"wijksim serve: '{loaded.Config.Name}' seed {seed} at {string.Join(", ", app.Urls)}  (dashboard: /orleans, API: /api/state)");
        await app.WaitForShutdownAsync();
        return CliErrors.Ok;
    }

    private static string StatusPage()
    {
        using var stream = typeof(ServeCommand).Assembly.GetManifestResourceStream("status.html")!;
        return new StreamReader(stream).ReadToEnd();
    }
}
