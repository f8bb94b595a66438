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

    /// <param name="sources">The story's outlets and origins; by default each article's own metadata.</param>
    /// <param name="timeline">The story's timeline: a sentence it cites from several outlets is not one outlet's alone.</param>
    /// <param name="title">The story's title as the story list shows it: the headline when it is one of the articles' titles, so a
    /// story has one title everywhere.</param>
    public Briefing Build(IReadOnlyList<Article> articles, IReadOnlyList<Claim> claims, StorySources? sources = null, IReadOnlyList<TimelineEntry>? timeline = null,
        string? title = null)
    {
        sources ??= StorySources.Of(articles);
        var titled = title is null ? null : articles.FirstOrDefault(a => string.Equals(a.Title?.Trim(), title, StringComparison.Ordinal));
        var (headline, headlineArticle) = titled is not null ? (title!, titled.Id) : Headline(articles, claims);
        var summary = Summary(articles, claims);
        var keyFacts = claims.Where(c => c.Outlets.Length >= 2 && Standalone(c.Representative) is { Readable: true })
            .OrderByDescending(c => c.IndependentSources).ThenByDescending(c => c.Outlets.Length).Select(c => c.Id).ToImmutableArray();
        return new Briefing(headline, headlineArticle, summary, keyFacts, Coverage(articles, claims, sources, timeline ?? []));
    }

    private static ImmutableArray<BriefingSentence> Summary(IReadOnlyList<Article> articles, IReadOnlyList<Claim> claims)
    {
        var supported = claims.Count(c => c.Outlets.Length >= 2);
        var wanted = Math.Clamp(supported + 2, MinSentences, MaxSentences);
        var ranked = claims.Where(c => Standalone(c.Representative).Readable)
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
            [.. c.Mentions.GroupBy(m => m.ArticleId).Select(g => g.First())])
        {
            Speaker = Standalone(c.Representative).Speaker,
        })];
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

    /// <summary>
    /// A sentence that starts by pointing back ("He said", "This came after", "Moreover") needs context a briefing
    /// cannot give it, and one with a quotation mark left open is a piece of a longer quotation.
    /// </summary>
    internal static bool Readable(string sentence)
    {
        var first = sentence.TrimStart('"', '“', '‘', '\'', ' ');
        var end = first.IndexOfAny([' ', ',']);
        var word = end < 0 ? first : first[..end];
        return !DanglingStarts.Contains(word) && !sentence.TrimEnd().EndsWith(':') && QuotesBalanced(sentence);
    }

    /// <summary>
    /// Whether a claim's sentence stands alone, and who speaks in it when the sentence itself only says "he":
    /// "“…,” he added" or "He said …" stands when the story resolved the speaker, who is then shown beside it.
    /// </summary>
    internal static (bool Readable, string? Speaker) Standalone(ClaimMention mention)
    {
        var text = mention.Text;
        var pronounCue = mention.SpeakerCue is { } cue && Pronouns.Contains(cue.Trim());
        var first = text.TrimStart('"', '“', '‘', '\'', ' ');
        var end = first.IndexOfAny([' ', ',']);
        var word = end < 0 ? first : first[..end];
        var speaker = mention.QuoteId is not null && mention.SpeakerName is { } name && (pronounCue || Pronouns.Contains(word)) ? name : null;
        if (Pronouns.Contains(word) || pronounCue)
        {
            return (speaker is not null && QuotesBalanced(text) && !text.TrimEnd().EndsWith(':'), speaker);
        }

        return (Readable(text), null);
    }

    private static readonly HashSet<string> Pronouns = new(StringComparer.OrdinalIgnoreCase) { "he", "she", "they" };

    /// <summary>Every curly quotation closed, and straight double quotes in pairs.</summary>
    private static bool QuotesBalanced(string sentence)
    {
        int open = 0, close = 0, straight = 0;
        foreach (var c in sentence)
        {
            open += c == '“' ? 1 : 0;
            close += c == '”' ? 1 : 0;
            straight += c == '"' ? 1 : 0;
        }

        return open == close && straight % 2 == 0;
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

    private static ImmutableArray<OutletCoverage> Coverage(IReadOnlyList<Article> articles, IReadOnlyList<Claim> claims, StorySources sources, IReadOnlyList<TimelineEntry> timeline)
    {
        var outlets = articles.GroupBy(a => sources.OutletOf(a.Id), StringComparer.Ordinal).ToList();
        var consensus = Math.Max(2, (outlets.Count + 1) / 2);
        var coverage = ImmutableArray.CreateBuilder<OutletCoverage>();
        foreach (var outlet in outlets)
        {
            var onlyHere = claims.Where(c => c.Outlets.Length == 1 && c.Outlets[0] == outlet.Key && Standalone(c.Representative).Readable
                    && !CitedElsewhere(c, timeline, sources))
                .OrderBy(c => c.Representative.Sentence).Select(c => c.Id).ToImmutableArray();
            var leavesOut = claims.Where(c => c.Outlets.Length >= consensus && !c.Outlets.Contains(outlet.Key)).Select(c => c.Id).ToImmutableArray();
            coverage.Add(new OutletCoverage(outlet.Key, [.. outlet.Select(a => a.Id)], onlyHere, leavesOut) { Named = sources.IsNamed(outlet.First().Id) });
        }

        return coverage.ToImmutable();
    }

    /// <summary>A sentence the timeline cites together with other outlets' articles is not one outlet's alone, whatever the alignment made of it.</summary>
    private static bool CitedElsewhere(Claim claim, IReadOnlyList<TimelineEntry> timeline, StorySources sources)
    {
        var sentence = claim.Representative;
        foreach (var entry in timeline)
        {
            if (entry.Description.Length > 0 && sentence.Text.Contains(entry.Description.Trim(), StringComparison.Ordinal)
                && entry.Mentions.Any(m => m.ArticleId == sentence.ArticleId && m.Span.Start >= sentence.Span.Start && m.Span.End <= sentence.Span.End)
                && entry.Articles.Any(a => sources.OutletOf(a) != sentence.Outlet))
            {
                return true;
            }
        }

        return false;
    }
}
