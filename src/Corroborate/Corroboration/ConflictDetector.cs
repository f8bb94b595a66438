using System.Collections.Immutable;
using System.Globalization;
using Corroborate.Extraction;

namespace Corroborate.Corroboration;

/// <summary>
/// Finds where the articles of one claim disagree: a different count or measure of the same thing, a
/// different day, a different speaker for the same words, an item one outlet qualifies that the others
/// name plainly ("nuclear energy" where they say "energy").
/// <para>
/// Values are compared sentence against sentence, across articles, and only like with like: the same
/// counted noun or measure, the same predicate when both sentences name one ("killed 23" and "injured 30"
/// are two slots), not said of different people, not in a conditional clause. A value the other sentence
/// also states (or states compatibly: "about 400" and "400", "more than 20" and "24", "55.7 %" and "56 %")
/// is corroborated there, whatever else that sentence says. What is left are values no reading reconciles;
/// those linked by such a disagreement form one conflict, its sides the values that agree.
/// </para>
/// </summary>
public static class ConflictDetector
{
    /// <summary>Sentences of one claim this alike are compared for counts and measures; their slots say the rest.</summary>
    public const double MinSimilarityForAmounts = 0.4;

    /// <summary>A day says less about what it dates than a count says about what it counts: only sentences this alike compare days.</summary>
    public const double MinSimilarityForDays = 0.4;

    /// <param name="similarity">How alike two sentences are (the aligner's weighted cosine); without it every pair counts as alike.</param>
    public static ImmutableArray<ClaimConflict> Detect(IReadOnlyList<ClaimMention> mentions, Func<ClaimMention, ClaimMention, double>? similarity = null)
    {
        var conflicts = ImmutableArray.CreateBuilder<ClaimConflict>();
        conflicts.AddRange(Values(mentions, "amount", similarity: similarity));
        conflicts.AddRange(Values(mentions, "date", similarity: similarity));
        if (Speakers(mentions) is { } speaker)
        {
            conflicts.Add(speaker);
        }

        conflicts.AddRange(Qualifiers(mentions));
        return conflicts.ToImmutable();
    }

    /// <summary>
    /// Two sentences the alignment kept apart: their values are compared only where each names the same counted
    /// thing with the same verb, or each names exactly one day.
    /// </summary>
    public static IEnumerable<ClaimConflict> Across(ClaimMention a, ClaimMention b) => Values([a, b], "amount", strict: true);

    private sealed record Node(int Mention, ClaimValue Value);

    private static IEnumerable<ClaimConflict> Values(IReadOnlyList<ClaimMention> mentions, string field, bool strict = false,
        Func<ClaimMention, ClaimMention, double>? similarity = null)
    {
        var minimum = field == "date" ? MinSimilarityForDays : MinSimilarityForAmounts;
        var nodes = new List<Node>();
        var index = new Dictionary<(int, ClaimValue), int>();
        for (var m = 0; m < mentions.Count; m++)
        {
            foreach (var value in mentions[m].Values.Where(v => v.Field == field))
            {
                index[(m, value)] = nodes.Count;
                nodes.Add(new Node(m, value));
            }
        }

        if (nodes.Count < 2)
        {
            yield break;
        }

        var parent = Enumerable.Range(0, nodes.Count).ToArray();
        var disagreements = new List<(int A, int B)>();
        for (var a = 0; a < mentions.Count; a++)
        {
            for (var b = 0; b < mentions.Count; b++)
            {
                if (a == b || mentions[a].ArticleId == mentions[b].ArticleId)
                {
                    continue;
                }

                var alike = (similarity?.Invoke(mentions[a], mentions[b]) ?? 1) >= minimum;

                // A sentence giving two values for one slot ("bids of $160 million and $150 million", "60 metres (200 feet)")
                // lists several things: its values may confirm another sentence's, never contradict it.
                foreach (var value in mentions[a].Values.Where(v => v.Field == field && !Listed(v, mentions[a])))
                {
                    // Days of sentences less alike are still compared when both date the same verb ("died on Saturday").
                    var counterparts = mentions[b].Values.Where(w => w.Field == field && SameSlot(value, mentions[a], w, mentions[b])
                        && alike
                        && (!strict || SameSlotStrictly(value, mentions[a], w, mentions[b]))).ToList();
                    if (counterparts.Count == 0 || counterparts.Any(w => Compatible(value, w) != false || Listed(w, mentions[b])))
                    {
                        continue;
                    }

                    foreach (var other in counterparts)
                    {
                        var (x, y) = (index[(a, value)], index[(b, other)]);
                        disagreements.Add((x, y));
                        parent[Find(parent, x)] = Find(parent, y);
                    }
                }
            }
        }

        foreach (var component in disagreements.GroupBy(d => Find(parent, d.A)).OrderBy(g => g.Min(d => Math.Min(d.A, d.B))))
        {
            var inConflict = component.SelectMany(d => new[] { d.A, d.B }).ToHashSet();
            // The articles that state a side's value without a disagreement of their own are on that side too.
            var members = Enumerable.Range(0, nodes.Count).Where(i => inConflict.Contains(i) || inConflict.Any(j =>
                    mentions[nodes[j].Mention].ArticleId != mentions[nodes[i].Mention].ArticleId && !Listed(nodes[i].Value, mentions[nodes[i].Mention])
                    && SameSlot(nodes[i].Value, mentions[nodes[i].Mention], nodes[j].Value, mentions[nodes[j].Mention]) && Compatible(nodes[i].Value, nodes[j].Value) == true))
                .Select(i => nodes[i]).ToList();
            var sides = Sides(members, mentions);
            if (sides.Length < 2)
            {
                continue;
            }

            var first = members[0].Value;
            var kind = field == "date" ? ConflictKinds.Contradiction : Kind(component, nodes, mentions);
            if (kind == ConflictKinds.Update)
            {
                sides = [.. sides.OrderBy(s => s.Published)];
            }

            yield return new ClaimConflict(field, Describe(field, kind, first, sides), sides)
            {
                Kind = kind,
                Counted = first.Slot?.Counted,
                Unit = first.Slot?.Unit,
            };
        }
    }

