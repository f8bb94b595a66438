using Corroborate.Extraction;
using FsCheck;
using FsCheck.Fluent;

namespace Corroborate.Tests.Reliability;

/// <summary>
/// The quote scan remembers where a search for a closing mark failed, so a run of unclosed openers is read
/// once, not once per opener (a 128 KB run took 5.3 s, now under 1 ms: ./bench/run scan). The memory must
/// never change what is found: the spans equal those of the plain scan, which these tests keep as a reference.
/// </summary>
public sealed class QuoteScanTests
{
    [Fact]
    public void A_long_token_of_unclosed_quote_openers_made_quote_extraction_quadratic_regression_spans_are_those_of_the_plain_scan()
    {
        var text = string.Concat(Enumerable.Repeat("1‘a", 20_000)) + " and then ‘a quote’ closes.\n\n“Another” one";

        Assert.Equal(Reference(text, text.Length), QuoteExtractor.FindQuotedSpans(text, text.Length));
    }

    [Fact]
    public void Any_text_of_quote_marks_letters_and_paragraph_breaks_gives_the_spans_of_the_plain_scan()
    {
        var alphabet = Gen.Elements('“', '”', '"', '«', '»', '„', '‘', '’', 'a', 'b', ' ', '1', '\n');
        var texts = Gen.ArrayOf(alphabet).Select(chars => new string(chars)).ToArbitrary();

        Prop.ForAll(texts, text => Reference(text, text.Length).SequenceEqual(QuoteExtractor.FindQuotedSpans(text, text.Length)))
            .Check(Config.QuickThrowOnFailure.WithMaxTest(2000));
    }

    /// <summary>The scan as it was before the memory of failed searches: correct, quadratic on runs of openers.</summary>
    private static List<(int Open, int Close)> Reference(string text, int limit)
    {
        var spans = new List<(int, int)>();
        var i = 0;
        while (i < limit)
        {
            var c = text[i];
            var closer = c switch
            {
                '“' => '”',
                '"' => '"',
                '«' => '»',
                '„' => '“',
                '‘' when i + 1 < limit && char.IsLetter(text[i + 1]) && (i == 0 || !char.IsLetter(text[i - 1])) => '’',
                _ => '\0',
            };
            var end = closer == '\0' ? -1 : FindCloser(text, i + 1, limit, closer);
            if (end < 0)
            {
                i++;
                continue;
            }

            spans.Add((i, end));
            i = end + 1;
        }

        return spans;
    }

    private static int FindCloser(string text, int from, int limit, char closer)
    {
        for (var j = from; j < limit; j++)
        {
            var c = text[j];
            if (c == closer && (closer != '’' || j + 1 >= limit || !char.IsLetter(text[j + 1])))
            {
                return j;
            }

            if (c == '\n' && j + 1 < limit && text[j + 1] == '\n')
            {
                var next = j + 2;
                if (next < limit && text[next] is '“' or '"' or '«' && closer is '”' or '"' or '»')
                {
                    j = next;
                    continue;
                }

                return -1;
            }
        }

        return -1;
    }
}
