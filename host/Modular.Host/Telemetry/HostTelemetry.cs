using System.Diagnostics;
using System.Diagnostics.Metrics;
using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Modular.Host.Telemetry;

/// <summary>
/// Traces and metrics, exported over OTLP only when <c>Telemetry:OtlpEndpoint</c> is set (off by default: nothing is
/// collected or sent). Exported: requests (ASP.NET Core), database calls (Npgsql's own source and meter), scheduled jobs
/// (JobClaims, <c>Modular.Jobs</c>), the runtime's metrics, and whatever any <see cref="ActivitySource"/> or <see cref="Meter"/> named
/// <c>Modular.*</c> emits — a plugin makes its own (<c>new ActivitySource("Modular.Plugins.MyCampaign")</c>), as .NET code
/// does, and needs no reference to this.
/// </summary>
public static class HostTelemetry
{
    public const string EndpointSetting = "Telemetry:OtlpEndpoint";
    public const string ProtocolSetting = "Telemetry:OtlpProtocol";

    /// <summary>Registers the exporters when an endpoint is configured; an endpoint or protocol that cannot be used stops the start, naming the setting.</summary>
    public static void AddIfConfigured(WebApplicationBuilder builder)
    {
        var configured = builder.Configuration[EndpointSetting];
        if (string.IsNullOrWhiteSpace(configured)) return;
        if (!Uri.TryCreate(configured.Trim(), UriKind.Absolute, out var endpoint) || endpoint.Scheme is not ("http" or "https"))
            throw new InvalidOperationException($"{EndpointSetting}: \"{configured}\" is not an http(s) address (e.g. http://collector:4318).");
        var protocol = builder.Configuration[ProtocolSetting]?.Trim() switch
        {
            null or "" or "http/protobuf" => OtlpExportProtocol.HttpProtobuf,
            "grpc" => OtlpExportProtocol.Grpc,
            var other => throw new InvalidOperationException($"{ProtocolSetting}: \"{other}\" is neither http/protobuf nor grpc."),
        };
        // Over http/protobuf each signal has its own path under the collector's address; gRPC takes the address itself.
        Action<OtlpExporterOptions> To(string signalPath) => o =>
        {
            o.Protocol = protocol;
            o.Endpoint = protocol == OtlpExportProtocol.Grpc ? endpoint : new Uri(endpoint, endpoint.AbsolutePath.TrimEnd('/') + "/" + signalPath);
        };
        builder.Services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService("modular", serviceVersion: typeof(HostTelemetry).Assembly.GetName().Version?.ToString(3),
                serviceInstanceId: $"{Environment.MachineName}:{Environment.ProcessId}"))
            .WithTracing(t => t
                .AddAspNetCoreInstrumentation(o => o.Filter = http => !IsStaticFile(http.Request.Path))
                .AddSource("Npgsql", "Modular.*")
                .AddOtlpExporter(To("v1/traces")))
            .WithMetrics(m => m
                .AddAspNetCoreInstrumentation()
                .AddRuntimeInstrumentation()
                .AddMeter("Npgsql", "Modular.*")
                .AddOtlpExporter(To("v1/metrics")));
    }

    private static bool IsStaticFile(PathString path) =>
        path.StartsWithSegments("/css") || path.StartsWithSegments("/js") || path.StartsWithSegments("/lib") || path.StartsWithSegments("/favicon.ico");
}