    private static int Find(int[] parent, int x)
    {
        while (parent[x] != x)
        {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }

        return x;
    }

    /// <summary>
    /// Two values fill the same slot when they are of one kind and count or measure the same thing, neither
    /// is only supposed, the sentences do not speak of different people, and their predicates, when both
    /// sentences give one, agree. A day is matched by predicate only when a sentence names two days.
    /// </summary>
    internal static bool SameSlot(ClaimValue a, ClaimMention ofA, ClaimValue b, ClaimMention ofB)
    {
        if (a.Key != b.Key || a.Slot is null || b.Slot is null || a.Slot.Supposed || b.Slot.Supposed)
        {
            return false;
        }

        if (a.Slot.Person is { } nearA && b.Slot.Person is { } nearB && nearA != nearB)
        {
            return false;
        }

        if (a.Slot.Holder is { } x && b.Slot.Holder is { } y)
        {
            if (x != y)
            {
                return false;
            }
        }
        else if (!ofA.People.IsDefaultOrEmpty && !ofB.People.IsDefaultOrEmpty && !ofA.People.Intersect(ofB.People, StringComparer.Ordinal).Any())
        {
            return false;
        }

        var predicatesDiffer = a.Slot.Predicate is { } p && b.Slot.Predicate is { } q && p != q;
        if (a.Field == "date")
        {
            // "said on Tuesday" dates the telling, which differs from outlet to outlet, not the happening.
            if (ReportingVerbs.Contains(a.Slot.Predicate ?? "") || ReportingVerbs.Contains(b.Slot.Predicate ?? ""))
            {
                return false;
            }

            var several = ofA.Values.Count(v => v.Field == "date") > 1 || ofB.Values.Count(v => v.Field == "date") > 1;
            return !several || (a.Slot.Predicate is not null && !predicatesDiffer);
        }

        // Ages belong to someone: only ages given to the same named person compare. Spans of time ("12 years",
        // "four seasons") date many things in one story: only those said with the same verb compare.
        if (a.Slot.Counted == "age")
        {
            return a.Slot.Holder is not null && a.Slot.Holder == b.Slot.Holder;
        }

        if (AmountUnits.Measure(a.Slot.Counted)?.Dimension == "duration" && (a.Slot.Predicate is null || predicatesDiffer))
        {
            return false;
        }

        // A verb on one side only leaves the other value's part in the sentence unknown: counts compare verb to verb,
        // or, when one verb is missing, when both are given to the same named entity.
        return !predicatesDiffer && (a.Slot.Predicate == b.Slot.Predicate || (a.Slot.Holder is not null && a.Slot.Holder == b.Slot.Holder));
    }

