using Corroborate.Cli.Serve;
using Corroborate.Model;
using Microsoft.Extensions.Hosting;
using Microsoft.Playwright;

namespace Corroborate.Web.Tests.Support;

/// <summary>
/// The real server (Kestrel on a random loopback port) over the samples plus one hostile article, and a
/// headless Chromium driven by Playwright. Never downloads a browser: it launches Debian's chromium.
/// </summary>
public sealed class LiveServer : IAsyncLifetime
{
    public const string HostileTitle = "<script>window.__pwned = 'title'</script>Harbour <b>fire</b> report";

    public const string HostileText =
        "A fire broke out in a warehouse at the harbour on Friday night, the fire service said. " +
        "<img src=x onerror=\"window.__pwned = 'body'\"> Firefighters said nobody was hurt.\n\n" +
        "<script>window.__pwned = 'script'</script> The cause of the fire is not yet known.";

    /// <summary>A second report of the same fire, from no named outlet (so pages name it by this title), with a hostile quote.</summary>
    public const string HostileTitle2 = "<svg onload=\"window.__pwned = 'svg'\">Harbour warehouse fire: chief speaks</svg>";

    public const string HostileText2 =
        "Fire crews fought a blaze in a harbour warehouse on Friday night, the fire service said. " +
        "\"<img src=y onerror=alert(1)> The east wing of the warehouse is lost,\" said fire chief Tomas Brandt. " +
        "Firefighters said nobody was hurt in the warehouse fire at the harbour.";

    private IHost? _host;
    private IPlaywright? _playwright;

    internal StoryCatalog Catalog { get; private set; } = null!;

    public Uri BaseAddress { get; private set; } = null!;

    public IBrowser Browser { get; private set; } = null!;

    public string HostileArticleId { get; private set; } = "";

    public string SecondHostileArticleId { get; private set; } = "";

    public async Task InitializeAsync()
    {
        Catalog = await SampleCatalog.OpenAsync();
        var (hostile, _) = await Catalog.AddAsync(new SourceDocument { Source = "test:hostile", Title = HostileTitle, Text = HostileText, Outlet = "<i>Evil</i> Gazette" }, CancellationToken.None);
        HostileArticleId = hostile.Id;
        var (second, _) = await Catalog.AddAsync(new SourceDocument
        {
            Source = "test:hostile-2", Title = HostileTitle2, Text = HostileText2, Published = new DateTimeOffset(2030, 1, 5, 21, 30, 0, TimeSpan.Zero),
        }, CancellationToken.None);
        SecondHostileArticleId = second.Id;
        var (host, addresses) = await CorroborateServer.StartAsync(Catalog, new ServeOptions(["http://127.0.0.1:0"], Token: null));
        _host = host;
        BaseAddress = new Uri(addresses[0]);
        if (!File.Exists(ChromiumFactAttribute.ExecutablePath))
        {
            return; // Every browser test is skipped (or, under CI, fails on its own launch check).
        }

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumFactAttribute.ExecutablePath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
    }

    /// <summary>Messages of script dialogs (alert, confirm) any page opened: an injected script would show here.</summary>
    public System.Collections.Concurrent.ConcurrentQueue<string> Dialogs { get; } = new();

    /// <summary>A fresh page in its own context; dialogs are recorded in <see cref="Dialogs"/> and dismissed.</summary>
    public async Task<IPage> NewPageAsync(int width = 1280, int height = 900)
    {
        Assert.True(File.Exists(ChromiumFactAttribute.ExecutablePath), $"{ChromiumFactAttribute.ExecutablePath} is required (CORROBORATE_CI=1)");
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = BaseAddress.ToString(), ViewportSize = new ViewportSize { Width = width, Height = height } });
        var page = await context.NewPageAsync();
        page.Dialog += (_, dialog) =>
        {
            Dialogs.Enqueue(dialog.Message);
            _ = dialog.DismissAsync();
        };
        return page;
    }

    public async Task DisposeAsync()
    {
        if (_playwright is not null)
        {
            await Browser.DisposeAsync();
            _playwright.Dispose();
        }

        if (_host is not null)
        {
            await _host.StopAsync();
            _host.Dispose();
        }

        await Catalog.DisposeAsync();
    }
}
