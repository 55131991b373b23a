using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Naas.Data;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Naas.Web.Infrastructure;

/// <summary>The service's own measures (issue 17, item 6), on one meter and one activity source named "Naas":
/// autosave group sizes and commit times, outbox depth and failures, background job failures. Exported with the
/// framework's own (request rates and latency, the runtime, Npgsql) through OpenTelemetry when an OTLP endpoint is
/// configured (<c>OTEL_EXPORTER_OTLP_ENDPOINT</c> or <c>OpenTelemetry:Endpoint</c>); without one, nothing is
/// exported and the cost is a few counters.</summary>
public static class NaasMetrics
{
    public const string Name = "Naas";
    public static readonly Meter Meter = new(Name, "1.0");
    public static readonly ActivitySource Source = new(Name, "1.0");

    public static readonly Histogram<int> AutosaveGroupSize = Meter.CreateHistogram<int>(
        "naas.autosave.group.size",
        "{save}",
        "Autosaves written together in one statement"
    );

    public static readonly Histogram<double> AutosaveCommitTime = Meter.CreateHistogram<double>(
        "naas.autosave.commit.duration",
        "ms",
        "Time to write and commit one group of autosaves"
    );

    public static readonly Counter<long> AutosaveFailures = Meter.CreateCounter<long>(
        "naas.autosave.failures",
        "{save}",
        "Autosaves that could not be written"
    );

    public static readonly Counter<long> JobFailures = Meter.CreateCounter<long>(
        "naas.jobs.failures",
        "{failure}",
        "Background work that failed, by job"
    );

    public static readonly Counter<long> JobRuns = Meter.CreateCounter<long>(
        "naas.jobs.runs",
        "{run}",
        "Background work done, by job"
    );

    public static readonly Counter<long> ReportReplicaFallbacks = Meter.CreateCounter<long>(
        "naas.reports.replica_fallbacks",
        "{fallback}",
        "Report reads that found the replica out of reach and were answered from the primary"
    );

    private static long _outboxDepth;

    /// <summary>Messages waiting to be sent, as the outbox last counted them.</summary>
    public static void OutboxDepth(long depth) => Interlocked.Exchange(ref _outboxDepth, depth);

    static NaasMetrics() =>
        Meter.CreateObservableGauge(
            "naas.outbox.depth",
            () => Interlocked.Read(ref _outboxDepth),
            "{message}",
            "Messages waiting in the outbox"
        );
}

public static partial class Observability
{
    public const string CorrelationHeader = "X-Correlation-Id";

    /// <summary>Health checks (liveness: the process answers; readiness: the database answers too) and
    /// OpenTelemetry when an endpoint is configured.</summary>
    public static WebApplicationBuilder AddNaasObservability(this WebApplicationBuilder builder)
    {
        builder.Services.AddHealthChecks().AddDbContextCheck<NaasDbContext>("database", tags: ["ready"]);
        var endpoint =
            builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"] ?? builder.Configuration["OpenTelemetry:Endpoint"];
        if (!string.IsNullOrWhiteSpace(endpoint))
        {
            builder
                .Services.AddOpenTelemetry()
                .ConfigureResource(r => r.AddService("naas"))
                .WithTracing(t =>
                    t.AddSource(NaasMetrics.Name)
                        .AddAspNetCoreInstrumentation(o =>
                            o.Filter = ctx => !ctx.Request.Path.StartsWithSegments("/health")
                        )
                        .AddHttpClientInstrumentation()
                        .AddSource("Npgsql")
                        .AddOtlpExporter(o => o.Endpoint = new Uri(endpoint))
                )
                .WithMetrics(m =>
                    m.AddMeter(NaasMetrics.Name)
                        .AddAspNetCoreInstrumentation()
                        .AddRuntimeInstrumentation()
                        .AddOtlpExporter(o => o.Endpoint = new Uri(endpoint))
                );
        }
        return builder;
    }

    /// <summary><c>/health/live</c> and <c>/health/ready</c>, open to anyone (a load balancer asks), saying only
    /// Healthy or Unhealthy (503), never why.</summary>
    public static WebApplication MapHealth(this WebApplication app)
    {
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
        app.MapHealthChecks(
                "/health/ready",
                new HealthCheckOptions
                {
                    Predicate = c => c.Tags.Contains("ready"),
                    // Degraded is a fresh instance still warming up (StartWarmupCheck): not ready either.
                    ResultStatusCodes =
                    {
                        [HealthStatus.Healthy] = StatusCodes.Status200OK,
                        [HealthStatus.Degraded] = StatusCodes.Status503ServiceUnavailable,
                        [HealthStatus.Unhealthy] = StatusCodes.Status503ServiceUnavailable,
                    },
                }
            )
            .AllowAnonymous();
        return app;
    }

    [GeneratedRegex("^[A-Za-z0-9._-]{1,64}$")]
    private static partial Regex SafeId();

    /// <summary>Every request carries a correlation id: the caller's <c>X-Correlation-Id</c> when it is a plain token
    /// of up to 64 characters (a load balancer's, say), otherwise the request's trace id. It is sent back on the
    /// response and is in the scope of every log line written for the request (JSON logs include scopes).</summary>
    public static IApplicationBuilder UseCorrelationId(this IApplicationBuilder app) =>
        app.Use(
            async (ctx, next) =>
            {
                var given = ctx.Request.Headers[CorrelationHeader].ToString();
                var id = SafeId().IsMatch(given) ? given : Activity.Current?.TraceId.ToString() ?? ctx.TraceIdentifier;
                ctx.Response.Headers[CorrelationHeader] = id;
                var log = ctx.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("Naas.Request");
                using (log.BeginScope(new Dictionary<string, object> { ["CorrelationId"] = id }))
                    await next();
            }
        );
}
