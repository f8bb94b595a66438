using System.Collections.Immutable;
using System.Text;
using System.Text.RegularExpressions;
using Corroborate.Model;

namespace Corroborate.Text;

/// <summary>
/// Turns a reader's raw text into clean text: drops page furniture line by line (each removal recorded
/// with its reason), lifts embedded social posts out of the body into their own segments, and marks
/// short unpunctuated lines as headings. Reads <see cref="SourceDocument"/>; writes
/// <see cref="CleanedDocument"/>. Cleaning is idempotent: cleaning clean text changes nothing.
/// </summary>
public sealed partial class ArticleCleaner(BoilerplateClassifier classifier, LanguageIdentifier languages)
{
    /// <summary>A post in the article's own language is taken only up to a tweet's length (280) plus slack.</summary>
    private const int MaxSameLanguagePostLength = 320;

    /// <summary>Headings are short: at most this many words and characters.</summary>
    private const int MaxHeadingWords = 14, MaxHeadingLength = 120;

    /// <summary>Below this confidence a block's language is not trusted to tell a post from the body.</summary>
    private const double MinLanguageConfidence = 0.5;

    public ArticleCleaner() : this(BoilerplateClassifier.Default, LanguageIdentifier.Default)
    {
    }

    public CleanedDocument Clean(SourceDocument document)
    {
        document = WithoutControlCharacters(document);
        var removed = ImmutableArray.CreateBuilder<Removal>();
        removed.AddRange(document.Removed);
        var blocks = SplitBlocks(document.Text, document.Title, removed);
        var bodyLanguage = DominantLanguage(blocks);
        ClaimEmbeddedPosts(blocks, bodyLanguage, removed);
        MarkHeadings(blocks, document.Headings);
        return Assemble(document, blocks, removed.ToImmutable());
    }

    /// <summary>
    /// Control characters are no one's words: an ESC sequence in a headline would reach every terminal and
    /// log that prints it. C0 controls other than tab and line breaks, DEL and C1 controls are dropped from
    /// the text and the metadata people read; a lone UTF-16 surrogate (half a character, which Unicode
    /// normalisation refuses) becomes U+FFFD.
    /// </summary>
    private static SourceDocument WithoutControlCharacters(SourceDocument document)
    {
        if (!HasControls(document.Text) && !HasControls(document.Title) && !HasControls(document.Outlet) && !HasControls(document.Author))
        {
            return document;
        }

        return document with { Text = StripControls(document.Text)!, Title = StripControls(document.Title), Outlet = StripControls(document.Outlet), Author = StripControls(document.Author) };
    }

    private static readonly System.Buffers.SearchValues<char> Controls = System.Buffers.SearchValues.Create(
        [.. Enumerable.Range(0, 0x20).Where(c => c is not '\t' and not '\n' and not '\r').Select(c => (char)c), .. Enumerable.Range(0x7F, 0x21).Select(c => (char)c)]);

    private static bool HasControls(string? text) =>
        text is not null && (text.AsSpan().ContainsAny(Controls) || (text.AsSpan().ContainsAnyInRange('\uD800', '\uDFFF') && HasLoneSurrogate(text)));

