namespace Corroborate.Ingest.Html;

/// <summary>
/// One paragraph cut from the article container. <see cref="Tag"/> is the block element that closed it
/// (upper case, e.g. "P", "H2", "LI"), or null when a nested block or line break cut it.
/// </summary>
internal sealed record CollectedBlock(string Text, string? Tag, int Chars, int LinkChars)
{
    public double LinkDensity => Chars == 0 ? 0 : (double)LinkChars / Chars;

    public bool IsHeading => Tag is "H2" or "H3" or "H4";
}
