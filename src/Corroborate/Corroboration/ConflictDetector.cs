using System.Collections.Immutable;
using System.Globalization;
using Corroborate.Extraction;

namespace Corroborate.Corroboration;

/// <summary>
/// Finds where the articles of one claim disagree on who said it (a quotation given to different people) or on an
/// item of a list one outlet qualifies ("nuclear energy" where the others say "energy"), and holds what the
/// story-level comparison of counts and days (<see cref="ValueConflicts"/>) shares: whether two values can both be
/// right, the sides of a conflict, its kind and its description.
/// </summary>
internal static class ConflictDetector
{
    public static ImmutableArray<ClaimConflict> Detect(IReadOnlyList<ClaimMention> mentions)
    {
        var conflicts = ImmutableArray.CreateBuilder<ClaimConflict>();
        if (Speakers(mentions) is { } speaker)
        {
            conflicts.Add(speaker);
        }

        conflicts.AddRange(Qualifiers(mentions));
        return conflicts.ToImmutable();
    }

    /// <summary>True when both can be right, false when they cannot, null when they cannot be compared.</summary>
    internal static bool? Compatible(ClaimValue a, ClaimValue b) => (a.Quantity, b.Quantity, a.Day, b.Day) switch
    {
        ({ } x, { } y, _, _) when x.Dimension == y.Dimension => x.CompatibleWith(y),
        (_, _, { } x, { } y) => x.CompatibleWith(y),
        _ => null,
    };

    /// <summary>The values of a conflict grouped into sides that agree: each value joins the first side it is compatible with in full.</summary>
    internal static ImmutableArray<ConflictValue> Sides(List<(int Mention, ClaimValue Value)> members, IReadOnlyList<ClaimMention> mentions)
    {
        var groups = new List<List<(int Mention, ClaimValue Value)>>();
        foreach (var group in members.GroupBy(n => n.Value.Value, StringComparer.Ordinal)
                     .OrderByDescending(g => g.Select(n => mentions[n.Mention].ArticleId).Distinct(StringComparer.Ordinal).Count())
                     .ThenBy(g => g.Key, StringComparer.Ordinal))
        {
            var home = groups.FirstOrDefault(side => side.All(n => Compatible(n.Value, group.First().Value) == true));
            if (home is null)
            {
                groups.Add([.. group]);
            }
            else
            {
                home.AddRange(group);
            }
        }

        return [.. groups.Select(side => new ConflictValue(
                side.GroupBy(n => n.Value.Value, StringComparer.Ordinal).OrderByDescending(g => g.Count()).First().Key,
                [.. side.Select(n => mentions[n.Mention].ArticleId).Distinct(StringComparer.Ordinal)],
                [.. side.Select(n => n.Value)])
            {
                Published = side.Select(n => mentions[n.Mention].Published).Where(p => p is not null).DefaultIfEmpty().Min(),
                Written = side.Select(n => mentions[n.Mention].Written).Where(p => p is not null).DefaultIfEmpty().Min(),
                WrittenPlaced = side.All(n => mentions[n.Mention].Published is null),
            })
            .OrderByDescending(v => v.Articles.Length).ThenBy(v => v.Value, StringComparer.Ordinal)];
    }

    /// <summary>
    /// An update when the count only rises from one publication day to a later one (every article dated,
    /// two days at least; a measure, share, sum of money or age never updates); precision when the values are given
    /// to different decimals and differ by less than one step of the coarser one ("55.7" and "55.74"); otherwise a
    /// contradiction ("55.7" and "55.95" are two results, not one told more precisely).
    /// </summary>
    internal static ConflictKind Kind(List<((int Mention, ClaimValue Value) A, (int Mention, ClaimValue Value) B)> pairs, IReadOnlyList<ClaimMention> mentions)
    {
        if (pairs.All(p => p.A.Value.Quantity is { } x && p.B.Value.Quantity is { } y && x.Decimals != y.Decimals
                && Math.Abs((x.Value * x.Factor) - (y.Value * y.Factor)) < CoarserStep(x, y)))
        {
            return ConflictKind.Precision;
        }

        var counted = pairs[0].A.Value.Slot?.Counted;
        var accumulates = counted is not null && AmountUnits.Measure(counted) is null && counted is not ("percent" or "age") && counted.ToUpperInvariant() != counted;
        var days = pairs.SelectMany(p => new[] { p.A, p.B }).Select(n => mentions[n.Mention].Written).ToList();
        if (accumulates && days.All(d => d is not null) && days.Distinct().Count() >= 2
            && pairs.All(p => Rises(mentions[p.A.Mention].Written!.Value, p.A.Value, mentions[p.B.Mention].Written!.Value, p.B.Value)))
        {
            return ConflictKind.Update;
        }

        return ConflictKind.Contradiction;
    }

