using Corroborate.Extraction;
using System.Collections.Immutable;

namespace Corroborate.Corroboration;

/// <summary>
/// Counts, measures and days told differently across a story. Every pair of values of one key (the same counted
/// noun or measure, or a day) in two articles is a candidate, wherever the alignment put its sentences; a pair is
/// a disagreement when the values cannot both be right, nothing rules it out, and the evidence that both sentences
/// tell the same fact reaches <see cref="ConflictOptions.MinEvidence"/>. Disagreements that share a value form one
/// conflict, its sides the values that agree.
/// <para>
/// What rules a pair out: the values are given to two different named entities, or the sentences put what they
/// tell in different places; a day goes with a reporting verb
/// ("said on Tuesday" dates the telling, not the happening); the sentences give other values of the same key that
/// disagree too, or other figures of which they share none (two stat lines, two operations, not one told twice);
/// the other article states a value compatible with this one somewhere (it agrees on this figure, so its different
/// figure is about something else).
/// </para>
/// </summary>
internal static partial class ValueConflicts
{
    /// <summary>A conflict and the index of a mention on its best-supported side, to file it under that mention's claim.</summary>
    public sealed record Found(ClaimConflict Conflict, int Home);

    /// <param name="placesCompatible">Whether two place entities can be one location (Havana in Cuba).</param>
    public static List<Found> Find(IReadOnlyList<ClaimMention> mentions, Func<int, int, double> similarity, IReadOnlyList<int> claimOf, ConflictOptions options,
        Func<string, string, bool>? placesCompatible = null) =>
        Find(mentions, similarity, claimOf, options, placesCompatible, null);

    /// <param name="kept">
    /// When given, filled with what a growing story's next reports build on (<see cref="KeptValues"/>): the word table, and per
    /// field the agreements and the pairs that are disagreements unless an agreement rules them out. The result is the same.
    /// </param>
    public static List<Found> Find(IReadOnlyList<ClaimMention> mentions, Func<int, int, double> similarity, IReadOnlyList<int> claimOf, ConflictOptions options,
        Func<string, string, bool>? placesCompatible, KeptValues? kept)
    {
        var found = new List<Found>();
        // One table of the story's words serves both fields (counting every word of every sentence is the same work for each).
        var words = new StoryWordTable(mentions);
        kept?.Start(words);
        foreach (var field in (string[])["amount", "date"])
        {
            var pairs = ValuePairs.Of(mentions, similarity, claimOf, field, placesCompatible, words);
            var agreed = Agreements(mentions, pairs, options);
            var candidates = Candidates(mentions, pairs, field, options);
            kept?.Field(field).Keep(agreed, candidates);
            found.AddRange(Components(mentions, agreed, candidates, field));
        }

        return found;
    }

    /// <summary>The evidence for one fact told twice, net of what speaks against it.</summary>
    public static double Evidence(in ValuePairEvidence e, ConflictOptions options)
    {
        var score = (options.SharedRarityWeight * e.SharedRarity) + (options.LocalRarityWeight * e.LocalRarity)
            + (e.SameWordBefore ? options.SameWordBeforeWeight : 0) + (e.SameUnit ? options.SameUnitWeight : 0)
            + (options.SharedNumberWeight * Math.Min(e.SharedNumbers, 2)) + (options.PredicateWeight * e.Predicate)
            + (options.SharedEntityWeight * Math.Min(e.SharedEntities, 3));
        score -= (e.ContrastPeople ? options.ContrastPeoplePenalty : 0) + (e.ContrastEntities ? options.ContrastEntitiesPenalty : 0)
            + (e.SameClaim ? 0 : options.OtherClaimPenalty);
        // Two values are what any disagreement has; each value beyond them makes the key busier.
        return score - (options.BusyKeyPenalty * Math.Log(Math.Max(1, e.Groups - 1)));
    }

    /// <summary>True when something rules the pair out whatever the evidence.</summary>
    public static bool RuledOut(ValuePair pair, IReadOnlyList<ClaimMention> mentions, ConflictOptions options) => RuledOutBy(pair, mentions, options) is not null;

