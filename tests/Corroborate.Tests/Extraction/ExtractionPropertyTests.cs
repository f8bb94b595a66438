using Corroborate.Extraction;
using Corroborate.Model;
using Corroborate.Tests.Support;
using FsCheck;
using FsCheck.Fluent;

namespace Corroborate.Tests.Extraction;

/// <summary>Rules meeting arbitrary text: nothing throws, every span stays inside the clean text and matches its surface.</summary>
public sealed class ExtractionPropertyTests
{
    private static readonly string[] Pieces =
    [
        "on Thursday", "yesterday, Thursday", "Wednesday evening", "June 15, 2023", "15 June", "2023-06-15", "15/06/2023", "31/02/2023",
        "in February", "last fall", "earlier this week", "by the end of the current year", "two days ago", "years ago", "in the near future",
        "from 2011 to 2021", "in 2016", "six cooperation documents", "25 agreements", "Raul Castro, 92,", "1.2 million children",
        "8 percent", "$3.5 billion", "a third", "twenty-five", "a dozen", "99999999999999999999999999999999", "9999-99-99", "1,2,3",
        "— Someone (@someone) June 15, 2023", "Mr. Raisi met Gen. Castro.", ",", ".", "-", "$", "%", "کوبا", "\n\n",
    ];

    private static readonly string[] Separators = [" ", "", "\n", ", "];

    private static Arbitrary<string> NewsLikeText() =>
        Gen.ArrayOf(Gen.Elements(Pieces).SelectMany(piece => Gen.Elements(Separators).Select(separator => piece + separator)))
            .Select(parts => string.Concat(parts)).ToArbitrary();

    private static bool SpansHold(Article article)
    {
        var text = article.CleanText;
        var ok = true;
        foreach (var e in TemporalExpressionExtractor.Default.Extract(article))
        {
            ok &= e.Span.End <= text.Length && text[e.Span.Start..e.Span.End] == e.Text && e.Resolved == e.Date.HasValue;
        }

        foreach (var a in new AmountExtractor().Extract(article))
        {
            ok &= a.Span.End <= text.Length && text[a.Span.Start..a.Span.End] == a.Text;
        }

        return ok;
    }

    private static Article Build(string text, bool dated)
    {
        var article = Articles.FromPlainText(text);
        return article with { Published = dated ? new DateTimeOffset(2023, 6, 17, 0, 0, 0, TimeSpan.Zero) : null };
    }

    [Fact]
    public void News_like_text_never_throws_and_spans_match_their_surface()
    {
        Prop.ForAll(NewsLikeText(), ArbMap.Default.ArbFor<bool>(), (text, dated) =>
            string.IsNullOrWhiteSpace(text) || SpansHold(Build(text, dated))).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Arbitrary_strings_never_throw_and_spans_match_their_surface()
    {
        Prop.ForAll(ArbMap.Default.ArbFor<string>(), text =>
            string.IsNullOrWhiteSpace(text) || SpansHold(Build(text, dated: true))).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Timeline_of_arbitrary_articles_never_throws_and_describes_with_their_own_sentences()
    {
        Prop.ForAll(NewsLikeText(), NewsLikeText(), (first, second) =>
        {
            var articles = new[] { first, second }.Where(t => !string.IsNullOrWhiteSpace(t)).Select((t, i) => Build(t, i == 0)).ToList();
            var entries = new TimelineBuilder().Build(articles);
            return entries.All(e => articles.Any(a => a.CleanText.Contains(e.Description, StringComparison.Ordinal)))
                && entries.SelectMany(e => e.Mentions).All(m => articles.Single(a => a.Id == m.ArticleId) is var a
                    && a.CleanText[m.Span.Start..m.Span.End] == m.Text);
        }).QuickCheckThrowOnFailure();
    }
}
