using System.Collections.Immutable;
using Corroborate.Extraction;
using Corroborate.Model;

namespace Corroborate.Tests.Extraction;

public sealed class EntityRegistryTests
{
    [Fact]
    public void The_same_person_in_two_stories_is_one_identity_with_both_stories()
    {
        var registry = new EntityRegistry();
        var first = registry.Add("s-1", Story(Person("a", "Laci Peterson", "Peterson")));
        var second = registry.Add("s-2", Story(Person("b", "Laci Peterson")));

        Assert.Equal(first["a"], second["b"]);
        var identity = Assert.Single(registry.Snapshot().Entities);
        Assert.Equal(["s-1", "s-2"], identity.Stories.ToArray());
    }

    [Fact]
    public void A_lone_given_name_joins_the_one_person_who_has_it()
    {
        var registry = new EntityRegistry();
        var full = registry.Add("s-1", Story(Person("a", "Laci Peterson")));
        var alone = registry.Add("s-2", Story(Person("b", "Laci")));

        Assert.Equal(full["a"], alone["b"]);
        Assert.Contains("Laci", registry.Snapshot().Entities[0].Variants);
    }

    [Fact]
    public void A_surname_shared_by_two_people_joins_neither()
    {
        var registry = new EntityRegistry();
        var people = registry.Add("s-1", Story(Person("a", "Laci Peterson"), Person("b", "Scott Peterson")));
        var surname = registry.Add("s-2", Story(Person("c", "Peterson")));

        Assert.NotEqual(people["a"], people["b"]);
        Assert.DoesNotContain(surname["c"], people.Values);
    }

    [Fact]
    public void A_surname_known_alone_joins_the_same_surname_alone_and_the_later_full_name_that_alone_holds_it()
    {
        var registry = new EntityRegistry();
        var first = registry.Add("s-1", Story(Person("a", "Okonkwo")));
        var second = registry.Add("s-2", Story(Person("b", "Okonkwo")));
        var third = registry.Add("s-3", Story(Person("c", "Adaeze Okonkwo")));

        Assert.Equal(first["a"], second["b"]);
        Assert.Equal(first["a"], third["c"]);
    }

    [Fact]
    public void A_surname_known_alone_joins_neither_of_two_later_people_who_share_it()
    {
        var registry = new EntityRegistry();
        var alone = registry.Add("s-1", Story(Person("a", "Okonkwo")));
        var later = registry.Add("s-2", Story(Person("b", "Adaeze Okonkwo"), Person("c", "Chidi Okonkwo")));
        var known = registry.Add("s-3", Story(Person("d", "Ngozi Eze")));
        var fourth = registry.Add("s-4", Story(Person("e", "Eze"), Person("f", "Obi Eze")));

        Assert.DoesNotContain(alone["a"], later.Values);
        Assert.NotEqual(later["b"], later["c"]);
        Assert.NotEqual(fourth["e"], fourth["f"]);
        Assert.NotEqual(known["d"], fourth["f"]);
    }

    [Fact]
    public void An_organisation_acronym_joins_the_one_long_form_it_spells_in_another_story_either_way_round()
    {
        var registry = new EntityRegistry();
        var longForm = registry.Add("s-1", Story(Entity("a", EntityType.Organisation, "National Basketball Association"), Entity("b", EntityType.Organisation, "Kenya Wildlife Service")));
        var acronyms = registry.Add("s-2", Story(Entity("c", EntityType.Organisation, "NBA"), Entity("d", EntityType.Organisation, "IMF")));
        var later = registry.Add("s-3", Story(Entity("e", EntityType.Organisation, "International Monetary Fund"), Entity("f", EntityType.Organisation, "KWS")));

        Assert.Equal(longForm["a"], acronyms["c"]);
        Assert.Equal(acronyms["d"], later["e"]);
        Assert.Equal(longForm["b"], later["f"]);
        Assert.NotEqual(longForm["a"], later["e"]);
    }

