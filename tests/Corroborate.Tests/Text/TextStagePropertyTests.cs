using Corroborate.Model;
using Corroborate.Tests.Support;
using FsCheck;
using FsCheck.Fluent;

namespace Corroborate.Tests.Text;

/// <summary>Rules meeting arbitrary text: spans stay inside and tile without overlap; cleaning is idempotent.</summary>
public sealed class TextStagePropertyTests
{
    private static readonly string[] Pieces =
    [
        "Mr. Raisi met Gen. Castro on Thursday.", "\n\n", "• Also read: Something else", "\n", "“Quoted,” he said.",
        "— Someone (@someone) June 15, 2023", "#Cuba 🇨🇺", "pic.twitter.com/Abc123", "3.5 percent", " ", "U.S. officials",
        "facebook twitter email", "AFP", "کوبا آخرین مقصد است.", "Heading without stop", "…", "\r\n", "\t",
    ];

    private static readonly string[] Separators = [" ", "\n", "\n\n", " \t"];

    private static Arbitrary<string> NewsLikeText() =>
        Gen.ArrayOf(Gen.Elements(Pieces).SelectMany(piece => Gen.Elements(Separators).Select(separator => piece + separator)))
            .Select(parts => string.Concat(parts)).ToArbitrary();

    [Fact]
    public void Segments_and_sentences_stay_inside_the_clean_text_in_order_without_overlap()
    {
        Prop.ForAll(NewsLikeText(), text =>
        {
            if (string.IsNullOrWhiteSpace(text))
            {
                return true;
            }

            var article = Articles.FromPlainText(text);
            var ok = article.BodyLength <= article.CleanText.Length;
            var previousEnd = 0;
            foreach (var segment in article.Segments)
            {
                ok &= segment.Span.Start >= previousEnd && segment.Span.End <= article.CleanText.Length;
                previousEnd = segment.Span.End;
            }

            previousEnd = 0;
            foreach (var sentence in article.Sentences)
            {
                ok &= sentence.Start >= previousEnd && sentence.End <= article.CleanText.Length && sentence.Length > 0;
                ok &= article.Segments.Any(s => s.Span.Start <= sentence.Start && sentence.End <= s.Span.End);
                ok &= !char.IsWhiteSpace(article.CleanText[sentence.Start]) && !char.IsWhiteSpace(article.CleanText[sentence.End - 1]);
                previousEnd = sentence.End;
            }

            return ok;
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Cleaning_a_clean_body_again_leaves_it_unchanged()
    {
        Prop.ForAll(NewsLikeText(), text =>
        {
            var first = Articles.FromPlainText(text);
            if (first.Body.Length == 0)
            {
                return true;
            }

            var again = new Corroborate.Text.ArticleCleaner().Clean(new SourceDocument { Source = "again", Text = first.Body, Title = first.Title });
            return again.CleanText[..again.BodyLength] == first.Body;
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Every_line_of_arbitrary_input_is_kept_or_recorded_as_removed()
    {
        Prop.ForAll(NewsLikeText(), text =>
            string.IsNullOrWhiteSpace(text) || !Articles.LinesLost(text, Articles.FromPlainText(text)).Any()).QuickCheckThrowOnFailure();
    }
}
