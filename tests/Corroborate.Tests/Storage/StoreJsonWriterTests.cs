using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;
using Corroborate.Clustering;
using Corroborate.Model;
using Corroborate.Storage;
using FsCheck;
using FsCheck.Fluent;

namespace Corroborate.Tests.Storage;

/// <summary>The hand-written store columns are the serializer's bytes: every store written before reads the same, and so does every store written after.</summary>
public sealed class StoreJsonWriterTests
{
    /// <summary>What <see cref="ArticleJson"/> gave the serializer before the writer: null values left out, enums by name.</summary>
    private static readonly JsonSerializerOptions ArticleOptions = new()
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter() },
    };

    private sealed record SegmentRow(SegmentKind Kind, int Start, int End, string? Language, string? Author, string? Handle, DateTimeOffset? Date);

    private static string SerializedSegments(ImmutableArray<Segment> segments) =>
        JsonSerializer.Serialize(segments.Select(s => new SegmentRow(s.Kind, s.Span.Start, s.Span.End, s.Language, s.Author, s.Handle, s.Date)), ArticleOptions);

    private static readonly DateTimeOffset Noon = new(2024, 11, 5, 12, 0, 0, TimeSpan.FromHours(-5));

    [Fact]
    public void Segments_with_every_field_set_or_missing_and_text_that_needs_escaping_are_the_serializers_bytes()
    {
        ImmutableArray<Segment> segments =
        [
            new(SegmentKind.Body, new TextSpan(0, 41), "en"),
            new(SegmentKind.Heading, new TextSpan(42, 60)),
            new(SegmentKind.EmbeddedPost, new TextSpan(61, 90), "fr", "Mayor \"Léa\" Dubois <office>", "@lea_dubois", Noon),
            new(SegmentKind.EmbeddedPost, new TextSpan(91, 99), null, "Ana & José", null, new DateTimeOffset(2025, 1, 2, 3, 4, 5, 678, TimeSpan.Zero)),
        ];

        Assert.Equal(SerializedSegments(segments), ArticleJson.Segments(segments));
        Assert.Equal(SerializedSegments([]), ArticleJson.Segments([]));
    }

    [Fact]
    public void Any_segments_spans_and_removals_are_the_serializers_bytes()
    {
        var text = ArbMap.Default.GeneratorFor<string>();
        var when = Gen.Choose(-600, 600).Select(minutes => (DateTimeOffset?)new DateTimeOffset(2023, 6, 1, 8, 15, 30, TimeSpan.FromMinutes(minutes - (minutes % 15))).AddTicks(minutes * 12345L));
        var segment = from kind in Gen.Elements(SegmentKind.Body, SegmentKind.Heading, SegmentKind.EmbeddedPost)
                      from start in Gen.Choose(0, 100_000)
                      from length in Gen.Choose(0, 5_000)
                      from language in Gen.OneOf(Gen.Constant<string?>(null), text.Select(t => (string?)t))
                      from author in Gen.OneOf(Gen.Constant<string?>(null), text.Select(t => (string?)t))
                      from handle in Gen.OneOf(Gen.Constant<string?>(null), text.Select(t => (string?)t))
                      from date in Gen.OneOf(Gen.Constant<DateTimeOffset?>(null), when)
                      select new Segment(kind, new TextSpan(start, start + length), language, author, handle, date);
        var removal = from removed in text from reason in text select new Removal(removed ?? "", reason ?? "");
        var spans = Gen.Choose(0, 50_000).Two().Select(p => new TextSpan(Math.Min(p.Item1, p.Item2), Math.Max(p.Item1, p.Item2))).ArrayOf();

        Prop.ForAll(segment.ArrayOf().ToArbitrary(), removal.ArrayOf().ToArbitrary(), spans.ToArbitrary(), (segmentList, removalList, spanList) =>
        {
            ImmutableArray<Segment> s = [.. segmentList];
            ImmutableArray<Removal> r = [.. removalList];
            ImmutableArray<TextSpan> p = [.. spanList];
            return ArticleJson.Segments(s) == SerializedSegments(s)
                && ArticleJson.Removed(r) == JsonSerializer.Serialize(r, ArticleOptions)
                && ArticleJson.Spans(p) == JsonSerializer.Serialize(p.Select(x => new[] { x.Start, x.End }), ArticleOptions);
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Any_story_snapshot_is_the_serializers_bytes_and_reads_back_equal()
    {
        var text = ArbMap.Default.GeneratorFor<string>().Select(t => t ?? "");
        var when = Gen.Choose(-840, 840).Select(minutes => (DateTimeOffset?)new DateTimeOffset(2022, 2, 28, 23, 59, 59, TimeSpan.FromMinutes(minutes - (minutes % 15))).AddMilliseconds(minutes));
        var story = from id in text
                    from title in text
                    from first in Gen.OneOf(Gen.Constant<DateTimeOffset?>(null), when)
                    from last in Gen.OneOf(Gen.Constant<DateTimeOffset?>(null), when)
                    from articles in text.ArrayOf()
                    from copies in text.Two().ArrayOf()
                    from outlets in Gen.Choose(0, 400)
                    from keywords in text.ArrayOf()
                    from sequence in Gen.Choose(0, int.MaxValue)
                    select new Story(id, title, first, last, [.. articles], [.. copies.Select(c => new StoryDuplicate(c.Item1, c.Item2))], outlets, [.. keywords])
                    {
                        Sequence = sequence * 3L,
                    };

        Prop.ForAll(story.ToArbitrary(), s =>
        {
            var written = PreparedInputJson.Story(s);
            var back = PreparedInputJson.Story(written);
            return written == JsonSerializer.Serialize(s) && back.Id == s.Id && back.ArticleIds.SequenceEqual(s.ArticleIds)
                && back.Duplicates.SequenceEqual(s.Duplicates) && back.Keywords.SequenceEqual(s.Keywords) && back.Sequence == s.Sequence
                && back.FirstSeen == s.FirstSeen && back.FirstSeen?.Offset == s.FirstSeen?.Offset;
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void A_story_with_an_uninitialised_list_is_left_to_the_serializer()
    {
        var story = new Story("s-1", "Flood warning lifted", null, null, default, [], 1, []);

        Assert.False(StoreJsonWriter.CanWrite(story));
        Assert.True(StoreJsonWriter.CanWrite(story with { ArticleIds = ["a-1"] }));
    }
}
