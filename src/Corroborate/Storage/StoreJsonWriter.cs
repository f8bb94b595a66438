using System.Buffers;
using System.Collections.Immutable;
using System.Text;
using System.Text.Json;
using Corroborate.Clustering;
using Corroborate.Model;

namespace Corroborate.Storage;

/// <summary>
/// Writes the store's JSON columns (an article's segments, sentence spans and removals; a story snapshot) straight
/// through a <see cref="Utf8JsonWriter"/>, the same bytes <see cref="JsonSerializer"/> writes for them with the options
/// of <see cref="ArticleJson"/> and <see cref="PreparedInputJson"/>: the same property names in the same order, nulls
/// left out or written as those options say, enums by name, dates and escaping by the writer that the serializer
/// itself uses. Why: the serializer's reflection metadata and generic converters cost a fresh process ≈ 0.1 s of CPU
/// (a quarter of a one-article <c>ingest</c>), and a little per article after that.
/// </summary>
internal static class StoreJsonWriter
{
    [ThreadStatic]
    private static ArrayBufferWriter<byte>? t_buffer;

    [ThreadStatic]
    private static Utf8JsonWriter? t_writer;

    /// <summary>As <c>JsonSerializer.Serialize(rows, options)</c> with null values left out and enums by name.</summary>
    public static string Segments(ImmutableArray<Segment> segments) => Write(segments, static (writer, segments) =>
    {
        writer.WriteStartArray();
        foreach (var segment in segments)
        {
            writer.WriteStartObject();
            writer.WriteString("Kind", segment.Kind.ToString());
            writer.WriteNumber("Start", segment.Span.Start);
            writer.WriteNumber("End", segment.Span.End);
            StringUnlessNull(writer, "Language", segment.Language);
            StringUnlessNull(writer, "Author", segment.Author);
            StringUnlessNull(writer, "Handle", segment.Handle);
            if (segment.Date is { } date)
            {
                writer.WriteString("Date", date);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    });

    /// <summary>Each span as a two-number array.</summary>
    public static string Spans(ImmutableArray<TextSpan> spans) => Write(spans, static (writer, spans) =>
    {
        writer.WriteStartArray();
        foreach (var span in spans)
        {
            writer.WriteStartArray();
            writer.WriteNumberValue(span.Start);
            writer.WriteNumberValue(span.End);
            writer.WriteEndArray();
        }

        writer.WriteEndArray();
    });

    /// <summary>Each removal as an object, null values left out.</summary>
    public static string Removed(ImmutableArray<Removal> removed) => Write(removed, static (writer, removed) =>
    {
        writer.WriteStartArray();
        foreach (var removal in removed)
        {
            writer.WriteStartObject();
            StringUnlessNull(writer, "Text", removal.Text);
            StringUnlessNull(writer, "Reason", removal.Reason);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    });

    /// <summary>A story snapshot with the serializer's defaults: every property in declaration order, nulls written.</summary>
    public static string Story(Story story) => Write(story, static (writer, story) =>
    {
        writer.WriteStartObject();
        writer.WriteString("Id", story.Id);
        writer.WriteString("Title", story.Title);
        DateOrNull(writer, "FirstSeen", story.FirstSeen);
        DateOrNull(writer, "LastSeen", story.LastSeen);
        writer.WriteStartArray("ArticleIds");
        foreach (var id in story.ArticleIds)
        {
            writer.WriteStringValue(id);
        }

        writer.WriteEndArray();
        writer.WriteStartArray("Duplicates");
        foreach (var duplicate in story.Duplicates)
        {
            writer.WriteStartObject();
            writer.WriteString("ArticleId", duplicate.ArticleId);
            writer.WriteString("DuplicateOf", duplicate.DuplicateOf);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteNumber("OutletCount", story.OutletCount);
        writer.WriteStartArray("Keywords");
        foreach (var keyword in story.Keywords)
        {
            writer.WriteStringValue(keyword);
        }

        writer.WriteEndArray();
        writer.WriteNumber("Sequence", story.Sequence);
        writer.WriteEndObject();
    });

    /// <summary>
    /// Whether this writer can write <paramref name="story"/> as the serializer would: a default (uninitialised) array
    /// is something the serializer has its own answer for, so such a story is left to it.
    /// </summary>
    public static bool CanWrite(Story story) =>
        !story.ArticleIds.IsDefault && !story.Duplicates.IsDefault && !story.Keywords.IsDefault && !story.Duplicates.Any(d => d is null);

    /// <summary>Whether every value is one this writer writes as the serializer would (defined enum names, no null element, no default array).</summary>
    public static bool CanWrite(ImmutableArray<Segment> segments) =>
        !segments.IsDefault && segments.All(s => s is not null && Enum.IsDefined(s.Kind));

    public static bool CanWrite(ImmutableArray<Removal> removed) => !removed.IsDefault && removed.All(r => r is not null);

    private static void StringUnlessNull(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is not null)
        {
            writer.WriteString(name, value);
        }
    }

    private static void DateOrNull(Utf8JsonWriter writer, string name, DateTimeOffset? value)
    {
        if (value is { } date)
        {
            writer.WriteString(name, date);
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    private static string Write<T>(T value, Action<Utf8JsonWriter, T> write)
    {
        var buffer = t_buffer ??= new ArrayBufferWriter<byte>(4096);
        buffer.ResetWrittenCount();
        var writer = t_writer ??= new Utf8JsonWriter(buffer);
        writer.Reset(buffer);
        write(writer, value);
        writer.Flush();
        var text = Encoding.UTF8.GetString(buffer.WrittenSpan);
        if (buffer.Capacity > 1 << 20)
        {
            // One huge story must not keep a megabyte per thread alive for the rest of the process.
            (t_buffer, t_writer) = (null, null);
        }

        return text;
    }
}
