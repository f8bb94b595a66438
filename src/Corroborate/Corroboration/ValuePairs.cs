using System.Collections.Immutable;
using Corroborate.Extraction;

namespace Corroborate.Corroboration;

/// <summary>
/// Every pair of values of one slot key (the same counted noun or measure, or a day) stated in two different
/// articles of a story, with its <see cref="ValuePairEvidence"/>. Pairs are found through the key, not through
/// the claims: an outlet that changed a figure often words the sentence differently enough to land in another
/// claim, and that is exactly the case worth finding.
/// </summary>
internal static partial class ValuePairs
{
    /// <summary>Characters either side of a value read as its immediate context ("were killed in the attack on").</summary>
    private const int LocalWindow = 48;

    /// <summary>A key stated by more values than this in one story is compared only between sentences that share something.</summary>
    private const int MaxValuesPerKeyForAllPairs = 64;

    /// <param name="similarity">The aligner's similarity of two mentions by index (0 when they share nothing).</param>
    /// <param name="claimOf">The claim each mention was aligned into, by index.</param>
    /// <param name="placesCompatible">Whether two place entities can be one location (Havana in Cuba); by default only the same entity.</param>
    public static List<ValuePair> Of(IReadOnlyList<ClaimMention> mentions, Func<int, int, double> similarity, IReadOnlyList<int> claimOf, string field,
        Func<string, string, bool>? placesCompatible = null) =>
        Of(mentions, similarity, claimOf, field, placesCompatible, new StoryWordTable(mentions));

    /// <param name="words">The story's words as numbers with their rarities (one table serves both fields of a story).</param>
    public static List<ValuePair> Of(IReadOnlyList<ClaimMention> mentions, Func<int, int, double> similarity, IReadOnlyList<int> claimOf, string field,
        Func<string, string, bool>? placesCompatible, StoryWordTable words)
    {
        var byKey = new Dictionary<string, List<(int Mention, ClaimValue Value)>>(StringComparer.Ordinal);
        for (var m = 0; m < mentions.Count; m++)
        {
            foreach (var value in mentions[m].Values)
            {
                if (value.Field == field && value.Slot is { Supposed: false })
                {
                    (byKey.TryGetValue(value.Key, out var list) ? list : byKey[value.Key] = []).Add((m, value));
                }
            }
        }

        // Per value, what depends on its sentence alone.
        var alone = new Dictionary<ClaimValue, (string? WordBefore, int OtherAmounts, string? Score)>(ReferenceEqualityComparer.Instance);
        (string? WordBefore, int OtherAmounts, string? Score) Alone(int m, ClaimValue value)
        {
            if (!alone.TryGetValue(value, out var found))
            {
                var others = 0;
                foreach (var v in mentions[m].Values)
                {
                    if (v.Field == "amount" && !ReferenceEquals(v, value))
                    {
                        others++;
                    }
                }

                alone[value] = found = (WordBefore(mentions[m], value), others, value.Field == "date" ? ScoreNear(mentions[m], value) : null);
            }

            return found;
        }

        // The content words near each value, as word ids in the order of their set.
        var local = new Dictionary<ClaimValue, int[]>(ReferenceEqualityComparer.Instance);
        int[] LocalWords(int m, ClaimValue value)
        {
            if (!local.TryGetValue(value, out var ids))
            {
                local[value] = ids = words.IdsOf(Local(mentions[m], value));
            }

            return ids;
        }

        var pairs = new List<ValuePair>();
        // The articles stating a value compatible with a given one, computed once per value: every pair of a busy key asks
        // it of both its values, and computing it per pair made a key of n values cost n³ comparisons.
        var agreeing = new Dictionary<ClaimValue, ArticleSet>(ReferenceEqualityComparer.Instance);
        // Articles by position, so the articles agreeing with a value are a bit set: two values' sets meet in a few words.
        var articleIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var mention in mentions)
        {
            articleIndex.TryAdd(mention.ArticleId, articleIndex.Count);
        }