    /// <summary>
    /// One step of the last digit of the value given with fewer decimals, in base units: values that differ by less
    /// than it ("55.7" and "55.75") differ only in how precisely they are given; "55.7" and "55.95" differ in value.
    /// </summary>
    private static decimal CoarserStep(StatedQuantity x, StatedQuantity y)
    {
        var coarser = x.Decimals <= y.Decimals ? x : y;
        var step = 1m;
        for (var i = 0; i < coarser.Decimals; i++)
        {
            step /= 10;
        }

        return step * coarser.Factor;
    }

    /// <summary>Of two values published on different days, the later is the larger; on one day, either may be (the order within a day is not known).</summary>
    private static bool Rises(DateOnly dayA, ClaimValue a, DateOnly dayB, ClaimValue b)
    {
        if (dayA == dayB)
        {
            return true;
        }

        var (earlier, later) = dayA < dayB ? (a, b) : (b, a);
        return earlier.Quantity!.Value.Value <= later.Quantity!.Value.Value;
    }

    /// <summary>
    /// One quotation matched across outlets, given by them to two different people: both name the speaker
    /// (not "he"), the names resolve to different people and share no word ("Felt" and "Mark Felt" may be one).
    /// </summary>
    private static ClaimConflict? Speakers(IReadOnlyList<ClaimMention> mentions)
    {
        var named = mentions.Where(m => m.QuoteId is not null && m.Speaker is not null && m.SpeakerName is not null && IsName(m.SpeakerCue)).ToList();
        foreach (var quote in named.GroupBy(m => m.QuoteId!, StringComparer.Ordinal))
        {
            var speakers = quote.GroupBy(m => m.Speaker!, StringComparer.Ordinal).ToList();
            if (speakers.Count < 2 || quote.Select(m => m.ArticleId).Distinct(StringComparer.Ordinal).Count() < 2)
            {
                continue;
            }

            var names = speakers.Select(g => NameWords(g.First().SpeakerName!)).ToList();
            if (names.Any(x => names.Any(y => !ReferenceEquals(x, y) && x.Overlaps(y))))
            {
                continue;
            }

            // "producers A and B announced": an attribution naming the speakers together gives the words to both, not to one or the other.
            if (mentions.Any(m => m.QuoteId == quote.Key && speakers.All(g => m.Entities.Contains(g.Key, StringComparer.Ordinal))))
            {
                continue;
            }

            var sides = speakers.Select(g => new ConflictValue(g.First().SpeakerName!, [.. g.Select(m => m.ArticleId).Distinct(StringComparer.Ordinal)], []))
                .OrderByDescending(v => v.Articles.Length).ToImmutableArray();
            var description = $"The same words are given to different speakers: {Describe(sides)}.";
            // Each side cites the sentences that give the words to its speaker, so the reader can check every attribution.
            var cited = sides.Select(side => side with
            {
                Sources = [.. speakers.First(g => g.First().SpeakerName == side.Value)
                    .Select(m => new ClaimValue("speaker", "speaker", side.Value, m.Text, m.Span) { ArticleId = m.ArticleId })],
            }).ToImmutableArray();
            return new ClaimConflict(ConflictField.Speaker, description, cited);
        }

        return null;
    }

    internal static readonly HashSet<string> ReportingVerbs = [.. Corroborate.Text.ResourceText.Lines("Entities/speech-verbs.txt")
        .Concat(Corroborate.Text.ResourceText.Lines("Amounts/telling-verbs.txt")).Select(ValueSlots.Stem)];

    private static bool IsName(string? cue) =>
        cue is { Length: > 0 } && char.IsUpper(cue[0]) && cue is not ("He" or "She" or "They" or "It" or "We" or "I");

    private static HashSet<string> NameWords(string name) =>
        [.. name.Split([' ', '-', '.'], StringSplitOptions.RemoveEmptyEntries).Where(w => w.Length > 2).Select(w => w.ToLowerInvariant())];

