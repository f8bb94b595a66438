using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;
using Corroborate.Ingest;
using Corroborate.Model;
using Corroborate.Extraction;

namespace Corroborate.Evaluation.Entities;

/// <summary>
/// A hand annotation of the names in some articles of a gold story file, stored without any of their text:
/// one tab-separated line per name, <c>article id, start, end, label, chain</c>, offsets in UTF-16 code units
/// into the clean text <see cref="EntityEvaluation"/> builds (title, blank line, text), end exclusive.
/// Labels: <c>person</c>, <c>organisation</c>, <c>place</c> (scored), <c>other</c> (a name of something else:
/// a work, a product, a ship, an event) and <c>demonym</c> ("Iranian"), which are neither required nor counted
/// wrong. The chain names the identity across all annotated articles and stories ("same chain, same one").
/// A line <c>article id, *</c> marks an article as annotated even when it holds no name; every article on
/// any line is annotated completely. Lines starting with <c>#</c> are comments.
/// </summary>
internal sealed class EntityGoldAnnotation
{
    private EntityGoldAnnotation(ImmutableArray<EntityGoldMention> mentions, FrozenSet<string> articles)
    {
        Mentions = mentions;
        Articles = articles;
    }

    public ImmutableArray<EntityGoldMention> Mentions { get; }

    /// <summary>The articles annotated completely.</summary>
    public FrozenSet<string> Articles { get; }

    /// <summary>Reads an annotation file; throws <see cref="InputException"/> naming the file and line when a line is malformed.</summary>
    public static EntityGoldAnnotation Read(string path)
    {
        var mentions = ImmutableArray.CreateBuilder<EntityGoldMention>();
        var articles = new HashSet<string>(StringComparer.Ordinal);
        var lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var cells = line.Split('\t');
            articles.Add(cells[0]);
            if (cells.Length == 2 && cells[1] == "*")
            {
                continue;
            }

            if (cells.Length != 5 || !int.TryParse(cells[1], NumberStyles.None, CultureInfo.InvariantCulture, out var start)
                || !int.TryParse(cells[2], NumberStyles.None, CultureInfo.InvariantCulture, out var end) || end <= start)
            {
                throw new InputException(path, $"line {lineNumber} is not 'article, start, end, label, chain' with start < end", lineNumber);
            }

            var label = cells[3] switch
            {
                "person" or "organisation" or "place" or "other" or "demonym" => cells[3],
                _ => throw new InputException(path, $"line {lineNumber} has an unknown label {InputText.Quote(cells[3])}", lineNumber),
            };
            mentions.Add(new EntityGoldMention(cells[0], new TextSpan(start, end), label, cells[4]));
        }

        return new EntityGoldAnnotation(mentions.ToImmutable(), articles.ToFrozenSet(StringComparer.Ordinal));
    }

    /// <summary>
    /// Checks the annotation against the articles: every annotated article is there and every span lies inside
    /// its clean text. Throws <see cref="InputException"/> naming <paramref name="source"/> otherwise.
    /// </summary>
    public void Validate(IReadOnlyDictionary<string, Article> articles, string source)
    {
        foreach (var id in Articles)
        {
            if (!articles.ContainsKey(id))
            {
                throw new InputException(source, $"annotated article {InputText.Quote(id)} is not among the articles evaluated");
            }
        }

        foreach (var mention in Mentions)
        {
            if (mention.Span.End > articles[mention.Article].CleanText.Length)
            {
                throw new InputException(source, $"the span {mention.Span.Start}-{mention.Span.End} of {InputText.Quote(mention.Article)} runs past its text");
            }
        }
    }
}

/// <summary>One annotated name: article, span, label (person, organisation, place, other, demonym) and chain.</summary>
internal sealed record EntityGoldMention(string Article, TextSpan Span, string Label, string Chain)
{
    /// <summary>Person, organisation and place names are scored; the other labels only excuse what they cover.</summary>
    public bool IsScored => Label is "person" or "organisation" or "place";

    public EntityType Type => Label switch
    {
        "person" => EntityType.Person,
        "organisation" => EntityType.Organisation,
        "place" => EntityType.Place,
        _ => EntityType.Unknown,
    };
}