        foreach (var (_, values) in byKey)
        {
            ArticleSet ArticlesAgreeingWith(ClaimValue with)
            {
                if (!agreeing.TryGetValue(with, out var articles))
                {
                    articles = new ArticleSet(articleIndex.Count);
                    foreach (var (m, value) in values)
                    {
                        if (ConflictDetector.Compatible(value, with) == true)
                        {
                            articles.Add(articleIndex[mentions[m].ArticleId]);
                        }
                    }

                    agreeing[with] = articles;
                }

                return articles;
            }

            var articles = values.Select(v => mentions[v.Mention].ArticleId).Distinct(StringComparer.Ordinal).Count();
            if (articles < 2)
            {
                continue;
            }

            var groups = Groups(values.Select(v => v.Value).ToList());
            for (var i = 0; i < values.Count; i++)
            {
                for (var j = i + 1; j < values.Count; j++)
                {
                    var (a, va) = values[i];
                    var (b, vb) = values[j];
                    if (mentions[a].ArticleId == mentions[b].ArticleId)
                    {
                        continue;
                    }

                    var alike = similarity(a, b);
                    if (values.Count > MaxValuesPerKeyForAllPairs && alike <= 0)
                    {
                        continue;
                    }

                    pairs.Add(Pair(mentions, a, va, b, vb, alike, claimOf[a] == claimOf[b], groups, ArticlesAgreeingWith(va), ArticlesAgreeingWith(vb),
                        words, LocalWords(a, va), LocalWords(b, vb), Alone(a, va), Alone(b, vb), placesCompatible));
                }
            }
        }

