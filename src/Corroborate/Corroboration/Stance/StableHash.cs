namespace Corroborate.Corroboration.Stance;

/// <summary>FNV-1a over UTF-16 code units: the same on every run and machine, unlike <see cref="string.GetHashCode()"/>.</summary>
internal static class StableHash
{
    private const ulong Offset = 14695981039346656037UL;
    private const ulong Prime = 1099511628211UL;

    public static ulong Of(string text) => Combine(Offset, text);

    public static ulong Combine(ulong hash, string text)
    {
        foreach (var c in text)
        {
            hash = (hash ^ c) * Prime;
        }

        // A separator so that ("ab","c") and ("a","bc") differ.
        return (hash ^ 0x1F) * Prime;
    }
}
