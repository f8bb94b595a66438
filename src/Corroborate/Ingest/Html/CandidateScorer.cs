using AngleSharp.Dom;

namespace Corroborate.Ingest.Html;

/// <summary>
/// Readability-style choice of the article container: every paragraph-like block scores its ancestors by
/// length and commas, containers start from a tag and class/id weight, scores are discounted by link
/// density, and the best container is joined by siblings that look like more of the article.
/// </summary>
internal static class CandidateScorer
{
    /// <summary>Blocks shorter than this (non-space characters) are captions, labels or buttons, not paragraphs.</summary>
    private const int MinParagraphLength = 25;

    /// <summary>Ancestors a paragraph scores: parent fully, grandparent half, then score / (level × 3).</summary>
    private const int ScoredAncestors = 5;

    /// <summary>Readability caps the length bonus at three points per paragraph (one per 100 characters).</summary>
    private const int MaxLengthBonus = 3;

    /// <summary>A sibling joins the article when it scores at least this share of the best container (readability's 0.2).</summary>
    private const double SiblingShare = 0.2;

    /// <summary>Sibling paragraphs longer than this with little linked text join the article (readability's rule).</summary>
    private const int SiblingParagraphLength = 80;

    private const double SiblingMaxLinkDensity = 0.25;

    /// <summary>Other candidates scoring at least this share of the best are alternatives (readability's 0.75).</summary>
    private const double AlternativeShare = 0.75;

    /// <summary>Readability moves up to a common ancestor when it holds this many alternatives.</summary>
    private const int MinAlternatives = 3;

    /// <summary>Returns the containers that hold the article, in document order.</summary>
    public static List<IElement> Choose(PageAnalysis page)
    {
        var candidates = new List<IElement>();
        foreach (var element in page.Order)
        {
            if (IsParagraph(element, page))
            {
                var stats = page.Stats(element);
                AddParagraph(element.ParentElement, stats.TextLength, stats.Commas, page, candidates);
            }
            else if (IsTextContainer(element) && page.Stats(element) is { OwnTextLength: >= MinParagraphLength } stats)
            {
                // Loose text beside blocks (text and <br> in a div with a picture div in between): readability
                // wraps it in a paragraph whose parent is this element, so this element scores it.
                AddParagraph(element, stats.OwnTextLength, stats.OwnCommas, page, candidates);
            }
        }

        IElement? top = null;
        double topScore = double.MinValue;
        foreach (var candidate in candidates)
        {
            var stats = page.Stats(candidate);
            stats.Score *= 1 - stats.LinkDensity;
            if (stats.Score > topScore)
            {
                (top, topScore) = (candidate, stats.Score);
            }
        }

        if (top is null)
        {
            return [page.Root];
        }

        top = CommonAncestorOfAlternatives(top, topScore, candidates, page);
        topScore = Math.Max(topScore, page.Stats(top).Score is var s && double.IsNaN(s) ? topScore : s);
        return WithSiblings(top, topScore, page);
    }

    /// <summary>
    /// Readability's rule for articles split into chunks (around ads or pull quotes): when several other
    /// candidates score nearly as well, the article is their common ancestor, not the best chunk.
    /// </summary>
    private static IElement CommonAncestorOfAlternatives(IElement top, double topScore, List<IElement> candidates, PageAnalysis page)
    {
        var alternatives = new List<IElement>();
        foreach (var candidate in candidates)
        {
            if (candidate != top && page.Stats(candidate).Score >= topScore * AlternativeShare && !Contains(candidate, top) && !Contains(top, candidate))
            {
                alternatives.Add(candidate);
            }
        }

        if (alternatives.Count < MinAlternatives)
        {
            return top;
        }

        for (var ancestor = top.ParentElement; ancestor is not null; ancestor = ancestor.ParentElement)
        {
            var contained = 0;
            foreach (var alternative in alternatives)
            {
                if (Contains(ancestor, alternative))
                {
                    contained++;
                }
            }

            if (contained >= MinAlternatives)
            {
                return ancestor;
            }

            if (ancestor == page.Root)
            {
                break;
            }
        }

        return top;
    }

