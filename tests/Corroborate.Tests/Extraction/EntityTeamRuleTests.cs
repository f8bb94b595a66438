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


    [Fact]
    public void Once_a_city_is_used_for_its_named_team_its_other_uses_and_short_forms_are_the_team()
    {
        var resolution = Resolve(
            "The Cincinnati Harriers beat the Dunmore Owls 20-13 on Sunday. Dunmore lost to Cincinnati for the fifth straight time.",
            "Cincinnati's record rose to 9-5. A drive from the Cincy 20-yard line helped, and Cincinnati added a field goal before halftime.",
            "Fans in Cincinnati celebrated downtown. Cincinnati police closed two streets.");

        var team = Assert.Single(resolution.Entities, e => e.Type == EntityType.Organisation && e.Variants.Contains("Cincinnati Harriers"));
        Assert.Contains("Cincinnati", team.Variants);
        Assert.Contains("Cincy", team.Variants);
        var place = Assert.Single(resolution.Entities, e => e.Type == EntityType.Place && e.Variants.Contains("Cincinnati"));
        Assert.Equal(2, place.Mentions.Length);
    }

    [Fact]
    public void A_city_never_used_for_its_team_stays_the_place()
    {
        var resolution = Resolve(
            "The Cincinnati Harriers opened a new training ground on Monday.",
            "Cincinnati has grown fast, and Cincinnati schools are full, the mayor said.");

        Assert.DoesNotContain(resolution.Entities, e => e.Type == EntityType.Organisation && e.Variants.Contains("Cincinnati"));
    }

    [Fact]
    public void The_initials_of_a_city_used_for_its_team_are_the_team()
    {
        var resolution = Resolve(
            "The Kansas City Chiefs lost to the Dunmore Owls on Sunday. Dunmore beat Kansas City for the second time.",
            "KC finished with more than 300 yards on the ground, and KC fans left early.");

        var team = Assert.Single(resolution.Entities, e => e.Type == EntityType.Organisation && e.Variants.Contains("Kansas City Chiefs"));
        Assert.Contains("KC", team.Variants);
    }
}
