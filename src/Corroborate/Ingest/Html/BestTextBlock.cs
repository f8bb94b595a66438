using System.Text;
using AngleSharp.Dom;

namespace Corroborate.Ingest.Html;

/// <summary>
/// The last resort when the cascade finds no article: a page with paragraphs never yields nothing. Takes
/// the parent whose paragraphs (p, pre, blockquote, li, td, dd) hold the most text, read as the article,
/// whatever their link density or class names say; with no paragraphs at all, the body's own text. Walks
/// the tree once, iteratively (deep pages must not exhaust the stack).
/// </summary>
internal static class BestTextBlock
{
    private static readonly HashSet<string> Paragraphs = new(StringComparer.Ordinal) { "P", "PRE", "BLOCKQUOTE", "LI", "TD", "DD" };
    private static readonly HashSet<string> Invisible = new(StringComparer.Ordinal) { "SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE", "SVG", "HEAD", "TITLE", "IFRAME", "OBJECT" };

    public static string Find(IElement body)
    {
        var byParent = new Dictionary<INode, List<string>>();
        var order = new List<INode>();
        var stack = new Stack<IElement>();
        stack.Push(body);
        while (stack.Count > 0)
        {
            var element = stack.Pop();
            if (Invisible.Contains(element.TagName))
            {
                continue;
            }

            if (Paragraphs.Contains(element.TagName) && element.ParentElement is { } parent)
            {
                var text = Collapse(element.TextContent);
                if (text.Length > 0)
                {
                    if (!byParent.TryGetValue(parent, out var list))
                    {
                        byParent[parent] = list = [];
                        order.Add(parent);
                    }

                    list.Add(text);
                }

                continue;
            }

            var children = element.Children;
            for (var i = children.Length - 1; i >= 0; i--)
            {
                stack.Push(children[i]);
            }
        }

        if (order.Count == 0)
        {
            return Collapse(VisibleText(body));
        }

        var best = order.MaxBy(p => byParent[p].Sum(t => t.Length))!;
        return string.Join(ArticleExtractor.ParagraphSeparator, byParent[best]);
    }

    private static string VisibleText(IElement body)
    {
        var builder = new StringBuilder();
        var stack = new Stack<INode>();
        stack.Push(body);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            if (node is IElement element && Invisible.Contains(element.TagName))
            {
                continue;
            }

            if (node.NodeType == NodeType.Text)
            {
                builder.Append(node.TextContent).Append(' ');
                continue;
            }

            var children = node.ChildNodes;
            for (var i = children.Length - 1; i >= 0; i--)
            {
                stack.Push(children[i]);
            }
        }

        return builder.ToString();
    }

    private static string Collapse(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