    /// <summary>Which rule rules the pair out (for the planted-change pair table), or null.</summary>
    public static string? RuledOutBy(ValuePair pair, IReadOnlyList<ClaimMention> mentions, ConflictOptions options)
    {
        var e = pair.Evidence;
        // Different verbs ("killed 10", "injured 80"), different holders or different places fill different slots.
        if (e.PlacesDiffer)
        {
            return "places";
        }

        if (e.Holder < 0)
        {
            return "holders";
        }

        if (e.Predicate < 0 && pair.ValueA.Field == "amount")
        {
            return "verbs";
        }

        // "an additional 14 officers were arrested" against "22 officers were arrested": an addition is not the total.
        if (pair.ValueA.Field == "amount" && pair.ValueA.Slot?.Increment != pair.ValueB.Slot?.Increment)
        {
            return "increments";
        }

        // "his first 24 hours in hospital" against "three full days in hospital": the opening part is not the whole.
        if (pair.ValueA.Field == "amount" && pair.ValueA.Slot?.Opening != pair.ValueB.Slot?.Opening)
        {
            return "parts";
        }

        // a clip "viewed more than 198,000 times" / one "viewed more than 610,000 times": two floors of a total still
        // growing ("has", "so far", "to date") are both true; which came later no date says.
        if (pair.ValueA.Quantity?.Approximation == Approximations.AtLeast && pair.ValueB.Quantity?.Approximation == Approximations.AtLeast
            && RunningTotal().IsMatch(ClauseOf(mentions[pair.A], pair.ValueA)) && RunningTotal().IsMatch(ClauseOf(mentions[pair.B], pair.ValueB)))
        {
            return "running totals";
        }

        // "over 500 villagers have died since the siege started" against "a blast that killed at least six villagers": a total
        // built up over a stretch of time and the toll of one happening are two figures, whatever their verbs.
        // Two totals up to different times ("150 aftershocks by Tuesday morning", "400 had been recorded since Monday") are an update.
        if (pair.ValueA.Field == "amount" && (TotalSince(mentions[pair.A], pair.ValueA) ? !UpToSomeTime(mentions[pair.B], pair.ValueB)
                : TotalSince(mentions[pair.B], pair.ValueB) && !UpToSomeTime(mentions[pair.A], pair.ValueA)))
        {
            return "total since";
        }

        // Other figures of the sentences that all differ say "another operation, another season" — unless the pair is given
        // to one named holder ("Milei 55.7 percent … Massa 44.3" against "Milei 55.95 … Massa 44.04": one result told twice).
        if (e.Holder == 0 && !e.SameHappening && (e.OtherDisagree > 0 || (e.OtherAmounts.A > 0 && e.OtherAmounts.B > 0 && e.SharedNumbers == 0)))
        {
            return "other figures";
        }

        // "said on Tuesday": the day something was said, which outlets writing on different days (or on days we do not
        // know) tell differently; only two articles of one publication day must agree on it — or two telling one passage
        // ("the ministry said in a statement on Friday" after the same quoted words): one statement was made on one day.
        if (pair.ValueA.Field == "date" && !e.ToldAlike && (IsReporting(pair.ValueA.Slot?.Predicate) || IsReporting(pair.ValueB.Slot?.Predicate)
                || IsReporting(pair.ValueA.Slot?.EventVerb) || IsReporting(pair.ValueB.Slot?.EventVerb))
            && !(mentions[pair.A].Published is { } a && mentions[pair.B].Published is { } b && a.UtcDateTime.Date == b.UtcDateTime.Date))
        {
            return "day of telling";
        }

        // "late Saturday and early Sunday": a day that is one end of a span of days agrees with either end, contradicts neither.
        if (pair.ValueA.Field == "date" && (InSpanOfDays(mentions[pair.A], pair.ValueA) || InSpanOfDays(mentions[pair.B], pair.ValueB)))
        {
            return "span of days";
        }

        // A figure in a sentence naming a year the other does not (or years none in common) is of another time: "missed the
        // final four games of the 2007 season" against "will miss the final two games".
        if (pair.ValueA.Field == "amount" && OtherTimes(mentions[pair.A], pair.ValueA, mentions[pair.B], pair.ValueB))
        {
            return "other times";
        }

        // "issued a warning …, but all warnings were lifted by Tuesday": two sentences alike elsewhere, the days in clauses
        // that share nothing (no word near either day, no verb, not the same word before it) date two happenings.
        if (pair.ValueA.Field == "date" && e.LocalShared == 0 && e.Predicate <= 0 && !e.SameWordBefore && !e.SameHappening)
        {
            return "day apart";
        }

        // A story tells many spans of time (years served, weeks in hospital, seasons with a club): only spans said with one verb
        // compare, or spans in one claim's sentences that tell the same fact twice over ("intrigued Washington for three decades" /
        // "for six decades"; "2 years, with 11 months to serve" / "with 9 months to serve").
        if (pair.ValueA.Quantity?.Dimension == "duration" && e.Predicate <= 0 && !e.ToldAlike
            && !(e.SameClaim && Evidence(e, options) >= options.DurationWithoutVerbEvidenceFactor * options.MinEvidence))
        {
            return "durations";
        }

        // Ages belong to someone: only ages given to one named person compare — or the ages of one passage told twice
        // ("when she was 18 months old", quoted alike by two outlets).
        return pair.ValueA.Slot?.Counted == "age" && !e.ToldAlike && (pair.ValueA.Slot.Holder is null || pair.ValueA.Slot.Holder != pair.ValueB.Slot?.Holder) ? "ages" : null;
    }

