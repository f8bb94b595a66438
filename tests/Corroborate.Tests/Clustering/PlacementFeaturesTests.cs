using System.Text.Json;
using Corroborate.Clustering;
using Corroborate.Model;
using FsCheck;
using FsCheck.Fluent;

namespace Corroborate.Tests.Clustering;

/// <summary>
/// Placement features computed away from the story index (by a reading worker) place every article exactly where
/// computing them in the index places it: same assignments, same stories, same weights.
/// </summary>
public sealed class PlacementFeaturesTests
{
    /// <summary>Words of a few invented events, so that generated articles join, copy and merge stories.</summary>
    private static readonly string[][] EventWords =
    [
        ["Harbourford", "ferry", "capsized", "Tuesday", "coastguard", "passengers", "rescued", "Marta Oyelaran", "12", "March 3"],
        ["Velnik", "parliament", "budget", "vote", "coalition", "minister", "Tomas Brandl", "spending", "1,200", "2025"],
        ["Quarry Hill", "wildfire", "evacuated", "homes", "firefighters", "winds", "Dana Whitcombe", "acres", "4,500", "June 9"],
        ["Ostreva", "bank", "rates", "inflation", "governor", "markets", "Ilse Marquand", "percent", "0.25", "April 30"],
    ];

    [Fact]
    public void Features_computed_by_another_featurizer_place_every_article_as_computing_them_in_the_index_does()
    {
        Prop.ForAll(ArticlesArbitrary(), articles =>
        {
            var local = new StoryClusterer();
            var remote = new StoryClusterer();
            // A reader that has already read other articles: its key cache hands out other ids than the index does.
            var reader = new PlacementFeaturizer();
            reader.Compute(StoryFixtures.Create("warm", "Unrelated harvest festival opens", "Farmers in Lindqvist Valley opened the autumn fair on Saturday."));
            var placements = articles.Select(reader.Compute).ToList();
            for (var i = 0; i < articles.Count; i++)
            {
                if (!Equals(local.Assign(articles[i]), remote.Assign(articles[i], placements[i])))
                {
                    return false;
                }
            }

            return JsonSerializer.Serialize(local.Index.Stories()) == JsonSerializer.Serialize(remote.Index.Stories());
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Weighing_counted_features_gives_the_ids_and_weights_extracting_gives()
    {
        Prop.ForAll(ArbMap.Default.ArbFor<string[]>(), texts =>
        {
            var extracting = new StoryFeatureExtractor(new Vocabulary());
            var weighing = new StoryFeatureExtractor(new Vocabulary());
            var counting = new StoryFeatureExtractor(new Vocabulary());
            foreach (var text in texts ?? [])
            {
                var article = StoryFixtures.Create("a", "", text ?? "");
                var extracted = extracting.Extract(article);
                var weighed = weighing.Weigh(counting.Count(article));
                if (!Same(extracted.Terms, weighed.Terms) || !Same(extracted.Entities, weighed.Entities) || !Same(extracted.Numbers, weighed.Numbers)
                    || !Same(extracted.Headline, weighed.Headline))
                {
                    return false;
                }
            }

            return true;
        }).QuickCheckThrowOnFailure();

        static bool Same(SparseVector a, SparseVector b) => a.Ids.SequenceEqual(b.Ids) && a.Weights.SequenceEqual(b.Weights);
    }

    [Fact]
    public void Counting_keeps_every_key_once_in_the_order_it_first_occurs()
    {
        var counted = new StoryFeatureExtractor(new Vocabulary()).Count(
            StoryFixtures.Create("a", "Disaster at sea", "The ferry capsized near Harbourford. Rescuers said the ferry carried 12 passengers on March 3."));

        Assert.Equal(counted.Keys.Distinct(StringComparer.Ordinal).Count(), counted.Keys.Length);
        Assert.True(Array.IndexOf(counted.Keys, "tferry") < Array.IndexOf(counted.Keys, "tcapsized"));
        Assert.Equal(2, counted.Counts[Array.IndexOf(counted.Keys, "tferry")]);
        Assert.Contains("eharbourford", counted.Keys);
        Assert.Contains("n12", counted.Keys);
        Assert.Contains("d3-3", counted.Keys);
    }

    [Fact]
    public void The_time_is_the_publication_time_with_its_offset()
    {
        var published = new DateTimeOffset(2025, 3, 4, 9, 30, 0, TimeSpan.FromHours(2));
        var placement = new PlacementFeaturizer().Compute(StoryFixtures.Create("a", "Ferry capsizes", "The ferry capsized on Tuesday.", published));

        Assert.Equal(published, placement.Time);
        Assert.Equal(TimeSpan.FromHours(2), placement.Time!.Value.Offset);
    }

    /// <summary>Streams of 1–40 articles mixing the invented events' words, with exact copies and days apart.</summary>
    private static Arbitrary<List<Article>> ArticlesArbitrary()
    {
        var article = Gen.Choose(0, EventWords.Length - 1).SelectMany(kind =>
            Gen.Choose(4, 14).SelectMany(n => Gen.ListOf(Gen.Choose(0, EventWords[kind].Length - 1), n)).SelectMany(words =>
                Gen.Choose(0, 20).Select(day => (kind, words, day))));
        var stream = Gen.Choose(1, 40).SelectMany(n => Gen.ListOf(article, n)).Select(items =>
        {
            var articles = new List<Article>();
            for (var i = 0; i < items.Count; i++)
            {
                var (kind, words, day) = items[i];
                var phrases = words.Select(w => EventWords[kind][w]).ToList();
                var title = string.Join(' ', phrases.Take(4));
                var body = string.Join(". ", phrases.Chunk(3).Select(c => "Reports said " + string.Join(" and ", c))) + ".";
                // Every fifth article is an exact copy of the one before it under another headline.
                if (i % 5 == 4 && articles.Count > 0)
                {
                    body = articles[^1].Body;
                }

                articles.Add(StoryFixtures.Create($"a{i:D3}", title, body, day == 0 ? null : StoryFixtures.Day(2025, 3, day), $"Outlet {kind}"));
            }

            return articles;
        });
        return stream.ToArbitrary();
    }
}
