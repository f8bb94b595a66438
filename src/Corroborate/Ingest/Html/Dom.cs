using AngleSharp.Dom;

namespace Corroborate.Ingest.Html;

/// <summary>
/// DOM walking helpers. AngleSharp finds a node's siblings by searching its parent's child list, so
/// NextSibling-style loops are quadratic in the number of children; indexing ChildNodes is constant time.
/// </summary>
internal static class Dom
{
    public static IEnumerable<IElement> ChildElements(IElement parent)
    {
        var nodes = parent.ChildNodes;
        for (var i = 0; i < nodes.Length; i++)
        {
            if (nodes[i] is IElement element)
            {
                yield return element;
            }
        }
    }
}
