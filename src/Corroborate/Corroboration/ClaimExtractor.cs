using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;
using Corroborate.Extraction;
using Corroborate.Model;

namespace Corroborate.Corroboration;

/// <summary>
/// Splits each article of a story into claims: one per body sentence that states something (headings,
/// embedded posts and fragments left out), with the story's entities, the places it locates things in,
/// and its comparable slots — amounts by what they count, days, list items, the speaker of a quote.
/// </summary>
public sealed partial class ClaimExtractor(TemporalExpressionExtractor dates)
{
    private const int MinWords = 5;

    /// <summary>Words after a distance that say it locates a place from another ("125 miles south of", "18 km from").</summary>
    private static readonly FrozenSet<string> DistanceWords = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "north-east", "north-west", "south-east",
        "south-west", "from", "away", "outside", "off", "inland", "offshore");

    public ClaimExtractor() : this(TemporalExpressionExtractor.Default)
    {
    }

    /// <param name="outletOf">The outlet of each article by id (<see cref="StorySources.OutletOf"/>); by default its own metadata or title.</param>
    public ImmutableArray<ClaimMention> Extract(IReadOnlyList<Article> articles, StoryExtraction extraction, Func<string, string>? outletOf = null) =>
        Extract(articles, extraction, outletOf, null);

    /// <param name="memo">Each article's dates kept from earlier reports.</param>
    public ImmutableArray<ClaimMention> Extract(IReadOnlyList<Article> articles, StoryExtraction extraction, Func<string, string>? outletOf, ArticleMemo? memo)
    {
        var entitiesByArticle = extraction.Entities.EntityOfMention
            .GroupBy(pair => pair.Key.ArticleId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(p => (p.Key.Span, EntityId: p.Value)).OrderBy(p => p.Span.Start).ToList(), StringComparer.Ordinal);
        var amountsByArticle = extraction.Amounts.GroupBy(a => a.ArticleId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(a => a.Amount).ToList(), StringComparer.Ordinal);
        var quotesByArticle = extraction.Quotes
            .SelectMany(q => q.Mentions.Select(m => (Mention: m, Quote: q)))
            .GroupBy(x => x.Mention.ArticleId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);

        var places = extraction.Entities.Entities.Where(e => e.Type == EntityType.Place).Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
        var people = extraction.Entities.Entities.Where(e => e.Type == EntityType.Person).Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
        var byId = EntitiesById(extraction.Entities);
        var claims = ImmutableArray.CreateBuilder<ClaimMention>();
        foreach (var article in articles)
        {
            var input = InputOf(outletOf?.Invoke(article.Id) ?? OutletOf(article), entitiesByArticle.GetValueOrDefault(article.Id) ?? [],
                amountsByArticle.GetValueOrDefault(article.Id) ?? [], quotesByArticle.GetValueOrDefault(article.Id) ?? [], places, people, byId);
            // What the story lends an article's claims is all in its input: kept claims are reused while the input is the same.
            claims.AddRange(memo is null ? ArticleClaims(article, input, null) : memo.GetOrUpdate(article, this, input, ClaimInput.Same, (a, i) => ArticleClaims(a, i, memo)));
        }

        return claims.ToImmutable();
    }

    /// <summary>The claims of one article's sentences, from the article and what its story says of it (<see cref="ClaimInput"/>) alone.</summary>
    private ImmutableArray<ClaimMention> ArticleClaims(Article article, ClaimInput input, ArticleMemo? memo)
    {
        var claims = ImmutableArray.CreateBuilder<ClaimMention>();
        var outlet = input.Outlet;
        var entities = input.Entities;
        var amounts = input.Amounts;
        var quotes = input.Quotes;
        var places = input.Places;
        var people = input.People;
        var days = (memo is null ? dates.Extract(article) : memo.GetOrAdd(article, dates, dates.Extract)).Where(d => d.Granularity is Granularity.Day or Granularity.PartOfDay).ToList();
        for (var i = 0; i < article.Sentences.Length; i++)
        {
            var span = article.Sentences[i];
            if (span.End > article.BodyLength || !InBody(article, span))
            {
                continue;
            }

            var text = span.Of(article.CleanText);
            if (CountWords(text) < MinWords)
            {
                continue;
            }

            var inside = entities.Where(e => e.Span.Start >= span.Start && e.Span.End <= span.End).ToList();
            // Names count once, as entities (so every variant of one name meets); the words are what is said of them.
            var words = ContentWords.Of(WithoutNames(text, span.Start, inside.Select(e => e.Span)));
            // Counts are compared as amounts; as words, "five" and "six" would only blur two outlets' versions apart.
            words.RemoveWhere(w => TimeWords.NumberWords.ContainsKey(w));
            var locations = inside.Where(e => places.Contains(e.EntityId) && IsLocative(article.CleanText, span, e.Span))
                .Select(e => e.EntityId).Distinct(StringComparer.Ordinal).ToImmutableArray();
            var values = ImmutableArray.CreateBuilder<ClaimValue>();
            // An amount belongs to the sentence holding its counted words: a decimal split by a stray sentence break ("6. 1 - magnitude") ends in the second.
            var stated = amounts.Where(a => a.Span.End > span.Start && a.Span.End <= span.End).ToList();
            var sentenceDays = days.Where(d => d.Span.Start >= span.Start && d.Span.End <= span.End).ToList();
            List<TextSpan> valueSpans = [.. stated.Select(a => a.Span), .. sentenceDays.Select(d => d.Span)];
            foreach (var amount in ContrastedMeasures(article.CleanText, stated))
            {
                if (AmountValue(article.CleanText, span, amount, valueSpans) is { } value)
                {
                    values.Add(value with
                    {
                        Slot = value.Slot! with
                        {
                            Holder = value.Slot.Counted == "age" ? AgeHolderOf(article.CleanText, value.Span, inside)
                                : (value.Quantity?.Dimension == "length" ? DistanceHolderOf(article.CleanText, value.Span, inside) : null)
                                    ?? HolderOf(article.CleanText, span, value.Span, inside, share: value.Slot.Counted == "percent"),
                            Person = inside.Where(e => people.Contains(e.EntityId))
                                .OrderBy(e => Math.Min(Math.Abs(e.Span.End - value.Span.Start), Math.Abs(e.Span.Start - value.Span.End))).Select(e => e.EntityId).FirstOrDefault(),
                        },
                    });
                }
            }

            for (var d = 0; d < sentenceDays.Count; d++)
            {
                // "Saturday, 8 October 2011" is one day told twice: the weekday with its date.
                var withDate = d + 1 < sentenceDays.Count && sentenceDays[d + 1].Span.Start - sentenceDays[d].Span.End <= 2 && !sentenceDays[d + 1].Relative
                    && sentenceDays[d + 1].Resolved ? sentenceDays[d + 1] : null;
                if (DayValue(article.CleanText, span, sentenceDays[d], valueSpans, withDate) is { } value)
                {
                    values.Add(value);
                }

                d += withDate is null ? 0 : 1;
            }

            values.AddRange(ListItems.Of(article.CleanText, span));
            for (var v = 0; v < values.Count; v++)
            {
                values[v] = values[v] with { ArticleId = article.Id };
            }

            var quote = quotes.FirstOrDefault(q => q.Mention.Span.Start >= span.Start && q.Mention.Span.Start < span.End);
            var (speaker, speakerName) = quote.Quote is null ? (null, null) : SpeakerOf(quote.Mention, quote.Quote, entities, input.PersonNames);
            claims.Add(new ClaimMention(article.Id, outlet, i, span, text, [.. words.Order(StringComparer.Ordinal)],
                [.. inside.Select(e => e.EntityId).Distinct(StringComparer.Ordinal)], locations, values.ToImmutable(),
                speaker, quote.Quote?.Id)
            {
                SpeakerName = speakerName,
                SpeakerCue = quote.Mention?.SpeakerCue,
                People = [.. inside.Where(e => people.Contains(e.EntityId)).Select(e => e.EntityId).Distinct(StringComparer.Ordinal)],
                // "an Australian climber" tells who, not where: a people's adjective names no place the sentence tells of.
                // So does a country's name before a noun, outside a place phrase ("a U.S. airstrike", "UK officials").
                Places = [.. inside.Where(e => places.Contains(e.EntityId) && !IsDemonym(article.CleanText, e.Span) && !IsCountryModifier(article.CleanText, span, e.Span))
                    .Select(e => e.EntityId).Distinct(StringComparer.Ordinal)],
                Published = article.Published,
                Written = article.Published is { } published ? DateOnly.FromDateTime(published.UtcDateTime) : null,
            });
        }
        return claims.ToImmutable();
    }

    /// <summary>
    /// Who this article says spoke: a person named in its own attribution ("Education Minister Rui Matos
    /// said") wins over the speaker the story settled on for the quote, so outlets that disagree show it.
    /// </summary>
    /// <param name="personNames">The story's name of each of the article's entities that is a person.</param>
    private static (string? Id, string? Name) SpeakerOf(QuoteReference mention, Quote quote, List<(TextSpan Span, string EntityId)> entities, Dictionary<string, string> personNames)
    {
        if (mention.SpeakerSpan is { } cue)
        {
            foreach (var (span, id) in entities)
            {
                if (span.Start >= cue.Start && span.End <= cue.End && personNames.TryGetValue(id, out var name))
                {
                    return (id, name);
                }
            }
        }

        return (quote.Speaker ?? quote.SpeakerName, quote.SpeakerName);
    }

    /// <summary>The outlet an article speaks for; an article with none stands for itself under its title, so it is never merged with another.</summary>
    public static string OutletOf(Article article) => StorySources.Known(article) ?? StorySources.Unnamed(article);

    private static bool InBody(Article article, TextSpan sentence) =>
        article.Segments.Any(s => s.Kind == SegmentKind.Body && s.Span.Start <= sentence.Start && sentence.End <= s.Span.End);

    private static string WithoutNames(string text, int offset, IEnumerable<TextSpan> names)
    {
        var chars = text.ToCharArray();
        foreach (var name in names)
        {
            chars.AsSpan(name.Start - offset, name.Length).Fill(' ');
        }

        return new string(chars);
    }

    private static int CountWords(string text)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var letter = char.IsLetterOrDigit(c);
            count += letter && !inWord ? 1 : 0;
            inWord = letter;
        }

        return count;
    }

    /// <summary>"in Havana", "at the UN in Geneva": a place the happening is put in, not one it is about.</summary>
    private static bool IsDemonym(string text, TextSpan mention) =>
        Gazetteer.Default.Find(mention.Of(text))?.Kind == PlaceKind.Demonym;

    /// <summary>
    /// A country's name used as an adjective: directly before a lower-case word, and not after a word that opens a place
    /// phrase ("a U.S. airstrike", "UK officials said" — but "in Mexico yesterday", "to Iraq last week" keep the place).
    /// </summary>
    private static bool IsCountryModifier(string text, TextSpan sentence, TextSpan place)
    {
        if (Gazetteer.Default.Find(place.Of(text))?.Kind != PlaceKind.Country)
        {
            return false;
        }

        var after = text.AsSpan(place.End, sentence.End - place.End);
        var next = after.TrimStart();
        if (next.Length == after.Length || next.IsEmpty || !char.IsLower(next[0]))
        {
            return false;
        }

        var nextEnd = next.IndexOfAny(' ', ',', '.');
        if (NotNouns.GetAlternateLookup<ReadOnlySpan<char>>().Contains(nextEnd < 0 ? next : next[..nextEnd]))
        {
            return false;
        }

        var before = text.AsSpan(sentence.Start, place.Start - sentence.Start).TrimEnd();
        var space = before.LastIndexOfAny(' ', '\n', '\t');
        return !PlacePhraseOpeners.GetAlternateLookup<ReadOnlySpan<char>>().Contains(before[(space + 1)..]);
    }

    /// <summary>Words before a country's name that make it a place ("in Iraq", "of southern Iran").</summary>
    private static readonly FrozenSet<string> PlacePhraseOpeners = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "in", "at", "near", "across", "throughout", "inside", "outside", "to", "from", "into", "around", "over", "off", "of",
        "northern", "southern", "eastern", "western", "central", "north", "south", "east", "west", "rural", "coastal");

    /// <summary>Lower-case words after a country's name that are no noun it modifies ("Iran on Sunday", "Iraq and Syria").</summary>
    private static readonly FrozenSet<string> NotNouns = FrozenSet.Create(StringComparer.Ordinal,
        "on", "in", "at", "and", "or", "but", "as", "by", "for", "from", "to", "with", "of", "since", "after", "before", "during",
        "until", "when", "where", "while", "that", "which", "who", "last", "this", "next", "earlier", "later", "yesterday", "today",
        "is", "was", "are", "were", "has", "had", "have", "will", "would", "said", "says");

    private static bool IsLocative(string text, TextSpan sentence, TextSpan place)
    {
        var before = text.AsSpan(sentence.Start, place.Start - sentence.Start).TrimEnd();
        if (before.EndsWith("the", StringComparison.OrdinalIgnoreCase))
        {
            before = before[..^3].TrimEnd();
        }

        return before.EndsWith(" in", StringComparison.OrdinalIgnoreCase) || before.EndsWith(" at", StringComparison.OrdinalIgnoreCase)
            || before.Equals("in", StringComparison.OrdinalIgnoreCase) || before.Equals("at", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// "put the magnitude at 7.6, while others reported 7.5": a bare figure set against a measured one by a word of
    /// contrast, with the same number of decimals, gives the same measure. Every other amount is left as read.
    /// </summary>
    private static List<Amount> ContrastedMeasures(string text, List<Amount> stated)
    {
        for (var i = 0; i < stated.Count; i++)
        {
            var bare = stated[i];
            if (bare.Counted is not null || bare.Unit is not null || bare.Decimals == 0)
            {
                continue;
            }

            var measured = stated.Take(i).LastOrDefault(a => a.Unit is { } unit && a.Decimals == bare.Decimals
                && AmountUnits.Measure(AmountExtractor.CountedWord(unit, hyphenated: false)) is not null);
            if (measured is null || measured.Span.End > bare.Span.Start)
            {
                continue;
            }

            var between = text.AsSpan(measured.Span.End, bare.Span.Start - measured.Span.End);
            if (between.Length < 80 && (between.Contains(" while ", StringComparison.OrdinalIgnoreCase) || between.Contains(" whereas ", StringComparison.OrdinalIgnoreCase)
                || between.Contains(" but ", StringComparison.OrdinalIgnoreCase)))
            {
                stated[i] = bare with { Unit = measured.Unit };
            }
        }

        return stated;
    }

    /// <summary>How far after "one sensor" a "second sensor" or "other sensor" still makes it the first of several.</summary>
    private const int SeveralWithin = 400;

    /// <summary>
    /// "One sensor will track …; the second sensor …": "one" opening an enumeration names the first of several, it does not
    /// count them. Read from the text after it: "second", "other" or "another" before the same noun.
    /// </summary>
    private static bool FirstOfSeveral(string text, Amount amount)
    {
        if (amount.Value != 1 || amount.Unit is not { } unit || unit.Contains(' ', StringComparison.Ordinal)
            || !text.AsSpan(amount.Span.Start).StartsWith("one ", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var after = text.AsSpan(amount.Span.End, Math.Min(SeveralWithin, text.Length - amount.Span.End));
        foreach (var word in (ReadOnlySpan<string>)["second ", "other ", "another "])
        {
            var at = after.IndexOf(string.Concat(word, unit), StringComparison.OrdinalIgnoreCase);
            if (at >= 0 && (at == 0 || !char.IsLetter(after[at - 1])))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "200 soldiers and civilians", "30 students and teachers": the counted plural joined by "and" to another plural with
    /// no figure of its own, so the figure counts the two together.
    /// </summary>
    private static bool CountsWithAnother(string text, int end)
    {
        var rest = text.AsSpan(end);
        if (!rest.StartsWith(" and ", StringComparison.Ordinal))
        {
            return false;
        }

        rest = rest[5..];
        var length = 0;
        while (length < rest.Length && char.IsLetter(rest[length]))
        {
            length++;
        }

        var word = rest[..length];
        return length > 3 && char.IsLower(word[0]) && AmountExtractor.IsPlural(word) && !TimeWords.StopLookup.Contains(word);
    }

    /// <summary>
    /// An amount as a comparable value: what it counts (or the measure and its dimension), how it is hedged,
    /// and its predicate. Bare numbers, ages of no one in particular and ids count nothing comparable.
    /// </summary>
    private static ClaimValue? AmountValue(string text, TextSpan sentence, Amount amount, List<TextSpan> others)
    {
        var counted = amount.Counted ?? (amount.Unit is null ? null : AmountExtractor.CountedWord(amount.Unit, hyphenated: false));
        if (counted is null || FirstOfSeveral(text, amount))
        {
            return null;
        }

        var measure = AmountUnits.Measure(counted);
        var start = amount.Hedge?.Start ?? amount.Span.Start;
        var quantity = new StatedQuantity(amount.Value, amount.Approximation, amount.High, amount.Decimals, measure?.Dimension, measure?.Factor ?? 1)
        {
            Scale = AmountExtractor.ScaleOf(amount.Text),
        };
        var slot = ValueSlots.Read(text, sentence, Math.Max(start, sentence.Start), amount.Span.End, counted, amount.Unit, [.. others.Where(o => o != amount.Span)]);
        // "a 36-yard field goal" measures the kick, "the 7-yard line" places the ball: a modifier's figure is said of its noun.
        var key = "amount:" + (measure?.Dimension ?? SlotClasses.OfCounted(counted)) + (amount.Modifies is { } head ? ":" + head : "")
            // "200 soldiers and civilians" counts both together: never the soldiers alone ("the three soldiers").
            + (measure is null && amount.Unit is not null && CountsWithAnother(text, amount.Span.End) ? ":and" : "")
            // An age in months is not comparable with one in years.
            + (counted == "age" && amount.Unit is { } ageUnit && ageUnit != "years (age)" ? ":" + ageUnit[..ageUnit.IndexOf(' ', StringComparison.Ordinal)] : "");
        return new ClaimValue("amount", key, quantity.Display(), text[start..amount.Span.End], new TextSpan(start, amount.Span.End))
        {
            Quantity = quantity,
            Slot = slot,
        };
    }

    /// <summary>
    /// The entity named right before a value with at most two words between ("Milei had 55.7 percent", "gave Milei
    /// 55.95 percent"), or right after it behind "for", "to" or "of" ("44.3 percent for Massa"); no punctuation between.
    /// </summary>
    /// <param name="share">
    /// The value is a share, which is always a share of something: "82 percent in India", "39% with Taiwan", "60 percent among
    /// young voters" give its holder as surely as "for" or "of" do (a count "killed 10 in Bam" puts the happening in a place instead).
    /// </param>
    private static string? HolderOf(string text, TextSpan sentence, TextSpan value, List<(TextSpan Span, string EntityId)> entities, bool share = false)
    {
        foreach (var (span, id) in entities.Where(e => e.Span.End <= value.Start && e.Span.Start >= sentence.Start).OrderByDescending(e => e.Span.End))
        {
            var between = text.AsSpan(span.End, value.Start - span.End);
            // "Uganda and 27% with Rwanda": a name before a conjunction ends the list's previous item.
            if (between.IndexOfAny(",;:()") < 0 && between.Count(' ') <= 3 && !between.Contains("'s", StringComparison.Ordinal)
                && !between.Contains(" and ", StringComparison.Ordinal) && !between.Contains(" or ", StringComparison.Ordinal))
            {
                return id;
            }

            break;
        }

        foreach (var (span, id) in entities.Where(e => e.Span.Start >= value.End && e.Span.End <= sentence.End).OrderBy(e => e.Span.Start))
        {
            var between = text.AsSpan(value.End, span.Start - value.End).Trim();
            var words = between.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (between.IndexOfAny(",;:()") < 0 && words.Length is >= 1 and <= 4
                && (words[0] is "for" or "to" or "of" or "by" || (share && words[0] is "in" or "with" or "among")))
            {
                return id;
            }

            break;
        }

        return null;
    }

    /// <summary>
    /// Which place a distance locates: the name right before it behind a comma when a direction or "from" follows
    /// ("Iguala, 125 miles south of the capital", "Chilpancingo, 132 miles (212 km) south of it"): two towns' distances from
    /// one city are two facts.
    /// </summary>
    private static string? DistanceHolderOf(string text, TextSpan value, List<(TextSpan Span, string EntityId)> entities)
    {
        var after = text.AsSpan(value.End).TrimStart();
        if (after.StartsWith("(") && after.IndexOf(')') is var close and > 0 and < 40)
        {
            after = after[(close + 1)..].TrimStart();
        }

        // "132 miles (212 km) south": the conversion in brackets locates the same place as the figure before it.
        var anchor = value.Start;
        if (after.StartsWith(")") && text.AsSpan(0, value.Start).TrimEnd() is [.., '('] opened)
        {
            after = after[1..].TrimStart();
            anchor = opened.Length - 1;
            var figure = text.AsSpan(0, anchor).TrimEnd();
            var words = 0;
            while (figure.Length > 0 && words < 2 && figure.LastIndexOf(' ') is var space)
            {
                figure = figure[..Math.Max(0, space)].TrimEnd();
                words++;
            }

            anchor = figure.Length;
        }

        var word = after[..Math.Max(0, after.IndexOfAny(" ,.;:") is var stop and >= 0 ? stop : after.Length)];
        if (!DistanceWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word))
        {
            return null;
        }

        foreach (var (span, id) in entities)
        {
            if (span.End <= anchor && text.AsSpan(span.End, anchor - span.End).Trim() is [','])
            {
                return id;
            }
        }

        return null;
    }

    /// <summary>
    /// Whose age a figure is: the name right before it behind a comma ("Jose Orozco, 29,") or right after an
    /// "N-year-old" ("the 20-year-old Andrew Lopez"), with at most one word ("suspect") between.
    /// </summary>
    private static string? AgeHolderOf(string text, TextSpan value, List<(TextSpan Span, string EntityId)> entities)
    {
        foreach (var (span, id) in entities)
        {
            if (span.End <= value.Start && text.AsSpan(span.End, value.Start - span.End).Trim() is [','])
            {
                return id;
            }

            if (span.Start >= value.End && span.Start - value.End <= 16)
            {
                var between = text.AsSpan(value.End, span.Start - value.End).Trim();
                if (between.IsEmpty || (between.IndexOfAny(",;:()") < 0 && between.Count(' ') == 0))
                {
                    return id;
                }
            }
        }

        return null;
    }

    private static bool InUniversalTime(string text, TextSpan sentence, TextSpan day)
    {
        var start = Math.Max(sentence.Start, day.Start - 12);
        var before = text.AsSpan(start, day.Start - start);
        return before.Contains("GMT", StringComparison.Ordinal) || before.Contains("UTC", StringComparison.Ordinal);
    }

    /// <summary>A day: the weekday the words name (compared even without a publication date) and the date when it resolved.</summary>
    private static ClaimValue? DayValue(string text, TextSpan sentence, TemporalExpression day, List<TextSpan> others, TemporalExpression? withDate = null)
    {
        DayOfWeek? weekday = null;
        foreach (var range in day.Text.AsSpan().SplitAny(' ', ',', '\'', '’', '-'))
        {
            var word = day.Text.AsSpan()[range];
            if (word.EndsWith("s", StringComparison.Ordinal) && word.Length > 6 && TimeWords.WeekdayLookup.TryGetValue(word[..^1], out var plural))
            {
                weekday = (DayOfWeek)plural;
            }
            else if (TimeWords.WeekdayLookup.TryGetValue(word, out var named))
            {
                weekday = (DayOfWeek)named;
            }
        }

        var date = withDate?.Date ?? (day.Resolved ? day.Date : null);
        // "(0241 GMT Friday)": a day told in universal time, which may be the next or the previous one where it happened.
        if (weekday is null && date is null || InUniversalTime(text, sentence, day.Span))
        {
            return null;
        }

        var stated = new StatedDay(weekday ?? date!.Value.DayOfWeek, date, weekday is not null);
        var span = new TextSpan(day.Span.Start, withDate?.Span.End ?? day.Span.End);
        var slot = ValueSlots.Read(text, sentence, span.Start, span.End, null, null, [.. others.Where(o => o.Start >= span.End || o.End <= span.Start)], day: true);
        return new ClaimValue("date", "date", stated.Display(), span.Of(text), span) { Day = stated, Slot = slot };
    }
}
