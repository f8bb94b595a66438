using Corroborate.Clustering;
using FsCheck;
using FsCheck.Fluent;

namespace Corroborate.Tests.Clustering;

/// <summary>
/// The best-member similarity through a story's member postings (kept across placements, brought up to date after joins,
/// moves and merges, with remembered pair scores) against comparing each member alone as a one-member centroid.
/// </summary>
public sealed class StoryMemberIndexTests
{
    // Words of four made-up happenings, and words every report uses: stories form, young ones merge and trade articles.
    private static readonly string[][] Happenings =
    [
        ["flood", "river", "levee", "Marrowgate", "evacuated", "rainfall", "bridge", "Councillor Abena Osei"],
        ["strike", "dockworkers", "wages", "Port Ellery", "union", "cargo", "picket", "Minister Tomas Verhoef"],
        ["wildfire", "hillside", "firefighters", "Cindervale", "acres", "smoke", "containment", "Chief Lena Brandt"],
        ["election", "ballots", "turnout", "Norhaven", "candidate", "recount", "polls", "Senator Idris Kamau"],
    ];

    private static readonly string[] Common = ["officials", "residents", "reported", "morning", "statement", "according", "police", "city"];

    [Fact]
    public void Every_story_scores_every_article_and_member_as_comparing_its_members_one_by_one_does_to_the_bit()
    {
        var picks = Gen.ListOf(Gen.Zip(Gen.Choose(0, Happenings.Length - 1), Gen.ListOf(Gen.Choose(0, 15), 12)), 24);
        Prop.ForAll(picks.ToArbitrary(), stream =>
        {
            var clusterer = new StoryClusterer();
            var index = clusterer.Index;
            var ok = true;
            for (var n = 0; n < stream.Count && ok; n++)
            {
                var (happening, words) = stream[n];
                var article = StoryFixtures.Create($"a{n}", Headline(happening, words), Body(happening, words, n), StoryFixtures.Day(2026, 3, 1 + (n % 3)));
                clusterer.Assign(article);
                var probe = index.Extractor.Weigh(new PlacementFeaturizer().Compute(article).Counted);
                foreach (var story in index.Active)
                {
                    ok &= Same(index.Similarity(story, probe), Reference(index, story, probe));
                    foreach (var member in story.Members)
                    {
                        // Twice: computed, then remembered.
                        ok &= Same(index.Similarity(story, member), Reference(index, story, member.Features));
                        ok &= Same(index.Similarity(story, member), Reference(index, story, member.Features));
                    }
                }
            }

            return ok;
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(40));
    }

    private static bool Same(double a, double b) => BitConverter.DoubleToInt64Bits(a) == BitConverter.DoubleToInt64Bits(b);

    private static string Headline(int happening, List<int> words) =>
        string.Join(' ', words.Take(4).Select(w => Word(happening, w))) + " in " + Happenings[happening][3];

    private static string Body(int happening, List<int> words, int n) =>
        string.Join(' ', words.Select(w => Word(happening, w))) + $". {Happenings[happening][7]} said {n + 3} people were affected.\n\n"
        + string.Join(' ', words.AsEnumerable().Reverse().Select(w => Word(happening, w))) + ".";

    private static string Word(int happening, int pick) => pick < 8 ? Happenings[happening][pick] : Common[pick - 8];

    /// <summary>What the index computed before it kept postings: the centroid cosines, then each compared member as a centroid of its own.</summary>
    private static double Reference(StoryIndex index, StoryState story, ArticleFeatures features)
    {
        var options = index.Options;
        var score = Mean(options, (story.Terms, features.Terms), (story.Entities, features.Entities), (story.Numbers, features.Numbers), (story.Headline, features.Headline));
        if (options.MemberWeight <= 0)
        {
            return score;
        }

        foreach (var member in story.Members.Take(options.MaxMembersCompared))
        {
            var memberScore = options.MemberWeight * Mean(options, (Alone(member.Features.Terms), features.Terms), (Alone(member.Features.Entities), features.Entities),
                (Alone(member.Features.Numbers), features.Numbers), (Alone(member.Features.Headline), features.Headline));
            if (memberScore > score)
            {
                score = memberScore;
            }
        }

        return score;
    }

    private static Centroid Alone(SparseVector vector)
    {
        var centroid = new Centroid();
        centroid.Add(vector);
        return centroid;
    }

    private static double Mean(StoryClusteringOptions options, (Centroid, SparseVector) terms, (Centroid, SparseVector) entities, (Centroid, SparseVector) numbers, (Centroid, SparseVector) headline)
    {
        var total = 0.0;
        var weights = 0.0;
        foreach (var ((centroid, vector), weight) in new[] { (terms, options.TermWeight), (entities, options.EntityWeight), (numbers, options.NumberWeight), (headline, options.HeadlineWeight) })
        {
            if (!vector.IsEmpty && weight > 0)
            {
                total += weight * centroid.Cosine(vector);
                weights += weight;
            }
        }

        return weights > 0 ? total / weights : 0;
    }
}
