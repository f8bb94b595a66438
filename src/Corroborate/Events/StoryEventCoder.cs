using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Corroborate.Extraction;
using Corroborate.Model;
using Corroborate.Text;

namespace Corroborate.Events;

/// <summary>
/// Codes every sentence of a story's articles, with the story's own entities as actors (a person's country and
/// role: "President" → GOV), dates each coding from the timeline (else the article's date) and places it at the
/// gazetteer place named in the sentence; codings with the same source and target codes, root code and day are
/// one event across articles.
/// </summary>
/// <param name="gazetteer">Countries of actor codes (names of country actors, sector codes merged on their country).</param>
public sealed partial class StoryEventCoder(EventCoder coder, Gazetteer gazetteer)
{

    private sealed record Coded(Article Article, int Sentence, EventCoding Coding, DateOnly? Date, string? Location);

    public ImmutableArray<StoryEvent> Code(IReadOnlyList<Article> articles, StoryExtraction extraction) => Code(articles, extraction, null);

    /// <param name="memo">Each article's codings kept from earlier reports of its story: reused while its known actors and sentence dates stay the same.</param>
    public ImmutableArray<StoryEvent> Code(IReadOnlyList<Article> articles, StoryExtraction extraction, ArticleMemo? memo)
    {
        var coded = new List<Coded>();
        var entities = extraction.Entities.Entities;
        var story = MentionsOf(entities, extraction.Timeline);
        foreach (var article in articles)
        {
            var known = KnownActors(article, story);
            // "Chinese President Xi" names whose president, not where anything happened: an adjective is no location.
            var places = story.PlacesIn(article.Id);
            var dates = story.DatesIn(article.Id).OrderBy(d => d.Span.Start).ToList();
            // The article's own day: the date it names most (its lead happening), else its publication date.
            var articleDate = dates.Count > 0 ? dates.GroupBy(d => d.Date).OrderByDescending(g => g.Count()).ThenBy(g => g.First().Span.Start).First().Key
                : article.Published is { } published ? DateOnly.FromDateTime(published.UtcDateTime) : (DateOnly?)null;
            var body = 0;
            while (body < article.Sentences.Length && article.Sentences[body].End <= article.BodyLength)
            {
                body++;
            }

            var currents = new DateOnly?[body];
            for (var s = 0; s < body; s++)
            {
                // A sentence without a date of its own is about the article's day.
                var sentence = article.Sentences[s];
                currents[s] = dates.FirstOrDefault(d => sentence.Contains(d.Span.Start)) is { Span.Length: > 0 } dated ? dated.Date : articleDate;
            }

            var bySentence = CodeSentences(article, currents, known, memo);
            for (var s = 0; s < body; s++)
            {
                var sentence = article.Sentences[s];
                var current = currents[s];
                // A sentence with no date of its own that puts its act in another period ("last year", "in 2019") is not about the
                // article's day: its events are undated rather than dated wrongly.
                if (bySentence[s].Count > 0 && current is not null && !dates.Any(d => sentence.Contains(d.Span.Start))
                    && OtherPeriod(article.CleanText.AsSpan(sentence.Start, sentence.End - sentence.Start), current.Value.Year))
                {
                    current = null;
                }

                foreach (var coding in bySentence[s])
                {
                    coded.Add(new Coded(article, s, coding, current, LocationOf(article.CleanText, sentence, places, coding)));
                }
            }
        }

        return Merge(coded, entities);
    }

    private static bool IsOwnNation(string source, string target) =>
        (target.Length == 3 && source.Length > 3 && source.StartsWith(target, StringComparison.Ordinal))
        || (source.Length == 3 && target.Length > 3 && target.StartsWith(source, StringComparison.Ordinal));

    private static bool HasCountry(string code) => code.Length >= 3 && char.IsLetter(code[0]);

    private string PairKey(EventCoding coding) => $"{CountryPart(coding.Source.Code)}>{CountryPart(coding.Target.Code)}";

