using Corroborate.Clustering;
using FsCheck;
using FsCheck.Fluent;

namespace Corroborate.Tests.Clustering;

public sealed class StoryClustererPropertyTests
{
    [Fact]
    public void Any_text_is_placed_in_exactly_one_story_and_its_exact_copy_joins_it()
    {
        Prop.ForAll(ArbMap.Default.ArbFor<string>(), ArbMap.Default.ArbFor<string>(), (string title, string body) =>
        {
            // FsCheck's strings include null.
            var clusterer = new StoryClusterer();
            var article = StoryFixtures.Create("a", title ?? "", body ?? "");
            var first = clusterer.Assign(article);
            var copy = clusterer.Assign(article with { Id = "b" });

            return first.IsNew
                && copy.StoryId == first.StoryId
                && copy.DuplicateOf == "a"
                && clusterer.Index.GetStory(first.StoryId)!.ArticleIds.Length == 2;
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Any_text_gives_unit_length_feature_vectors()
    {
        Prop.ForAll(ArbMap.Default.ArbFor<string>(), (string text) =>
        {
            var extractor = new StoryFeatureExtractor(new Vocabulary());
            var features = extractor.Extract(StoryFixtures.Create("a", "", text ?? ""));
            return new[] { features.Terms, features.Entities, features.Numbers }
                .All(v => v.IsEmpty || Math.Abs(v.Weights.Sum(w => (double)w * w) - 1) < 1e-4);
        }).QuickCheckThrowOnFailure();
    }
}
