using System.Text;
using Corroborate.Corroboration;
using Corroborate.Extraction;
using Corroborate.Ingest;
using Corroborate.Ingest.Feeds;
using Corroborate.Model;
using Corroborate.Tests.Support;

namespace Corroborate.Tests.Reliability;

/// <summary>What <c>./bench/run fuzz</c> found, each kept as a regression test (times are the benchmark's, not asserted here).</summary>
public sealed class FuzzFindingsTests
{
    [Fact]
    public void A_48_KB_hyphenated_token_made_list_reading_quadratic_regression_items_are_still_found_around_it()
    {
        var token = string.Concat(Enumerable.Repeat("-N", 24_000));
        var text = $"The deals {token} cover biotechnology, medicine and nuclear energy.";

        var items = ListItems.Of(text, new TextSpan(0, text.Length)).Select(v => v.Text).ToList();

        Assert.Equal(["biotechnology", "medicine", "nuclear energy"], items);
    }

    [Theory]
    [InlineData("The council approved 99999999999999999999999 billion dollars for the port.")]
    [InlineData("They counted 79228162514264337593543950335 thousand votes and a dozen hundred million more.")]
    public void Numbers_past_decimal_s_range_overflowed_amount_reading_regression_the_phrase_ends_instead(string sentence)
    {
        var article = Articles.FromPlainText("Budget\n\n" + sentence);

        var exception = Record.Exception(() => new AmountExtractor().Extract(article));

        Assert.Null(exception);
    }

    [Fact]
    public void A_sentence_of_many_coordinated_clauses_made_event_coding_exponential_regression_it_is_coded()
    {
        // 40 clauses: two to the fortieth subject searches before, so this test would never end.
        var sentence = "Ana Ruiz met Vucic in Belgrade on Monday and " + string.Join(' ', Enumerable.Repeat("signed deals and said", 40)) + " with Serbia.";

        var codings = new Corroborate.Events.EventCoder(Corroborate.Events.EventDictionaries.Default).Code(sentence);

        Assert.NotNull(codings);
    }

    [Fact]
    public void Damaged_utf16_in_a_feed_head_threw_a_decoder_exception_regression_the_feed_is_read_or_named()
    {
        var feed = Encoding.BigEndianUnicode.GetBytes("<?xml version=\"1.0\" encoding=\"utf-16\"?>\n<rss version=\"2.0\"><channel><title>T</title><item><description>Body text.</description></item></channel></rss>");
        feed[30] = 0xD8; // half of a surrogate pair inside the declaration
        feed[31] = 0x00;

        var exception = Record.Exception(() => new InputReader().Read(new MemoryStream(feed), "wide.xml").ToList());

        Assert.True(exception is null or InputException, exception?.ToString());
        Assert.Null(Record.Exception(() => FeedEncoding.Detect(feed, null)));
    }
}