    /// <summary>
    /// The actor a happening is merged on: the country of a country-plus-sector code ("IRNGOV" and "IRN" are Iran
    /// in the same story on the same day), the whole code otherwise.
    /// </summary>
    private string CountryPart(string code) => code.Length > 3 && char.IsLetter(code[0]) && gazetteer.Country(code[..3]) is not null ? code[..3] : code;

    /// <summary>The gazetteer reads the mention as a nationality ("Chinese", "Serbian"), not as the place's name.</summary>
    private bool IsAdjectiveOf(string surface) => gazetteer.Find(surface)?.Kind == PlaceKind.Demonym;

    /// <summary>
    /// Where the sentence says a coded act happened: a place the gazetteer maps in a phrase of place ("in Havana", "at a palace
    /// in the capital, Havana", "a visit to Serbia") or its dateline ("BELGRADE — …"), else, for a visit, the mapped place
    /// visited (the target of 042, the host of 043). A place the sentence only names ("Iran and Cuba's cooperation", "a tour
    /// that first took him to Venezuela") says nothing of where the act was: none.
    /// </summary>
    private static string? LocationOf(string text, TextSpan sentence, List<(TextSpan Span, string Name, bool Mapped)> places, EventCoding coding)
    {
        // Only a place the gazetteer maps ("at a presidential palace in Havana" → Havana, not "at Nikola Tesla airport", "in a
        // Latin America tour"): it is where an export can map the act, and what it is does not change as a story's names are
        // resolved again (a grown report and a whole one give the same place).
        foreach (var (span, name, _) in places.Where(p => p.Mapped && sentence.Contains(p.Span.Start)).OrderBy(p => p.Span.Start))
        {
            if ((AfterPlacePreposition(text, sentence.Start, span.Start) && !Attributive(text, span)) || Dateline(text, sentence, span))
            {
                return name;
            }
        }

        var visited = coding.Code switch
        {
            "042" => coding.Target,
            "043" => coding.Source,
            _ => null,
        };
        return visited is null ? null : places.Where(p => p.Mapped && sentence.Contains(p.Span.Start) && Covers(visited, p.Span)).Select(p => p.Name).FirstOrDefault();
    }

    private static readonly string[] OtherPeriodCues = [.. ResourceText.Lines("Events/other-period-cues.txt")];