    /// <summary>
    /// The evidence a disagreement needs. Days need more when nothing says they date one act, and much more when their
    /// clauses' verbs differ ("a jury on Tuesday ordered …" / "a judge on Thursday upheld …" date two acts unless the
    /// sentences are alike in nearly every other word).
    /// </summary>
    public static double MinEvidence(ValuePair pair, string field, ConflictOptions options) => field != "date" ? options.MinEvidence
        : pair.Evidence.SameHappening ? Math.Min(options.DateMinEvidence, options.DateSameHappeningMinEvidence)
        : pair.Evidence.SameEvent switch
        {
            > 0 => options.DateMinEvidence,
            0 => Math.Max(options.DateMinEvidence, options.DateUnknownEventMinEvidence),
            _ => Math.Max(options.DateMinEvidence, options.DateOtherEventMinEvidence),
        };

    /// <summary>
    /// Which article agrees on which value: an article that states a value compatible with this one agrees on it, so its
    /// different figure is about something else. A story names many days, so an article agrees on a day only where it
    /// gives it to a sentence that tells the same fact (some evidence, much more when the two days go with different verbs);
    /// any equal figure of one counted noun is agreement enough.
    /// </summary>
    public static HashSet<(ClaimValue Value, string Article)> Agreements(IReadOnlyList<ClaimMention> mentions, IEnumerable<ValuePair> pairs, ConflictOptions options)
    {
        var agreed = new HashSet<(ClaimValue Value, string Article)>(new ValueArticleComparer());
        foreach (var pair in pairs)
        {
            if (pair.Compatible == true && (pair.ValueA.Field != "date" || AgreesOnDay(pair, options)))
            {
                agreed.Add((pair.ValueA, mentions[pair.B].ArticleId));
                agreed.Add((pair.ValueB, mentions[pair.A].ArticleId));
            }
        }

        return agreed;
    }

    private static bool AgreesOnDay(ValuePair pair, ConflictOptions options) =>
        pair.Evidence.SameEvent >= 0 && Evidence(pair.Evidence, options) >= options.DateAgreementMinEvidence;

    /// <summary>
    /// The pairs that are disagreements unless the other article agrees on a value elsewhere (<see cref="Agreements"/>), in
    /// their order: incompatible values, nothing ruling them out, and enough evidence. What decides this is the pair's own.
    /// </summary>
    public static List<ValuePair> Candidates(IReadOnlyList<ClaimMention> mentions, List<ValuePair> pairs, string field, ConflictOptions options)
    {
        var candidates = new List<ValuePair>();
        foreach (var pair in pairs)
        {
            if (pair.Compatible == false && !RuledOut(pair, mentions, options) && Evidence(pair.Evidence, options) >= MinEvidence(pair, field, options))
            {
                candidates.Add(pair);
            }
        }

        return candidates;
    }

