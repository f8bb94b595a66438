using Corroborate.Events;

namespace Corroborate.Tests.Events;

/// <summary>
/// The bundled Phoenix actor dictionaries (<see cref="EventDictionaries.WithNamedActors"/>), on sentences written for
/// these tests: named office-holders by the article's date, IGOs, and common words that are no names.
/// </summary>
public sealed class NamedActorsTests
{
    private static readonly EventCoder Named = new(EventDictionaries.WithNamedActors);

    private static List<string> Code(EventCoder coder, string sentence, DateOnly date) =>
        [.. coder.Code(sentence, date).Select(c => $"{c.Source.Code} {c.Target.Code} {c.Code}")];

    [Fact]
    public void A_named_office_holder_takes_the_code_of_the_office_held_on_the_article_date()
    {
        const string sentence = "Yoweri Museveni sharply criticized Kenya over the border closure.";

        // Without the named actors the president is nobody; with them, his country and office on that day.
        Assert.Empty(Code(new EventCoder(EventDictionaries.Default), sentence, new DateOnly(2010, 6, 1)));
        Assert.Contains(Code(Named, sentence, new DateOnly(2010, 6, 1)), c => c.StartsWith("UGAGOV KEN ", StringComparison.Ordinal));
    }

    [Fact]
    public void An_international_organisation_is_an_actor()
    {
        Assert.Contains(Code(Named, "The United Nations delivered food aid to Kenya on Monday.", new DateOnly(2015, 3, 2)),
            c => c.StartsWith("IGOUNO KEN 07", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Ugandan soldiers fired toward the west bank of the river near Kampala.", "PSE")]
    [InlineData("Kenyan activists staged a protest in Nairobi, scaling a pole near the stadium.", "POL")]
    public void A_name_written_in_lower_case_is_a_common_word(string sentence, string country)
    {
        // Phoenix lists "WEST_BANK" and "POLE" (a Pole) for upper-cased text; in running text they are a river's bank and a post.
        Assert.DoesNotContain(Code(Named, sentence, new DateOnly(2015, 3, 2)), c => c.Contains(country, StringComparison.Ordinal));
    }

    [Fact]
    public void A_country_name_inside_a_longer_name_is_not_the_country()
    {
        // Phoenix lists AMERICAN as the United States; "Latin American" is no US actor, as the gazetteer reads it.
        Assert.DoesNotContain(Code(Named, "The Kenyan president set off on Monday to three Latin American states.", new DateOnly(2015, 3, 2)),
            c => c.Contains("USA", StringComparison.Ordinal));
    }

    [Fact]
    public void An_office_held_open_ended_in_the_dictionary_gives_only_the_country_years_after_it_was_written()
    {
        const string sentence = "Yoweri Museveni sharply criticized Kenya over the border closure.";

        Assert.Contains(Code(Named, sentence, new DateOnly(2016, 6, 1)), c => c.StartsWith("UGAGOV KEN ", StringComparison.Ordinal));
        Assert.Contains(Code(Named, sentence, new DateOnly(2024, 6, 1)), c => c.StartsWith("UGA KEN ", StringComparison.Ordinal));
    }

    [Fact]
    public void The_default_dictionaries_do_not_load_the_named_actors()
    {
        Assert.Equal(0, EventDictionaries.Default.Actors.Actors.Count);
        Assert.True(EventDictionaries.WithNamedActors.Actors.Actors.Count > 20_000);
    }
}
