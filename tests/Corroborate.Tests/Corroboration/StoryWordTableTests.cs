using System.Collections.Immutable;
using Corroborate.Corroboration;
using Corroborate.Model;
using FsCheck;
using FsCheck.Fluent;

namespace Corroborate.Tests.Corroboration;

/// <summary>
/// The story's words as numbers share, count and weigh exactly what the sentences' string sets did: the same words, the
/// same count and each sum of rarities the same number to the bit (summed in the first sentence's order).
/// </summary>
public sealed class StoryWordTableTests
{
    private static readonly string[] Vocabulary = ["ferry", "capsiz", "river", "passeng", "rescu", "diver", "bodi", "recov", "storm", "captain", "arrest", "ministri"];

    private static ClaimMention Sentence(int index, ImmutableArray<string> words) =>
        new($"a{index % 7}", $"outlet{index % 7}", index, new TextSpan(0, 1), "x", words, [], [], [], null, null);

    /// <summary>The definition the table replaces: string sets, rarity from a frequency table of every word occurrence.</summary>
    private static (int Count, double Rarity) Expected(IReadOnlyList<ClaimMention> mentions, IEnumerable<string> first, HashSet<string> second)
    {
        var frequency = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var mention in mentions)
        {
            foreach (var word in mention.Words)
            {
                frequency[word] = frequency.GetValueOrDefault(word) + 1;
            }
        }

        var (count, rarity) = (0, 0.0);
        foreach (var word in first)
        {
            if (second.Contains(word))
            {
                count++;
                rarity += Math.Log((mentions.Count + 1.0) / (frequency.GetValueOrDefault(word) + 1.0)) + 1;
            }
        }

        return (count, rarity);
    }

    private static bool SameAsStringSets(int seed, int sentences)
    {
        var random = new Random(seed);
        var mentions = Enumerable.Range(0, sentences)
            .Select(i => Sentence(i, [.. Enumerable.Range(0, random.Next(0, 14)).Select(_ => Vocabulary[random.Next(Vocabulary.Length)])]))
            .ToList();
        var table = new StoryWordTable(mentions);
        for (var a = 0; a < sentences; a++)
        {
            for (var b = 0; b < sentences; b++)
            {
                var distinctA = mentions[a].Words.Distinct(StringComparer.Ordinal).ToList();
                var (count, rarity) = table.Shared(table.DistinctWords(a), table.DistinctWords(b));
                var expected = Expected(mentions, distinctA, mentions[b].Words.ToHashSet(StringComparer.Ordinal));
                if (count != expected.Count || BitConverter.DoubleToInt64Bits(rarity) != BitConverter.DoubleToInt64Bits(expected.Rarity))
                {
                    return false;
                }
            }
        }

        // Words near a value that no sentence has among its words ("12", a name) count as the rarest, in their set's order.
        var near = new HashSet<string>(["storm", "twelve", "river", "Mekong"], StringComparer.Ordinal);
        var other = new HashSet<string>(["Mekong", "twelve", "ferry"], StringComparer.Ordinal);
        var found = table.Shared(table.IdsOf(near), table.IdsOf(other));
        var want = Expected(mentions, near, other);
        return found.Count == want.Count && BitConverter.DoubleToInt64Bits(found.Rarity) == BitConverter.DoubleToInt64Bits(want.Rarity);
    }

    [Fact]
    public void Shared_words_and_their_rarity_equal_the_string_sets_for_arbitrary_stories()
    {
        Prop.ForAll(ArbMap.Default.ArbFor<int>(), Gen.Choose(1, 30).ToArbitrary(), (seed, sentences) => SameAsStringSets(seed, sentences))
            .QuickCheckThrowOnFailure();
    }

    [Fact]
    public void A_word_twice_in_a_sentence_counts_twice_in_its_rarity_but_once_as_shared()
    {
        var mentions = new List<ClaimMention> { Sentence(0, ["ferry", "ferry", "river"]), Sentence(1, ["ferry", "storm"]), Sentence(2, ["diver"]) };
        var table = new StoryWordTable(mentions);
        var (count, rarity) = table.Shared(table.DistinctWords(0), table.DistinctWords(1));
        Assert.Equal(1, count);
        // "ferry" occurs three times in three sentences: log(4 / 4) + 1.
        Assert.Equal(1.0, rarity);
        Assert.Equal([0, 1], table.DistinctWords(0));
    }
}
