using System.Collections.Immutable;
using Corroborate.Extraction;
using Corroborate.Model;

namespace Corroborate.Corroboration;

/// <summary>
/// Chooses the briefing of a story from its aligned claims: sentences that most outlets carry come first,
/// lead sentences are preferred, sentences that lean on context they would not have ("He added…",
/// "This comes after…") are passed over, and a sentence repeating one already chosen is skipped.
/// </summary>
public sealed class BriefingBuilder
{
    public const int MinSentences = 4;
    public const int MaxSentences = 10;
    private const double MaxOverlapWithChosen = 0.35;

    public Briefing Build(IReadOnlyList<Article> articles, IReadOnlyList<Claim> claims)
    {
        var (headline, headlineArticle) = Headline(articles, claims);
        var summary = Summary(articles, claims);
        var keyFacts = claims.Where(c => c.Outlets.Length >= 2).OrderByDescending(c => c.Outlets.Length).Select(c => c.Id).ToImmutableArray();
        return new Briefing(headline, headlineArticle, summary, keyFacts, Coverage(articles, claims));
    }

    private static ImmutableArray<BriefingSentence> Summary(IReadOnlyList<Article> articles, IReadOnlyList<Claim> claims)
    {
        var supported = claims.Count(c => c.Outlets.Length >= 2);
        var wanted = Math.Clamp(supported + 2, MinSentences, MaxSentences);
        var ranked = claims.Where(c => Readable(c.Representative.Text))
            .OrderByDescending(c => Score(c))
            .ThenBy(c => c.Representative.Sentence)
            .ToList();
        var chosen = new List<Claim>();
        foreach (var claim in ranked)
        {
            if (chosen.Count == wanted)
            {
                break;
            }

            if (chosen.Any(c => StoryCorroborator.Overlap(c.Representative.Words, claim.Representative.Words) > MaxOverlapWithChosen))
            {
                continue;
            }

            chosen.Add(claim);
        }

        return [.. chosen.Select(c => new BriefingSentence(c.Representative.Text, c.Representative.ArticleId, c.Representative.Span, c.Id,
            [c.Representative.ArticleId, .. c.Articles.Where(a => a != c.Representative.ArticleId)],
            [.. c.Mentions.GroupBy(m => m.ArticleId).Select(g => g.First())]))];
    }

    /// <summary>Support first (outlets telling it), then the lead: the first sentences of an article carry its news.</summary>
    private static double Score(Claim claim)
    {
        var lead = claim.Mentions.Min(m => m.Sentence);
        var leadBonus = lead switch { 0 => 0.9, 1 => 0.6, 2 => 0.4, < 6 => 0.2, _ => 0 };
        var words = claim.Representative.Words.Length;
        var lengthPenalty = words < 6 ? 0.5 : words > 35 ? 0.4 : 0;
        return claim.Outlets.Length + leadBonus - lengthPenalty;
    }

    /// <summary>A sentence that starts by pointing back ("He said", "This came after") needs context a briefing cannot give it.</summary>
    internal static bool Readable(string sentence)
    {
        var first = sentence.TrimStart('"', '“', '‘', '\'', ' ');
        var end = first.IndexOfAny([' ', ',']);
        var word = end < 0 ? first : first[..end];
        return !DanglingStarts.Contains(word) && !sentence.TrimEnd().EndsWith(':');
    }

    private static readonly HashSet<string> DanglingStarts = new(StringComparer.OrdinalIgnoreCase)
    {
        "he", "she", "it", "they", "this", "that", "these", "those", "his", "her", "their", "its", "however", "moreover",
        "meanwhile", "also", "but", "and", "so", "furthermore", "besides", "nevertheless", "still", "yet", "there",
    };

    private static (string Headline, string? Article) Headline(IReadOnlyList<Article> articles, IReadOnlyList<Claim> claims)
    {
        var titled = articles.Where(a => !string.IsNullOrWhiteSpace(a.Title)).ToList();
        if (titled.Count == 0)
        {
            var top = claims.FirstOrDefault();
            return (top?.Text ?? "", top?.Representative.ArticleId);
        }

        // The title sharing most words with the other titles speaks for the story, not for one outlet's angle.
        var words = titled.Select(a => ContentWords.Of(a.Title!)).ToList();
        var best = Enumerable.Range(0, titled.Count)
            .OrderByDescending(i => Enumerable.Range(0, titled.Count).Where(j => j != i).Sum(j => ContentWords.Jaccard(words[i], words[j])))
            .ThenBy(i => i)
            .First();
        return (titled[best].Title!.Trim(), titled[best].Id);
    }

    private static ImmutableArray<OutletCoverage> Coverage(IReadOnlyList<Article> articles, IReadOnlyList<Claim> claims)
    {
        var outlets = articles.GroupBy(ClaimExtractor.OutletOf, StringComparer.Ordinal).ToList();
        var consensus = Math.Max(2, (outlets.Count + 1) / 2);
        var coverage = ImmutableArray.CreateBuilder<OutletCoverage>();
        foreach (var outlet in outlets)
        {
            var onlyHere = claims.Where(c => c.Outlets.Length == 1 && c.Outlets[0] == outlet.Key && Readable(c.Text))
                .OrderBy(c => c.Representative.Sentence).Select(c => c.Id).ToImmutableArray();
            var leavesOut = claims.Where(c => c.Outlets.Length >= consensus && !c.Outlets.Contains(outlet.Key)).Select(c => c.Id).ToImmutableArray();
            coverage.Add(new OutletCoverage(outlet.Key, [.. outlet.Select(a => a.Id)], onlyHere, leavesOut));
        }

        return coverage.ToImmutable();
    }
}
