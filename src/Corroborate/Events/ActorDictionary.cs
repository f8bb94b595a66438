using System.Globalization;
using System.Text.RegularExpressions;

namespace Corroborate.Events;

/// <summary>
/// Actors and agents in the PETRARCH formats. Actors: <c>NAME [CODE]</c>, synonyms on <c>+NAME</c> lines,
/// dated codes on indented lines (<c>[HOBGOV 19950601 - 19990815]</c>, <c>[HOB &lt; 950601]</c>, <c>[HOBREB &gt; 990816]</c>).
/// Agents: <c>NAME {PLURALS} [~GOV]</c> with <c>!PERSON! = MAN, MEN…</c> substitutions; regular plurals are generated
/// unless <c>{}</c> says there are none.
/// </summary>
public sealed partial class ActorDictionary
{
    public PhraseIndex<IReadOnlyList<ActorCode>> Actors { get; } = new();

    public PhraseIndex<AgentCode> Agents { get; } = new();

    /// <summary>The latest date any dated code read so far names: how far the dictionary's knowledge of offices reaches.</summary>
    public DateOnly? Latest { get; private set; }

    /// <summary>
    /// After this date an open-ended office code (<c>[IRNGOV &gt;20130803]</c>) no longer tells the office, only the
    /// country: the dictionary was written before it and cannot know the term ended. Null: open-ended codes hold for ever
    /// (PETRARCH's reading, kept for a user's dictionaries).
    /// </summary>
    public DateOnly? OpenEndedUntil { get; set; }

    public void ReadActors(TextReader reader)
    {
        var names = new List<string[]>();
        var codes = new List<ActorCode>();
        void Flush()
        {
            if (names.Count > 0 && codes.Count > 0)
            {
                var shared = codes.ToArray();
                foreach (var name in names)
                {
                    Actors.Add(name, shared);
                }
            }

            names.Clear();
            codes.Clear();
        }

        foreach (var line in DictionaryLines.Read(reader))
        {
            var trimmed = line.Trim();
            var indented = char.IsWhiteSpace(line[0]);
            if (trimmed[0] == '+')
            {
                names.Add(DictionaryLines.Words(StripCodes(trimmed[1..], codes)));
                continue;
            }

            if (indented && trimmed[0] == '[')
            {
                StripCodes(trimmed, codes);
                continue;
            }

            Flush();
            var name = StripCodes(trimmed, codes);
            if (name.Length > 0)
            {
                names.Add(DictionaryLines.Words(name));
            }
        }

        Flush();
    }