    /// <summary>
    /// Items of two enumerations are compared only when the lists are one list told twice (two other
    /// items in common), so "energy" in one list and "nuclear energy" in an unrelated one never clash.
    /// </summary>
    private static IEnumerable<ClaimConflict> Qualifiers(IReadOnlyList<ClaimMention> mentions)
    {
        var lists = mentions.SelectMany(m => m.Values.Where(v => v.Field == "item").GroupBy(v => v.Group).Select(g => (m.ArticleId, Items: g.ToList()))).ToList();
        var reported = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < lists.Count; i++)
        {
            for (var j = 0; j < lists.Count; j++)
            {
                if (i == j || lists[i].ArticleId == lists[j].ArticleId)
                {
                    continue;
                }

                // An adjective before a list's first item may qualify the whole list ("her personal ear, nose and throat
                // doctor", "new roads, bridges and schools"), so only later items' qualifiers are their own.
                foreach (var qualified in lists[i].Items.Skip(1).Where(v => v.Value.Contains(' ', StringComparison.Ordinal)))
                {
                    var plain = lists[j].Items.FirstOrDefault(v => v.Key == qualified.Key && !v.Value.Contains(' ', StringComparison.Ordinal));
                    var shared = lists[i].Items.Count(v => v.Key != qualified.Key && lists[j].Items.Any(w => w.Key == v.Key));
                    if (plain is null || shared < 2 || !reported.Add(qualified.Key))
                    {
                        continue;
                    }

                    var sides = ItemSides([.. lists.SelectMany(l => l.Items.Where(v => v.Key == qualified.Key).Select(v => (l.ArticleId, Value: v)))]);
                    if (sides.Length > 1)
                    {
                        yield return new ClaimConflict(ConflictField.Qualifier, $"Outlets name this item differently: {Describe(sides)}.", sides) { Kind = ConflictKind.Precision };
                    }
                }
            }
        }
    }

    private static ImmutableArray<ConflictValue> ItemSides(IReadOnlyList<(string ArticleId, ClaimValue Value)> values) =>
        [.. values.GroupBy(x => x.Value.Value, StringComparer.Ordinal)
            .Select(g => new ConflictValue(g.Key, [.. g.Select(x => x.ArticleId).Distinct(StringComparer.Ordinal)], [.. g.Select(x => x.Value)]))
            .Where(v => v.Articles.Length > 0)
            .OrderByDescending(v => v.Articles.Length).ThenBy(v => v.Value, StringComparer.Ordinal)];

    internal static string Describe(string field, ConflictKind kind, ClaimValue first, ImmutableArray<ConflictValue> sides)
    {
        var what = field == "date" ? "day" : What(first);
        return kind switch
        {
            ConflictKind.Update => $"The {what} changes as later articles report it: {string.Join(" → ", sides.Select(s => $"\"{s.Sources[0].Text}\"{When(s)}"))}.",
            ConflictKind.Precision => $"Outlets give the {what} with different decimals: {Describe(sides)}.",
            _ => $"Outlets give a different {what}: {Describe(sides)}.",
        };
    }

    /// <summary>" (2024-01-02)" for a dated side, " (undated; its text places it on 2024-01-03)" for a placed one.</summary>
    private static string When(ConflictValue side) => (side.Published, side.Written) switch
    {
        ({ } published, _) => " (" + published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + ")",
        (null, { } written) => " (undated; its text places it on " + written.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + ")",
        _ => "",
    };

    private static string What(ClaimValue value) => value.Slot?.Counted switch
    {
        null => "count",
        "percent" => "percentage",
        "age" => "age",
        "magnitude" => "magnitude",
        { } counted when AmountUnits.Measure(counted) is { } measure => measure.Dimension,
        { } counted when counted.Length == 3 && counted.ToUpperInvariant() == counted => "sum in " + counted,
        { } counted when counted.StartsWith("rate of ", StringComparison.Ordinal) => counted,
        { } counted => "count of " + counted,
    };

    private static string Describe(ImmutableArray<ConflictValue> sides) =>
        string.Join(" vs ", sides.Select(s => $"\"{s.Sources.FirstOrDefault()?.Text ?? s.Value}\" ({s.Articles.Length} article{(s.Articles.Length == 1 ? "" : "s")})"));
}
