using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;
using Corroborate.Model;

namespace Corroborate.Text;

/// <summary>
/// Finishes the Text stage: tags each segment and the article with a language, splits sentences within
/// segments, and derives the content hash and id. Reads <see cref="CleanedDocument"/>; writes <see cref="Article"/>.
/// </summary>
public sealed class ArticleAssembler(LanguageIdentifier languages, SentenceSplitter splitter)
{
    /// <summary>Language identification reads at most this many characters of the body: plenty for a stable answer.</summary>
    private const int LanguageSampleLength = 4000;

    public ArticleAssembler() : this(LanguageIdentifier.Default, SentenceSplitter.Default)
    {
    }

    public Article Assemble(CleanedDocument cleaned, DateTimeOffset? receivedAt = null)
    {
        var text = cleaned.CleanText;
        var segments = ImmutableArray.CreateBuilder<Segment>(cleaned.Segments.Length);
        var sentences = ImmutableArray.CreateBuilder<TextSpan>();
        for (var i = 0; i < cleaned.Segments.Length; i++)
        {
            var segment = cleaned.Segments[i];
            // A body paragraph was identified while cleaning (the same text, the same deterministic identifier).
            var code = segment.Span.Length == 0 ? "und"
                : ReferenceEquals(cleaned.GuessedBy, languages) && i < cleaned.SegmentGuesses.Length && cleaned.SegmentGuesses[i] is { } known ? known
                : languages.Identify(segment.Span.Slice(text)).Code;
            segments.Add(segment with { Language = code, Date = SaneDates.Publication(segment.Date) });
            splitter.Split(text, segment.Span, lineBreaksEndSentences: segment.Kind != SegmentKind.Body, sentences);
        }

        var body = text.AsSpan(0, cleaned.BodyLength);
        var bodyLanguage = body.Length == 0 ? "und" : languages.Identify(body[..Math.Min(body.Length, LanguageSampleLength)]).Code;
        var source = cleaned.Source;
        // Go's zero time, epoch zero and dates past the sane range say "no date": stored as unknown, never computed with.
        var published = SaneDates.Publication(source.Published);
        var hash = ContentHash(source.Outlet, source.Title, text);
        return new Article
        {
            Id = hash[..12],
            Source = source.Source,
            ExternalId = source.ExternalId,
            Url = source.Url,
            Title = source.Title,
            Outlet = source.Outlet,
            Author = source.Author,
            Published = published,
            PublishedFrom = published is null ? null : source.PublishedFrom,
            Language = bodyLanguage,
            CleanText = text,
            BodyLength = cleaned.BodyLength,
            Segments = segments.ToImmutable(),
            Sentences = sentences.ToImmutable(),
            Removed = cleaned.Removed,
            ContentHash = hash,
            ReceivedAt = receivedAt,
        };
    }

    /// <summary>SHA-256 over outlet, title and the clean text with case and white space folded.</summary>
    public static string ContentHash(string? outlet, string? title, string cleanText)
    {
        var normalized = new StringBuilder(cleanText.Length + 64);
        AppendFolded(normalized, outlet);
        normalized.Append('\u0001');
        AppendFolded(normalized, title);
        normalized.Append('\u0001');
        AppendFolded(normalized, cleanText);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(normalized.ToString())));
    }

    private static void AppendFolded(StringBuilder builder, string? text)
    {
        if (text is null)
        {
            return;
        }

        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                space = builder.Length > 0;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            builder.Append(char.ToLowerInvariant(c));
        }
    }
}
