using System.Globalization;
using Corroborate.Extraction;

namespace Corroborate.Tests.Extraction;

public sealed class AmountExtractorTests
{
    private static readonly AmountExtractor Extractor = new();

    [Theory]
    [InlineData("The foreign ministers signed six cooperation documents in the capital.", "six cooperation documents", "6", "cooperation documents")]
    [InlineData("In the first stop, 25 agreements were signed.", "25 agreements", "25", "agreements")]
    [InlineData("Ministers signed 6 agreements on trade.", "6 agreements", "6", "agreements")]
    [InlineData("Raul Castro, 92, attended the talks.", "92", "92", "years (age)")]
    [InlineData("The campaign reaches 1.2 million children every year.", "1.2 million children", "1200000", "children")]
    [InlineData("Prices rose 8 percent over the period.", "8 percent", "8", "percent")]
    [InlineData("Prices rose 8 per cent over the period.", "8 per cent", "8", "percent")]
    [InlineData("Exports grew 12% over the period.", "12%", "12", "percent")]
    [InlineData("Bilateral trade reached $3.5 billion over the period.", "$3.5 billion", "3500000000", "USD")]
    [InlineData("Twenty-five soldiers were wounded in the clash.", "Twenty-five soldiers", "25", "soldiers")]
    [InlineData("Officials counted a dozen boats near the port.", "a dozen boats", "12", "boats")]
    [InlineData("The agency vaccinated two hundred thousand people there.", "two hundred thousand people", "200000", "people")]
    [InlineData("About 1,200 students joined the march.", "1,200 students", "1200", "students")]
    [InlineData("Some 500 Windows users reported the fault.", "500 Windows users", "500", "windows users")]
    [InlineData("The president began a three-nation tour of the region.", "three-nation tour", "3", "nation tour")]
    [InlineData("The fund lent 40 million dollars to the port.", "40 million dollars", "40000000", "USD")]
    [InlineData("It ends six decades of sanctions.", "six decades", "6", "decades")]
    [InlineData("The deal freed five senior Kandari officials held at the base.", "five senior Kandari officials", "5", "senior kandari officials")]
    [InlineData("The court heard two senior Kandari at the hearing.", "two senior", "2", "senior")]
    public void Reads_the_number_and_the_noun_it_counts(string text, string surface, string value, string? unit)
    {
        var amount = Assert.Single(Extractor.Extract(Dated.Article(text, "2023-06-17")), a => a.Text == surface);

        Assert.Equal(decimal.Parse(value, CultureInfo.InvariantCulture), amount.Value);
        Assert.Equal(unit, amount.Unit);
    }

    [Theory]
    [InlineData("The last such visit was made in 2016.")]
    [InlineData("Relations changed after the revolution of 1979 changed the region.")]
    [InlineData("It is one of the ways to cut the deficit.")]
    [InlineData("A third of the budget went to the port.")]
    [InlineData("The agreement was signed on June 15, 2023, in the capital.")]
    [InlineData("Talks began two days ago in the capital.")]
    [InlineData("He led the party from 2011 to 2021.")]
    [InlineData("Her 2013 stint as host drew mixed reviews.")]
    [InlineData("The 2008 election campaign ended in a recount.")]
    [InlineData("Since the 1999 class graduated, the school has grown.")]
    public void Leaves_years_dates_and_pronoun_one_alone(string text)
    {
        Assert.Empty(Extractor.Extract(Dated.Article(text, "2023-06-17")));
    }

    [Fact]
    public void Counts_a_year_shaped_number_when_a_counted_noun_follows()
    {
        var amount = Assert.Single(Extractor.Extract(Dated.Article("Police detained 1999 protesters overnight.", null)));

        Assert.Equal((1999m, "protesters"), (amount.Value, amount.Unit));
        var people = Assert.Single(Extractor.Extract(Dated.Article("Organisers said 1500 people marched to the square.", null)));
        Assert.Equal((1500m, "people"), (people.Value, people.Unit));
    }

    [Fact]
    public void Every_span_matches_its_text_in_the_clean_text()
    {
        var article = Dated.Article(
            "Raul Castro, 92, watched as the two presidents signed six cooperation documents. In Caracas, 25 agreements were signed, "
            + "trade reached $3.5 billion and prices rose 8 percent; twenty-five officials and a dozen advisers attended.", "2023-06-17");

        var found = Extractor.Extract(article);

        Assert.Equal(8, found.Length);
        Assert.All(found, a => Assert.Equal(a.Text, article.CleanText[a.Span.Start..a.Span.End]));
    }

    [Theory]
    [InlineData("Police said more than 20 people were arrested at the march.", "20", "at-least", "people")]
    [InlineData("About 400 members of the sect lived at the ranch.", "400", "about", "member")]
    [InlineData("The strike left nearly 30 flights cancelled at the airport.", "30", "nearly", "flight")]
    [InlineData("Up to 1,000 people sheltered in the school.", "1000", "at-most", "people")]
    [InlineData("The quake of magnitude 6.1 shook the island at dawn.", "6.1", "exact", "magnitude")]
    [InlineData("A 6. 1 - magnitude quake shook the island at dawn.", "6.1", "exact", "magnitude")]
    [InlineData("The island, home to 120, 000 people, lost power.", "120000", "exact", "people")]
    [InlineData("The ridge sits 24km from the village.", "24", "exact", "km")]
    [InlineData("A thief took jewels worth £88m from the hotel.", "88000000", "exact", "GBP")]
    [InlineData("A 16 - year - old boy was hurt.", "16", "exact", "age")]
    [InlineData("The actress, 33, reportedly left the clinic.", "33", "exact", "age")]
    [InlineData("She is charged with shooting two female co - workers at the plant.", "2", "exact", "co-worker")]
    [InlineData("The quake razed 12 mud - brick homes in the valley.", "12", "exact", "home")]
    [InlineData("A 32 - year - old climber fell on the ridge.", "32", "exact", "age")]
    public void Reads_numbers_whole_with_their_hedge_and_what_they_count(string text, string value, string approximation, string counted)
    {
        var amount = Assert.Single(Extractor.Extract(Dated.Article(text, null)), a => a.Counted == counted);

        Assert.Equal((decimal.Parse(value, CultureInfo.InvariantCulture), approximation), (amount.Value, amount.Approximation));
    }

