using System.CommandLine;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Orleans.Dashboard;
using WijkSim.Grains.Contracts;
using WijkSim.Scenarios;
using WijkSim.Silo.Cluster;
using WijkSim.Silo.Hosting;
using WijkSim.Silo.Web;

namespace WijkSim.Silo.Commands;

/// <summary><c>wijksim serve [SCENARIO.yaml] [--cluster CONNECTION]</c>: an embedded silo (or a client of a cluster) with the workshop's live session, the
/// workshop page at /, the Orleans Dashboard at /orleans and the HTTP API at /api.</summary>
public static class ServeCommand
{
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
        var token = new Option<string?>("--facilitator-token") { Description = "the facilitator's token (default: a random one, printed in the facilitator link)" };
        var otel = new Option<TelemetryExport>("--otel")
        {
            Description = "export OpenTelemetry metrics and traces: none, console, or otlp (OTEL_EXPORTER_OTLP_ENDPOINT)",
            DefaultValueFactory = _ => TelemetryExport.None,
        };
        var cluster = new ClusterCliOptions(required: false);
        var command = new Command("serve", "run a live simulation (on an embedded Orleans silo, or on a cluster with --cluster) with the workshop page, the Orleans Dashboard and an HTTP API")
        {
            scenario, seed, urls, settings, token, otel,
        };
        cluster.AddTo(command);
        command.SetAction(parse => CliErrors.Guard(() => Serve(parse.GetValue(scenario), parse.GetValue(seed), parse.GetValue(urls)!,
            parse.GetValue(settings) ?? [], parse.GetValue(token), parse.GetValue(otel), cluster.Read(parse)).GetAwaiter().GetResult()));
        return command;
    }

    private static async Task<int> Serve(string? scenarioPath, long? seedOption, string urls, string[] settings, string? token, TelemetryExport otel,
        ClusterChoice? cluster)
    {
        if (seedOption is < 0) throw new UsageError("--seed", $"expected a whole number of at least 0, found {seedOption}");
        if (token is { } t && (t.Length < 4 || !t.All(char.IsAsciiLetterOrDigit)))
            throw new UsageError("--facilitator-token", "expected at least 4 letters or digits (it goes into a link)");
        ListenAddresses.Check(urls);
        var loaded = ScenarioLoader.Load(scenarioPath ?? Path.Combine(AppContext.BaseDirectory, "scenarios", "jan-eef.yaml"), settings);
        ulong seed = (ulong)(seedOption ?? loaded.Config.Seed);

        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseUrls(urls);
        await GrainHosting.Configure(builder, cluster, dashboard: true, otel);
        var facilitator = new FacilitatorAccess(token ?? FacilitatorAccess.NewToken());
        builder.Services.AddSingleton(facilitator);
        builder.Services.AddSingleton(sp => new WorkshopState(sp.GetRequiredService<IGrainFactory>(), Path.GetDirectoryName(Path.GetFullPath(loaded.Path))!));
        builder.Services.AddSingleton<WorkshopFeed>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<WorkshopFeed>());
        BadRequestBodies.Configure(builder);
        var app = builder.Build();
        SecurityHeaders.Use(app);
        ClusterUnavailable.Use(app);
        BadRequestBodies.Use(app);
        var grains = app.Services.GetRequiredService<IGrainFactory>();
        var workshop = app.Services.GetRequiredService<WorkshopState>();

        // The workshop page and its pinned, vendored chart library (Web/wwwroot/, copied next to wijksim.dll).
        var site = new PhysicalFileProvider(Path.Combine(AppContext.BaseDirectory, "Web", "wwwroot"));
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = site });
        app.UseStaticFiles(new StaticFileOptions { FileProvider = site });
        app.MapOrleansDashboard(routePrefix: "/orleans");
        Api.Map(app, grains, workshop, facilitator);
        WorkshopApi.Map(app, workshop, app.Services.GetRequiredService<WorkshopFeed>(), facilitator);
        PollApi.Map(app, grains, workshop, facilitator);
        EventKindsApi.Map(app);

        await ListenAddresses.Start(app, urls);
        await workshop.Load(loaded, seed);
        string url = app.Urls.First();
        Console.WriteLine($"wijksim serve: '{loaded.Config.Name}' seed {seed} at {string.Join(", ", app.Urls)} on the {GrainHosting.Describe(cluster)}  (dashboard: /orleans, API: /api/state)");
        Console.WriteLine($"  participants:  {url}/");
        Console.WriteLine($"  facilitator:   {url}/#token={facilitator.Token}   (keep this link to yourself)");
        await app.WaitForShutdownAsync();
        return CliErrors.Ok;
    }
}
