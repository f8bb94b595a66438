using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;
using Corroborate.Model;

namespace Corroborate.Storage;

/// <summary>Compact JSON for the span-bearing parts of an article kept in one column each.</summary>
internal static class ArticleJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter() },
    };

    /// <summary>Written by <see cref="StoreJsonWriter"/> (the same bytes, without the serializer's start-up cost) wherever it can.</summary>
    public static string Segments(ImmutableArray<Segment> segments) => StoreJsonWriter.CanWrite(segments) ? StoreJsonWriter.Segments(segments) :
        JsonSerializer.Serialize(segments.Select(s => new SegmentRow(s.Kind, s.Span.Start, s.Span.End, s.Language, s.Author, s.Handle, s.Date)), Options);

    public static ImmutableArray<Segment> Segments(string json) =>
        [.. JsonSerializer.Deserialize<SegmentRow[]>(json, Options)!.Select(r => new Segment(r.Kind, new TextSpan(r.Start, r.End), r.Language, r.Author, r.Handle, r.Date))];

    public static string Spans(ImmutableArray<TextSpan> spans) => !spans.IsDefault ? StoreJsonWriter.Spans(spans) :
        JsonSerializer.Serialize(spans.Select(s => new[] { s.Start, s.End }), Options);

    public static ImmutableArray<TextSpan> Spans(string json) =>
        [.. JsonSerializer.Deserialize<int[][]>(json, Options)!.Select(pair => new TextSpan(pair[0], pair[1]))];

    public static string Removed(ImmutableArray<Removal> removed) =>
        StoreJsonWriter.CanWrite(removed) ? StoreJsonWriter.Removed(removed) : JsonSerializer.Serialize(removed, Options);

    public static ImmutableArray<Removal> Removed(string json) => [.. JsonSerializer.Deserialize<Removal[]>(json, Options)!];

    private sealed record SegmentRow(SegmentKind Kind, int Start, int End, string? Language, string? Author, string? Handle, DateTimeOffset? Date);
}
