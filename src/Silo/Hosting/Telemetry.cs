using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using WijkSim.Grains.Live;

namespace WijkSim.Silo.Hosting;

/// <summary>Where telemetry goes: nowhere (default), the console, or an OTLP collector (endpoint from
/// the standard OTEL_EXPORTER_OTLP_ENDPOINT variable).</summary>
public enum TelemetryExport { None, Console, Otlp }

public static class Telemetry
{
    /// <summary>Orleans' own meter and activity sources plus WijkSim's meter.</summary>
    public static void Add(IServiceCollection services, TelemetryExport export)
    {
        if (export == TelemetryExport.None) return;
        services.AddOpenTelemetry()
            .WithMetrics(metrics =>
            {
                metrics.AddMeter(LiveMetrics.MeterName, "Microsoft.Orleans");
                if (export == TelemetryExport.Console) metrics.AddConsoleExporter();
                else metrics.AddOtlpExporter();
            })
            .WithTracing(tracing =>
            {
                tracing.AddSource("Microsoft.Orleans.Runtime", "Microsoft.Orleans.Application");
                if (export == TelemetryExport.Console) tracing.AddConsoleExporter();
                else tracing.AddOtlpExporter();
            });
    }
}
