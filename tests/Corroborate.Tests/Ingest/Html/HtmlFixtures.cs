using Corroborate.Ingest;
using Corroborate.Ingest.Html;
using Corroborate.Model;

namespace Corroborate.Tests.Ingest.Html;

/// <summary>Reads the HTML fixtures we wrote (<c>Fixtures/Html</c>) through <see cref="HtmlFormat"/>.</summary>
internal static class HtmlFixtures
{
    public const string Noisy = "json-ld-article-with-noise.html";

    public static string PathOf(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", "Html", name);

    public static SourceDocument Read(string name)
    {
        using var stream = File.OpenRead(PathOf(name));
        return Assert.Single(new HtmlFormat().Read(stream, name, ReadLimits.Default, CancellationToken.None).Documents());
    }

    public static SourceDocument ReadMarkup(string html, string source = "test.html") =>
        new HtmlFormat().ReadDocument(System.Text.Encoding.UTF8.GetBytes(html), source, ReadLimits.Default, CancellationToken.None);
}
