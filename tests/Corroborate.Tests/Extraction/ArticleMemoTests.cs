using Corroborate.Extraction;
using Corroborate.Model;
using Corroborate.Tests.Support;

namespace Corroborate.Tests.Extraction;

/// <summary>Per-article results kept between reports: reused for the same content only, per computation, within a bound.</summary>
public sealed class ArticleMemoTests
{
    private static Article Harbour(int n) => Articles.FromPlainText(
        $"Harbour crane {n} toppled\n\nA container crane fell onto pier {n} on Monday after its brake failed, port officials said. Nobody was hurt.");

    [Fact]
    public void A_result_is_computed_once_for_an_article_and_for_the_same_article_read_again()
    {
        var memo = new ArticleMemo();
        var article = Harbour(1);
        var owner = new object();
        var calls = 0;

        var first = memo.GetOrAdd(article, owner, a => ++calls);
        // A copy of every field (as a store hands back): new instances, equal content.
        var reread = article with { Sentences = [.. article.Sentences], Segments = [.. article.Segments], Removed = [.. article.Removed] };
        var second = memo.GetOrAdd(reread, owner, a => ++calls);

        Assert.Equal((1, 1, 1), (first, second, calls));
    }

    [Fact]
    public void The_same_id_with_another_date_or_text_is_computed_again()
    {
        var memo = new ArticleMemo();
        var article = Harbour(2);
        var owner = new object();
        memo.GetOrAdd(article, owner, _ => "old");

        var redated = memo.GetOrAdd(article with { Published = new DateTimeOffset(2024, 3, 4, 0, 0, 0, TimeSpan.Zero) }, owner, _ => "redated");
        var retexted = memo.GetOrAdd(article with { CleanText = article.CleanText.Replace("crane", "gantry", StringComparison.Ordinal) }, owner, _ => "retexted");

        Assert.Equal(("redated", "retexted"), (redated, retexted));
    }

    [Fact]
    public void Two_computations_on_one_article_keep_their_own_results()
    {
        var memo = new ArticleMemo();
        var article = Harbour(3);
        var (mentions, dates) = (new object(), new object());

        memo.GetOrAdd(article, mentions, _ => "mentions");
        memo.GetOrAdd(article, (dates, "claim one"), _ => "first claim");

        Assert.Equal("mentions", memo.GetOrAdd(article, mentions, _ => "again"));
        Assert.Equal("first claim", memo.GetOrAdd(article, (dates, "claim one"), _ => "again"));
        Assert.Equal("second claim", memo.GetOrAdd(article, (dates, "claim two"), _ => "second claim"));
    }

    [Fact]
    public void A_result_from_a_key_is_kept_while_the_key_is_equal_and_computed_again_when_it_changes()
    {
        var memo = new ArticleMemo();
        var article = Harbour(4);
        var owner = new object();
        var calls = 0;
        string Compute(Article a, int[] key) => $"{string.Join('+', key)} #{++calls}";
        static bool Same(int[] x, int[] y) => x.AsSpan().SequenceEqual(y);

        var first = memo.GetOrUpdate<int[], string>(article, owner, [1, 2], Same, Compute);
        var equalKey = memo.GetOrUpdate<int[], string>(article, owner, [1, 2], Same, Compute);
        var otherKey = memo.GetOrUpdate<int[], string>(article, owner, [1, 3], Same, Compute);
        // Only the last key's result is kept: going back computes again.
        var back = memo.GetOrUpdate<int[], string>(article, owner, [1, 2], Same, Compute);

        Assert.Equal(("1+2 #1", "1+2 #1", "1+3 #2", "1+2 #3"), (first, equalKey, otherKey, back));
    }

    [Fact]
    public void A_result_from_a_key_is_computed_again_for_the_same_id_with_other_content()
    {
        var memo = new ArticleMemo();
        var article = Harbour(5);
        var owner = new object();
        memo.GetOrUpdate(article, owner, 7, (x, y) => x == y, (_, _) => "old");

        var retexted = memo.GetOrUpdate(article with { CleanText = article.CleanText.Replace("pier", "quay", StringComparison.Ordinal) }, owner, 7,
            (x, y) => x == y, (_, _) => "retexted");

        Assert.Equal("retexted", retexted);
    }

    [Theory]
    [InlineData(1, 5)]
    [InlineData(3, 10)]
    public void At_most_the_capacity_of_articles_is_kept_the_oldest_dropped_first(int capacity, int articles)
    {
        var memo = new ArticleMemo(capacity);
        var owner = new object();
        var all = Enumerable.Range(0, articles).Select(Harbour).ToList();
        foreach (var article in all)
        {
            memo.GetOrAdd(article, owner, _ => 0);
        }

        Assert.Equal(capacity, memo.Count);
        Assert.Equal(0, memo.GetOrAdd(all[^1], owner, _ => 1));
        Assert.Equal(1, memo.GetOrAdd(all[0], owner, _ => 1));
    }
}
