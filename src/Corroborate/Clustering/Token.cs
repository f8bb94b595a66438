namespace Corroborate.Clustering;

/// <summary>A word of <see cref="StoryTokenizer"/>: half-open <c>[Start, Start+Length)</c> into the tokenized text.</summary>
internal readonly record struct Token(int Start, int Length, bool IsCapitalised, bool IsSentenceInitial, bool HasDigit, bool JoinsPrevious)
{
    public ReadOnlySpan<char> Of(string text) => text.AsSpan(Start, Length);
}
