using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Corroborate.Bench.Planted;

/// <summary>One article of a gold story (ECB+ development file): its id, title and body as the file gives them.</summary>
internal sealed record SourceArticle(string Id, string Title, string Text, string Story, string Topic);

/// <summary>
/// One planted change: in <see cref="Article"/> of <see cref="Story"/>, the characters at
/// [<see cref="Start"/>, Start + Original.Length) of the text said <see cref="Original"/> and now say
/// <see cref="Replacement"/>. <see cref="Witnesses"/> are the other articles stating the original value
/// about the same thing (a sentence sharing words with the changed one).
/// </summary>
internal sealed record PlantedChange(
    string Story, string Topic, string Part, int Number, string Kind, string Article, int Start,
    string Original, string Replacement, string Key, IReadOnlyList<string> Witnesses);

/// <summary>
/// Plants discrepancies in real stories, deterministically for a seed. In one article of a story it
/// changes a number or a weekday that two or more of the story's articles state about the same thing:
/// the same number before the same word ("23 pirates"), or the same weekday, in sentences of different
/// articles that share at least <see cref="MinSharedWords"/> other content words. Numbers are changed
/// well beyond rounding (at least 20 % and one whole unit) in the form they were written in (digits stay
/// digits with their separators and decimals, number words stay words); a weekday becomes another weekday.
/// Stories are split by topic (both events of a topic on one side) into a development part and a
/// held-out part, so a rule tuned on one part is measured on topics it never saw.
/// The generator knows nothing of Corroborate: it reads the raw text with its own small rules.
/// </summary>
internal sealed partial class PlantedChangeGenerator(int seed, double heldOutShare = 1.0 / 3, int changesPerStory = 3)
{
    /// <summary>Sentences of two articles that share this many content words (besides the value and its noun) tell the same number.</summary>
    public const int MinSharedWords = 2;

    /// <summary>A weekday alone says less than a number and its noun, so its sentences must share one word more.</summary>
    public const int MinSharedWordsForWeekday = 3;

    public static IReadOnlyList<SourceArticle> Read(string path)
    {
        var articles = new List<SourceArticle>();
        foreach (var line in File.ReadLines(path))
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            // A few articles of the corpus are a title alone; there is no text to analyse.
            if (string.IsNullOrWhiteSpace(root.GetProperty("text").GetString()))
            {
                continue;
            }

            articles.Add(new SourceArticle(root.GetProperty("id").GetString()!, root.GetProperty("title").GetString() ?? "",
                root.GetProperty("text").GetString()!, root.GetProperty("story").GetString()!, root.GetProperty("topic").ToString()));
        }