    /// <summary>
    /// The conflicts of one field: the <paramref name="candidates"/> no agreement rules out (and, for amounts, measures one
    /// article attributes two ways) joined into components that share a value, each told once.
    /// </summary>
    public static IEnumerable<Found> Components(IReadOnlyList<ClaimMention> mentions, HashSet<(ClaimValue Value, string Article)> agreed, List<ValuePair> candidates,
        string field, List<bool>? attributes = null)
    {
        var nodes = new List<(int Mention, ClaimValue Value)>();
        var index = new Dictionary<ClaimValue, int>(ReferenceEqualityComparer.Instance);
        int Node(int mention, ClaimValue value)
        {
            if (!index.TryGetValue(value, out var id))
            {
                index[value] = id = nodes.Count;
                nodes.Add((mention, value));
            }

            return id;
        }

        var edges = new List<(int A, int B)>();
        foreach (var pair in candidates)
        {
            if (agreed.Contains((pair.ValueA, mentions[pair.B].ArticleId)) || agreed.Contains((pair.ValueB, mentions[pair.A].ArticleId)))
            {
                continue;
            }

            edges.Add((Node(pair.A, pair.ValueA), Node(pair.B, pair.ValueB)));
        }

        if (field == "amount")
        {
            foreach (var (a, va, b, vb) in AttributedWithinArticles(mentions, attributes))
            {
                edges.Add((Node(a, va), Node(b, vb)));
                // Every other article giving one of the two figures of this measure stands on that figure's side.
                for (var m = 0; m < mentions.Count; m++)
                {
                    foreach (var w in mentions[m].Values)
                    {
                        if (w.Key == va.Key && w.Quantity is not null && !ReferenceEquals(w, va) && !ReferenceEquals(w, vb) && (w.Value == va.Value || w.Value == vb.Value))
                        {
                            edges.Add(w.Value == va.Value ? (Node(m, w), Node(b, vb)) : (Node(m, w), Node(a, va)));
                        }
                    }
                }
            }
        }

        var parent = Enumerable.Range(0, nodes.Count).ToArray();
        foreach (var (a, b) in edges)
        {
            parent[Root(parent, a)] = Root(parent, b);
        }

        var reported = new HashSet<string>(StringComparer.Ordinal);
        foreach (var component in edges.GroupBy(e => Root(parent, e.A)).OrderBy(g => g.Min(e => Math.Min(e.A, e.B))))
        {
            var members = component.SelectMany(e => new[] { e.A, e.B }).Distinct().Order().Select(i => nodes[i]).ToList();
            var sides = ConflictDetector.Sides(members, mentions);
            if (sides.Length < 2)
            {
                continue;
            }

            // The same values from the same articles found through other sentences are one conflict, told once.
            if (!reported.Add(string.Join('|', sides.Select(v => v.Value + "@" + string.Join(',', v.Articles.Order(StringComparer.Ordinal))).Order(StringComparer.Ordinal))))
            {
                continue;
            }

            var first = members[0].Value;
            var kind = field == "date" ? ConflictKind.Contradiction : ConflictDetector.Kind([.. component.Select(e => (nodes[e.A], nodes[e.B]))], mentions);
            if (kind == ConflictKind.Update)
            {
                sides = [.. sides.OrderBy(s => s.Written).ThenBy(s => s.Published)];
            }

            var home = members.Where(m => sides[0].Sources.Contains(m.Value)).Select(m => m.Mention).DefaultIfEmpty(members[0].Mention).First();
            yield return new Found(new ClaimConflict(field == "date" ? ConflictField.Date : ConflictField.Amount, ConflictDetector.Describe(field, kind, first, sides), sides)
            {
                Kind = kind,
                Counted = first.Slot?.Counted,
                Unit = first.Slot?.Unit,
            }, home);
        }
    }

