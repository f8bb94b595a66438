namespace Corroborate.Ingest.Html;

/// <summary>Text measures of one element's kept subtree, filled bottom-up by <see cref="PageAnalysis"/>.</summary>
internal sealed class ElementStats
{
    /// <summary>Non-white-space characters in the subtree.</summary>
    public int TextLength;

    /// <summary>Non-white-space characters inside links.</summary>
    public int LinkLength;

    public int Commas;

    /// <summary>Non-white-space characters in the element's own text nodes (not its children's).</summary>
    public int OwnTextLength;

    public int OwnCommas;

    /// <summary>Text length of the largest element in the subtree (itself included) named like an article body.</summary>
    public int ArticleCueText;

    /// <summary>True when a block-level element is a direct child (readability treats other divs as paragraphs).</summary>
    public bool HasBlockChild;

    /// <summary>Readability score; NaN until the element becomes a candidate.</summary>
    public double Score = double.NaN;

    public double LinkDensity => TextLength == 0 ? 0 : (double)LinkLength / TextLength;
}
