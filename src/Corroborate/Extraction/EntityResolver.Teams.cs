using System.Collections.Immutable;
using Corroborate.Model;

namespace Corroborate.Extraction;

/// <summary>
/// Teams (issue 18, part 3): a team's short names ("Sixers" of "Philadelphia 76ers", "Jays" of "Bluejays", "Cavs" of
/// "Cavaliers") and its city used for it ("Cleveland beat Denver", "lost to Cleveland") are the team, in a story that
/// names the team in full.
/// </summary>
public sealed partial class EntityResolver
{
    /// <summary>The evidence of a city's mention used for its team ("lost to Cleveland").</summary>
    private const string CityTeamEvidence = "city named for its team";

    private static readonly string[] DigitWords = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"];

    /// <summary>A team's name: a known place then a capitalised plural or a number plural ("Philadelphia 76ers"), or a capitalised plural alone ("Bluejays").</summary>
    private bool IsTeamName(Node node)
    {
        var last = node.Tokens[^1];
        if (last.Length < 4 || last[^1] != 's')
        {
            return false;
        }

        if (node.Tokens.Length == 1)
        {
            return char.IsUpper(node.Mention.Text[0]) && gazetteer.Find(node.Mention.Text) is null;
        }

        // "New York Times", "Seattle Airlines", "Colorado Springs": a plural that is an organisation or place word names no team.
        var words = node.Mention.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length >= 2 && !IsCueWord(words[^1]) && gazetteer.Find(string.Join(' ', words[..^1])) is not null;
    }

    /// <summary>
    /// "jays" of "bluejays" (an ending of four letters or more), "cavs" of "cavaliers" (the stem opens it), "sixers" of
    /// "76ers" and "niners" of "49ers" (the last digit spelled out).
    /// </summary>
    private static bool IsNicknameOf(string word, string teamWord)
    {
        if (word == teamWord || word.Length < 4)
        {
            return false;
        }

        if (teamWord.EndsWith(word, StringComparison.Ordinal) || (word.Length >= 4 && teamWord.StartsWith(word[..^1], StringComparison.Ordinal)))
        {
            return true;
        }

        var digits = 0;
        while (digits < teamWord.Length && char.IsAsciiDigit(teamWord[digits]))
        {
            digits++;
        }

        return digits > 0 && word.EndsWith(teamWord[digits..], StringComparison.Ordinal)
            && word.StartsWith(DigitWords[teamWord[digits - 1] - '0'][..Math.Min(3, DigitWords[teamWord[digits - 1] - '0'].Length)], StringComparison.Ordinal);
    }

    /// <summary>
    /// "Cleveland beat Denver", "the loss to Cleveland", "Cleveland coach Mike Brown": where the story names exactly one
    /// team of a city ("Cleveland Cavaliers"), a mention of the city with a sporting word beside it is the team's. Other
    /// mentions ("in Cleveland") stay the place's.
    /// </summary>
    private void JoinCitiesNamingTeams(IReadOnlyList<(Article Article, ImmutableArray<EntityMention> Mentions)> story, List<Cluster> clusters)
    {
        var teams = new Dictionary<string, Cluster?>(StringComparer.Ordinal);
        foreach (var cluster in clusters)
        {
            if (cluster.Type != EntityType.Organisation)
            {
                continue;
            }

            foreach (var node in cluster.Nodes)
            {
                if (node.Tokens.Length >= 2 && IsTeamName(node))
                {
                    var city = string.Join(' ', node.Tokens[..^1]);
                    teams[city] = teams.TryGetValue(city, out var known) && known != cluster ? null : cluster;
                }
            }
        }

        if (teams.Count == 0)
        {
            return;
        }

        var lexicon = EntityLexicon.Default;
        // "the Saints play at Detroit", "a loss to Atlanta": in a story that names a team in full (a sports story), a city
        // beside a sporting word whose team the story never names in full is that team all the same, an organisation of its own.
        var unnamed = new Dictionary<string, Cluster>(StringComparer.Ordinal);
        var candidates = clusters.Where(c => c.Type == EntityType.Place)
            .SelectMany(c => c.Nodes.Select(n => (Place: c, Node: n)))
            .Where(x => teams.TryGetValue(x.Node.Mention.Key, out var t) ? t is not null : x.Node.Mention.PlaceKind is PlaceKind.City or PlaceKind.Capital or PlaceKind.Subdivision)
            .OrderBy(x => x.Node.ArticleIndex).ThenBy(x => x.Node.Mention.Span.Start)
            .ToList();
        Node? previous = null;
        foreach (var (place, node) in candidates)
        {
            var text = story[node.ArticleIndex].Article.CleanText;
            var (before2, before) = WordsBefore(text, node.Mention.Span.Start);
            var after = WordAfter(text, node.Mention.Span.End);
            // "games against Green Bay, Kansas City, Atlanta and San Diego": a list goes on with the sporting word of its first name.
            var listed = previous is not null && previous.ArticleIndex == node.ArticleIndex && previous.Mention.Span.End <= node.Mention.Span.Start
                && text.AsSpan(previous.Mention.Span.End, node.Mention.Span.Start - previous.Mention.Span.End).Trim() is "," or "and" or ", and";
            if (!listed && !lexicon.TeamWordsAfter.Contains(after) && !lexicon.TeamWordsBefore.Contains(before) && !lexicon.TeamWordsBefore.Contains(before2 + " " + before))
            {
                previous = null;
                continue;
            }

            previous = node;
            if (!teams.TryGetValue(node.Mention.Key, out var team) && !unnamed.TryGetValue(node.Mention.Key, out team))
            {
                unnamed[node.Mention.Key] = team = new Cluster(EntityType.Organisation, []);
                clusters.Add(team);
            }

            team!.Nodes.Add(node with { Mention = node.Mention with { Type = EntityType.Organisation, TypeEvidence = CityTeamEvidence } });
            place.Nodes.Remove(node);
            if (place.Nodes.Count == 0)
            {
                clusters.Remove(place);
            }
        }
    }

