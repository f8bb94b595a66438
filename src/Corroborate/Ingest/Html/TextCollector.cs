using System.Text;
using AngleSharp.Dom;
using Corroborate.Model;

namespace Corroborate.Ingest.Html;

/// <summary>
/// Walks the chosen containers and cuts their text into paragraphs at block boundaries, skipping dropped
/// elements and recording boilerplate subtrees as removals. Iterative: an explicit stack of enter and exit
/// events replaces recursion.
/// </summary>
internal sealed class TextCollector(PageAnalysis page)
{
    private readonly StringBuilder _current = new();
    private int _currentLinkChars;
    private int _currentChars;
    private bool _pendingSpace;
    private int _linkDepth;

    public List<CollectedBlock> Blocks { get; } = [];

    public List<Removal> Removed { get; } = [];

    public void Collect(IElement container)
    {
        var stack = new Stack<(INode Node, bool Exit)>();
        stack.Push((container, false));
        while (stack.Count > 0)
        {
            var (node, exit) = stack.Pop();
            if (node is IText text)
            {
                Append(text.Data);
                continue;
            }

            if (node is not IElement element)
            {
                continue;
            }

            var tag = element.TagName;
            if (exit)
            {
                if (tag == "A")
                {
                    _linkDepth--;
                }

                if (BoilerplateRules.IsBlock(tag))
                {
                    Flush(tag);
                }

                continue;
            }

            if (element != container && BoilerplateRules.IsDropped(element))
            {
                continue;
            }

            if (element != container && page.Boilerplate.TryGetValue(element, out var reason))
            {
                RecordRemoval(element, reason);
                continue;
            }

            if (BoilerplateRules.IsBlock(tag))
            {
                Flush(null);
            }

            if (tag == "A")
            {
                _linkDepth++;
            }

            stack.Push((element, true));
            var children = element.ChildNodes;
            for (var c = children.Length - 1; c >= 0; c--)
            {
                stack.Push((children[c], false));
            }
        }

        Flush(null);
    }

    /// <summary>Records the text of a boilerplate element next to the article (a sibling of a container).</summary>
    public void RecordRemoval(IElement element, string reason)
    {
        var text = PlainText(element);
        if (text.Length > 0)
        {
            Removed.Add(new Removal(text, reason));
        }
    }

    /// <summary>The element's text with dropped subtrees skipped and white space collapsed.</summary>
    public static string PlainText(IElement root)
    {
        var builder = new StringBuilder();
        var stack = new Stack<INode>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            if (node is IText text)
            {
                builder.Append(text.Data).Append(' ');
            }
            else if (node is IElement element && (element == root || !BoilerplateRules.IsDropped(element)))
            {
                var children = element.ChildNodes;
                for (var c = children.Length - 1; c >= 0; c--)
                {
                    stack.Push(children[c]);
                }
            }
        }

        return string.Join(' ', builder.ToString().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }

    private void Append(string data)
    {
        foreach (var c in data)
        {
            if (char.IsWhiteSpace(c))
            {
                _pendingSpace = _current.Length > 0;
                continue;
            }

            if (_pendingSpace)
            {
                _current.Append(' ');
                _pendingSpace = false;
            }

            _current.Append(c);
            _currentChars++;
            if (_linkDepth > 0)
            {
                _currentLinkChars++;
            }
        }
    }

    private void Flush(string? closingTag)
    {
        if (_current.Length > 0)
        {
            Blocks.Add(new CollectedBlock(_current.ToString(), closingTag, _currentChars, _currentLinkChars));
        }

        _current.Clear();
        _currentChars = 0;
        _currentLinkChars = 0;
        _pendingSpace = false;
    }
}
