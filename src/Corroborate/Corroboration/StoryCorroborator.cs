using System.Collections.Immutable;
using Corroborate.Extraction;
using Corroborate.Model;

namespace Corroborate.Corroboration;

/// <summary>
/// Corroboration of one story: claims per sentence, aligned across articles, conflicts between the
/// articles of each claim, stance of the other articles when a model is given, then the briefing.
/// </summary>
public sealed class StoryCorroborator(ClaimExtractor extractor, ClaimAligner aligner, BriefingBuilder briefings, Gazetteer gazetteer, IStanceModel? stance = null)
{
    public StoryCorroborator() : this(new ClaimExtractor(), new ClaimAligner(), new BriefingBuilder(), Gazetteer.Default)
    {
    }

    public StoryCorroboration Corroborate(IReadOnlyList<Article> articles, StoryExtraction extraction)
    {
        var mentions = extractor.Extract(articles, extraction);
        var groups = aligner.Align(mentions, (a, b) => SamePlace(extraction.Entities, a, b));
        var claims = groups.Select(group => ToClaim(group, articles)).ToList();
        if (stance is not null)
        {
            claims = [.. claims.Select(c => c with { Stance = StanceOf(c, articles) })];
        }

        var ordered = claims.OrderByDescending(c => c.Outlets.Length).ThenBy(c => Position(articles, c.Representative)).ToImmutableArray();
        return new StoryCorroboration(ordered, briefings.Build(articles, ordered));
    }

    private static Claim ToClaim(IReadOnlyList<ClaimMention> group, IReadOnlyList<Article> articles)
    {
        var representative = Representative(group);
        var order = articles.Select((a, i) => (a.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
        var articleIds = group.Select(m => m.ArticleId).Distinct(StringComparer.Ordinal).OrderBy(id => order.GetValueOrDefault(id)).ToImmutableArray();
        var outlets = group.Select(m => m.Outlet).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToImmutableArray();
        return new Claim($"{representative.ArticleId}-s{representative.Sentence}", representative.Text, representative, [.. group],
            articleIds, outlets, ConflictDetector.Detect(group));
    }

    /// <summary>The sentence sharing most words with the others: the wording most outlets agree on.</summary>
    private static ClaimMention Representative(IReadOnlyList<ClaimMention> group)
    {
        if (group.Count <= 2)
        {
            return group[0];
        }

        return group.Select(m => (Mention: m, Score: group.Where(o => o != m).Sum(o => Overlap(m.Words, o.Words))))
            .OrderByDescending(x => x.Score).First().Mention;
    }

    internal static double Overlap(ImmutableArray<string> a, ImmutableArray<string> b)
    {
        if (a.IsEmpty || b.IsEmpty)
        {
            return 0;
        }

        var shared = a.Intersect(b, StringComparer.Ordinal).Count();
        return shared / (double)(a.Length + b.Length - shared);
    }

    private static int Position(IReadOnlyList<Article> articles, ClaimMention mention)
    {
        var index = articles.ToList().FindIndex(a => a.Id == mention.ArticleId);
        return (index * 10_000) + mention.Sentence;
    }

    private ClaimStance StanceOf(Claim claim, IReadOnlyList<Article> articles)
    {
        var support = claim.Articles.ToHashSet(StringComparer.Ordinal);
        var agree = ImmutableArray.CreateBuilder<string>();
        var disagree = ImmutableArray.CreateBuilder<string>();
        var discuss = ImmutableArray.CreateBuilder<string>();
        foreach (var article in articles.Where(a => !support.Contains(a.Id)))
        {
            switch (stance!.Classify(claim.Text, article.Body))
            {
                case "agree": agree.Add(article.Id); break;
                case "disagree": disagree.Add(article.Id); break;
                case "discuss": discuss.Add(article.Id); break;
                default: break;
            }
        }

        return new ClaimStance(claim.Articles, agree.ToImmutable(), disagree.ToImmutable(), discuss.ToImmutable());
    }

    /// <summary>Two place entities are one location when one lies in the other (Havana in Cuba) by the gazetteer.</summary>
    private bool SamePlace(EntityResolution entities, string a, string b)
    {
        var x = entities.Find(a);
        var y = entities.Find(b);
        if (x is null || y is null)
        {
            return false;
        }

        var countryX = x.CountryCode ?? gazetteer.Find(x.Name)?.CountryCode;
        var countryY = y.CountryCode ?? gazetteer.Find(y.Name)?.CountryCode;
        return countryX is not null && countryX == countryY;
    }
}
