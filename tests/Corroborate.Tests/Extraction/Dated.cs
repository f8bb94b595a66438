using System.Globalization;
using Corroborate.Model;
using Corroborate.Tests.Support;

namespace Corroborate.Tests.Extraction;

/// <summary>Articles built from text we write, with a fixed publication date.</summary>
internal static class Dated
{
    public static Article Article(string text, string? published, string source = "test.txt")
    {
        var article = Articles.FromPlainText(text, source);
        return published is null
            ? article with { Published = null, PublishedFrom = null }
            : article with { Published = DateTimeOffset.Parse(published, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal), PublishedFrom = "test" };
    }

    public static DateOnly Day(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
