namespace Corroborate.Text;

/// <summary>
/// Character n-grams (orders 1 to 3) of a lower-cased word padded with '_' on both sides,
/// packed into a <see cref="ulong"/> at 16 bits a character. Letters are never U+0000, so
/// n-grams of different orders never share a key. Shared by scoring and by the profile builder
/// so the two can never disagree.
/// </summary>
internal static class Ngrams
{
    public const int MaxOrder = 3;
    public const char Boundary = '_';

    /// <summary>Longest word part that is scored; the rest of a longer word is ignored.</summary>
    public const int MaxWordLength = 48;

    /// <summary>Room for the keys of one padded word.</summary>
    public const int MaxKeysPerWord = (MaxWordLength + 2) * MaxOrder;

    /// <summary>Writes the lower-cased, padded form of <paramref name="word"/> into <paramref name="buffer"/>.</summary>
    public static ReadOnlySpan<char> Pad(ReadOnlySpan<char> word, Span<char> buffer)
    {
        int length = Math.Min(word.Length, MaxWordLength);
        buffer[0] = Boundary;
        for (int i = 0; i < length; i++)
        {
            // The invariant culture leaves Turkish 'İ' (U+0130) as is; fold it to the 'i' the profiles hold.
            char c = word[i];
            buffer[i + 1] = c == '\u0130' ? 'i' : char.ToLowerInvariant(c);
        }
        buffer[length + 1] = Boundary;
        return buffer[..(length + 2)];
    }

    /// <summary>Fills <paramref name="keys"/> with the n-grams of a padded word; returns how many.</summary>
    public static int Fill(ReadOnlySpan<char> padded, Span<ulong> keys)
    {
        int count = 0;
        ulong window = 0;
        for (int i = 0; i < padded.Length; i++)
        {
            window = ((window << 16) | padded[i]) & 0xFFFF_FFFF_FFFF;
            if (padded[i] != Boundary)
            {
                keys[count++] = window & 0xFFFF;
            }
            if (i >= 1)
            {
                keys[count++] = window & 0xFFFF_FFFF;
            }
            if (i >= 2)
            {
                keys[count++] = window;
            }
        }
        return count;
    }

    public static int OrderOf(ulong key) => key > 0xFFFF_FFFF ? 3 : key > 0xFFFF ? 2 : 1;

    public static string ToText(ulong key)
    {
        int order = OrderOf(key);
        Span<char> chars = stackalloc char[MaxOrder];
        for (int i = order - 1; i >= 0; i--)
        {
            chars[i] = (char)(key & 0xFFFF);
            key >>= 16;
        }
        return new string(chars[..order]);
    }

    public static ulong FromText(ReadOnlySpan<char> text)
    {
        ulong key = 0;
        foreach (char c in text)
        {
            key = (key << 16) | c;
        }
        return key;
    }
}
