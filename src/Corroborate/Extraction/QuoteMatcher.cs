using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;

namespace Corroborate.Extraction;

/// <summary>
/// Groups the quote mentions of a story into statements: two mentions are one statement when their
/// content words, weighted by how rare they are among the story's quotes, overlap enough (translations
/// differ in a few words: "despair in hegemons" / "despair in imperialists"), and their speakers do
/// not disagree. A partial quote joins the full one that contains it.
/// </summary>
public sealed class QuoteMatcher
{
    /// <summary>
    /// Weighted overlap (containment of the shorter, IDF weights) above which two mentions are one statement.
    /// Translations of one sentence score 0.6–0.9; different sentences by one speaker rarely pass 0.3.
    /// </summary>
    private const double SameStatement = 0.45;

    /// <summary>With the same known speaker, looser translations of one sentence still count (0.35–0.45 on the seeds).</summary>
    private const double SameStatementSameSpeaker = 0.35;

    private static readonly HashSet<string> Stopwords =
    [
        "the", "and", "for", "are", "but", "not", "you", "all", "any", "can", "her", "was", "one", "our", "out", "has", "have", "had",
        "his", "its", "who", "this", "that", "with", "from", "they", "will", "would", "there", "their", "what", "about", "which",
        "when", "were", "been", "than", "then", "them", "these", "those", "into", "also", "more", "some", "such", "very", "between",
    ];

    public ImmutableArray<Quote> Match(IReadOnlyList<(string ArticleId, QuoteMention Mention, string? SpeakerEntity, string? SpeakerName)> mentions)
    {
        var tokens = mentions.Select(m => ContentWords(m.Mention.Text)).ToList();
        var documentFrequency = new Dictionary<string, int>();
        foreach (var set in tokens)
        {
            foreach (var word in set)
            {
                documentFrequency[word] = documentFrequency.GetValueOrDefault(word) + 1;
            }
        }

        double Weight(string word) => Math.Log(1.0 + (double)mentions.Count / documentFrequency[word]);
        var parent = Enumerable.Range(0, mentions.Count).ToArray();
        int Find(int x) => parent[x] == x ? x : parent[x] = Find(parent[x]);
        for (var a = 0; a < mentions.Count; a++)
        {
            for (var b = a + 1; b < mentions.Count; b++)
            {
                if (mentions[a].ArticleId == mentions[b].ArticleId && mentions[a].Mention.Span == mentions[b].Mention.Span)
                {
                    continue;
                }

                var (sa, sb) = (mentions[a].SpeakerEntity, mentions[b].SpeakerEntity);
                if (sa is not null && sb is not null && sa != sb)
                {
                    continue;
                }

                // One speaker's two sentences in one article are two statements: the looser bar is for one statement told by two outlets.
                var threshold = sa is not null && sa == sb && mentions[a].ArticleId != mentions[b].ArticleId ? SameStatementSameSpeaker : SameStatement;
                if (Similarity(tokens[a], tokens[b], Weight) >= threshold)
                {
                    parent[Find(a)] = Find(b);
                }
            }
        }

        var quotes = ImmutableArray.CreateBuilder<Quote>();
        foreach (var group in Enumerable.Range(0, mentions.Count).GroupBy(Find))
        {
            var members = group.ToList();
            // The wording most mentions are closest to, preferring full statements over partial ones.
            var chosen = members.OrderByDescending(i => members.Sum(j => Similarity(tokens[i], tokens[j], Weight)))
                .ThenByDescending(i => mentions[i].Mention.Text.Length).First();
            var speaker = members.Select(i => (mentions[i].SpeakerEntity, mentions[i].SpeakerName)).Where(s => s.SpeakerEntity is not null)
                .GroupBy(s => s).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstOrDefault();
            var text = mentions[chosen].Mention.Text;
            var references = members.Select(i => new QuoteReference(mentions[i].ArticleId, mentions[i].Mention.Span, mentions[i].Mention.Text,
                Math.Round(i == chosen ? 1.0 : Similarity(tokens[chosen], tokens[i], Weight), 3), mentions[i].Mention.SpeakerSpan, mentions[i].Mention.SpeakerCue)).ToImmutableArray();
            var verbatim = members.All(i => Normalise(mentions[i].Mention.Text) == Normalise(text));
            var id = "Q" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Normalise(text))))[..10];
            quotes.Add(new Quote(id, speaker.SpeakerEntity, speaker.SpeakerName ?? mentions[chosen].SpeakerName, text, references, verbatim));
        }

        return [.. quotes.OrderByDescending(q => q.Mentions.Select(m => m.ArticleId).Distinct().Count()).ThenBy(q => q.Id, StringComparer.Ordinal)];
    }

    private static double Similarity(HashSet<string> a, HashSet<string> b, Func<string, double> weight)
    {
        if (a.Count == 0 || b.Count == 0)
        {
            return 0;
        }

        var (small, large) = a.Count <= b.Count ? (a, b) : (b, a);
        double shared = 0, total = 0;
        foreach (var word in small)
        {
            var w = weight(word);
            total += w;
            if (large.Contains(word))
            {
                shared += w;
            }
        }

        return total == 0 ? 0 : shared / total;
    }

    internal static HashSet<string> ContentWords(string text)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var word in NameKey.Of(text).Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (word.Length >= 3 && !Stopwords.Contains(word))
            {
                words.Add(word.Length > 4 && word.EndsWith('s') ? word[..^1] : word);
            }
        }

        return words;
    }

    private static string Normalise(string text) => NameKey.Of(text);
}
