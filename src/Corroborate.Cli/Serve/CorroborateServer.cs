using Corroborate.Reporting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;

namespace Corroborate.Cli.Serve;

/// <summary>
/// The web server of <c>corroborate serve</c>: the JSON API, the page, security headers and problem
/// details, over one <see cref="StoryCatalog"/>. Built as a generic host so that tests can run the very
/// same configuration in memory (WebApplicationFactory) or on a loopback port.
/// </summary>
internal static class CorroborateServer
{
    /// <param name="kestrel">False for an in-memory test server, which the test framework supplies.</param>
    public static IHostBuilder CreateHostBuilder(StoryCatalog catalog, ServeOptions options, bool kestrel = true, LogLevel logLevel = LogLevel.Warning) =>
        new HostBuilder()
            .ConfigureLogging(logging => ServeLogging.Configure(logging, options.LogFormat, logLevel))
            .ConfigureWebHost(web =>
            {
                if (kestrel)
                {
                    web.UseKestrel(server =>
                    {
                        server.AddServerHeader = false;
                        server.Limits.MaxRequestBodySize = options.MaxBodyBytes;
                        server.Limits.MaxRequestHeadersTotalSize = 32 * 1024;
                    }).UseUrls([.. options.Urls]);
                }

                web.ConfigureServices(services => ConfigureServices(services, catalog, options));
                web.Configure(Configure);
            });

    /// <summary>Starts the server (refusing options that would expose writes) and returns it with the addresses it listens on.</summary>
    public static async Task<(IHost Host, IReadOnlyList<string> Addresses)> StartAsync(StoryCatalog catalog, ServeOptions options, LogLevel logLevel = LogLevel.Warning, CancellationToken cancellationToken = default)
    {
        if (options.Problem() is { } problem)
        {
            throw new InvalidOperationException(problem);
        }

        var host = CreateHostBuilder(catalog, options, kestrel: true, logLevel).Build();
        await host.StartAsync(cancellationToken).ConfigureAwait(false);
        var addresses = host.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.ToList() ?? [];
        return (host, addresses);
    }

    public static void ConfigureServices(IServiceCollection services, StoryCatalog catalog, ServeOptions options)
    {
        services.AddSingleton(catalog);
        services.AddSingleton(options);
        services.AddRouting();
        services.AddProblemDetails();
        services.AddSingleton<ServeMetrics>();
        services.AddHostedService<StoreMonitor>();
        // Request durations come from ASP.NET Core's own meter; ours are observed from the catalog at scrape time.
        services.AddOpenTelemetry().ConfigureResource(resource => resource.AddService("corroborate")).WithMetrics(metrics => metrics
            .AddMeter(ServeMetrics.MeterName, "Microsoft.AspNetCore.Hosting", "Microsoft.AspNetCore.Server.Kestrel")
            .AddPrometheusExporter());
        services.ConfigureHttpJsonOptions(json => json.SerializerOptions.Encoder = ContractJson.Encoder);
    }

    public static void Configure(IApplicationBuilder app)
    {
        var options = app.ApplicationServices.GetRequiredService<ServeOptions>();
        // Resolved here so its instruments exist before the first scrape.
        app.ApplicationServices.GetRequiredService<ServeMetrics>();
        app.UseMiddleware<RequestLog>();
        app.Use(SecurityHeaders.AddAsync);
        app.UseMiddleware<ProblemMiddleware>();
        app.Use(LoopbackHostFilter.For(options));
        app.UseStatusCodePages();
        app.UseRouting();
        app.UseEndpoints(endpoints =>
        {
            ApiEndpoints.Map(endpoints, options);
            HealthEndpoint.Map(endpoints);
            endpoints.MapPrometheusScrapingEndpoint("/metrics");
            StaticAssets.Map(endpoints);
        });
    }
}
