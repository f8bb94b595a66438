using AngleSharp.Dom;

namespace Corroborate.Ingest.Html;

/// <summary>
/// One page's element measures and boilerplate marks. Built with explicit stacks, never recursion, so the
/// depth of the markup cannot overflow the call stack.
/// </summary>
internal sealed class PageAnalysis
{
    /// <summary>
    /// A boilerplate cue is ignored on an element holding more than this share of the page's text (a page
    /// wrapper called "has-sidebar" is not a sidebar), or whose text is mostly inside an element named like an
    /// article body (Blogger wraps the post in a "widget").
    /// </summary>
    private const double MaxBoilerplateShare = 0.5;

    private readonly Dictionary<IElement, ElementStats> _stats = new();

    private PageAnalysis(IElement root) => Root = root;

    public IElement Root { get; }

    /// <summary>Kept elements in document order (boilerplate and dropped subtrees excluded).</summary>
    public List<IElement> Order { get; } = [];

    /// <summary>Elements marked as boilerplate, with the removal reason.</summary>
    public Dictionary<IElement, string> Boilerplate { get; } = new();

    public ElementStats Stats(IElement element) => _stats.TryGetValue(element, out var stats) ? stats : Empty;

    private static readonly ElementStats Empty = new();

    public static PageAnalysis Analyse(IElement root, CancellationToken cancellationToken)
    {
        // Pass 1 measures everything, so pass 2 can tell a page wrapper from a real sidebar by its share of text.
        var all = new PageAnalysis(root);
        all.Measure(marks: false, cancellationToken);
        var total = Math.Max(1, all.Stats(root).TextLength);

        var page = new PageAnalysis(root);
        var cache = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var element in all.Order)
        {
            if (element != root && BoilerplateRules.BoilerplateReason(element, cache) is { } reason
                && all.Stats(element) is var stats
                && stats.TextLength <= total * MaxBoilerplateShare
                && stats.ArticleCueText <= stats.TextLength * MaxBoilerplateShare)
            {
                page.Boilerplate[element] = reason;
            }
        }

        page.Measure(marks: true, cancellationToken);
        return page;
    }

    private void Measure(bool marks, CancellationToken cancellationToken)
    {
        var stack = new Stack<IElement>();
        stack.Push(Root);
        while (stack.Count > 0)
        {
            var element = stack.Pop();
            Order.Add(element);
            if ((Order.Count & 0xFFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var children = element.ChildNodes;
            for (var c = children.Length - 1; c >= 0; c--)
            {
                if (children[c] is not IElement child)
                {
                    continue;
                }

                if (!BoilerplateRules.IsDropped(child) && !(marks && Boilerplate.ContainsKey(child)))
                {
                    stack.Push(child);
                }
            }
        }

        for (var i = Order.Count - 1; i >= 0; i--)
        {
            var element = Order[i];
            var stats = _stats.TryGetValue(element, out var existing) ? existing : _stats[element] = new ElementStats();
            var (childText, childCommas) = (stats.TextLength, stats.Commas);
            var nodes = element.ChildNodes;
            for (var n = 0; n < nodes.Length; n++)
            {
                if (nodes[n] is IText text)
                {
                    Count(text.Data, stats);
                }
            }

            stats.OwnTextLength = stats.TextLength - childText;
            stats.OwnCommas = stats.Commas - childCommas;
            if (BoilerplateRules.HasArticleBodyCue(element))
            {
                stats.ArticleCueText = stats.TextLength;
            }

            if (element.TagName == "A")
            {
                stats.LinkLength = stats.TextLength;
            }

            if (i > 0 && element.ParentElement is { } parent)
            {
                var parentStats = _stats.TryGetValue(parent, out var p) ? p : _stats[parent] = new ElementStats();
                parentStats.TextLength += stats.TextLength;
                parentStats.LinkLength += stats.LinkLength;
                parentStats.Commas += stats.Commas;
                parentStats.HasBlockChild |= BoilerplateRules.IsBlock(element.TagName);
                parentStats.ArticleCueText = Math.Max(parentStats.ArticleCueText, stats.ArticleCueText);
            }
        }
    }

    private static void Count(string data, ElementStats stats)
    {
        foreach (var c in data)
        {
            if (!char.IsWhiteSpace(c))
            {
                stats.TextLength++;
                if (c is ',' or '，' or '、')
                {
                    stats.Commas++;
                }
            }
        }
    }
}