    /// <summary>
    /// One article giving one measure two values, each from its own source ("the weather agency put the magnitude at
    /// 7.6, while foreign monitors reported 7.5"; "according to the USGS, 6.8" and "7.2, as some outlets reported"): the
    /// sources disagree, and the article says so. Only measures (magnitude, shares, distances…), not counts, whose
    /// values lie within a tenth of each other (a 7.6 quake and its 5.3 aftershock are two things), each sentence
    /// attributing what it gives, never two values given to different holders.
    /// </summary>
    /// <param name="attributes">Whether each sentence attributes what it says, kept between the reports of a growing story (grown here to the sentences).</param>
    private static IEnumerable<(int A, ClaimValue VA, int B, ClaimValue VB)> AttributedWithinArticles(IReadOnlyList<ClaimMention> mentions, List<bool>? attributes)
    {
        var measures = new List<(int Mention, ClaimValue Value)>();
        for (var m = 0; m < mentions.Count; m++)
        {
            if (attributes is not null && attributes.Count == m)
            {
                attributes.Add(Attributes(mentions[m].Text));
            }

            if (!(attributes is null ? Attributes(mentions[m].Text) : attributes[m]))
            {
                continue;
            }

            foreach (var value in mentions[m].Values)
            {
                if (value is { Field: "amount", Quantity: { } q, Slot: { Supposed: false, Counted: { } counted } } && q.Approximation == Approximations.Exact
                    && (counted is "magnitude" or "percent" || AmountUnits.Measure(counted) is not null))
                {
                    measures.Add((m, value));
                }
            }
        }

        // Pairs within one article only: linear in the story's size, not quadratic.
        foreach (var article in measures.GroupBy(m => mentions[m.Mention].ArticleId, StringComparer.Ordinal))
        {
            var own = article.ToList();
            for (var i = 0; i < own.Count; i++)
            {
                for (var j = i + 1; j < own.Count; j++)
                {
                    var ((a, va), (b, vb)) = (own[i], own[j]);
                    if (va.Key != vb.Key || ConflictDetector.Compatible(va, vb) != false
                        || (va.Slot?.Holder is { } ha && vb.Slot?.Holder is { } hb && ha != hb) || (a == b && !Contrasts(mentions[a].Text, va, vb)))
                    {
                        continue;
                    }

                    var (x, y) = (va.Quantity!.Value.Value * va.Quantity.Value.Factor, vb.Quantity!.Value.Value * vb.Quantity.Value.Factor);
                    if (Math.Abs(x - y) <= 0.1m * Math.Max(Math.Abs(x), Math.Abs(y)))
                    {
                        yield return (a, va, b, vb);
                    }
                }
            }
        }
    }

    private static readonly string[] AttributionWords =
        ["according to", " said", " says", " put ", " puts ", " reported", " measured", " recorded", " registered", " estimated", " rated"];

    private static bool Attributes(string sentence) => AttributionWords.Any(w => sentence.Contains(w, StringComparison.OrdinalIgnoreCase));

    /// <summary>"7.6, while others reported 7.5": a word of contrast between two values of one sentence sets them against each other.</summary>
    private static bool Contrasts(string sentence, ClaimValue a, ClaimValue b)
    {
        var (first, second) = a.Span.Start < b.Span.Start ? (a, b) : (b, a);
        var start = sentence.IndexOf(first.Text, StringComparison.Ordinal);
        var end = start < 0 ? -1 : sentence.IndexOf(second.Text, start + first.Text.Length, StringComparison.Ordinal);
        if (start < 0 || end < 0)
        {
            return false;
        }

        var between = sentence.AsSpan(start + first.Text.Length, end - start - first.Text.Length);
        return between.Contains(" while ", StringComparison.OrdinalIgnoreCase) || between.Contains(" whereas ", StringComparison.OrdinalIgnoreCase)
            || between.Contains(" but ", StringComparison.OrdinalIgnoreCase);
    }