    [Fact]
    public void Reads_a_range_as_one_amount_with_both_ends()
    {
        var amount = Assert.Single(Extractor.Extract(Dated.Article("Between 20 and 30 people were hurt in the crush.", null)));

        Assert.Equal((20m, 30m, Approximations.Range, "people"), (amount.Value, amount.High, amount.Approximation, amount.Counted));
    }

    [Fact]
    public void A_scale_word_after_a_spaced_hyphen_is_no_high_end_of_a_range()
    {
        var amounts = Extractor.Extract(Dated.Article("The lenders agreed a euro110 billion ($143 - billion) rescue for the country.", null));

        Assert.DoesNotContain(amounts, a => a.Approximation == Approximations.Range);
        Assert.Contains(amounts, a => a.Value == 143_000_000_000m && a.Unit == "USD");
    }

    [Theory]
    [InlineData("Commandos seized AK 47 rifles from the boat.")]
    [InlineData("Commandos seized six AK - 47 rifles from the boat.")]
    [InlineData("Pilots flew F-16 jets and MiG-29 fighters over the coast.")]
    [InlineData("The ward treated patients with Covid-19 symptoms.")]
    [InlineData("The fire started at 9: 40 p. m. near the port.")]
    [InlineData("He served 41 / 2 months in prison.")]
    [InlineData("The Lions won the final 91-73 at home.")]
    [InlineData("The Lions won the final 91 - 73 at home.")]
    public void Never_reads_counts_out_of_ids_times_fractions_or_scores(string text)
    {
        Assert.DoesNotContain(Extractor.Extract(Dated.Article(text, null)), a => a.Counted is not null && a.Counted != "month");
        Assert.DoesNotContain(Extractor.Extract(Dated.Article(text, null)), a => a.Value is 47 or 40 or 2 or 73 or 16 or 29 or 19 && a.Counted is not null);
    }

    [Theory]
    [InlineData("Rebels fired 30 rockets - 12 of them hit homes.", 12)]
    [InlineData("The storm - 12 people dead by noon - moved north.", 12)]
    [InlineData("Officials said 14 - 15 people were hurt.", 14)]
    public void A_dash_after_an_ordinary_word_still_leaves_the_count(string text, int value)
    {
        Assert.Contains(Extractor.Extract(Dated.Article(text, null)), a => a.Value == value);
    }

    [Theory]
    [InlineData("Marines detained 12 Somali and 11 Yemeni smugglers at dawn.", "11 Yemeni smugglers", "11", "yemeni smugglers")]
    [InlineData("The crew found 13 loaded magazines in the hold.", "13 loaded magazines", "13", "loaded magazines")]
    [InlineData("He landed 178 of 369 punches in the fight.", "178", "178", "punches")]
    [InlineData("The suspect is 5-foot-8, 135 pounds, with a shaved head.", "135 pounds", "135", "pounds")]
    public void Reads_modifiers_partitives_and_measures_closing_a_hyphenated_height(string text, string surface, string value, string unit)
    {
        var amount = Assert.Single(Extractor.Extract(Dated.Article(text, "2023-06-17")), a => a.Text == surface);

        Assert.Equal(decimal.Parse(value, CultureInfo.InvariantCulture), amount.Value);
        Assert.Equal(unit, amount.Unit);
    }

    [Theory]
    [InlineData("The director sent a Jan. 21 memo to agency heads.", 21)]
    [InlineData("The men drove a four - by - four car into the store.", 4)]
    public void Never_counts_the_day_of_an_abbreviated_month_or_a_compound(string text, int value)
    {
        Assert.DoesNotContain(Extractor.Extract(Dated.Article(text, "2023-06-17")), a => a.Value == value && a.Unit is not null);
    }

    [Theory]
    [InlineData("Up to 1 in 300 users could have been exposed.", 300, "1 in 300 users", "rate of users")]
    [InlineData("The firm estimated that one in every 163 Windows users had visited such sites.", 163, "one in every 163 Windows users", "rate of users")]
    [InlineData("A survey found one in four adults skipped breakfast.", 4, "one in four adults", "rate of adults")]
    public void Reads_one_in_n_as_a_rate_of_its_noun_never_as_a_count(string text, int rateBase, string span, string counted)
    {
        var found = Extractor.Extract(Dated.Article(text, "2023-06-17"));

        var rate = Assert.Single(found, a => a.Value == rateBase);
        Assert.Equal(span, rate.Text);
        Assert.Equal(counted, rate.Counted);
        Assert.DoesNotContain(found, a => a.Counted is "user" or "users" or "adult" or "adults");
    }

    [Theory]
    [InlineData("Two in five voters backed the plan.")]
    [InlineData("Police searched one in every street of the district.")]
    [InlineData("He finished 1 in a field of 30 runners.")]
    public void Reads_no_rate_without_a_numerator_of_one_or_a_plural_noun(string text)
    {
        Assert.DoesNotContain(Extractor.Extract(Dated.Article(text, "2023-06-17")), a => a.Counted?.StartsWith("rate of", StringComparison.Ordinal) == true);
    }
}
