using Corroborate.Extraction;
using Corroborate.Tests.Support;

namespace Corroborate.Tests.Extraction;

/// <summary>A team's short names and its city used for it are the team (issue 18, part 3, ents7). Every sentence is our own.</summary>
public sealed class EntityTeamRuleTests
{
    private static EntityResolution Resolve(params string[] texts)
    {
        var extractor = new EntityMentionExtractor();
        var story = texts.Select((t, i) => Articles.FromPlainText("Sports roundup\n\n" + t, $"a{i}.txt")).Select(a => (a, extractor.Extract(a))).ToList();
        return new EntityResolver().Resolve(story);
    }

    private static Entity Holding(EntityResolution resolution, string variant) => Assert.Single(resolution.Entities, e => e.Variants.Contains(variant));

    [Theory]
    [InlineData("Seattle 76ers", "Sixers")]
    [InlineData("Boston 49ers", "Niners")]
    [InlineData("Chicago Cavaliers", "Cavs")]
    [InlineData("Atlanta Bluejays", "Jays")]
    public void A_teams_short_name_is_the_team(string team, string nickname)
    {
        var resolution = Resolve(
            $"The {team} fired their coach on Monday after a poor start.",
            $"The {nickname} had lost nine of their last ten games. The {nickname} will name a new coach soon.");

        var entity = Holding(resolution, team);
        Assert.Contains(nickname, entity.Variants);
        Assert.Equal(EntityType.Organisation, entity.Type);
    }

    [Fact]
    public void A_city_beside_a_sporting_word_is_its_team_and_elsewhere_the_place()
    {
        var resolution = Resolve(
            "The Houston Comets fired their coach on Monday. Fans in Houston were not surprised.",
            "Houston lost to Boston again on Sunday, and the Comets fell to 4 - 12. The loss to Houston hurt Boston too.");

        var team = Holding(resolution, "Houston Comets");
        Assert.Contains("Houston", team.Variants);
        var city = Assert.Single(resolution.Entities, e => e.Type == EntityType.Place && e.Variants.Contains("Houston"));
        Assert.Single(city.Mentions);
        Assert.Equal(2, team.Mentions.Count(m => m.Text == "Houston"));
    }

    [Fact]
    public void A_city_is_no_team_where_the_story_names_none()
    {
        var resolution = Resolve("Houston beat the deadline on Monday, the mayor said. Crews in Houston worked all night.");

        Assert.DoesNotContain(resolution.Entities, e => e.Type == EntityType.Organisation && e.Variants.Contains("Houston"));
    }

    [Fact]
    public void In_a_sports_story_a_city_beside_a_sporting_word_is_a_team_even_unnamed_and_a_list_shares_the_word()
    {
        var resolution = Resolve(
            "The Houston Comets placed their guard on injured reserve. He missed games against Seattle, Atlanta and Kansas City in October.",
            "Fans in Atlanta gave him a warm welcome on his return.");

        foreach (var city in (string[])["Seattle", "Atlanta", "Kansas City"])
        {
            Assert.Contains(resolution.Entities, e => e.Type == EntityType.Organisation && e.Variants.Contains(city));
        }

        var place = Assert.Single(resolution.Entities, e => e.Type == EntityType.Place && e.Variants.Contains("Atlanta"));
        Assert.Single(place.Mentions);
    }

    [Fact]
    public void A_newspaper_named_after_its_city_is_no_team()
    {
        var resolution = Resolve("The New York Times reported the deal on Monday. New York beat the deadline by an hour, the mayor said.");

        Assert.DoesNotContain(resolution.Entities, e => e.Type == EntityType.Organisation && e.Variants.Contains("New York"));
    }
}