    private static bool InSpanOfDays(ClaimMention mention, ClaimValue day)
    {
        foreach (var other in mention.Values)
        {
            if (other.Field != "date" || ReferenceEquals(other, day))
            {
                continue;
            }

            var (first, second) = other.Span.Start < day.Span.Start ? (other.Span, day.Span) : (day.Span, other.Span);
            var (from, to) = (first.End - mention.Span.Start, second.Start - mention.Span.Start);
            if (from < 0 || to > mention.Text.Length || to < from || to - from > 16)
            {
                continue;
            }

            var between = mention.Text.AsSpan(from, to - from);
            if (between.Contains(" and ", StringComparison.Ordinal) || between.Contains(" to ", StringComparison.Ordinal) || between.Contains(" or ", StringComparison.Ordinal)
                || between.Contains(" through ", StringComparison.Ordinal) || between.Contains(" until ", StringComparison.Ordinal) || between.Trim().SequenceEqual("-"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Where a value stands in its mention's text (start, end), or null when its span lies outside it.</summary>
    private static (int At, int End)? PlaceIn(ClaimMention mention, ClaimValue value)
    {
        var at = value.Span.Start - mention.Span.Start;
        return at < 0 || at > mention.Text.Length ? null : (at, Math.Min(mention.Text.Length, at + value.Span.Length));
    }

    /// <summary>
    /// The part of a sentence a value is told in: between the dashes or semicolons around it ("Since taking charge
    /// in 2008, he has remade the group - a change seen in a raid with at least 67 dead": the "has" of a running
    /// total belongs to the first part, the toll to the second).
    /// </summary>
    private static string ClauseOf(ClaimMention mention, ClaimValue value)
    {
        var text = mention.Text;
        if (PlaceIn(mention, value) is not var (at, end))
        {
            return text;
        }

        var start = 0;
        for (var i = at - 1; i >= 0; i--)
        {
            if (IsClauseBreak(text, i))
            {
                start = i + 1;
                break;
            }
        }

        var stop = text.Length;
        for (var i = end; i < text.Length; i++)
        {
            if (IsClauseBreak(text, i))
            {
                stop = i;
                break;
            }
        }

        return text[start..stop];
    }

    /// <summary>
    /// A semicolon, an em dash, or an en dash or hyphen standing between spaces (a tokeniser's dash). Brackets do not cut:
    /// "12 seasons (1999-2010)" dates the figure; nor does an en dash in a range ("1999–2003").
    /// </summary>
    private static bool IsClauseBreak(string text, int i) => text[i] switch
    {
        ';' or '\u2014' => true,
        '-' or '\u2013' => i > 0 && i + 1 < text.Length && text[i - 1] == ' ' && text[i + 1] == ' ',
        _ => false,
    };

    private static bool OtherTimes(ClaimMention a, ClaimValue va, ClaimMention b, ClaimValue vb)
    {
        // The years near each figure decide, and any year of the other sentence can agree with them ("put the toll at
        // 26,000 after the 2003 quake" / "a 2003 disaster that cost over 31,000 lives").
        var (allA, allB) = (YearsOf(a.Text), YearsOf(b.Text));
        if (allA.Count + allB.Count == 0)
        {
            return false;
        }

        var (ya, yb) = (YearsNear(a, va, allA), YearsNear(b, vb, allB));
        return ya.Count + yb.Count > 0 && !ya.Overlaps(allB) && !yb.Overlaps(allA);
    }

    /// <summary>
    /// The years that date a figure: those within <see cref="YearReachWords"/> words of it ("the last three games of the 2009
    /// season") or in the sentence's opening phrase ("In 2007, he …", "Since taking charge in 2008, …"). A year far off in the sentence dates something else in it ("the
    /// hearing for two brothers charged with shooting a shop owner, who later died of his wounds, in 2016": the shooting, not the hearing).
    /// </summary>
    /// <param name="all">The sentence's years (<see cref="YearsOf"/>), left as they are.</param>
    private static HashSet<string> YearsNear(ClaimMention mention, ClaimValue value, HashSet<string> all)
    {
        var text = mention.Text;
        var years = new HashSet<string>(all, StringComparer.Ordinal);
        if (years.Count == 0 || PlaceIn(mention, value) is not var (at, end))
        {
            return years;
        }

        years.RemoveWhere(year =>
        {
            for (var i = text.IndexOf(year, StringComparison.Ordinal); i >= 0; i = text.IndexOf(year, i + 1, StringComparison.Ordinal))
            {
                var words = i < at ? text.AsSpan(i, at - i).Count(' ') : text.AsSpan(end, Math.Max(0, i - end)).Count(' ');
                var opening = text.AsSpan(0, i).IndexOf(',') < 0 && text.AsSpan(i).IndexOf(',') is >= 0 and < 12 && text.AsSpan(0, i).Count(' ') <= OpeningPhraseWords;
                if (words <= YearReachWords || opening)
                {
                    return false;
                }
            }

            return true;
        });
        return years;
    }

    private const int YearReachWords = 8;

    /// <summary>How many words an opening phrase ("In 2007,", "Since taking charge in 2008,") may have before its year.</summary>
    private const int OpeningPhraseWords = 6;

    /// <summary>
    /// Years a sentence names as the time of what it tells ("in 2003", "the 2007 season", "(1999-2003)"); a year closing a
    /// full date ("July 24, 2004", "24 July 2004") is a dateline, not another time.
    /// </summary>
    private static HashSet<string> YearsOf(string sentence)
    {
        var years = new HashSet<string>(StringComparer.Ordinal);
        foreach (System.Text.RegularExpressions.Match match in YearPattern().Matches(sentence))
        {
            var before = sentence.AsSpan(0, match.Index).TrimEnd();
            if (before.EndsWith(",") && before.Length > 1 && char.IsDigit(before[^2]))
            {
                continue;
            }

            // "14 October 2014": a full date written day first is a dateline too.
            var month = before.LastIndexOf(' ');
            if (month > 0 && TimeWords.MonthLookup.ContainsKey(before[(month + 1)..]) && before[..month].TrimEnd() is [.., var d] && char.IsAsciiDigit(d))
            {
                continue;
            }

            years.Add(match.Value);
        }

        return years;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"(?<![\d.,$])(?:19|20)\d\d(?![\d,.]\d)(?!\s*-\s*(?:year|month|week|day))")]
    private static partial System.Text.RegularExpressions.Regex YearPattern();

    private static bool IsReporting(string? predicate) => predicate is not null && ConflictDetector.ReportingVerbs.Contains(predicate);

    private static int Root(int[] parent, int x)
    {
        while (parent[x] != x)
        {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }

        return x;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:has|have|had)\b|['’]s (?:already|now|been)\b|\b(?:already|so far|to date)\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex RunningTotal();

    /// <summary>
    /// A figure counted since some time with a perfect verb of its own ("over 500 villagers have died since the siege started",
    /// "has seized 40 rifles since March"): a perfect auxiliary within <see cref="TotalWindowWords"/> words of the figure and
    /// "since" within twice that after it — not "the frigate, which had tracked the skiffs since morning, detained 14".
    /// </summary>
    private static bool TotalSince(ClaimMention mention, ClaimValue value)
    {
        var text = mention.Text;
        if (PlaceIn(mention, value) is not var (at, end))
        {
            return false;
        }

        var before = LastWords(text.AsSpan(0, at), TotalWindowWords);
        var after = FirstWords(text.AsSpan(end), 2 * TotalWindowWords);
        return (PerfectAuxiliary().IsMatch(before) || PerfectAuxiliary().IsMatch(FirstWords(text.AsSpan(end), TotalWindowWords)))
            && SinceWord().IsMatch(after);
    }

    /// <summary>Any total up to a time: a perfect or "so far", "to date", "by Tuesday morning", "since …".</summary>
    private static bool UpToSomeTime(ClaimMention mention, ClaimValue value)
    {
        var clause = ClauseOf(mention, value);
        return TotalSince(mention, value) || RunningTotal().IsMatch(clause) || ByTime().IsMatch(clause);
    }

    private const int TotalWindowWords = 4;

    private static ReadOnlySpan<char> LastWords(ReadOnlySpan<char> text, int words)
    {
        var start = text.Length;
        for (var seen = 0; start > 0 && seen <= words; start--)
        {
            if (text[start - 1] == ' ')
            {
                seen++;
            }
        }

        return text[start..];
    }

    private static ReadOnlySpan<char> FirstWords(ReadOnlySpan<char> text, int words)
    {
        var end = 0;
        for (var seen = 0; end < text.Length && seen <= words; end++)
        {
            if (text[end] == ' ')
            {
                seen++;
            }
        }

        return text[..end];
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:has|have|had)\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex PerfectAuxiliary();

    [System.Text.RegularExpressions.GeneratedRegex(@"\bsince\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex SinceWord();

    [System.Text.RegularExpressions.GeneratedRegex(@"\bby\s+(?:late\s+|early\s+|the\s+end\s+of\s+)?(?:\w+day|morning|afternoon|evening|night|noon|midnight|dawn)\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex ByTime();
}
