using Corroborate.Pipeline;
using Corroborate.Reporting;
using Corroborate.Storage;

namespace Corroborate.Tests.Events;

/// <summary>Where and when a story event happened: a place the sentence puts the act in (never an actor's nationality), no day for an act of another period.</summary>
public sealed class StoryEventLocationTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("corroborate-location-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task The_nationality_of_an_actor_is_not_where_the_event_happened()
    {
        var story = Assert.Single(await StoriesOf(
            "Leaders meet in Belgrade\n\nChinese President Xi Jinping met Serbian President Aleksandar Vucic in Belgrade on Wednesday, and the two leaders signed a trade agreement.",
            "Xi and Vucic hold talks\n\nChinese President Xi Jinping met Serbian President Aleksandar Vucic in Belgrade on Wednesday to discuss trade and investment."));

        Assert.NotEmpty(story.Events);
        Assert.All(story.Events, e => Assert.Equal("Belgrade", e.Location));
    }

    private async Task<StoryReport[]> StoriesOf(params string[] texts)
    {
        for (var i = 0; i < texts.Length; i++)
        {
            File.WriteAllText(Path.Combine(_folder, $"{i}.txt"), texts[i]);
        }

        await using var store = await SqliteArticleStore.OpenAsync(":memory:");
        var pipeline = new IngestPipeline(store);
        var result = await pipeline.IngestAsync([_folder]);
        return [.. StoryReports.Build(pipeline.Stories.Stories(), result.Articles.ToDictionary(a => a.Id))];
    }

    private async Task<Corroborate.Events.StoryEvent[]> EventsOf(params string[] texts) => [.. (await StoriesOf(texts)).SelectMany(s => s.Events)];

    [Fact]
    public async Task A_country_a_statement_only_names_is_not_where_it_was_made()
    {
        var events = await EventsOf(
            "Kenyan leader praises Uganda\n\nKenyan President William Ruto praised Uganda on Tuesday, saying Kenya and Uganda's cooperation on the railway would help every farmer.",
            "Ruto lauds Uganda\n\nKenyan President William Ruto praised Uganda on Tuesday for its work on the railway, saying Kenya and Uganda's cooperation would help farmers.");

        Assert.NotEmpty(events);
        Assert.All(events, e => Assert.Null(e.Location));
    }

    [Fact]
    public async Task The_place_in_a_phrase_of_place_is_where_even_after_other_places_and_a_lead_noun()
    {
        var events = await EventsOf(
            "Ruto in Kampala\n\nAfter a tour that took him to Rwanda and Burundi, Kenyan President William Ruto met Ugandan President Yoweri Museveni in the capital, Kampala, on Tuesday.",
            "Ruto and Museveni meet\n\nKenyan President William Ruto met Ugandan President Yoweri Museveni in Kampala on Tuesday after visiting Rwanda and Burundi.");

        Assert.Contains(events, e => e.Location == "Kampala");
        Assert.DoesNotContain(events, e => e.Location is "Rwanda" or "Burundi");
    }

    [Fact]
    public async Task An_act_the_sentence_puts_in_another_period_is_undated_not_given_the_articles_day()
    {
        var events = await EventsOf(
            "Ruto meets Museveni in Kampala\n\nKenyan President William Ruto met Ugandan President Yoweri Museveni in Kampala on Tuesday, 4 March 2025. Ruto last year also met Tanzanian President Samia Suluhu Hassan in Dodoma.",
            "Ruto and Museveni hold talks\n\nKenyan President William Ruto met Ugandan President Yoweri Museveni in Kampala on Tuesday, 4 March 2025. In 2023 Ruto met Tanzanian President Samia Suluhu Hassan in Dodoma.");

        Assert.Contains(events, e => e.Location == "Kampala" && e.Date == new DateOnly(2025, 3, 4));
        var earlier = events.Where(e => e.Location == "Dodoma").ToList();
        Assert.NotEmpty(earlier);
        Assert.All(earlier, e => Assert.Null(e.Date));
    }

    [Fact]
    public async Task A_name_before_a_thing_it_names_is_not_the_place()
    {
        var events = await EventsOf(
            "Ruto welcomes Museveni\n\nKenyan President William Ruto met Ugandan President Yoweri Museveni at Tom Mboya airport on Tuesday, 4 March 2025.",
            "Museveni arrives\n\nKenyan President William Ruto met Ugandan President Yoweri Museveni at Tom Mboya airport on Tuesday, 4 March 2025, before talks.");

        Assert.NotEmpty(events);
        Assert.DoesNotContain(events, e => e.Location == "Tom Mboya");
    }
}
