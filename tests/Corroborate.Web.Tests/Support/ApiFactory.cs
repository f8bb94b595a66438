using Corroborate.Cli.Serve;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Hosting;

namespace Corroborate.Web.Tests.Support;

/// <summary>
/// The server's own host configuration run in memory by WebApplicationFactory, over the samples. The
/// catalog is opened once per factory; tests that write use their own factory. The factory wraps the
/// WebApplicationFactory rather than deriving from it: its entry-point type (StoryCatalog) is internal to the CLI.
/// </summary>
public class ApiFactory : IDisposable
{
    private readonly Host _host;

    public ApiFactory() : this(token: null)
    {
    }

    protected ApiFactory(string? token, long maxBodyBytes = ServeOptions.DefaultMaxBodyBytes) =>
        _host = new Host(new ServeOptions([ServeOptions.DefaultUrl], token, maxBodyBytes));

    internal ServeOptions Options => _host.Options;

    internal StoryCatalog Catalog => _host.Catalog;

    internal IServiceProvider Services => _host.Services;

    public HttpClient CreateClient() => _host.CreateClient();

    public void Dispose()
    {
        _host.Dispose();
        GC.SuppressFinalize(this);
    }

    private sealed class Host(ServeOptions options) : WebApplicationFactory<StoryCatalog>
    {
        private readonly Lazy<StoryCatalog> _catalog = new(() => SampleCatalog.OpenAsync().GetAwaiter().GetResult());

        public ServeOptions Options { get; } = options;

        public StoryCatalog Catalog => _catalog.Value;

        protected override IHostBuilder CreateHostBuilder() => CorroborateServer.CreateHostBuilder(Catalog, Options, kestrel: false);

        public override async ValueTask DisposeAsync()
        {
            await base.DisposeAsync();
            if (_catalog.IsValueCreated)
            {
                await _catalog.Value.DisposeAsync();
            }
        }
    }
}

/// <summary>A server given a token and a small body limit: for the write-guard tests.</summary>
public sealed class GuardedApiFactory : ApiFactory
{
    public const string Token = "test-token-7f3a";

    public GuardedApiFactory() : base(Token, maxBodyBytes: 64 * 1024)
    {
    }
}

/// <summary>A server of its own for tests that add articles, so that the read tests see the samples only.</summary>
public sealed class WritableApiFactory : ApiFactory;