    /// <summary>Whether the sentence names another period than the year <paramref name="year"/>: a cue phrase, or another year ("in 2019").</summary>
    private static bool OtherPeriod(ReadOnlySpan<char> sentence, int year)
    {
        foreach (var cue in OtherPeriodCues)
        {
            for (var from = 0; from < sentence.Length;)
            {
                var at = sentence[from..].IndexOf(cue, StringComparison.OrdinalIgnoreCase);
                if (at < 0)
                {
                    break;
                }

                var start = from + at;
                var end = start + cue.Length;
                if ((start == 0 || !char.IsLetterOrDigit(sentence[start - 1])) && (end == sentence.Length || !char.IsLetterOrDigit(sentence[end]))
                    && !InRelativeClause(sentence, start))
                {
                    return true;
                }

                from = end;
            }
        }

        for (var k = 0; k + 4 <= sentence.Length; k++)
        {
            var digits = sentence.Slice(k, 4);
            if ((k == 0 || !char.IsLetterOrDigit(sentence[k - 1])) && (k + 4 == sentence.Length || !char.IsLetterOrDigit(sentence[k + 4]))
                && digits[0] is '1' or '2' && int.TryParse(digits, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var named)
                && named is >= 1900 and <= 2100 && named != year && !InRelativeClause(sentence, k))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "Algeria, which broke off relations in 2021, said …": a period named inside a relative clause set off by commas dates
    /// that clause, not the sentence's act.
    /// </summary>
    private static bool InRelativeClause(ReadOnlySpan<char> sentence, int at)
    {
        var open = sentence[..at].LastIndexOf(',');
        if (open < 0 || sentence[at..].IndexOf(',') < 0)
        {
            return false;
        }

        var after = sentence[(open + 1)..].TrimStart();
        foreach (var word in (ReadOnlySpan<string>)["which ", "who ", "whose ", "where ", "when "])
        {
            if (after.StartsWith(word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Words that may stand between a preposition of place and the place's name ("in the capital, Havana", "near the northern city of Herat").</summary>
    private static readonly FrozenSet<string> PlaceLeadWords = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "the", "a", "an", "its", "their", "his", "her", "capital", "city", "town", "village", "port", "province", "region", "state", "district", "county",
        "island", "country", "of", "northern", "southern", "eastern", "western", "central", "north", "south", "east", "west", "nearby", "neighbouring",
        "neighboring", "coastal", "border", "remote");

    private static readonly FrozenSet<string> VisitNouns = FrozenSet.Create(StringComparer.OrdinalIgnoreCase, "visit", "visits", "trip", "trips", "stop");

    private static readonly FrozenSet<string> PlacePrepositions = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "in", "at", "near", "outside", "inside", "across", "throughout", "around", "within", "off");

    /// <summary>"in the Central American country", "at the Iraqi border": a place name before a word of place qualifies it.</summary>
    private static bool Attributive(string text, TextSpan span)
    {
        var after = text.AsSpan(span.End).TrimStart(' ');
        var end = after.IndexOfAny(' ', ',', '.');
        var next = end < 0 ? after : after[..end];
        return next.Length > 0 && char.IsLower(next[0]) && PlaceLeadWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(next);
    }

    /// <summary>"BELGRADE — …", "HAVANA (Reuters) -": a dateline opening the sentence says where the report was filed, and so where its acts were seen.</summary>
    private static bool Dateline(string text, TextSpan sentence, TextSpan span)
    {
        if (span.Start != sentence.Start || span.End > text.Length)
        {
            return false;
        }

        var name = text.AsSpan(span.Start, span.End - span.Start);
        foreach (var c in name)
        {
            if (char.IsLower(c))
            {
                return false;
            }
        }

        var after = text.AsSpan(span.End).TrimStart(' ');
        return after.Length > 0 && after[0] is '—' or '–' or '-' or '(' or ',' or ':';
    }

    /// <summary>Whether the place starting at <paramref name="start"/> is the object of a preposition of place, over up to six lead words.</summary>
    private static bool AfterPlacePreposition(string text, int sentenceStart, int start)
    {
        var before = text.AsSpan(sentenceStart, start - sentenceStart).TrimEnd();
        for (var step = 0; step < 7 && before.Length > 0; step++)
        {
            var cut = before.LastIndexOfAny(' ', '\n');
            var word = before[(cut + 1)..].TrimEnd(',');
            before = cut < 0 ? [] : before[..cut].TrimEnd();
            if (PlacePrepositions.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word))
            {
                return true;
            }

            // "a visit to Serbia", "his trip to Havana": where the visit's acts took place.
            if (word.Equals("to", StringComparison.OrdinalIgnoreCase))
            {
                var previous = before[(before.LastIndexOfAny(' ', '\n') + 1)..];
                return VisitNouns.GetAlternateLookup<ReadOnlySpan<char>>().Contains(previous);
            }

            if (!PlaceLeadWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word))
            {
                return false;
            }
        }

        return false;
    }

    private static bool Covers(EventActor actor, TextSpan span) => span.Start >= actor.Start && span.Start < actor.End;

    private ImmutableArray<StoryEvent> Merge(List<Coded> coded, ImmutableArray<Entity> entities)
    {
        // A story event needs both actors placed in a country: sector-only actors ("the media") cannot be merged
        // across articles with any confidence.
        // An official acting on their own bare nation ("the Gondorian president said Gondor and Rohan…"), or the nation on its
        // own official ("a meeting of Iranian businesspeople" received the Iranian president), is how news writes about
        // a country, not a happening between two actors.
        var usable = coded.Where(c => CameoCodes.Describe(c.Coding.Code) is not null && HasCountry(c.Coding.Source.Code) && HasCountry(c.Coding.Target.Code)
            && !IsOwnNation(c.Coding.Source.Code, c.Coding.Target.Code)).ToList();
        var groups = usable.Where(c => !c.Coding.Mutual).GroupBy(c => (Pair: PairKey(c.Coding), Root: c.Coding.Code[..2], c.Date)).ToDictionary(g => g.Key, g => g.ToList());

        // A joint act ("the two presidents signed…") is one happening whichever way round a sentence names the two:
        // it joins the directed event of the same pair, root and day when there is one, else stands as its own.
        foreach (var mutual in usable.Where(c => c.Coding.Mutual).GroupBy(c => (Pair: UnorderedPair(c.Coding), Root: c.Coding.Code[..2], c.Date)))
        {
            var (a, b) = mutual.Key.Pair;
            var directed = new[] { (Pair: $"{a}>{b}", mutual.Key.Root, mutual.Key.Date), (Pair: $"{b}>{a}", mutual.Key.Root, mutual.Key.Date) }
                .Where(groups.ContainsKey).OrderByDescending(k => groups[k].Select(OutletOf).Distinct().Count()).ToList();
            var key = directed.Count > 0 ? directed[0] : (Pair: $"{a}={b}", mutual.Key.Root, mutual.Key.Date);
            var target = groups.TryGetValue(key, out var existing) ? existing : groups[key] = [];
            var direction = target.Count > 0 ? CountryPart(target[0].Coding.Source.Code) : CountryPart(mutual.First().Coding.Source.Code);
            target.AddRange(mutual.Where(m => CountryPart(m.Coding.Source.Code) == direction)
                .GroupBy(m => (m.Article.Id, m.Sentence, m.Coding.VerbStart)).Select(g => g.First()));
        }

        var events = ImmutableArray.CreateBuilder<StoryEvent>();
        foreach (var (groupKey, members) in groups)
        {
            // The code most outlets used, then the most mentioned, then the most specific.
            var code = members.GroupBy(m => m.Coding.Code).OrderByDescending(g => g.Select(OutletOf).Distinct().Count())
                .ThenByDescending(g => g.Count()).ThenByDescending(g => g.Key.Length).ThenBy(g => g.Key, StringComparer.Ordinal).First().Key;
            var articles = members.Select(m => m.Article.Id).Distinct().ToImmutableArray();
            var sources = members.Select(OutletOf).Distinct(StringComparer.OrdinalIgnoreCase).Count();
            var key = $"{groupKey.Pair}|{groupKey.Root}|{groupKey.Date:yyyy-MM-dd}|{string.Join(',', articles.Order(StringComparer.Ordinal))}";
            var id = "V" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..10];
            var mentions = members.Select(m => new StoryEventMention(m.Article.Id, m.Sentence, m.Article.Sentences[m.Sentence],
                new TextSpan(m.Coding.Source.Start, m.Coding.Source.End), new TextSpan(m.Coding.Target.Start, m.Coding.Target.End),
                new TextSpan(m.Coding.VerbStart, m.Coding.VerbEnd), m.Coding.Code, m.Article.Sentences[m.Sentence].Of(m.Article.CleanText).Trim())).ToImmutableArray();
            // Ties by name, not by which article came first: a story read back from the store gives the same place as its analysis.
            var location = members.Select(m => m.Location).Where(l => l is not null).GroupBy(l => l).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Select(g => g.Key).FirstOrDefault();
            var direction = CountryPart(members.GroupBy(m => CountryPart(m.Coding.Source.Code)).OrderByDescending(g => g.Count()).First().Key);
            var forward = members.Where(m => CountryPart(m.Coding.Source.Code) == direction).ToList();
            events.Add(new StoryEvent(id, CameoCodes.Describe(code)!, Actor(forward.Select(m => m.Coding.Source), entities), Actor(forward.Select(m => m.Coding.Target), entities),
                groupKey.Date, location, mentions.Length, sources, articles.Length, articles, mentions));
        }

        return [.. events.OrderByDescending(e => e.NumSources).ThenByDescending(e => e.NumMentions).ThenBy(e => e.Date).ThenBy(e => e.Code.Code, StringComparer.Ordinal)];
    }

    private static string OutletOf(Coded coded) => coded.Article.Outlet ?? coded.Article.Id;

    private (string A, string B) UnorderedPair(EventCoding coding)
    {
        var (source, target) = (CountryPart(coding.Source.Code), CountryPart(coding.Target.Code));
        return string.CompareOrdinal(source, target) < 0 ? (source, target) : (target, source);
    }

    private StoryEventActor Actor(IEnumerable<EventActor> actors, ImmutableArray<Entity> entities)
    {
        var all = actors.ToList();
        var code = all.GroupBy(a => a.Code).OrderByDescending(g => g.Count()).ThenByDescending(g => g.Key.Length).First().Key;
        // The name goes with the code shown: the entity behind IRNGOV is the president, IRN is the country.
        var list = all.Where(a => a.Code == code).ToList();
        var entityId = list.Select(a => a.EntityId).Where(e => e is not null).GroupBy(e => e).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstOrDefault();
        var entity = entityId is null ? null : entities.FirstOrDefault(e => e.Id == entityId);
        var name = entity?.Name ?? (code.Length >= 3 && gazetteer.Country(code[..3]) is { } country ? country.CountryName : list.GroupBy(a => a.Text).OrderByDescending(g => g.Count()).First().Key);
        return new StoryEventActor(name, code, entity?.Id);
    }

    /// <summary>
    /// The story's people and organisations with a country, as actor spans: country plus the sector of their role.
    /// "He"/"she" stand for the person last named before them in the article; "the two countries" ("both
    /// presidents", "the two sides") for the story's two most mentioned countries.
    /// </summary>
    private List<KnownActorSpan> KnownActors(Article article, StoryMentions story)
    {
        var known = new List<KnownActorSpan>(story.KnownIn(article.Id));
        var people = new List<KnownActorSpan>(story.PeopleIn(article.Id));
        people.Sort((a, b) => a.Start.CompareTo(b.Start));
        var body = article.CleanText[..article.BodyLength];
        foreach (Match pronoun in PronounPattern().Matches(body))
        {
            var antecedent = people.LastOrDefault(p => p.End <= pronoun.Index);
            if (antecedent is not null)
            {
                known.Add(antecedent with { Start = pronoun.Index, End = pronoun.Index + pronoun.Length });
            }
        }

        var pair = story.Pair;
        if (pair.Count == 2)
        {
            foreach (Match both in PairPattern().Matches(body))
            {
                var noun = both.Groups["noun"].Value.ToUpperInvariant();
                var sector = noun.StartsWith("PRESIDENT", StringComparison.Ordinal) || noun.StartsWith("LEADER", StringComparison.Ordinal) || noun.StartsWith("GOVERNMENT", StringComparison.Ordinal) || noun.StartsWith("HEAD", StringComparison.Ordinal) ? "GOV" : "";
                known.Add(new KnownActorSpan(both.Index, both.Index + both.Length, string.Join('/', pair.Select(c => c + sector)), null));
            }
        }

        known.Sort((a, b) => a.Start.CompareTo(b.Start));
        return known;
    }

    [GeneratedRegex(@"\b(?:[Hh]e|[Ss]he)\b")]
    private static partial Regex PronounPattern();

    [GeneratedRegex(@"\b(?:[Tt]he two|[Bb]oth)\s+(?<noun>countries|nations|states|sides|governments|presidents|leaders|heads of state)\b")]
    private static partial Regex PairPattern();

    private AgentCode? SectorOf(string role)
    {
        var tokens = EventTokenizer.Tokenize(role);
        for (var i = 0; i < tokens.Count; i++)
        {
            if (coder.Dictionaries.Actors.Agents.TryMatch(tokens, i, tokens.Count, out var agent, out _))
            {
                return agent;
            }
        }

        return null;
    }
}