    /// <summary>
    /// Another value of the sentence may fill the same slot: same key, and given to the same entity, or this one
    /// to none ("$160 million … and the Owls $150 million": which is whose is not said of the first).
    /// </summary>
    private static bool Listed(ClaimValue value, ClaimMention mention)
    {
        foreach (var other in mention.Values)
        {
            if (!ReferenceEquals(other, value) && other.Key == value.Key && (value.Slot?.Holder is null || other.Slot?.Holder == value.Slot.Holder))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Across claims: the same counted thing with the same verb, or a figure given to the same named entity
    /// ("Milei … 55.7 percent" and "Milei … 55.95 percent").
    /// </summary>
    private static bool SameSlotStrictly(ClaimValue a, ClaimMention ofA, ClaimValue b, ClaimMention ofB) => a.Field == "date"
        ? ofA.Values.Count(v => v.Field == "date") == 1 && ofB.Values.Count(v => v.Field == "date") == 1
        : a.Slot?.Counted == b.Slot?.Counted && a.Slot?.Counted is not null
            && ((a.Slot.Predicate is { } p && p == b.Slot?.Predicate) || (a.Slot.Holder is { } h && h == b.Slot?.Holder));

    /// <summary>True when both can be right, false when they cannot, null when they cannot be compared.</summary>
    internal static bool? Compatible(ClaimValue a, ClaimValue b) => (a.Quantity, b.Quantity, a.Day, b.Day) switch
    {
        ({ } x, { } y, _, _) when x.Dimension == y.Dimension => x.CompatibleWith(y),
        (_, _, { } x, { } y) => x.CompatibleWith(y),
        _ => null,
    };

    /// <summary>The values of a conflict grouped into sides that agree: each value joins the first side it is compatible with in full.</summary>
    private static ImmutableArray<ConflictValue> Sides(List<Node> members, IReadOnlyList<ClaimMention> mentions)
    {
        var groups = new List<List<Node>>();
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
            })
            .OrderByDescending(v => v.Articles.Length).ThenBy(v => v.Value, StringComparer.Ordinal)];
    }

    /// <summary>
    /// An update when the count only rises from one publication day to a later one (every article dated,
    /// two days at least; a measure, share, sum of money or age never updates); precision when every
    /// disagreement is less than one whole unit and given in decimals; otherwise a contradiction.
    /// </summary>
    private static string Kind(IEnumerable<(int A, int B)> disagreements, List<Node> nodes, IReadOnlyList<ClaimMention> mentions)
    {
        var pairs = disagreements.Select(d => (A: nodes[d.A], B: nodes[d.B])).ToList();
        if (pairs.All(p => p.A.Value.Quantity is { } x && p.B.Value.Quantity is { } y && Math.Abs((x.Value * x.Factor) - (y.Value * y.Factor)) < Math.Max(x.Factor, y.Factor)
                && (x.Decimals > 0 || y.Decimals > 0)))
        {
            return ConflictKinds.Precision;
        }

        var counted = pairs[0].A.Value.Slot?.Counted;
        var accumulates = counted is not null && AmountUnits.Measure(counted) is null && counted is not ("percent" or "age") && counted.ToUpperInvariant() != counted;
        var days = pairs.SelectMany(p => new[] { p.A, p.B }).Select(n => mentions[n.Mention].Published?.UtcDateTime.Date).ToList();
        if (accumulates && days.All(d => d is not null) && days.Distinct().Count() >= 2
            && pairs.All(p => Rises(mentions[p.A.Mention].Published!.Value, p.A.Value, mentions[p.B.Mention].Published!.Value, p.B.Value)))
        {
            return ConflictKinds.Update;
        }

        return ConflictKinds.Contradiction;
    }

    /// <summary>Of two values published on different days, the later is the larger; on one day, either may be (the order within a day is not known).</summary>
    private static bool Rises(DateTimeOffset whenA, ClaimValue a, DateTimeOffset whenB, ClaimValue b)
    {
        var (dayA, dayB) = (whenA.UtcDateTime.Date, whenB.UtcDateTime.Date);
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

            var sides = speakers.Select(g => new ConflictValue(g.First().SpeakerName!, [.. g.Select(m => m.ArticleId).Distinct(StringComparer.Ordinal)], []))
                .OrderByDescending(v => v.Articles.Length).ToImmutableArray();
            return new ClaimConflict("speaker", $"The same words are given to different speakers: {Describe(sides)}.", sides);
        }

        return null;
    }

    private static readonly HashSet<string> ReportingVerbs = [.. Corroborate.Text.ResourceText.Lines("Entities/speech-verbs.txt").Select(ValueSlots.Stem)];

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

                foreach (var qualified in lists[i].Items.Where(v => v.Value.Contains(' ', StringComparison.Ordinal)))
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
                        yield return new ClaimConflict("qualifier", $"Outlets name this item differently: {Describe(sides)}.", sides) { Kind = ConflictKinds.Precision };
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

    private static string Describe(string field, string kind, ClaimValue first, ImmutableArray<ConflictValue> sides)
    {
        var what = field == "date" ? "day" : What(first);
        return kind switch
        {
            ConflictKinds.Update => $"The {what} changes as later articles report it: {string.Join(" → ", sides.Select(s => $"\"{s.Sources[0].Text}\"{(s.Published is { } p ? " (" + p.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + ")" : "")}"))}.",
            ConflictKinds.Precision => $"Outlets give the {what} with different decimals: {Describe(sides)}.",
            _ => $"Outlets give a different {what}: {Describe(sides)}.",
        };
    }

    private static string What(ClaimValue value) => value.Slot?.Counted switch
    {
        null => "count",
        "percent" => "percentage",
        "age" => "age",
        "magnitude" => "magnitude",
        { } counted when AmountUnits.Measure(counted) is { } measure => measure.Dimension,
        { } counted when counted.Length == 3 && counted.ToUpperInvariant() == counted => "sum in " + counted,
        { } counted => "count of " + counted,
    };

    private static string Describe(ImmutableArray<ConflictValue> sides) =>
        string.Join(" vs ", sides.Select(s => $"\"{s.Sources.FirstOrDefault()?.Text ?? s.Value}\" ({s.Articles.Length} article{(s.Articles.Length == 1 ? "" : "s")})"));
}