    public void ReadAgents(TextReader reader)
    {
        var substitutions = new List<(string Marker, string[] Words)>();
        foreach (var line in DictionaryLines.Read(reader))
        {
            var trimmed = line.Trim();
            var equals = trimmed.IndexOf('=');
            if (trimmed[0] == '!' && equals > 0)
            {
                substitutions.Add((trimmed[..equals].Trim(), [.. trimmed[(equals + 1)..].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)]));
                continue;
            }

            var code = AgentCodePattern().Match(trimmed);
            if (!code.Success)
            {
                continue;
            }

            var body = code.Groups["code"].Value.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
            var agent = body.StartsWith('~') ? new AgentCode(body[1..], Prefix: false) : new AgentCode(body.TrimEnd('~'), Prefix: true);
            var head = trimmed[..code.Index];
            var plurals = new List<string>();
            var noPlural = false;
            var brace = head.IndexOf('{');
            if (brace >= 0)
            {
                var close = head.IndexOf('}', brace);
                var inner = head[(brace + 1)..(close < 0 ? head.Length : close)].Trim();
                noPlural = inner.Length == 0;
                plurals.AddRange(inner.Split(' ', StringSplitOptions.RemoveEmptyEntries));
                head = head[..brace];
            }

            foreach (var name in Expand(head.Trim(), substitutions))
            {
                var words = DictionaryLines.Words(name);
                if (words.Length == 0)
                {
                    continue;
                }

                Agents.Add(words, agent);
                if (!noPlural && plurals.Count == 0)
                {
                    Agents.Add([.. words[..^1], DictionaryLines.Plural(words[^1])], agent);
                }
            }

            foreach (var plural in plurals)
            {
                Agents.Add(DictionaryLines.Words(plural), agent);
            }
        }
    }

    private static IEnumerable<string> Expand(string name, List<(string Marker, string[] Words)> substitutions)
    {
        foreach (var (marker, words) in substitutions)
        {
            if (name.Contains(marker, StringComparison.Ordinal))
            {
                return words.SelectMany(w => Expand(name.Replace(marker, w, StringComparison.Ordinal), substitutions));
            }
        }

        return [name];
    }

    /// <summary>Removes every <c>[…]</c> code block from a line, adding the codes it names, and returns the rest.</summary>
    private string StripCodes(string line, List<ActorCode> codes)
    {
        foreach (Match block in CodeBlockPattern().Matches(line))
        {
            if (ParseCode(block.Groups["body"].Value) is { } code)
            {
                codes.Add(code);
            }
        }

        return CodeBlockPattern().Replace(line, " ").Trim();
    }

    private ActorCode? ParseCode(string body)
    {
        var match = DatedCodePattern().Match(body.Trim());
        if (!match.Success)
        {
            return null;
        }

        var code = match.Groups["code"].Value.ToUpperInvariant();
        if (char.IsDigit(code[0]))
        {
            // A bare date range without an actor code is malformed; PETRARCH skips it.
            return null;
        }

        var result = match.Groups["before"].Success ? new ActorCode(code, To: ParseDate(match.Groups["before"].Value)?.AddDays(-1))
            : match.Groups["after"].Success ? new ActorCode(code, From: ParseDate(match.Groups["after"].Value)?.AddDays(1))
            : match.Groups["from"].Success ? new ActorCode(code, ParseDate(match.Groups["from"].Value), ParseDate(match.Groups["to"].Value))
            : new ActorCode(code);
        foreach (var date in new[] { result.From, result.To })
        {
            if (date is { } d && (Latest is null || d > Latest))
            {
                Latest = d;
            }
        }

        return result;
    }

    /// <summary>
    /// The code for a date: the dated code that covers it and began last (an office that began later supersedes an
    /// open-ended one a dictionary forgot to close: Phoenix lists Turkmenistan as <c>[USRTKM &gt;911016]</c> and
    /// <c>[TKM &gt;911221]</c>), the first of equals; else the first undated one.
    /// </summary>
    /// <param name="openEndedUntil">After this date an open-ended dated code gives its country only (<see cref="OpenEndedUntil"/>).</param>
    public static string? CodeOn(IReadOnlyList<ActorCode> codes, DateOnly? date, DateOnly? openEndedUntil = null)
    {
        if (date is not null)
        {
            ActorCode? best = null;
            foreach (var code in codes)
            {
                if ((code.From is not null || code.To is not null) && code.AppliesOn(date)
                    && (best is null || (code.From ?? DateOnly.MinValue) > (best.From ?? DateOnly.MinValue)))
                {
                    best = code;
                }
            }

            if (best is not null)
            {
                var stale = best.From is not null && best.To is null && date > openEndedUntil
                    && best.Code.Length > 3 && char.IsLetter(best.Code[0]) && best.Code[..3] is not ("IGO" or "NGO" or "MNC" or "IMG");
                return stale ? best.Code[..3] : best.Code;
            }
        }

        foreach (var code in codes)
        {
            if (code.From is null && code.To is null)
            {
                return code.Code;
            }
        }

        return date is null ? codes.FirstOrDefault()?.Code : null;
    }

    /// <summary>YYYYMMDD, or the older YYMMDD (years before 30 are 20xx).</summary>
    internal static DateOnly? ParseDate(string text)
    {
        if (text.Length == 6 && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out _))
        {
            var year = int.Parse(text[..2], CultureInfo.InvariantCulture);
            text = (year < 30 ? "20" : "19") + text;
        }

        return DateOnly.TryParseExact(text, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
    }

    [GeneratedRegex(@"\[(?<body>[^\]]*)\]")]
    private static partial Regex CodeBlockPattern();

    [GeneratedRegex(@"^(?<code>[^\s<>]+)\s*(?:<\s*(?<before>\d+)|>\s*(?<after>\d+)|(?<from>\d+)\s*-\s*(?<to>\d+))?")]
    private static partial Regex DatedCodePattern();

    [GeneratedRegex(@"\[\s*(?<code>[^\]]*)\]")]
    private static partial Regex AgentCodePattern();
}
