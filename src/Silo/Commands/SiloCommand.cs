using System.CommandLine;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Orleans.Runtime;
using WijkSim.Silo.Cluster;
using WijkSim.Silo.Hosting;

namespace WijkSim.Silo.Commands;

/// <summary><c>wijksim silo --cluster CONNECTION</c>: one silo process that joins the cluster and
/// runs grains (experiment runs, live sessions) until Ctrl-C or SIGTERM.</summary>
public static class SiloCommand
{
    public static Command Create()
    {
        var cluster = new ClusterCliOptions(required: true);
        var address = new Option<string>("--address")
        {
            Description = "the address other silos and clients reach this one at (this machine's LAN address on a real network)",
            DefaultValueFactory = _ => "127.0.0.1",
        };
        var port = new Option<int>("--port") { Description = "silo-to-silo port", DefaultValueFactory = _ => 11111 };
        var gateway = new Option<int>("--gateway-port") { Description = "port clients (sweep, serve) connect to", DefaultValueFactory = _ => 30000 };
        var parallel = new Option<int?>("--parallel") { Description = "experiment runs at once on this silo (default: one per core)" };
        var otel = new Option<TelemetryExport>("--otel")
        {
            Description = "export OpenTelemetry metrics and traces: none, console, or otlp (OTEL_EXPORTER_OTLP_ENDPOINT)",
            DefaultValueFactory = _ => TelemetryExport.None,
        };
        var probeTimeout = new Option<int>("--probe-timeout")
        {
            Description = "seconds a probe of another silo may take before it counts as missed (raise on a slow network)",
            DefaultValueFactory = _ => new FailureDetection().ProbeTimeoutSeconds,
        };
        var missedProbes = new Option<int>("--missed-probes")
        {
            Description = "missed probes in a row after which a silo is suspected dead (raise on a lossy network)",
            DefaultValueFactory = _ => new FailureDetection().MissedProbes,
        };
        var command = new Command("silo", "start a silo that joins a cluster on PostgreSQL (see 'wijksim cluster init' and docs/cluster.md)")
        {
            address, port, gateway, parallel, otel, probeTimeout, missedProbes,
        };
        cluster.AddTo(command);
        command.SetAction(parse => CliErrors.Guard(() => Run(cluster.Read(parse)!, parse.GetValue(address)!, parse.GetValue(port),
            parse.GetValue(gateway), parse.GetValue(parallel), parse.GetValue(otel),
            Detection(parse.GetValue(probeTimeout), parse.GetValue(missedProbes))).GetAwaiter().GetResult()));
        return command;
    }

    /// <summary>The failure-detection timings from the command line, checked before anything starts.</summary>
    public static FailureDetection Detection(int probeTimeoutSeconds, int missedProbes)
    {
        if (probeTimeoutSeconds is < 1 or > FailureDetection.MaxProbeTimeoutSeconds)
            throw new UsageError("--probe-timeout", $"expected whole seconds from 1 to {FailureDetection.MaxProbeTimeoutSeconds}, found {probeTimeoutSeconds}");
        if (missedProbes is < 1 or > FailureDetection.MaxMissedProbes)
            throw new UsageError("--missed-probes", $"expected a whole number from 1 to {FailureDetection.MaxMissedProbes}, found {missedProbes}");
        return new FailureDetection(probeTimeoutSeconds, missedProbes);
    }

    private static async Task<int> Run(ClusterChoice cluster, string addressText, int port, int gatewayPort, int? parallel, TelemetryExport otel,
        FailureDetection detection)
    {
        if (!IPAddress.TryParse(addressText, out var address))
            throw new UsageError("--address", $"expected an IP address such as 192.168.1.20, found '{addressText}'");
        if (port is < 1 or > 65535) throw new UsageError("--port", $"expected a port from 1 to 65535, found {port}");
        if (gatewayPort is < 1 or > 65535 || gatewayPort == port)
            throw new UsageError("--gateway-port", $"expected a port from 1 to 65535 other than --port, found {gatewayPort}");
        if (parallel is < 1 or > 1024) throw new UsageError("--parallel", $"expected a whole number from 1 to 1024, found {parallel}");
        ListenAddresses.RequireFree(address, port, "--port", $"{address}:{port}");
        ListenAddresses.RequireFree(address, gatewayPort, "--gateway-port", $"{address}:{gatewayPort}");
        await cluster.Database.RequireInitialised();
        await cluster.Database.RequireSameBuild(cluster.ClusterId, "--cluster");

        while (true)
        {
            var builder = Host.CreateApplicationBuilder();
            ClusterSilo.Configure(builder, cluster, address, port, gatewayPort, parallel, otel, detection);
            using var host = builder.Build();
            try
            {
                await host.StartAsync();
            }
            catch (Exception e) when (e.GetBaseException() is System.Net.Sockets.SocketException s)
            {
                throw new UsageError("--port", $"cannot listen on {address}:{port} / {gatewayPort}: {s.Message}");
            }
            var silo = host.Services.GetRequiredService<ILocalSiloDetails>();
            Console.WriteLine($"wijksim silo: {silo.SiloAddress} joined cluster '{cluster.ClusterId}' (gateway port {gatewayPort}, " +
                $"{parallel ?? Environment.ProcessorCount} runs at once) through the {cluster.Database.Describe}. Ctrl-C leaves the cluster.");
            await host.WaitForShutdownAsync();
            // Declared dead while frozen: leave for good only when a person asked (Ctrl-C, SIGTERM).
            if (!RejoinWhenDeclaredDead.TakeRequest()) break;
            Console.WriteLine("wijksim silo: declared dead by the cluster; joining again");
        }
        return CliErrors.Ok;
    }
}