        return articles;
    }

    /// <summary>Which part each topic belongs to: a seeded shuffle of the topics, the last <c>heldOutShare</c> held out.</summary>
    public IReadOnlyDictionary<string, string> Parts(IReadOnlyList<SourceArticle> articles)
    {
        var topics = articles.Select(a => a.Topic).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        new Random(seed).Shuffle(topics);
        var heldOut = (int)Math.Round(topics.Length * heldOutShare);
        return topics.Select((t, i) => (t, Part: i >= topics.Length - heldOut ? "heldout" : "dev")).ToDictionary(x => x.t, x => x.Part, StringComparer.Ordinal);
    }

    public IReadOnlyList<PlantedChange> Plant(IReadOnlyList<SourceArticle> articles)
    {
        var parts = Parts(articles);
        var changes = new List<PlantedChange>();
        foreach (var story in articles.GroupBy(a => a.Story, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            // One generator per story, seeded from the story id, so adding a story never moves another's changes.
            var random = new Random(seed ^ StableHash(story.Key));
            var members = story.OrderBy(a => a.Id, StringComparer.Ordinal).ToList();
            var candidates = Candidates(members);
            random.Shuffle(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(candidates));
            var taken = new HashSet<string>(StringComparer.Ordinal);
            foreach (var candidate in candidates)
            {
                if (taken.Count == changesPerStory)
                {
                    break;
                }

                if (!taken.Add(candidate.Key))
                {
                    continue;
                }

                var replacement = candidate.Kind == "weekday" ? OtherWeekday(candidate.Value.Text, random) : OtherNumber(candidate.Value.Text, random);
                if (replacement is null)
                {
                    taken.Remove(candidate.Key);
                    continue;
                }

                changes.Add(new PlantedChange(story.Key, members[0].Topic, parts[members[0].Topic], taken.Count, candidate.Kind, candidate.Article,
                    candidate.Value.Start, candidate.Value.Text, replacement, candidate.Key, candidate.Witnesses));
            }
        }

        return changes;
    }

    /// <summary>The article's text with the change made.</summary>
    public static string Apply(SourceArticle article, PlantedChange change)
    {
        if (article.Text.AsSpan(change.Start, change.Original.Length).SequenceEqual(change.Original) is false)
        {
            throw new InvalidOperationException($"{change.Article}: '{change.Original}' is not at {change.Start}");
        }

        return string.Concat(article.Text.AsSpan(0, change.Start), change.Replacement, article.Text.AsSpan(change.Start + change.Original.Length));
    }

    private sealed record Value(string Text, int Start, string Key, HashSet<string> Context);

    private sealed record Candidate(string Kind, string Key, string Article, Value Value, IReadOnlyList<string> Witnesses);

    /// <summary>Every value some article states that another article states about the same thing, once per (article, key).</summary>
    private static List<Candidate> Candidates(List<SourceArticle> members)
    {
        var values = members.Select(a => (Article: a, Values: ValuesOf(a.Text))).ToList();
        var candidates = new List<Candidate>();
        foreach (var (article, own) in values)
        {
            foreach (var value in own.DistinctBy(v => v.Key))
            {
                var witnesses = values.Where(o => o.Article.Id != article.Id
                        && o.Values.Any(w => w.Key == value.Key
                            && w.Context.Count(value.Context.Contains) >= (value.Key.StartsWith("weekday:", StringComparison.Ordinal) ? MinSharedWordsForWeekday : MinSharedWords)))
                    .Select(o => o.Article.Id).ToList();
                if (witnesses.Count > 0)
                {
                    var kind = value.Key.StartsWith("weekday:", StringComparison.Ordinal) ? "weekday" : "number";
                    candidates.Add(new Candidate(kind, value.Key, article.Id, value, witnesses));
                }
            }
        }

        return candidates;
    }

    private static List<Value> ValuesOf(string text)
    {
        var values = new List<Value>();
        foreach (var (sentenceStart, body) in Sentences(text))
        {
            var words = ContentWords(body);
            foreach (Match match in NumberBeforeWord().Matches(body))
            {
                var number = match.Groups["number"];
                if (IsDateOrTimeOrPart(body, number.Index, number.Index + number.Length) || NumberValue(number.Value) is not { } parsed)
                {
                    continue;
                }

                var noun = match.Groups["noun"].Value.ToLowerInvariant();
                if (StopWords.Contains(noun) || FunctionWords.Contains(noun) || Months.Contains(match.Groups["noun"].Value, StringComparer.Ordinal)
                    || Weekdays.Contains(match.Groups["noun"].Value, StringComparer.Ordinal))
                {
                    continue;
                }

                var key = "number:" + parsed.ToString(CultureInfo.InvariantCulture) + " " + (noun.EndsWith('s') ? noun[..^1] : noun);
                values.Add(new Value(number.Value, sentenceStart + number.Index, key, Without(words, noun)));
            }

            foreach (Match match in Weekday().Matches(body))
            {
                values.Add(new Value(match.Value, sentenceStart + match.Index, "weekday:" + match.Value, Without(words, match.Value.ToLowerInvariant())));
            }
        }

        return values;
    }

    /// <summary>Sentences of a paragraph: a stop, then space and a capital, digit or quote; a paragraph ends one too.</summary>
    private static IEnumerable<(int Start, string Text)> Sentences(string text)
    {
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            var end = i == text.Length || text[i] == '\n'
                || (text[i] is '.' or '!' or '?' && i + 2 < text.Length && text[i + 1] == ' ' && (char.IsUpper(text[i + 2]) || text[i + 2] is '"' or '“')
                    && !(i >= 2 && char.IsUpper(text[i - 1]) && !char.IsLetter(text[i - 2])));
            if (!end)
            {
                continue;
            }

            var stop = i < text.Length && text[i] != '\n' ? i + 1 : i;
            if (stop > start && !string.IsNullOrWhiteSpace(text[start..stop]))
            {
                yield return (start, text[start..stop]);
            }

            start = stop;
        }
    }

    private static HashSet<string> Without(HashSet<string> words, string word)
    {
        var copy = new HashSet<string>(words, StringComparer.Ordinal);
        copy.Remove(word);
        return copy;
    }

    private static HashSet<string> ContentWords(string sentence)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var match in Word().EnumerateMatches(sentence))
        {
            var word = sentence.Substring(match.Index, match.Length).ToLowerInvariant();
            if (word.Length >= 4 && !StopWords.Contains(word) && !Weekdays.Contains(word, StringComparer.OrdinalIgnoreCase) && !NumberWords.ContainsKey(word))
            {
                words.Add(word);
            }
        }

        return words;
    }

    /// <summary>
    /// Numbers that are parts of something else are not planted: years, clock times, dates ("May 7",
    /// "10 / 25 / 11"), ranges and hyphenated modifiers ("16 - year - old", "20 - 30"), decimals split by the
    /// corpus's tokenisation ("5. 9"), ordinals and ids glued to letters.
    /// </summary>
    private static bool IsDateOrTimeOrPart(string sentence, int start, int end)
    {
        var before = sentence[..start].TrimEnd();
        var after = sentence[end..];
        if (before.EndsWith('/') || before.EndsWith(':') || before.EndsWith('-') || before.EndsWith('.') || before.EndsWith('#')
            || before.EndsWith(',') && before.Length > 1 && char.IsAsciiDigit(before[^2]))
        {
            return true;
        }

        if (after.StartsWith(" /", StringComparison.Ordinal) || after.StartsWith('/') || after.StartsWith(':') || after.StartsWith(" :", StringComparison.Ordinal)
            || after.StartsWith(" -", StringComparison.Ordinal) || after.StartsWith('-') || after.StartsWith(", ", StringComparison.Ordinal) && after.Length > 2 && char.IsAsciiDigit(after[2]) || after.StartsWith(". ", StringComparison.Ordinal) && after.Length > 2 && char.IsAsciiDigit(after[2]))
        {
            return true;
        }

        var previous = LastWord().Match(before);
        return previous.Success && Months.Contains(previous.Value.TrimEnd('.'), StringComparer.OrdinalIgnoreCase);
    }

    private static decimal? NumberValue(string text)
    {
        if (NumberWords.TryGetValue(text.ToLowerInvariant(), out var word))
        {
            return word;
        }

        var digits = text.Replace(",", "", StringComparison.Ordinal);
        if (!decimal.TryParse(digits, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            return null;
        }

        // Years are dates, not counts.
        return value is >= 1900 and <= 2100 && !text.Contains(',', StringComparison.Ordinal) && !text.Contains('.', StringComparison.Ordinal) ? null : value;
    }

    /// <summary>
    /// Another value in the same form, at least 20 % and one whole unit away (two decimals places keep their
    /// count): a change no rounding or "about" can explain.
    /// </summary>
    private static string? OtherNumber(string original, Random random)
    {
        if (NumberWords.TryGetValue(original.ToLowerInvariant(), out var word))
        {
            var options = NumberWords.Where(p => p.Value is >= 2 and <= 12 && Math.Abs(p.Value - word) >= Math.Max(1, word / 5m) && p.Value != word)
                .Select(p => p.Key).Order(StringComparer.Ordinal).ToList();
            if (options.Count == 0)
            {
                return null;
            }

            var chosen = options[random.Next(options.Count)];
            return char.IsUpper(original[0]) ? char.ToUpperInvariant(chosen[0]) + chosen[1..] : chosen;
        }

        var decimals = original.Contains('.', StringComparison.Ordinal) ? original.Length - original.IndexOf('.', StringComparison.Ordinal) - 1 : 0;
        var value = NumberValue(original)!.Value;
        var step = decimals == 0 ? 1m : 1m / (decimal)Math.Pow(10, decimals);
        var minimum = Math.Max(decimals == 0 ? 1m : Math.Max(0.3m, step), value * 0.2m);
        var maximum = Math.Max(minimum * 3, value * 0.8m);
        for (var attempt = 0; attempt < 20; attempt++)
        {
            var delta = minimum + (decimal)random.NextDouble() * (maximum - minimum);
            delta = Math.Round(delta / step) * step;
            var candidate = random.Next(2) == 0 || value - delta <= 0 ? value + delta : value - delta;
            if (candidate <= 0 || Math.Abs(candidate - value) < minimum || candidate is >= 1900 and <= 2100 && decimals == 0)
            {
                continue;
            }

            var format = decimals == 0 ? (original.Contains(',', StringComparison.Ordinal) ? "#,0" : "0") : "0." + new string('0', decimals);
            return candidate.ToString(format, CultureInfo.InvariantCulture);
        }

        return null;
    }

    private static string OtherWeekday(string original, Random random)
    {
        var others = Weekdays.Where(d => d != original).ToArray();
        return others[random.Next(others.Length)];
    }

    private static int StableHash(string text)
    {
        var hash = 17;
        foreach (var c in text)
        {
            hash = unchecked((hash * 31) + c);
        }

        return hash & 0x7FFFFFFF;
    }

    private static readonly string[] Weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

    private static readonly string[] Months =
    [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
    ];

    private static readonly Dictionary<string, decimal> NumberWords = new(StringComparer.Ordinal)
    {
        ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7, ["eight"] = 8, ["nine"] = 9, ["ten"] = 10,
        ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13, ["fourteen"] = 14, ["fifteen"] = 15, ["sixteen"] = 16, ["seventeen"] = 17,
        ["eighteen"] = 18, ["nineteen"] = 19, ["twenty"] = 20, ["thirty"] = 30, ["forty"] = 40, ["fifty"] = 50,
    };

    private static readonly HashSet<string> FunctionWords = new(StringComparer.Ordinal)
    {
        "of", "and", "the", "to", "in", "on", "at", "or", "for", "per", "by", "as", "a", "an", "is", "are", "was", "who", "had", "has",
        "but", "people's", "times", "time", "year", "years", "days", "day", "hours", "minutes", "points",
    };

    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "that", "this", "with", "from", "have", "were", "been", "their", "they", "there", "which", "would", "about", "after",
        "into", "than", "them", "then", "some", "also", "when", "said", "says", "will", "more", "other", "over", "where", "while",
        "what", "could", "should", "being", "only", "just", "most", "many", "such", "these", "those", "before", "under", "since",
    };

    [GeneratedRegex(@"(?<![\w.,$£€])(?<number>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|(?i:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty))(?![\w,]|\.\d) (?<noun>[A-Za-z][a-z]{2,})\b")]
    private static partial Regex NumberBeforeWord();

    [GeneratedRegex(@"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")]
    private static partial Regex Weekday();

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex Word();

    [GeneratedRegex(@"[\p{L}.]+$")]
    private static partial Regex LastWord();
}