    private static bool HasLoneSurrogate(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return true;
            }
        }

        return false;
    }

    private static string? StripControls(string? text)
    {
        if (!HasControls(text))
        {
            return text;
        }

        var builder = new StringBuilder(text!.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(c).Append(text[++i]);
            }
            else if (char.IsSurrogate(c))
            {
                builder.Append('\uFFFD');
            }
            else if (!Controls.Contains(c))
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    private List<TextBlock> SplitBlocks(string text, string? title, ImmutableArray<Removal>.Builder removed)
    {
        var blocks = new List<TextBlock>();
        foreach (var paragraph in ParagraphBreak().Split(text.Replace("\r\n", "\n", StringComparison.Ordinal)))
        {
            var whole = CollapseSpaces(paragraph.Replace('\n', ' '));
            if (whole.Length == 0)
            {
                continue;
            }

            // Only the disclaimer reason matters for a whole paragraph; its own rule (one quick search) goes first so
            // the other rules run on the paragraph only when it might be one. Classify still decides, as it always did.
            if (BoilerplateClassifier.IsTranslationDisclaimer(whole) && classifier.Classify(whole, title) == RemovalReasons.TranslationDisclaimer)
            {
                removed.Add(new Removal(whole, RemovalReasons.TranslationDisclaimer));
                continue;
            }

            var kept = new List<string>();
            foreach (var rawLine in paragraph.Split('\n'))
            {
                // Media links come off first: a line that is furniture once they are gone is furniture.
                var line = CollapseSpaces(BoilerplateClassifier.InlineMediaLink.Replace(rawLine, match =>
                {
                    removed.Add(new Removal(match.Value.Trim(), RemovalReasons.MediaLink));
                    return " ";
                }));
                if (line.Length == 0)
                {
                    continue;
                }

                if (PostAttribution.TryParse(line) is { } attribution)
                {
                    // Text above the signature in the same paragraph is the post's own block.
                    if (kept.Count > 0)
                    {
                        blocks.Add(new TextBlock(kept));
                        kept = [];
                    }

                    blocks.Add(new TextBlock([line]) { Role = BlockRole.Attribution, Attribution = attribution });
                    continue;
                }

                if (classifier.Classify(line, title) is { } reason)
                {
                    removed.Add(new Removal(line, reason));
                    continue;
                }

                line = BoilerplateClassifier.TrailingRelatedLink.Replace(line, match =>
                {
                    removed.Add(new Removal(match.Value.Trim(), RemovalReasons.RelatedLink));
                    return "";
                }).TrimEnd();
                if (line.Length > 0)
                {
                    kept.Add(line);
                }
            }

            if (kept.Count > 0)
            {
                blocks.Add(new TextBlock(kept));
            }
        }

        foreach (var block in blocks)
        {
            if (block.Role == BlockRole.Body)
            {
                var guess = languages.Identify(block.Text);
                block.Language = guess.Confidence >= MinLanguageConfidence ? guess.Code : null;
                block.Guess = guess.Code;
            }
        }

        return blocks;
    }

    private string DominantLanguage(List<TextBlock> blocks)
    {
        var weights = new Dictionary<string, int>();
        foreach (var block in blocks)
        {
            if (block.Role == BlockRole.Body && block.Language is { } code)
            {
                weights[code] = weights.GetValueOrDefault(code) + block.Text.Length;
            }
        }

        return weights.Count == 0 ? "und" : weights.MaxBy(pair => pair.Value).Key;
    }

    /// <summary>
    /// Walks back from each signature line over the paragraphs that belong to the post: every adjacent
    /// paragraph in the post's language when that differs from the body's; in the body's own language
    /// only over paragraphs that each look like a post (hashtags, mentions, links, emoji, no final
    /// stop) and within a post's length. A same-language post whose first paragraph reads like reporting
    /// keeps that paragraph in the body: taking a reported sentence would be worse than leaving a post's. A signature with nothing it can claim keeps an
    /// empty post (the embed was an image or video), so no body sentence is ever taken.
    /// </summary>
    private static void ClaimEmbeddedPosts(List<TextBlock> blocks, string bodyLanguage, ImmutableArray<Removal>.Builder removed)
    {
        for (var i = 0; i < blocks.Count; i++)
        {
            if (blocks[i].Role != BlockRole.Attribution)
            {
                continue;
            }

            removed.Add(new Removal(blocks[i].Text, RemovalReasons.EmbedAttribution));
            var start = i;
            var nearest = i - 1;
            if (nearest >= 0 && blocks[nearest].Role == BlockRole.Body)
            {
                var postLanguage = blocks[nearest].Language;
                if (postLanguage is not null && postLanguage != bodyLanguage)
                {
                    while (start - 1 >= 0 && blocks[start - 1].Role == BlockRole.Body && blocks[start - 1].Language == postLanguage)
                    {
                        start--;
                    }
                }
                else if (LooksLikePost(blocks[nearest].Text))
                {
                    var length = 0;
                    while (start - 1 >= 0 && blocks[start - 1].Role == BlockRole.Body
                        && blocks[start - 1].Language == postLanguage
                        && (start == i || LooksLikePost(blocks[start - 1].Text))
                        && length + blocks[start - 1].Text.Length <= MaxSameLanguagePostLength)
                    {
                        length += blocks[start - 1].Text.Length;
                        start--;
                    }
                }
            }

            for (var j = start; j < i; j++)
            {
                blocks[j].Role = BlockRole.PostText;
                blocks[j].Attribution = blocks[i].Attribution;
            }
        }
    }

    private static bool LooksLikePost(string text) =>
        PostCue().IsMatch(text) || !EndsWithSentencePunctuation(text) || text.Any(c => char.IsSurrogate(c));

    private static void MarkHeadings(List<TextBlock> blocks, ImmutableArray<string> knownHeadings)
    {
        var lastBody = blocks.FindLastIndex(b => b.Role == BlockRole.Body);
        for (var i = 0; i < lastBody; i++)
        {
            var block = blocks[i];
            if (block.Role != BlockRole.Body || block.Lines.Count != 1)
            {
                continue;
            }

            var line = block.Lines[0];
            var known = knownHeadings.Contains(line, StringComparer.Ordinal);
            if (known || (line.Length <= MaxHeadingLength && line.AsSpan().Count(' ') < MaxHeadingWords
                && !EndsWithSentencePunctuation(line) && StartsLikeHeading(line)))
            {
                block.Role = BlockRole.Heading;
            }
        }
    }

    private CleanedDocument Assemble(SourceDocument document, List<TextBlock> blocks, ImmutableArray<Removal> removed)
    {
        // Sized for the source text: the clean text is rarely longer, and growing the builder step by step copied it several times.
        var text = new StringBuilder(document.Text.Length);
        var segments = ImmutableArray.CreateBuilder<Segment>();
        var guesses = ImmutableArray.CreateBuilder<string?>();
        foreach (var block in blocks.Where(b => b.Role is BlockRole.Body or BlockRole.Heading))
        {
            Append(text, segments, block.Text, block.Role == BlockRole.Heading ? SegmentKind.Heading : SegmentKind.Body, null);
            guesses.Add(block.Guess);
        }

        var bodyLength = text.Length;
        foreach (var post in document.EmbeddedPosts)
        {
            var attribution = new PostAttribution("", post.Author ?? "", post.Handle ?? "", post.Date);
            Append(text, segments, CollapseSpaces(post.Text), SegmentKind.EmbeddedPost, attribution);
        }

        for (var i = 0; i < blocks.Count; i++)
        {
            if (blocks[i].Role != BlockRole.Attribution)
            {
                continue;
            }

            var postText = string.Join("\n", blocks.Where(b => b.Role == BlockRole.PostText && ReferenceEquals(b.Attribution, blocks[i].Attribution)).Select(b => b.Text));
            Append(text, segments, postText, SegmentKind.EmbeddedPost, blocks[i].Attribution);
        }

        while (guesses.Count < segments.Count)
        {
            guesses.Add(null);
        }

        return new CleanedDocument(document, text.ToString(), bodyLength, segments.ToImmutable(), removed) { SegmentGuesses = guesses.ToImmutable(), GuessedBy = languages };
    }

    private static void Append(StringBuilder text, ImmutableArray<Segment>.Builder segments, string content, SegmentKind kind, PostAttribution? attribution)
    {
        if (text.Length > 0)
        {
            text.Append("\n\n");
        }

        var start = text.Length;
        text.Append(content);
        segments.Add(new Segment(kind, new TextSpan(start, text.Length), null, attribution?.Author is { Length: > 0 } a ? a : null,
            attribution?.Handle is { Length: > 0 } h ? h : null, attribution?.Date));
    }

    private static bool EndsWithSentencePunctuation(string line)
    {
        var trimmed = line.AsSpan().TrimEnd("\"'”’»)] ");
        return trimmed.Length > 0 && trimmed[^1] is '.' or '!' or '?' or ':' or ';' or ',' or '…' or '。' or '؟' or '！' or '？';
    }

    private static bool StartsLikeHeading(string line) =>
        char.IsUpper(line[0]) || (line.Length > 1 && line[0] is '"' or '“' or '‘' or '\'' && char.IsUpper(line[1]));

    /// <summary>
    /// Trims the line and turns every run of spaces (any of <see cref="Spaces"/>) into one plain space. Most lines
    /// need no change: those are returned as they are instead of being rebuilt by the regex.
    /// </summary>
    internal static string CollapseSpaces(string line)
    {
        var trimmed = line.Trim();
        return NeedsCollapsing(trimmed) ? Spaces().Replace(trimmed, " ") : trimmed;
    }

    /// <summary>True when the text holds a space other than U+0020 or two spaces in a row: what <see cref="Spaces"/> would change.</summary>
    private static bool NeedsCollapsing(ReadOnlySpan<char> text)
    {
        var rest = text;
        while (true)
        {
            var at = rest.IndexOfAny(SpaceCharacters);
            if (at < 0)
            {
                return false;
            }

            if (rest[at] != ' ' || (at + 1 < rest.Length && SpaceCharacters.Contains(rest[at + 1])))
            {
                return true;
            }

            rest = rest[(at + 1)..];
        }
    }

    /// <summary>The characters of <see cref="Spaces"/>'s class, kept in step with it (a test compares the two on arbitrary text).</summary>
    private static readonly System.Buffers.SearchValues<char> SpaceCharacters = System.Buffers.SearchValues.Create(
        " \t\u00A0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u202F\u205F\u3000");

    [GeneratedRegex(@"\n[ \t\u00A0]*\n\s*")]
    private static partial Regex ParagraphBreak();

    [GeneratedRegex(@"[ \t\u00A0\u2000-\u200A\u202F\u205F\u3000]+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"(?:^|\s)[#@]\w|https?://|…$")]
    private static partial Regex PostCue();
}
