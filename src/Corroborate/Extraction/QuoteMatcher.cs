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

        // Each word's weight, and each mention's total weight as Similarity sums it (its words in their set's order), once per
        // story rather than once per pair.
        var weights = new Dictionary<string, double>(documentFrequency.Count, StringComparer.Ordinal);
        foreach (var (word, frequency) in documentFrequency)
        {
            weights[word] = Math.Log(1.0 + (double)mentions.Count / frequency);
        }

        var totals = tokens.Select(set => Total(set, weights)).ToArray();
        double Similar(int i, int j) => Similarity(tokens[i], totals[i], tokens[j], totals[j], weights);

        // Only mentions sharing a content word can reach a threshold (others score 0): each mention meets those through the
        // words' postings, in the same ascending order as the walk over every pair, so the same unions in the same order.
        var postings = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < tokens.Count; i++)
        {
            foreach (var word in tokens[i])
            {
                if (!postings.TryGetValue(word, out var list))
                {
                    postings.Add(word, list = []);
                }

                list.Add(i);
            }
        }

        var parent = Enumerable.Range(0, mentions.Count).ToArray();
        int Find(int x) => parent[x] == x ? x : parent[x] = Find(parent[x]);
        var metBy = new int[mentions.Count];
        Array.Fill(metBy, -1);
        var candidates = new List<int>();
        for (var a = 0; a < mentions.Count; a++)
        {
            candidates.Clear();
            foreach (var word in tokens[a])
            {
                var list = postings[word];
                // Ascending: the mentions after a start where a itself is listed.
                for (var k = list.BinarySearch(a) + 1; k < list.Count; k++)
                {
                    var other = list[k];
                    if (metBy[other] != a)
                    {
                        metBy[other] = a;
                        candidates.Add(other);
                    }
                }
            }

            candidates.Sort();
            foreach (var b in candidates)
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
                if (Similar(a, b) >= threshold)
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
            var chosen = members.OrderByDescending(i => members.Sum(j => Similar(i, j)))
                .ThenByDescending(i => mentions[i].Mention.Text.Length).First();
            var speaker = members.Select(i => (mentions[i].SpeakerEntity, mentions[i].SpeakerName)).Where(s => s.SpeakerEntity is not null)
                .GroupBy(s => s).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstOrDefault();
            var text = mentions[chosen].Mention.Text;
            var references = members.Select(i => new QuoteReference(mentions[i].ArticleId, mentions[i].Mention.Span, mentions[i].Mention.Text,
                Math.Round(i == chosen ? 1.0 : Similar(chosen, i), 3), mentions[i].Mention.SpeakerSpan, mentions[i].Mention.SpeakerCue)).ToImmutableArray();
            var verbatim = members.All(i => Normalise(mentions[i].Mention.Text) == Normalise(text));
            var id = "Q" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Normalise(text))))[..10];
            quotes.Add(new Quote(id, speaker.SpeakerEntity, speaker.SpeakerName ?? mentions[chosen].SpeakerName, text, references, verbatim));
        }

        return [.. quotes.OrderByDescending(q => q.Mentions.Select(m => m.ArticleId).Distinct().Count()).ThenBy(q => q.Id, StringComparer.Ordinal)];
    }

    /// <summary>The weighted share of the smaller set's words that the other has (its total given: the sum of its words' weights in its order).</summary>
    private static double Similarity(HashSet<string> a, double totalA, HashSet<string> b, double totalB, Dictionary<string, double> weights)
    {
        if (a.Count == 0 || b.Count == 0)
        {
            return 0;
        }

        var (small, large, total) = a.Count <= b.Count ? (a, b, totalA) : (b, a, totalB);
        double shared = 0;
        foreach (var word in small)
        {
            if (large.Contains(word))
            {
                shared += weights[word];
            }
        }

        return total == 0 ? 0 : shared / total;
    }

    private static double Total(HashSet<string> words, Dictionary<string, double> weights)
    {
        double total = 0;
        foreach (var word in words)
        {
            total += weights[word];
        }

        return total;
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
