using Corroborate.Clustering;
using Corroborate.Model;

namespace Corroborate.Tests.Clustering;

/// <summary>
/// The split re-check past the young size (issue 18, seventh round): a story that took two events of one kind early keeps
/// growing with both, and parts once the two halves stand apart, even with more originals than re-placement looks at.
/// </summary>
public sealed partial class StoryClustererTests
{
    [Theory]
    [InlineData(32, true)]
    [InlineData(16, false)]
    public void A_large_story_holding_two_fires_splits_in_two_up_to_the_late_split_size(int splitMaximum, bool expectSplit)
    {
        var options = StoryClusteringOptions.Default with { SplitMaximumArticles = splitMaximum };
        var clusterer = new StoryClusterer(new StoryIndex(options));
        var index = clusterer.Index;
        // An early decision gone wrong, kept as the story grew: eight reports of each fire in one story, alternating.
        var mixed = Place(index, TwoFires.Report(TwoFires.Harbor, 0), storyOf: null);
        for (var k = 0; k < 8; k++)
        {
            Place(index, TwoFires.Report(TwoFires.Mill, k), storyOf: mixed);
            if (k > 0)
            {
                Place(index, TwoFires.Report(TwoFires.Harbor, k), storyOf: mixed);
            }
        }

        var placed = clusterer.Assign(TwoFires.Report(TwoFires.Harbor, 8));

        // The ninth harbour report joined the mixed story (no copy, no story of its own), which now has more originals
        // than re-placement and the merge look at.
        Assert.Null(placed.DuplicateOf);
        Assert.Equal(mixed.Id, placed.StoryId);
        Assert.Equal(17, index.ArticleCount);

        var harbor = index.StoryOf(TwoFires.Id(TwoFires.Harbor, 0));
        var mill = index.StoryOf(TwoFires.Id(TwoFires.Mill, 0));
        if (expectSplit)
        {
            Assert.NotEqual(harbor, mill);
            Assert.Equal(mixed.Id, harbor);
            Assert.All(Enumerable.Range(0, 9), k => Assert.Equal(harbor, index.StoryOf(TwoFires.Id(TwoFires.Harbor, k))));
            Assert.All(Enumerable.Range(0, 8), k => Assert.Equal(mill, index.StoryOf(TwoFires.Id(TwoFires.Mill, k))));
        }
        else
        {
            Assert.Equal(harbor, mill);
        }
    }

    [Fact]
    public void A_story_of_one_fire_told_many_ways_does_not_split()
    {
        var clusterer = new StoryClusterer();
        var index = clusterer.Index;
        var story = Place(index, TwoFires.Report(TwoFires.Harbor, 0), storyOf: null);
        for (var k = 1; k < 9; k++)
        {
            Place(index, TwoFires.Report(TwoFires.Harbor, k), storyOf: story);
        }

        clusterer.Assign(TwoFires.Report(TwoFires.Harbor, 9));

        Assert.Single(index.Stories());
        Assert.Equal(10, index.GetStory(story.Id)!.ArticleIds.Length);
    }

    /// <summary>
    /// Two warehouse fires of one week in two towns, told by many outlets: every report mixes sentences of the kind (fire,
    /// firefighters, smoke) with sentences of its own fire (town, names, figures), a different selection per report: any two
    /// reports of one fire share at most one of their own sentences, so none is a copy of another.
    /// </summary>
    private static class TwoFires
    {
        public const int Harbor = 0;
        public const int Mill = 1;

        private static readonly string[] Kind =
        [
            "Firefighters battled the blaze through the night as thick black smoke drifted over nearby homes.",
            "Residents were told to keep their windows closed while crews poured water on the smouldering roof.",
            "The cause of the fire is under investigation, and officials said arson had not been ruled out.",
            "Insurance assessors are expected to visit the charred warehouse later this week.",
            "Fire crews from several neighbouring stations were called in to help contain the flames.",
            "No injuries were reported among the firefighters, a spokesperson for the fire service said.",
        ];

        private static readonly string[][] Own =
        [
            [
                "A fire destroyed a timber warehouse at the Port Aldwick harbour on Monday evening.",
                "Harbourmaster Greta Lindqvist said 14 fishing boats had been moved away from the quay as a precaution.",
                "The Aldwick Marine Supplies depot held about 300 tonnes of rope, nets and paint.",
                "Ferry sailings to Skerrin Island were suspended for six hours while the quay was closed.",
                "Owner Callum Reddick said the family business had traded at Port Aldwick for 62 years.",
                "Coastguard officers kept a 500-metre exclusion zone around the harbour entrance.",
                "Local councillor Moira Baptiste called the loss of the depot a blow to the Aldwick fishing fleet.",
                "Diesel tanks near the Aldwick slipway were cooled with foam to stop them catching fire.",
                "The Aldwick lifeboat crew helped carry hoses along the north pier, Lindqvist said.",
                "Reddick estimated the damage to the Port Aldwick depot at 1.2 million pounds.",
            ],
            [
                "Flames tore through a disused textile mill in Brannock on Wednesday afternoon.",
                "Brannock mayor Anselm Okafor said 40 households on Weaver Street were evacuated to the town hall.",
                "The Hollins Mill, built in 1874, had been empty since the spinning works closed in 2009.",
                "Heritage campaigners had tried for a decade to turn the Hollins Mill into flats and studios.",
                "The mill's brick chimney, 38 metres tall, was declared unsafe and the Canal Road bridge was closed.",
                "Police arrested two teenagers near the Brannock canal towpath on suspicion of causing the fire.",
                "Rail services between Brannock and Ellerby were halted because smoke covered the line.",
                "Station manager Priya Halloran said the Brannock crews had fought the mill blaze for nine hours.",
                "Okafor said the Hollins Mill site would be fenced off until engineers had inspected the walls.",
                "Shops on Brannock High Street stayed shut on Thursday as ash settled on Weaver Street cars.",
            ],
        ];

        private static readonly string[] Outlets = ["Coastal Courier", "Northern Daily", "Valley Post", "Evening Ledger", "Radio North"];

        public static string Id(int fire, int k) => (fire == Harbor ? "harbor-" : "mill-") + k.ToString(System.Globalization.CultureInfo.InvariantCulture);

        /// <summary>
        /// Report <paramref name="k"/> (0–9) of a fire: its own sentences k, k + 1 and k + 3 of ten (two such sets share at
        /// most one) and two different sentences of the six of the kind.
        /// </summary>
        public static Article Report(int fire, int k)
        {
            var own = Own[fire];
            string[] sentences = [own[k % own.Length], Kind[k % Kind.Length], own[(k + 1) % own.Length], own[(k + 3) % own.Length], Kind[((k * 5) + 3) % Kind.Length]];
            return StoryFixtures.Create(Id(fire, k), sentences[0].TrimEnd('.'), string.Join("\n\n", sentences), published: null, outlet: Outlets[k % Outlets.Length]);
        }
    }
}
