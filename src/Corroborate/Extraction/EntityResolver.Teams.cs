using System.Collections.Frozen;
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

    /// <summary>Words before a city that make it the place, not its team ("in Denver", "the mayor of Cleveland").</summary>
    private static readonly FrozenSet<string> PlacePrepositionsBeforeCity = FrozenSet.ToFrozenSet(
        ["in", "at", "near", "from", "of", "to", "into", "outside", "inside", "around", "across", "throughout", "toward", "towards", "downtown", "suburban"],
        StringComparer.OrdinalIgnoreCase);

    /// <summary>Common verbs without "-ed" that a team's name opens a clause with ("Kansas City was driving", "Indy took the lead").</summary>
    private static readonly FrozenSet<string> VerbsAfterTeam = FrozenSet.ToFrozenSet(
        ["is", "was", "has", "had", "will", "would", "could", "can", "should", "did", "does", "may", "might", "must", "got", "led", "took",
            "made", "went", "ran", "won", "lost", "kept", "held", "gave", "needs", "scored", "leads", "hosts", "plays", "visits", "faces"],
        StringComparer.Ordinal);

    /// <summary>
    /// "Kansas City managed a field goal", "Indianapolis' record rose", "putting Indy up 7-0", "KC ended the game": in a
    /// story that names exactly one team of a city in full and already uses the city for that team beside a sporting word
    /// (<see cref="JoinCitiesNamingTeams"/>), the city's other mentions are the team as well — and so are its short forms,
    /// the initials of a city of several words ("KC") and a shorter word the gazetteer does not know that opens with the
    /// first three letters of a one-word city ("Indy") — unless a preposition of place comes before ("in Denver", "the
    /// mayor of Cleveland") or a lower-case word that is no sporting word after ("Kansas City police"). A story that never uses the city for its team keeps every mention a place.
    /// </summary>
    private void JoinCityUsesOfNamedTeams(IReadOnlyList<(Article Article, ImmutableArray<EntityMention> Mentions)> story, List<Cluster> clusters)
    {
        var lexicon = EntityLexicon.Default;
        foreach (var (city, team) in NamedTeamsByCity(clusters))
        {
            if (team is null || !clusters.Contains(team) || !team.Nodes.Any(n => n.Mention.TypeEvidence == CityTeamEvidence))
            {
                continue;
            }

            var cityWords = city.Split(' ');
            var initials = cityWords.Length >= 2 ? string.Concat(cityWords.Select(w => w[0])) : null;
            bool NamesCity(Node node) => node.Mention.Key == city
                || (initials is not null && node.Mention.Key == initials && node.Mention.Text.All(c => char.IsUpper(c) || c == '.'))
                || (cityWords.Length == 1 && node.Tokens.Length == 1 && node.Mention.Key.Length >= 4 && node.Mention.Key.Length < city.Length
                    && city.StartsWith(node.Mention.Key[..3], StringComparison.Ordinal) && gazetteer.Find(node.Mention.Text) is null);

            foreach (var other in clusters.Where(c => c != team && c.Type is EntityType.Place or EntityType.Organisation && c.Nodes.Count > 0).ToList())
            {
                var moved = other.Nodes.Where(n => NamesCity(n) && UsedForTeam(n)).ToList();
                foreach (var node in moved)
                {
                    team.Nodes.Add(node with { Mention = node.Mention with { Type = EntityType.Organisation, TypeEvidence = CityTeamEvidence } });
                    other.Nodes.Remove(node);
                }

                if (other.Nodes.Count == 0)
                {
                    clusters.Remove(other);
                }
            }
        }

        bool UsedForTeam(Node node)
        {
            var text = story[node.ArticleIndex].Article.CleanText;
            var (_, before) = WordsBefore(text, node.Mention.Span.Start);
            var after = WordAfter(text, node.Mention.Span.End);
            // "Kansas City managed", "Cincinnati added": a verb after the city is the team's doing; "Kansas City police",
            // "Cincinnati schools": a noun after it is the city's.
            return !PlacePrepositionsBeforeCity.Contains(before)
                && (after.Length == 0 || !char.IsLower(after[0]) || lexicon.TeamWordsAfter.Contains(after)
                    || (after.Length > 3 && after.EndsWith("ed", StringComparison.Ordinal)) || VerbsAfterTeam.Contains(after));
        }
    }

    /// <summary>City → the one organisation of the story named by that city and a team word ("Kansas City Chiefs"); null when two are.</summary>
    private Dictionary<string, Cluster?> NamedTeamsByCity(List<Cluster> clusters)
    {
        var teams = new Dictionary<string, Cluster?>(StringComparer.Ordinal);
        foreach (var cluster in clusters.Where(c => c.Type == EntityType.Organisation))
        {
            foreach (var node in cluster.Nodes.Where(n => n.Tokens.Length >= 2 && IsTeamName(n)))
            {
                var city = string.Join(' ', node.Tokens[..^1]);
                teams[city] = teams.TryGetValue(city, out var known) && known != cluster ? null : cluster;
            }
        }

        return teams;
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
