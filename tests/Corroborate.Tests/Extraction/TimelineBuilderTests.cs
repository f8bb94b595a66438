using Corroborate.Extraction;

namespace Corroborate.Tests.Extraction;

public sealed class TimelineBuilderTests
{
    private static readonly TimelineBuilder Builder = new();

    [Fact]
    public void Merges_one_meeting_reported_by_two_outlets_into_one_entry()
    {
        var saturday = Dated.Article("The two presidents met in Havana on Thursday and signed six cooperation agreements.", "2023-06-17", "a.txt");
        var friday = Dated.Article("On June 15 the two presidents met in Havana, where they signed cooperation agreements.", "2023-06-16", "b.txt");

        var entry = Assert.Single(Builder.Build([saturday, friday]));

        Assert.Equal(new DateOnly(2023, 6, 15), entry.Date);
        Assert.Equal([saturday.Id, friday.Id], entry.Articles.ToArray());
        Assert.Equal(["Thursday", "June 15"], entry.Mentions.Select(m => m.Text).ToArray());
        Assert.Contains(entry.Description, new[] { saturday.CleanText, friday.CleanText });
    }

    [Fact]
    public void Keeps_different_happenings_of_one_day_apart_and_sorts_by_date()
    {
        var article = Dated.Article(
            "The two presidents met in Havana on Thursday and signed six cooperation agreements. "
            + "The visitor departed for Tehran on Thursday evening. He had arrived on Wednesday evening.", "2023-06-17");

        var entries = Builder.Build([article]);

        Assert.Equal([new DateOnly(2023, 6, 14), new DateOnly(2023, 6, 15), new DateOnly(2023, 6, 15)], entries.Select(e => e.Date));
        Assert.Equal(Granularity.PartOfDay, entries[0].Granularity);
        Assert.Equal("He had arrived on Wednesday evening.", entries[0].Description);
    }

    [Fact]
    public void Leaves_out_month_year_and_vague_expressions()
    {
        var article = Dated.Article("The minister traveled there in February. Trade grew last year. They will meet in the near future.", "2023-06-17");

        Assert.Empty(Builder.Build([article]));
    }

    [Fact]
    public void Lends_peer_dates_to_an_undated_article_only_where_they_agree()
    {
        var friday = Dated.Article("The two presidents met in Havana on Thursday.", "2023-06-16", "a.txt");
        var saturday = Dated.Article("The delegation left the island on Friday.", "2023-06-17", "b.txt");
        var undated = Dated.Article("The two presidents met in Havana on Thursday. Today the ministers rest.", null, "c.txt");

        var entries = Builder.Build([friday, saturday, undated]);

        var meeting = Assert.Single(entries, e => e.Date == new DateOnly(2023, 6, 15));
        Assert.Equal([friday.Id, undated.Id], meeting.Articles.ToArray());
        Assert.DoesNotContain(entries, e => e.Mentions.Any(m => m.Text == "Today"));
    }

    /// <summary>
    /// Why 0.2: one happening reworded by two outlets overlaps at about 0.25 to 0.35 once names and the date
    /// words are set aside; two happenings of one day in one story share the cast and place names and reach
    /// about 0.15 to 0.18 (the seed story's meeting with Diaz-Canel against its meeting with Castro).
    /// </summary>
    [Theory]
    [InlineData("President Raisi held talks with his Cuban host at the presidential palace in the capital on June 15.",
        "The Cuban president greeted Raisi at the presidential palace on Thursday morning for talks.", true)]
    [InlineData("The two presidents met in Havana on Thursday and signed six cooperation agreements.",
        "On June 15 the two presidents met in Havana, where they signed cooperation agreements.", true)]
    [InlineData("President Raisi held talks with his Cuban host at the presidential palace in the capital on June 15.",
        "Former president Raul Castro received President Raisi in the capital on Thursday afternoon to discuss the economy, medicine and vaccines.", false)]
    [InlineData("The two presidents met in Havana on Thursday and signed six cooperation agreements.",
        "The visitor departed Havana for Managua on Thursday evening.", false)]
    public void Merge_threshold_separates_rewordings_from_other_happenings(string first, string second, bool same)
    {
        var overlap = ContentWords.Jaccard(ContentWords.Of(first), ContentWords.Of(second));

        Assert.Equal(same, overlap >= new TimelineOptions().MergeThreshold);
    }
}
