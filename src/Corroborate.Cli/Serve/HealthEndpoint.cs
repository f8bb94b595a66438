using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Corroborate.Cli.Serve;

/// <summary>
/// <c>GET /healthz</c>: 200 with <c>{"status":"ok","store":…}</c> when the store answers, 503 with
/// <c>"status":"unavailable"</c> and the reason when it does not, for a load balancer or an orchestrator.
/// </summary>
internal static class HealthEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/healthz", async (StoryCatalog catalog, ServeMetrics metrics, HttpContext context, CancellationToken cancellationToken) =>
        {
            var health = await StoreHealth.CheckAsync(catalog, cancellationToken).ConfigureAwait(false);
            metrics.Observe(health.Queue);
            context.Response.Headers.CacheControl = "no-store";
            var body = new
            {
                status = health.Reachable ? "ok" : "unavailable",
                store = health.Reachable ? "reachable" : "unreachable",
                storeKind = health.Kind,
                storeName = health.Store,
                articles = health.Articles,
                stories = health.Stories,
                assigner = health.Assigner ?? (health.Kind == "sqlite" ? "this process" : null),
                queue = health.Queue is { } queue ? new { waitingInputs = queue.WaitingInputs, unreadInputs = queue.UnreadInputs, waitingJobs = queue.WaitingJobs } : null,
                error = health.Error,
            };
            return Results.Json(body, statusCode: health.Reachable ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable);
        }).ExcludeFromDescription();
}