    private static bool Contains(IElement ancestor, IElement element)
    {
        for (var e = element.ParentElement; e is not null; e = e.ParentElement)
        {
            if (e == ancestor)
            {
                return true;
            }
        }

        return false;
    }

    private static void AddParagraph(IElement? parent, int length, int commas, PageAnalysis page, List<IElement> candidates)
    {
        if (length < MinParagraphLength)
        {
            return;
        }

        var score = 1.0 + commas + Math.Min(length / 100, MaxLengthBonus);
        var ancestor = parent;
        for (var level = 0; level < ScoredAncestors && ancestor is not null; level++, ancestor = ancestor.ParentElement)
        {
            var ancestorStats = page.Stats(ancestor);
            if (double.IsNaN(ancestorStats.Score))
            {
                ancestorStats.Score = InitialScore(ancestor);
                candidates.Add(ancestor);
            }

            ancestorStats.Score += level == 0 ? score : level == 1 ? score / 2 : score / (level * 3);
            if (ancestor == page.Root)
            {
                break;
            }
        }
    }

    private static bool IsTextContainer(IElement element) => element.TagName is "DIV" or "SECTION" or "ARTICLE" or "MAIN" or "TD" or "BODY";

    private static List<IElement> WithSiblings(IElement top, double topScore, PageAnalysis page)
    {
        if (top.ParentElement is not { } parent || top == page.Root)
        {
            return [top];
        }

        var threshold = Math.Max(10, topScore * SiblingShare);
        var chosen = new List<IElement>();
        foreach (var sibling in Dom.ChildElements(parent))
        {
            if (sibling == top)
            {
                chosen.Add(sibling);
                continue;
            }

            if (BoilerplateRules.IsDropped(sibling) || page.Boilerplate.ContainsKey(sibling))
            {
                continue;
            }

            var stats = page.Stats(sibling);
            var bonus = !string.IsNullOrEmpty(top.ClassName) && sibling.ClassName == top.ClassName ? topScore * SiblingShare : 0;
            if (!double.IsNaN(stats.Score) && stats.Score + bonus >= threshold)
            {
                chosen.Add(sibling);
            }
            else if (sibling.TagName == "P" || IsParagraph(sibling, page))
            {
                var text = stats.TextLength;
                if ((text > SiblingParagraphLength && stats.LinkDensity < SiblingMaxLinkDensity)
                    || (text > 0 && stats.LinkDensity == 0 && EndsSentence(sibling)))
                {
                    chosen.Add(sibling);
                }
            }
        }

        return chosen;
    }

    private static bool EndsSentence(IElement element)
    {
        var text = element.TextContent.AsSpan().TrimEnd();
        return text.Length > 0 && text[^1] is '.' or '!' or '?' or '"' or '”' or '»';
    }

    private static bool IsParagraph(IElement element, PageAnalysis page) => element.TagName switch
    {
        "P" or "PRE" or "BLOCKQUOTE" or "DD" => true,
        "TD" => !page.Stats(element).HasBlockChild,
        "DIV" or "SECTION" or "ARTICLE" or "SPAN" or "FONT" => !page.Stats(element).HasBlockChild,
        _ => false,
    };

    private static double InitialScore(IElement element)
    {
        var score = element.TagName switch
        {
            "DIV" or "ARTICLE" or "MAIN" or "SECTION" => 5,
            "PRE" or "TD" or "BLOCKQUOTE" => 3,
            "ADDRESS" or "OL" or "UL" or "DL" or "DD" or "DT" or "LI" or "FORM" => -3,
            "H1" or "H2" or "H3" or "H4" or "H5" or "H6" or "TH" => -5,
            _ => 0,
        };
        return score + BoilerplateRules.ClassWeight(element);
    }
}
