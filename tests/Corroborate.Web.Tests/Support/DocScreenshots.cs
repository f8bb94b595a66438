using Microsoft.Playwright;

namespace Corroborate.Web.Tests.Support;

/// <summary>
/// Screenshots of the page for docs/screenshots/: always written next to the test results; copied over the
/// committed ones only when asked (<c>CORROBORATE_SCREENSHOTS=docs</c>), so a test run leaves the tree clean.
/// </summary>
internal static class DocScreenshots
{
    public static string Docs => Path.Combine(Repository.Root, "docs", "screenshots");

    public static async Task SaveAsync(IPage page, string name, bool fullPage = true)
    {
        var path = Path.Combine(Repository.Screenshots, name);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = fullPage });
        Publish(path, name);
    }

    public static async Task SaveAsync(ILocator locator, string name)
    {
        var path = Path.Combine(Repository.Screenshots, name);
        await locator.ScreenshotAsync(new LocatorScreenshotOptions { Path = path });
        Publish(path, name);
    }

    private static void Publish(string path, string name)
    {
        if (Environment.GetEnvironmentVariable("CORROBORATE_SCREENSHOTS") == "docs")
        {
            Directory.CreateDirectory(Docs);
            File.Copy(path, Path.Combine(Docs, name), overwrite: true);
        }
    }
}
