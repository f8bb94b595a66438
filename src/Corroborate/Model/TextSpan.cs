namespace Corroborate.Model;

/// <summary>
/// A half-open range <c>[Start, End)</c> of UTF-16 code units into an article's clean text.
/// Invariant kept by every producer: <c>text[span.Start..span.End]</c> is the recorded surface.
/// </summary>
public readonly record struct TextSpan
{
    public TextSpan(int start, int end)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfLessThan(end, start);
        (Start, End) = (start, end);
    }

    public int Start { get; }

    /// <summary>Exclusive end.</summary>
    public int End { get; }

    public int Length => End - Start;

    public bool Contains(int position) => position >= Start && position < End;

    public bool Overlaps(TextSpan other) => Start < other.End && other.Start < End;

    public ReadOnlySpan<char> Slice(string text) => text.AsSpan(Start, Length);

    public string Of(string text) => text.Substring(Start, Length);

    public override string ToString() => $"[{Start}, {End})";
}
