using Corroborate.Model;

namespace Corroborate.Extraction;

/// <summary>A word of a sentence with its span; kept tiny because every sentence makes a few dozen.</summary>
internal readonly record struct WordToken(TextSpan Span, string Text)
{
    public bool IsCapitalised => Text.Length > 0 && (char.IsUpper(Text[0]) || (Text[0] == '@' && Text.Length > 1));

    public bool IsAcronym => Text.Length is >= 2 and <= 6 && Text.All(c => char.IsUpper(c) || c == '.');
}