        return pairs;
    }

    /// <summary>One pair of values of one key in two articles, with its evidence (the same for a whole report and a growing story's new pairs).</summary>
    private static ValuePair Pair(IReadOnlyList<ClaimMention> mentions, int a, ClaimValue va, int b, ClaimValue vb, double alike, bool sameClaim, int groups,
        ArticleSet withA, ArticleSet withB, StoryWordTable words, int[] localA, int[] localB, (string? WordBefore, int OtherAmounts, string? Score) aloneA,
        (string? WordBefore, int OtherAmounts, string? Score) aloneB, Func<string, string, bool>? placesCompatible)
    {
        var compatible = ConflictDetector.Compatible(va, vb);
        // The words both sentences share, in the first's order (as Intersect gives them), their rarity summed in that
        // order; and the same of the words near each value.
        var (wordsA, wordsB) = (words.DistinctWords(a), words.DistinctWords(b));
        var (sharedCount, sharedRarity) = words.Shared(wordsA, wordsB);
        var (localShared, localRarity) = words.Shared(localA, localB);
        var evidence = Evidence(mentions, a, va, b, vb, alike, sameClaim, localShared, groups, withA, withB,
            sharedCount) with
            {
                SameWordBefore = aloneA.WordBefore is { } before && string.Equals(before, aloneB.WordBefore, StringComparison.OrdinalIgnoreCase),
                SameUnit = va.Slot?.Unit is { } unit && string.Equals(unit, vb.Slot?.Unit, StringComparison.OrdinalIgnoreCase),
                SharedNumbers = SharedNumbers(mentions[a], va, mentions[b], vb),
                SharedRarity = sharedRarity,
                LocalRarity = localRarity,
                OtherAmounts = (aloneA.OtherAmounts, aloneB.OtherAmounts),
                ContrastPeople = Contrast(mentions[a].People, mentions[b].People),
                NearestPersonDiffers = va.Slot?.Person is { } pa && vb.Slot?.Person is { } pb && pa != pb,
                PlacesDiffer = PlacesDiffer(mentions[a], mentions[b], placesCompatible),
                ContrastEntities = Contrast(mentions[a].Entities, mentions[b].Entities),
                SameEvent = va.Slot?.EventVerb is not null && vb.Slot?.EventVerb is not null ? (OneAct(va.Slot, vb.Slot) ? 1 : -1) : 0,
                SameHappening = (va.Slot?.EventVerb is { } verb && verb == vb.Slot?.EventVerb && OneThing(va.Slot.EventSubject, vb.Slot.EventSubject))
                    || (aloneA.Score is { } score && score == aloneB.Score)
                    || (va.Slot?.EventVerb is not null && vb.Slot?.EventVerb is not null && OneAct(va.Slot, vb.Slot) && SameParticipants(mentions[a].People, mentions[b].People)),
                ToldAlike = ToldAlike(sharedCount, wordsA.Length, wordsB.Length, Quotes(mentions[a].Text) || Quotes(mentions[b].Text)),
            };
        return new ValuePair(a, va, b, vb, evidence) { Compatible = compatible };
    }

    /// <param name="withA">The articles stating a value compatible with <paramref name="va"/> (itself included).</param>
    /// <param name="withB">The articles stating a value compatible with <paramref name="vb"/>.</param>
    /// <param name="shared">How many distinct words the two sentences share.</param>
    private static ValuePairEvidence Evidence(IReadOnlyList<ClaimMention> mentions,
        int a, ClaimValue va, int b, ClaimValue vb, double similarity, bool sameClaim, int localShared, int groups,
        ArticleSet withA, ArticleSet withB, int shared)
    {
        var (ma, mb) = (mentions[a], mentions[b]);
        var entities = SharedDistinct(ma.Entities, mb.Entities);
        var (pa, pb) = (va.Slot?.Predicate, vb.Slot?.Predicate);
        var predicate = pa is null || pb is null ? 0 : pa == pb ? 1 : OneActByOtherWords(va.Slot!, vb.Slot!);
        var holder = 0;
        if (va.Slot?.Holder is { } ha && vb.Slot?.Holder is { } hb)
        {
            holder = ha == hb ? 1 : -1;
        }

        var (agree, disagree) = (0, 0);
        foreach (var other in ma.Values)
        {
            if (ReferenceEquals(other, va) || other.Field != "amount")
            {
                continue;
            }

            var (counterparts, compatible) = (false, false);
            foreach (var w in mb.Values)
            {
                if (!ReferenceEquals(w, vb) && w.Key == other.Key)
                {
                    counterparts = true;
                    if (ConflictDetector.Compatible(other, w) == true)
                    {
                        compatible = true;
                        break;
                    }
                }
            }

            if (!counterparts)
            {
                continue;
            }

            if (compatible)
            {
                agree++;
            }
            else
            {
                disagree++;
            }
        }

        // Who states which: an article stating both values (neither of them its alone) tells two things, not one told two ways.
        var coexisting = withA.Count > 1 && withB.Count > 1 ? withA.Shared(withB) : 0;
        var listed = ma.Values.Count(v => v.Key == va.Key) > 1 || mb.Values.Count(v => v.Key == vb.Key) > 1;
        return new ValuePairEvidence(similarity, shared, entities, sameClaim, localShared, predicate, holder, agree, disagree, coexisting,
            withA.Count, withB.Count, groups, listed);
    }

    /// <summary>
    /// One sentence puts what it tells in a place ("in Venezuela, 25 agreements…") and the other names only places
    /// that cannot be it ("Iran and Cuba signed 6 agreements"), or both locate it and the places differ.
    /// </summary>
    private static bool PlacesDiffer(ClaimMention a, ClaimMention b, Func<string, string, bool>? compatible)
    {
        static bool Disjoint(ImmutableArray<string> located, ImmutableArray<string> named, Func<string, string, bool>? compatible) =>
            !located.IsDefaultOrEmpty && !named.IsDefaultOrEmpty && !located.Any(x => named.Any(y => x == y || (compatible?.Invoke(x, y) ?? false)));

        return Disjoint(a.Locations, b.Places, compatible) || Disjoint(b.Locations, a.Places, compatible);
    }

    /// <summary>
    /// One passage told twice: at least <see cref="ToldAlikeMinWords"/> shared content words, and no more than one in five of
    /// either sentence's words missing from the other — or, when one of them quotes (the same words, quoted), of the shorter's
    /// words missing from the longer (a quote cut short by one outlet). Paraphrases that share most words are not enough:
    /// two retellings of a report may date two reports.
    /// </summary>
    private static bool ToldAlike(int shared, int wordsA, int wordsB, bool quoted) =>
        shared >= ToldAlikeMinWords && shared * 5 >= (quoted ? Math.Min(wordsA, wordsB) : Math.Max(wordsA, wordsB)) * 4;

    private static bool Quotes(string sentence) => sentence.AsSpan().IndexOfAny("\"\u201C\u201D") >= 0;

    private const int ToldAlikeMinWords = 6;

    /// <summary>
    /// Two figures whose predicates differ still tell one act when one's predicate is the verb following the other's
    /// figure, or both figures are followed by one verb ("the hearing for two men charged with …" / "one of the three men charged
    /// with …"): 1; when two verbs act on one object ("four men rammed their car" / "eleven men smashed their car"), nothing
    /// says the acts differ: 0; otherwise the verbs tell two acts: -1.
    /// </summary>
    private static int OneActByOtherWords(ValueSlot a, ValueSlot b)
    {
        if ((a.FollowingVerb is { } fa && (fa == b.Predicate || fa == b.FollowingVerb)) || (b.FollowingVerb is { } fb && fb == a.Predicate))
        {
            return 1;
        }

        return a.Object is { } oa && oa == b.Object ? 0 : -1;
    }

    /// <summary>One noun, or a compound and its head ("earthquake" / "quake").</summary>
    /// <summary>Two days' acts meet: the same clause verb, or one's verb is the other's simultaneous act ("as … signed").</summary>
    private static bool OneAct(ValueSlot a, ValueSlot b) =>
        a.EventVerb == b.EventVerb || (a.SimultaneousEventVerb is { } sa && (sa == b.EventVerb || sa == b.SimultaneousEventVerb))
        || (b.SimultaneousEventVerb is { } sb && sb == a.EventVerb);

    /// <summary>
    /// One act done by the same two (or more) named people, and neither sentence naming anyone the other does not ("Xi and
    /// Vucic signing a statement on Wednesday" / "Vucic welcomed Xi on Thursday as the two signed deals"): one happening.
    /// </summary>
    private static bool SameParticipants(ImmutableArray<string> a, ImmutableArray<string> b) =>
        !a.IsDefaultOrEmpty && !b.IsDefaultOrEmpty && a.Distinct().Count() >= 2 && !HasOutside(a, b) && !HasOutside(b, a);

    private static bool OneThing(string? a, string? b) => a is not null && b is not null
        && (a == b || a.EndsWith(b, StringComparison.Ordinal) || b.EndsWith(a, StringComparison.Ordinal));

    /// <summary>Each list names something the other does not (a set difference both ways, without building the sets: the lists are short).</summary>
    private static bool Contrast(ImmutableArray<string> a, ImmutableArray<string> b) =>
        !a.IsDefaultOrEmpty && !b.IsDefaultOrEmpty && HasOutside(a, b) && HasOutside(b, a);

    private static bool HasOutside(ImmutableArray<string> a, ImmutableArray<string> b)
    {
        foreach (var x in a)
        {
            if (!Contains(b, x))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Contains(ImmutableArray<string> list, string item)
    {
        foreach (var x in list)
        {
            if (string.Equals(x, item, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The distinct items of <paramref name="a"/> that <paramref name="b"/> holds too (what Intersect(...).Count() counts).</summary>
    private static int SharedDistinct(ImmutableArray<string> a, ImmutableArray<string> b)
    {
        var shared = 0;
        for (var i = 0; i < a.Length; i++)
        {
            var repeated = false;
            for (var j = 0; j < i && !repeated; j++)
            {
                repeated = string.Equals(a[j], a[i], StringComparison.Ordinal);
            }

            if (!repeated && Contains(b, a[i]))
            {
                shared++;
            }
        }

        return shared;
    }

    /// <summary>Other amounts of the first sentence whose value the second sentence also gives.</summary>
    private static int SharedNumbers(ClaimMention a, ClaimValue va, ClaimMention b, ClaimValue vb)
    {
        var count = 0;
        foreach (var value in a.Values)
        {
            if (!ReferenceEquals(value, va) && value.Field == "amount" && b.Values.Any(w => !ReferenceEquals(w, vb) && w.Field == "amount" && w.Value == value.Value))
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>The word right before the value's words, hedges, articles and possessives passed over; null at the start of the sentence.</summary>
    private static string? WordBefore(ClaimMention mention, ClaimValue value)
    {
        var end = value.Span.Start - mention.Span.Start;
        var text = mention.Text;
        while (end > 0)
        {
            while (end > 0 && !char.IsLetter(text[end - 1]))
            {
                end--;
            }

            var start = end;
            while (start > 0 && (char.IsLetter(text[start - 1]) || text[start - 1] is '\'' or '’'))
            {
                start--;
            }

            if (start == end)
            {
                return null;
            }

            var word = text[start..end];
            if (!BeforeSkip.Contains(word))
            {
                return word;
            }

            end = start;
        }

        return null;
    }

    private static readonly HashSet<string> BeforeSkip = new(["the", "a", "an", "about", "around", "nearly", "almost", "some", "roughly", "approximately",
        "than", "more", "less", "least", "at", "just", "only", "over", "under", "up", "to", "of"], StringComparer.OrdinalIgnoreCase);

    /// <summary>How many values no other reconciles: each value joins the first group it is compatible with in full.</summary>
    private static int Groups(List<ClaimValue> values)
    {
        var groups = new List<List<ClaimValue>>();
        foreach (var value in values)
        {
            var home = groups.FirstOrDefault(g => g.All(v => ConflictDetector.Compatible(v, value) != false));
            if (home is null)
            {
                groups.Add([value]);
            }
            else
            {
                home.Add(value);
            }
        }

        return groups.Count;
    }

    /// <summary>
    /// A result written as two numbers ("a 91-73 victory", "the 27 - 24 loss", "voted 52-47") near a day: two sentences
    /// giving the same result next to their days date one game or one vote, however else they word it. A team's record
    /// ("(25 - 7)", "improved to 25 - 7") is not a result: it is the same for many games.
    /// </summary>
    private static string? ScoreNear(ClaimMention mention, ClaimValue day)
    {
        var start = day.Span.Start - mention.Span.Start;
        var end = day.Span.End - mention.Span.Start;
        if (start < 0 || end > mention.Text.Length)
        {
            return null;
        }

        var left = Math.Max(0, start - LocalWindow);
        var right = Math.Min(mention.Text.Length, end + LocalWindow);
        foreach (var match in ScorePattern().EnumerateMatches(mention.Text.AsSpan(left, right - left)))
        {
            var score = mention.Text.AsSpan(left + match.Index, match.Length);
            // "Creighton (25 - 7)", "improved to 25 - 7": a season's record, the same before and after many games.
            var before = mention.Text.AsSpan(0, left + match.Index).TrimEnd();
            var after = mention.Text.AsSpan(left + match.Index + match.Length).TrimStart();
            if (before.EndsWith("(") || after.StartsWith(")") || before.EndsWith(" to", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var dash = score.IndexOfAny('-', '–');
            return string.Concat(score[..dash].Trim(), "-", score[(dash + 1)..].Trim());
        }

        return null;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"(?<![\d.,/:-])\d{1,3} ?[-–] ?\d{1,3}(?![\d.,/:]|\s?[-–]\s?\d)")]
    private static partial System.Text.RegularExpressions.Regex ScorePattern();

    /// <summary>The content words within <see cref="LocalWindow"/> characters of the value, inside its sentence, the value's own words left out.</summary>
    private static HashSet<string> Local(ClaimMention mention, ClaimValue value)
    {
        var start = value.Span.Start - mention.Span.Start;
        var end = value.Span.End - mention.Span.Start;
        if (start < 0 || end > mention.Text.Length)
        {
            return [];
        }

        var left = Math.Max(0, start - LocalWindow);
        var right = Math.Min(mention.Text.Length, end + LocalWindow);
        var words = ContentWords.Of(mention.Text[left..start]);
        words.UnionWith(ContentWords.Of(mention.Text[end..right]));
        return words;
    }

    /// <summary>A set of a story's articles by position: adding is idempotent, and two sets count what they share by words of bits.</summary>
    private sealed class ArticleSet(int articles)
    {
        private ulong[] _bits = new ulong[(articles + 63) / 64];

        public int Count { get; private set; }

        public void Add(int article)
        {
            if (article >> 6 >= _bits.Length)
            {
                // A growing story's articles past the size the set was made for.
                Array.Resize(ref _bits, (article >> 6) + 1);
            }

            ref var word = ref _bits[article >> 6];
            var bit = 1UL << (article & 63);
            if ((word & bit) == 0)
            {
                word |= bit;
                Count++;
            }
        }

        public int Shared(ArticleSet other)
        {
            var shared = 0;
            for (var i = 0; i < Math.Min(_bits.Length, other._bits.Length); i++)
            {
                shared += System.Numerics.BitOperations.PopCount(_bits[i] & other._bits[i]);
            }

            return shared;
        }
    }
}
