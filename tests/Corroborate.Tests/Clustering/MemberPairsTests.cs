using Corroborate.Clustering;
using FsCheck;
using FsCheck.Fluent;

namespace Corroborate.Tests.Clustering;

/// <summary>
/// The split check's lowest member pair, kept per story across placements (members joining, moving between young stories,
/// merging), against scoring every pair of the story's members afresh.
/// </summary>
public sealed class MemberPairsTests
{
    // Words of three made-up happenings sharing many words, so that young stories merge and trade articles.
    private static readonly string[][] Happenings =
    [
        ["ferry", "harbour", "capsized", "Quillon Bay", "passengers", "coastguard", "rescued", "Captain Mirela Dusek"],
        ["ferry", "harbour", "strike", "Quillon Bay", "crews", "wages", "cancelled", "Mayor Oskar Lindqvist"],
        ["landslide", "village", "rescued", "Tarnow Pass", "road", "rain", "buried", "Governor Ana Ribeiro"],
    ];

    private static readonly string[] Common = ["officials", "residents", "reported", "morning", "statement", "according", "police", "town"];

    [Fact]
    public void The_kept_lowest_pair_equals_scoring_every_pair_afresh_after_each_placement()
    {
        var picks = Gen.ListOf(Gen.Zip(Gen.Choose(0, Happenings.Length - 1), Gen.ListOf(Gen.Choose(0, 15), 10)), 30);
        Prop.ForAll(picks.ToArbitrary(), stream =>
        {
            var clusterer = new StoryClusterer();
            var index = clusterer.Index;
            var kept = new Dictionary<StoryState, MemberPairs>();
            var ok = true;
            for (var n = 0; n < stream.Count && ok; n++)
            {
                var (happening, words) = stream[n];
                var article = StoryFixtures.Create($"a{n}", Headline(happening, words), Body(happening, words, n), StoryFixtures.Day(2026, 5, 1 + (n % 4)));
                clusterer.Assign(article);
                foreach (var story in index.Active)
                {
                    var pairs = kept.TryGetValue(story, out var p) ? p : kept[story] = new MemberPairs();
                    var count = story.Members.Count;
                    ok &= Same(pairs.Update(story.Members, count, index), Afresh(index, story.Members, count));
                }
            }

            return ok;
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(40));
    }

    [Fact]
    public void A_member_that_leaves_takes_its_pairs_with_it()
    {
        var clusterer = new StoryClusterer();
        var index = clusterer.Index;
        for (var n = 0; n < 6; n++)
        {
            var words = Enumerable.Range(0, 10).Select(i => (i * (n + 3)) % 16).ToList();
            clusterer.Assign(StoryFixtures.Create($"b{n}", Headline(0, words), Body(0, words, n), StoryFixtures.Day(2026, 5, 2)));
        }

        var members = index.Active.MaxBy(s => s.Members.Count)!.Members.ToList();
        Assert.True(members.Count >= 3);
        var pairs = new MemberPairs();
        var all = pairs.Update(members, members.Count, index);

        // The member in the lowest pair leaves: what is left is scored again, not the lowest of before.
        var (worst, _) = Enumerable.Range(0, members.Count).SelectMany(i => Enumerable.Range(i + 1, members.Count - i - 1).Select(j => (i, j)))
            .MinBy(p => index.PairSimilarity(members[p.i], members[p.j]));
        var left = members.Where((_, i) => i != worst).ToList();
        var afterwards = pairs.Update(left, left.Count, index);
        Assert.True(Same(Afresh(index, left, left.Count), afterwards));
        Assert.True(afterwards > all, "the stream's lowest pair is shared by another pair, so this case shows nothing");
    }

    private static double Afresh(StoryIndex index, List<StoryMember> members, int count)
    {
        var lowest = double.PositiveInfinity;
        for (var i = 0; i < count; i++)
        {
            for (var j = i + 1; j < count; j++)
            {
                lowest = Math.Min(lowest, index.PairSimilarity(members[i], members[j]));
            }
        }

        return lowest;
    }

    private static bool Same(double a, double b) => BitConverter.DoubleToInt64Bits(a) == BitConverter.DoubleToInt64Bits(b);

    private static string Headline(int happening, List<int> words) =>
        string.Join(' ', words.Take(4).Select(w => Word(happening, w))) + " near " + Happenings[happening][3];

    private static string Body(int happening, List<int> words, int n) =>
        string.Join(' ', words.Select(w => Word(happening, w))) + $". {Happenings[happening][7]} said {n + 2} homes were damaged.\n\n"
        + string.Join(' ', words.AsEnumerable().Reverse().Select(w => Word(happening, w))) + ".";

    private static string Word(int happening, int pick) => pick < 8 ? Happenings[happening][pick] : Common[pick - 8];
}