    /// <summary>
    /// "against Indiana State", "Wichita State survived": a known place and a place word after it ("State") typed a place
    /// only by that word, and used at least once beside a sporting word, is a university's team, an organisation.
    /// </summary>
    private void RetypePlaceNamedTeams(IReadOnlyList<(Article Article, ImmutableArray<EntityMention> Mentions)> story, List<Cluster> clusters)
    {
        var lexicon = EntityLexicon.Default;
        for (var c = 0; c < clusters.Count; c++)
        {
            var place = clusters[c];
            if (place.Type != EntityType.Place || place.Nodes.Count == 0
                || !place.Nodes.All(n => n.Mention.TypeEvidence == "place word in the name" && n.Tokens.Length >= 2
                    && gazetteer.Find(string.Join(' ', n.Mention.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries)[..^1])) is { Kind: not PlaceKind.Demonym }))
            {
                continue;
            }

            var sporting = place.Nodes.Any(n =>
            {
                var text = story[n.ArticleIndex].Article.CleanText;
                var (before2, before) = WordsBefore(text, n.Mention.Span.Start);
                return lexicon.TeamWordsAfter.Contains(WordAfter(text, n.Mention.Span.End)) || lexicon.TeamWordsBefore.Contains(before) || lexicon.TeamWordsBefore.Contains(before2 + " " + before);
            });
            if (sporting)
            {
                clusters[c] = new Cluster(EntityType.Organisation, [.. place.Nodes.Select(n => n with { Mention = n.Mention with { Type = EntityType.Organisation, TypeEvidence = "place-named team beside a sporting word" } })]);
            }
        }
    }

    /// <summary>The two words before an offset, on its line (empty where there are none).</summary>
    private static (string Second, string First) WordsBefore(string text, int offset)
    {
        var first = PreviousWord(text, ref offset);
        var second = PreviousWord(text, ref offset);
        return (second, first);
    }

    private static string PreviousWord(string text, ref int offset)
    {
        var end = offset;
        while (end > 0 && text[end - 1] == ' ')
        {
            end--;
        }

        var start = end;
        while (start > 0 && (char.IsLetter(text[start - 1]) || text[start - 1] == '.'))
        {
            start--;
        }

        offset = start;
        return text[start..end];
    }

    /// <summary>The word after an offset, on its line (empty when punctuation or the line's end comes first).</summary>
    private static string WordAfter(string text, int offset)
    {
        var start = offset;
        while (start < text.Length && text[start] == ' ')
        {
            start++;
        }

        var end = start;
        while (end < text.Length && char.IsLetter(text[end]))
        {
            end++;
        }

        return text[start..end];
    }
}
