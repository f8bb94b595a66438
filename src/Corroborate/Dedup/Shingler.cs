namespace Corroborate.Dedup;

/// <summary>
/// Normalises text to lower-case letter/digit words and hashes them: a whole-text hash for exact
/// matching and 64-bit hashes of overlapping word 4-grams (shingles) for near matching. Hashes are
/// FNV-1a and SplitMix64, stable across processes, so stored fingerprints stay valid.
/// </summary>
internal static class Shingler
{
    /// <summary>Words per shingle. Four keeps shingles specific to a copy while one edited word breaks only four.</summary>
    public const int ShingleWords = 4;

    private const ulong FnvOffset = 14695981039346656037UL;
    private const ulong FnvPrime = 1099511628211UL;

    /// <summary>Hashes every word of <paramref name="text"/> into <paramref name="words"/> and returns the whole-text hash.</summary>
    public static ulong HashWords(ReadOnlySpan<char> text, List<ulong> words)
    {
        words.Clear();
        // The whole-text hash chains the word hashes, so only the words and their order count.
        var whole = FnvOffset;
        var word = FnvOffset;
        var inWord = false;
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                var lower = char.ToLowerInvariant(c);
                word = (word ^ lower) * FnvPrime;
                inWord = true;
            }
            else if (inWord)
            {
                words.Add(word);
                whole = Mix(whole ^ word);
                word = FnvOffset;
                inWord = false;
            }
        }

        if (inWord)
        {
            words.Add(word);
            whole = Mix(whole ^ word);
        }

        return whole;
    }

    /// <summary>Writes the distinct-ish shingle hashes of consecutive <see cref="ShingleWords"/>-word windows.</summary>
    public static void Shingles(List<ulong> words, List<ulong> shingles)
    {
        shingles.Clear();
        for (var i = 0; i + ShingleWords <= words.Count; i++)
        {
            var h = FnvOffset;
            for (var k = 0; k < ShingleWords; k++)
            {
                h = Mix(h ^ words[i + k]);
            }

            shingles.Add(h);
        }
    }

    /// <summary>SplitMix64 finaliser: a cheap, well-spread 64-bit permutation.</summary>
    public static ulong Mix(ulong x)
    {
        x += 0x9E3779B97F4A7C15UL;
        x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9UL;
        x = (x ^ (x >> 27)) * 0x94D049BB133111EBUL;
        return x ^ (x >> 31);
    }
}
