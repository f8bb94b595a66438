using System.Collections.Immutable;
using System.Text;
using AngleSharp.Dom;
using Corroborate.Model;

namespace Corroborate.Ingest.Html;

/// <summary>
/// Finds an HTML page's article text. The cascade, in order:
/// <list type="number">
/// <item>take embedded social posts out of the page (<see cref="EmbeddedPostReader"/>);</item>
/// <item>measure every element and mark boilerplate by tag and class/id cues (<see cref="PageAnalysis"/>);</item>
/// <item>choose the article container by readability-style scoring (<see cref="CandidateScorer"/>);</item>
/// <item>cut the container's text into paragraphs, recording boilerplate met on the way (<see cref="TextCollector"/>);</item>
/// <item>drop paragraphs that are boilerplate by their words (<see cref="ParagraphRules"/>);</item>
/// <item>if nothing is left, fall back to the best text block (<see cref="BestTextBlock"/>).</item>
/// </list>
/// Reads the DOM it is given and removes the embeds from it.
/// </summary>
internal sealed class ArticleExtractor
{
    /// <summary>Paragraph separator in <see cref="ArticleContent.Text"/>.</summary>
    public const string ParagraphSeparator = "\n\n";

    /// <summary>How many levels above the container count as "next to the article" for recording removals.</summary>
    private const int NeighbourLevels = 3;

    public ArticleContent Extract(IDocument document, string? title, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        if ((document.Body ?? document.DocumentElement) is not { } body)
        {
            return new ArticleContent("", [], [], []);
        }

        var posts = EmbeddedPostReader.TakeAll(body);
        var page = PageAnalysis.Analyse(body, cancellationToken);
        var containers = CandidateScorer.Choose(page);
        cancellationToken.ThrowIfCancellationRequested();

        var collector = new TextCollector(page);
        foreach (var container in containers)
        {
            collector.Collect(container);
        }

        RecordNeighbours(containers, page, collector);

        var text = new StringBuilder();
        var headings = ImmutableArray.CreateBuilder<string>();
        var removed = ImmutableArray.CreateBuilder<Removal>();
        removed.AddRange(collector.Removed);
        foreach (var block in collector.Blocks)
        {
            if (ParagraphRules.RemovalReason(block, title) is { } reason)
            {
                removed.Add(new Removal(block.Text, reason));
                continue;
            }

            if (text.Length > 0)
            {
                text.Append(ParagraphSeparator);
            }

            text.Append(block.Text);
            if (block.IsHeading)
            {
                headings.Add(block.Text);
            }
        }

        if (text.Length == 0 && posts.Count == 0)
        {
            // Every block was judged furniture (a page that is one linked block, an article in a "sidebar"):
            // a page with text must not yield nothing, so the best text block stands in for the article.
            text.Append(BestTextBlock.Find(body));
        }

        return new ArticleContent(text.ToString(), headings.ToImmutable(), removed.ToImmutable(), [.. posts]);
    }

    /// <summary>
    /// Boilerplate beside the article is recorded too: related links, share bars and comment threads sit
    /// next to the container or next to its parent and grandparent.
    /// </summary>
    private static void RecordNeighbours(List<IElement> containers, PageAnalysis page, TextCollector collector)
    {
        var seen = new HashSet<IElement>();
        var level = containers[0];
        for (var up = 0; up < NeighbourLevels && level != page.Root && level.ParentElement is { } parent; up++, level = parent)
        {
            foreach (var sibling in Dom.ChildElements(parent))
            {
                if (page.Boilerplate.TryGetValue(sibling, out var reason) && seen.Add(sibling))
                {
                    collector.RecordRemoval(sibling, reason);
                }
            }
        }
    }
}