    [Fact]
    public void Different_given_names_with_one_surname_stay_two_people()
    {
        var registry = new EntityRegistry();
        var raul = registry.Add("s-1", Story(Person("a", "Raul Castro")));
        var fidel = registry.Add("s-2", Story(Person("b", "Fidel Castro")));

        Assert.NotEqual(raul["a"], fidel["b"]);
    }

    [Fact]
    public void Places_and_organisations_join_by_a_shared_name_but_never_across_types()
    {
        var registry = new EntityRegistry();
        var first = registry.Add("s-1", Story(Entity("a", EntityType.Place, "Morocco", "Moroccan"), Entity("b", EntityType.Organisation, "U.S. Geological Survey", "USGS")));
        var second = registry.Add("s-2", Story(Entity("c", EntityType.Place, "Morocco"), Entity("d", EntityType.Organisation, "USGS"), Entity("e", EntityType.Person, "Morocco Jones")));

        Assert.Equal(first["a"], second["c"]);
        Assert.Equal(first["b"], second["d"]);
        Assert.NotEqual(first["a"], second["e"]);
    }

    [Fact]
    public void A_place_known_by_its_canonical_name_joins_even_when_the_story_only_wrote_an_adjective()
    {
        // The gazetteer names the place; the second story only wrote the adjective, so its variants share nothing.
        var registry = new EntityRegistry();
        var first = registry.Add("s-1", Story(Entity("a", EntityType.Place, "Freedonia", "Freedonian", "FDN")));
        var second = registry.Add("s-2", Story(new Entity("b", "Freedonia", EntityType.Place, ["Freedonian-speaking"],
            [new EntityMentionRef("art", new TextSpan(0, 19), "Freedonian-speaking")], ["art"], [], null)));

        Assert.Equal(first["a"], second["b"]);
    }

    [Fact]
    public void Ids_are_the_same_on_every_run_and_a_restored_registry_continues_alike()
    {
        static (EntityRegistry, ImmutableDictionary<string, string>) Run()
        {
            var registry = new EntityRegistry();
            registry.Add("s-1", Story(Person("a", "Xi Jinping", "Xi"), Entity("b", EntityType.Place, "Serbia")));
            return (registry, registry.Add("s-2", Story(Person("c", "Xi Jin-ping"))));
        }

        var (today, todayIds) = Run();
        var (_, againIds) = Run();
        var restored = new EntityRegistry(today.Snapshot());
        var tomorrow = restored.Add("s-3", Story(Person("d", "Xi")));
        var continued = today.Add("s-3", Story(Person("d", "Xi")));

        Assert.Equal(todayIds, againIds);
        Assert.Equal(continued, tomorrow);
        Assert.Equal(todayIds["c"], tomorrow["d"]);
        Assert.Equal(today.Snapshot().Entities.Select(e => (e.EntityId, e.Name, string.Join("|", e.Variants), string.Join("|", e.Stories))),
            restored.Snapshot().Entities.Select(e => (e.EntityId, e.Name, string.Join("|", e.Variants), string.Join("|", e.Stories))));
    }

    [Fact]
    public void Quotes_are_kept_with_their_speaker()
    {
        var registry = new EntityRegistry();
        var extraction = Story(Person("a", "Aleksandar Vucic")) with
        {
            Quotes = [new Quote("q1", "a", "Aleksandar Vucic", "a steel friend", [], true)],
        };

        registry.Add("s-1", extraction);

        Assert.Equal(["q1"], registry.Snapshot().Entities[0].Quotes.ToArray());
    }

    private static Entity Person(string id, params string[] variants) => Entity(id, EntityType.Person, variants);

    private static Entity Entity(string id, EntityType type, params string[] variants) =>
        new(id, variants[0], type, [.. variants], [new EntityMentionRef("art", new TextSpan(0, variants[0].Length), variants[0])], ["art"], [], null);

    private static StoryExtraction Story(params Entity[] entities) =>
        new(new EntityResolution([.. entities], ImmutableDictionary<(string, TextSpan), string>.Empty), [], [], []);
}
