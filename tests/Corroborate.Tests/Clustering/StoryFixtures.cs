using Corroborate.Clustering;
using Corroborate.Model;
using Corroborate.Evaluation.Stories;

namespace Corroborate.Tests.Clustering;

/// <summary>Articles built by hand from Fixtures/Stories: the first line is the headline, the rest the body.</summary>
internal static class StoryFixtures
{
    public static string Read(string name) =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Stories", name + ".txt"));

    public static Article Load(string name, DateTimeOffset? published = null, string? outlet = null, string? id = null)
    {
        var text = Read(name);
        var newline = text.IndexOf('\n', StringComparison.Ordinal);
        return Create(id ?? name, text[..newline].Trim(), text[(newline + 1)..].Trim(), published, outlet);
    }

    public static Article Create(string id, string title, string body, DateTimeOffset? published = null, string? outlet = null) =>
        StoryEvaluation.CreateArticle(id, title, body, "fixture:" + id, published, outlet);

    public static DateTimeOffset Day(int year, int month, int day) => new(year, month, day, 12, 0, 0, TimeSpan.Zero);

    /// <summary>
    /// A syndicated copy: new headline, the footer trimmed (the copyright paragraph if there is one,
    /// else the last sentence), an outlet's boilerplate line added.
    /// </summary>
    public static Article SyndicatedCopy(Article original, string id, string headline)
    {
        var body = original.Body[(original.Body.IndexOf('\n', StringComparison.Ordinal) + 1)..].Trim();
        var lastParagraph = body.LastIndexOf("\n\n", StringComparison.Ordinal);
        var cut = body.IndexOf("Copyright", lastParagraph, StringComparison.Ordinal) >= 0
            ? lastParagraph
            : body.LastIndexOf(". ", body.Length - 2, StringComparison.Ordinal) + 1;
        var trimmed = body[..cut].Trim() + "\n\nRead more: our live coverage of the region. Follow us for updates.";
        return Create(id, headline, trimmed, original.Published, "Syndicating Daily");
    }
}
