using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;
using Corroborate.Model;

namespace Corroborate.Extraction;

/// <summary>
/// Merges the mentions of a story's articles into entities: places by gazetteer country or place,
/// organisations by name (and an acronym to its long form), people by <see cref="NameMatcher"/> over
/// full names, then one-word mentions and social handles to the person the context names. A bare
/// "Castro" goes to the Castro last named in the same article before it, else the one that article
/// names most. Unknown names become people only when they join a person; the rest are dropped, so
/// nothing is typed by guesswork alone.
/// </summary>
public sealed partial class EntityResolver(Gazetteer gazetteer)
{
    public EntityResolver() : this(Gazetteer.Default)
    {
    }

    public EntityResolution Resolve(IReadOnlyList<(Article Article, ImmutableArray<EntityMention> Mentions)> story)
    {
        try
        {
            return ResolveStory(story);
        }
        finally
        {
            t_lowerCase = null;
        }
    }

    private EntityResolution ResolveStory(IReadOnlyList<(Article Article, ImmutableArray<EntityMention> Mentions)> story)
    {
        var all = new List<Node>();
        var things = ThingKeys(story);
        for (var a = 0; a < story.Count; a++)
        {
            for (var m = 0; m < story[a].Mentions.Length; m++)
            {
                if (!story[a].Mentions[m].IsRoleOnly && !story[a].Mentions[m].IsThing && !IsNamedThing(story[a].Mentions[m], things))
                {
                    all.Add(new Node(story[a].Article.Id, a, m, story[a].Mentions[m]));
                }
            }
        }

        DemoteSurnames(all);
        HarmoniseTypes(all);
        var clusters = new List<Cluster>();
        ClusterPlaces(all, clusters);
        ClusterOrganisations(all, clusters);
        ClusterPeople(all, clusters);
        var unattached = AttachSingleWords(all, clusters);
        DropUnsupportedPeople(story, clusters);
        KeepRecurringNames(story, unattached, clusters);
        JoinShortOrganisationNames(clusters);
        JoinSchoolAcronyms(clusters);
        JoinPlaceQualifiedOrganisations(clusters);
        JoinPlaceInitialNames(clusters);
        JoinShortPlaceNames(clusters);
        JoinTeamNames(clusters);
        JoinLoneTeamNicknames(unattached, clusters);
        JoinGuessedPlacesToTeams(clusters);
        JoinCitiesNamingTeams(story, clusters);
        JoinCityUsesOfNamedTeams(story, clusters);
        RetypePlaceNamedTeams(story, clusters);
        JoinHeadWords(clusters);
        DropAdjectives(clusters);
        DropShoutedWords(story, clusters);
        DropCommonWordPhrases(story, clusters);
        OneTypePerName(clusters);
        return Build(clusters);
    }

    /// <summary>
    /// One name, one type across the story: where a cue types "Trend Micro" an organisation once ("security
    /// firm Trend Micro"), its mentions typed a person only by their capitals, or not at all, follow.
    /// </summary>
    private static void HarmoniseTypes(List<Node> all)
    {
        var byKey = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < all.Count; i++)
        {
            if (!byKey.TryGetValue(all[i].Mention.Key, out var indices))
            {
                byKey[all[i].Mention.Key] = indices = [];
            }

            indices.Add(i);
        }

        foreach (var indices in byKey.Values)
        {
            if (indices.Count < 2 || !indices.Any(i => Weak(all[i].Mention)) || indices.Any(i => all[i].Mention.Type == EntityType.Person && !all[i].Mention.IsTypeGuess))
            {
                continue;
            }

            var strong = indices.Select(i => all[i].Mention).Where(m => m.Type is EntityType.Organisation or EntityType.Place && !m.IsHandle && !m.IsTypeGuess).ToList();
            if (strong.Count > 0)
            {
                var leader = strong.GroupBy(m => m.Type).OrderByDescending(g => g.Count()).First().First();
                Retype(indices, m => m with { Type = leader.Type, IsTypeGuess = false, PlaceKind = leader.PlaceKind, PlaceName = leader.PlaceName, CountryCode = leader.CountryCode ?? m.CountryCode, TypeEvidence = "same name typed elsewhere in the story" });
            }
            else if (indices.Any(i => all[i].Mention.ContextType == EntityType.Unknown))
            {
                // "vessel Gibe" once: every "MV Gibe" guessed a person is the ship too.
                Retype(indices, m => m with { Type = EntityType.Unknown, IsTypeGuess = false, ContextType = EntityType.Unknown });
            }
        }

        static bool Weak(EntityMention m) => m.Type == EntityType.Unknown || m.IsTypeGuess;

        void Retype(List<int> indices, Func<EntityMention, EntityMention> change)
        {
            foreach (var i in indices.Where(i => Weak(all[i].Mention)))
            {
                all[i] = all[i] with { Mention = change(all[i].Mention) };
            }
        }
    }

    /// <summary>
    /// A name nothing typed is kept when the story writes it capitalised at least twice, once not at the
    /// opening of a sentence, and never in lower case ("Microsoft", not "Web"): a place when it follows
    /// "in" more often than not or a cue says so, a person when a cue says so, else an organisation. A lone
    /// given name is never guessed to be an organisation.
    /// </summary>
    private static void KeepRecurringNames(IReadOnlyList<(Article Article, ImmutableArray<EntityMention> Mentions)> story, List<Node> unattached, List<Cluster> clusters)
    {
        var lexicon = EntityLexicon.Default;
        // "Tabar" after "INS Tabar" is the ship again.
        var things = unattached.Where(n => n.Mention.ContextType == EntityType.Unknown).SelectMany(n => n.Tokens).ToHashSet(StringComparer.Ordinal);
        // A word of a person's name is that person's ("Kroon", "Kimani"), never a new organisation; a word an
        // entity already goes by ("President Nixon") joins it.
        var personWords = clusters.Where(c => c.Type == EntityType.Person).SelectMany(c => c.Nodes).SelectMany(n => n.Tokens).ToHashSet(StringComparer.Ordinal);
        var byKey = new Dictionary<string, Cluster>(StringComparer.Ordinal);
        foreach (var cluster in clusters)
        {
            foreach (var node in cluster.Nodes)
            {
                byKey.TryAdd(node.Mention.Key, cluster);
            }
        }

        HashSet<string>? lowerCaseWords = null;
        foreach (var group in unattached.Where(n => n.Mention.Type == EntityType.Unknown && !n.Mention.IsHandle && n.Tokens.Length == 1 && !things.Contains(n.Tokens[0])).GroupBy(n => n.Mention.Key))
        {
            var nodes = group.ToList();
            if (byKey.TryGetValue(group.Key, out var known))
            {
                known.Nodes.AddRange(nodes);
                continue;
            }

            // "the Mitchells", "the LaRues": a family is no organisation.
            // "Focus", "Congress", "Genesis": -us, -ss and -is are no plural endings.
            var plural = group.Key.Length > 3 && group.Key[^1] == 's' && !group.Key.EndsWith("us", StringComparison.Ordinal) && !group.Key.EndsWith("ss", StringComparison.Ordinal)
                && !group.Key.EndsWith("is", StringComparison.Ordinal) && !nodes[0].Mention.Text.All(char.IsUpper);
            if (plural && (personWords.Contains(group.Key[..^1]) || (group.Key.EndsWith("es", StringComparison.Ordinal) && personWords.Contains(group.Key[..^2]))))
            {
                continue;
            }

            if (nodes.Count < 2 || personWords.Contains(group.Key) || group.Key.Length < 3 || nodes.All(n => n.Mention.AtSentenceStart) || lexicon.GivenNames.Contains(nodes[0].Mention.Text) || IsCalendarWord(nodes[0].Mention.Text) || nodes[0].Mention.Text.Length < 2
                || nodes.Any(n => n.Mention.ContextType == EntityType.Unknown) || nodes.All(n => OpensLongerName(story[n.ArticleIndex].Article.CleanText, n.Mention.Span))
                || (lowerCaseWords ??= LowerCaseWords(story)).Contains(nodes[0].Mention.Text.ToLowerInvariant()))
            {
                continue;
            }

            var cued = nodes.Select(n => n.Mention.ContextType).Where(t => t is not null).GroupBy(t => t!.Value).OrderByDescending(g => g.Count()).FirstOrDefault()?.Key;
            // "the Yankees", "Bulldogs": a capitalised plural names a team or a group, wherever it plays.
            var afterIn = nodes.Count(n => n.Mention.AfterIn);
            var type = cued ?? (!plural && afterIn * 2 > nodes.Count ? EntityType.Place : EntityType.Organisation);
            var evidence = cued is not null ? "cue noun beside the name" : type == EntityType.Place ? $"after 'in' in {afterIn} of {nodes.Count} mentions" : plural ? "capitalised plural (a team or group)" : "recurring capitalised name (organisation by default)";
            clusters.Add(new Cluster(type, [.. nodes.Select(n => n with { Mention = n.Mention with { TypeEvidence = evidence } })]));
        }
    }

    /// <summary>
    /// "a Focus on the Family conference": a word every mention of which is followed by a lower-case preposition, "the"
    /// and a capitalised word is the first word of a longer name written with small words inside, not a name alone.
    /// </summary>
    private static bool OpensLongerName(string text, TextSpan span)
    {
        var rest = text.AsSpan(span.End);
        if (rest.Length < 8 || rest[0] != ' ')
        {
            return false;
        }

        rest = rest[1..];
        var space = rest.IndexOf(' ');
        if (space is < 2 or > 5 || rest[..space].ContainsAnyExceptInRange('a', 'z'))
        {
            return false;
        }

        rest = rest[(space + 1)..];
        return rest.StartsWith("the ", StringComparison.Ordinal) && rest.Length > 4 && char.IsUpper(rest[4]);
    }

    /// <summary>"WEDNESDAY", "SUNDAY" in a shouted dateline are days, whatever their case.</summary>
    private static bool IsCalendarWord(string word) => Weekdays.Contains(word) || Text.MonthNames.FullNames.Contains(word);

    private static readonly FrozenSet<string> Weekdays = FrozenSet.ToFrozenSet(
        ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"], StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Every word the story writes starting in lower case ("web" in "web browser"), outside its web-address lines: a
    /// slug such as "/ microsoft - issues - patch /" writes every name in lower case and vouches for nothing. Read once per
    /// <see cref="Resolve"/> (four passes ask for it) and each article's words once (<see cref="LowerCaseWordsOf"/>).
    /// </summary>
    private static HashSet<string> LowerCaseWords(IReadOnlyList<(Article Article, ImmutableArray<EntityMention> Mentions)> story)
    {
        if (t_lowerCase is { } known && ReferenceEquals(known.Story, story))
        {
            return known.Words;
        }

        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (article, _) in story)
        {
            words.UnionWith(LowerCaseWordsOf(article));
        }

        t_lowerCase = (story, words);
        return words;
    }

    /// <summary>The story whose lower-case words this thread read last (its <see cref="Resolve"/> call; cleared when that returns).</summary>
    [ThreadStatic]
    private static (object Story, HashSet<string> Words)? t_lowerCase;

    /// <summary>
    /// The distinct words of one article starting in lower case, read once per article: a story that grows is resolved again
    /// for every article it gains (and a replayed report once per article since its rebuild), and the text does not change
    /// (an <see cref="Article"/> is immutable, so the article itself is the key).
    /// </summary>
    private static string[] LowerCaseWordsOf(Article article) => ArticleLowerCaseWords.GetValue(article, static article =>
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        // Looked up by span: an article repeats its words, and a string per word read was most of this method's cost.
        var byText = words.GetAlternateLookup<ReadOnlySpan<char>>();
        var text = article.CleanText.AsSpan();
        var i = 0;
        while (i < text.Length)
        {
            if ((i == 0 || text[i - 1] == '\n') && EntityMentionExtractor.IsAddress(LineAt(text, i).TrimStart()))
            {
                i += LineAt(text, i).Length;
                continue;
            }

            if (!char.IsLetter(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && char.IsLetter(text[i]))
            {
                i++;
            }

            if (char.IsLower(text[start]))
            {
                byText.Add(text[start..i]);
            }
        }

        return [.. words];
    });

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Article, string[]> ArticleLowerCaseWords = new();

    private static ReadOnlySpan<char> LineAt(ReadOnlySpan<char> text, int start) =>
        text[start..].IndexOf('\n') is var end and >= 0 ? text.Slice(start, end) : text[start..];

    private static void ClusterPlaces(List<Node> all, List<Cluster> clusters)
    {
        foreach (var group in all.Where(n => n.Mention.Type == EntityType.Place).GroupBy(PlaceKey))
        {
            clusters.Add(new Cluster(EntityType.Place, [.. group]));
        }

        static string PlaceKey(Node n) =>
            n.Mention.PlaceKind is PlaceKind.Country or PlaceKind.Demonym && n.Mention.CountryCode is { } code
                ? "country:" + code
                : "place:" + (n.Mention.PlaceName is { } canonical ? NameKey.Of(canonical) : WithoutArticle(n.Mention.Key));

        MergeSpellings(clusters);
    }

    /// <summary>"al haouz", "el haouz" → "haouz": the Arabic article before a place name is written every way, or left out.</summary>
    private static string WithoutArticle(string key) =>
        key.Length > 7 && (key.StartsWith("al ", StringComparison.Ordinal) || key.StartsWith("el ", StringComparison.Ordinal)) && key.IndexOf(' ', 3) < 0 ? key[3..] : key;

    /// <summary>
    /// "Marrakech" and "Marrakesh": two one-word places of a story whose names differ by one letter (seven letters or
    /// more, the first three alike) are one place written two ways, unless the gazetteer knows both as different places.
    /// </summary>
    private static void MergeSpellings(List<Cluster> clusters)
    {
        var places = clusters.Where(c => c.Type == EntityType.Place && c.Nodes.Count > 0 && c.Nodes[0].Tokens.Length == 1 && c.Nodes[0].Tokens[0].Length >= 7).ToList();
        for (var i = 0; i < places.Count; i++)
        {
            for (var j = i + 1; j < places.Count; j++)
            {
                var (a, b) = (places[i].Nodes[0], places[j].Nodes[0]);
                if (a.Mention.PlaceName is { } x && b.Mention.PlaceName is { } y && x != y || a.Tokens[0].AsSpan(0, 3).SequenceEqual(b.Tokens[0].AsSpan(0, 3)) is false
                    || !OneEditApart(a.Tokens[0], b.Tokens[0]) || !clusters.Contains(places[j]) || !clusters.Contains(places[i]))
                {
                    continue;
                }

                places[i].Nodes.AddRange(places[j].Nodes);
                clusters.Remove(places[j]);
            }
        }
    }

    /// <summary>Whether one substitution, insertion or deletion turns one word into the other.</summary>
    private static bool OneEditApart(string a, string b)
    {
        if (a == b || Math.Abs(a.Length - b.Length) > 1)
        {
            return false;
        }

        int i = 0, j = 0, edits = 0;
        while (i < a.Length && j < b.Length)
        {
            if (a[i] == b[j])
            {
                i++;
                j++;
                continue;
            }

            if (++edits > 1)
            {
                return false;
            }

            if (a.Length > b.Length)
            {
                i++;
            }
            else if (b.Length > a.Length)
            {
                j++;
            }
            else
            {
                i++;
                j++;
            }
        }

        return edits + (a.Length - i) + (b.Length - j) == 1;
    }

    private static void ClusterOrganisations(List<Node> all, List<Cluster> clusters)
    {
        var organisations = all.Where(n => n.Mention.Type == EntityType.Organisation).GroupBy(n => SpellingKey(n.Mention.Key)).Select(g => new Cluster(EntityType.Organisation, [.. g])).ToList();
        // An acronym joins the long form whose initials it spells ("CIGB" → Center for Genetic Engineering and Biotechnology).
        foreach (var acronym in organisations.Where(c => c.Nodes[0].Mention.Text.All(ch => char.IsUpper(ch) || ch == '.')).ToList())
        {
            var letters = acronym.Nodes[0].Mention.Key.Replace(" ", "", StringComparison.Ordinal);
            var match = organisations.Where(c => c != acronym && Initials(c.Nodes[0].Mention.Text) == letters).ToList();
            if (match.Count == 1)
            {
                match[0].Nodes.AddRange(acronym.Nodes);
                organisations.Remove(acronym);
            }
        }

        clusters.AddRange(organisations);

        // British and American spellings of the same name: "Treatment Centre" / "Treatment Center".
        static string SpellingKey(string key) => string.Join(' ', key.Split(' ').Select(w => w switch
        {
            "centre" => "center",
            "theatre" => "theater",
            "organisation" => "organization",
            "defence" => "defense",
            "programme" => "program",
            "labour" => "labor",
            _ => w,
        }));

        static string Initials(string name) =>
            string.Concat(name.Split(' ', '-').Where(w => w.Length > 0 && char.IsUpper(w[0])).Select(w => char.ToLowerInvariant(w[0])));
    }

    private static void JoinShortOrganisationNames(List<Cluster> clusters)
    {
        var organisations = clusters.Where(c => c.Type == EntityType.Organisation).ToList();
        // "Morningside" joins "Morningside Recovery" when that is the one organisation opening with it and the
        // rest names no unit of its own ("Microsoft" stays apart from "Microsoft Security Response Center").
        var lexicon = EntityLexicon.Default;
        foreach (var single in organisations.Where(c => c.Nodes.All(n => n.Tokens.Length == 1) && !c.Nodes[0].Mention.Text.All(char.IsUpper)).ToList())
        {
            var word = single.Nodes[0].Tokens[0];
            var longer = organisations.Where(c => c != single && c.Nodes[0].Tokens.Length >= 2 && c.Nodes[0].Tokens[0] == word).ToList();
            // "Morningside Recovery" and "Morningside Recovery Center": longer names each opening with the shortest of them
            // are one name written out further, and the one word goes to the shortest.
            if (longer.Count > 1 && longer.MinBy(c => c.Nodes[0].Tokens.Length) is { } shortest
                && longer.All(c => c.Nodes[0].Tokens.AsSpan().StartsWith(shortest.Nodes[0].Tokens)))
            {
                longer = [shortest];
            }

            if (longer.Count == 1 && !longer[0].Nodes[0].Mention.Text.Split(' ').Skip(1).Any(lexicon.OrganisationCues.Contains))
            {
                longer[0].Nodes.AddRange(single.Nodes);
                organisations.Remove(single);
                clusters.Remove(single);
            }
        }
    }

    /// <summary>
    /// "Noto" after "Noto Peninsula", "Haouz" after "Al Haouz": a one-word name typed by default (an
    /// organisation nothing vouched for) that opens or ends exactly one place name of the story is that place.
    /// </summary>
    private static void JoinShortPlaceNames(List<Cluster> clusters)
    {
        var places = clusters.Where(c => c.Type == EntityType.Place).ToList();
        foreach (var single in clusters.Where(c => c.Type == EntityType.Organisation && c.Nodes.Count > 0 && c.Nodes.All(n => n.Tokens.Length == 1 && n.Mention.ContextType is null)
            && !c.Nodes[0].Mention.Text.All(char.IsUpper)).ToList())
        {
            var word = single.Nodes[0].Tokens[0];
            var holders = places.Where(p => p.Nodes.Any(n => n.Tokens.Length >= 2 && (n.Tokens[0] == word || n.Tokens[^1] == word))).ToList();
            if (holders.Count == 1)
            {
                holders[0].Nodes.AddRange(single.Nodes);
                clusters.Remove(single);
            }
        }
    }

    /// <summary>
    /// "the Saints" after "New Orleans Saints", "Colts" after "Indianapolis Colts": a one-word capitalised plural that
    /// ends exactly one organisation of the story whose other words name a place is that organisation, called by its
    /// nickname, whatever type the word alone was given ("Chargers" after "in" looks like a place). A word the
    /// gazetteer knows ("Athens") stays itself.
    /// </summary>
    private void JoinTeamNames(List<Cluster> clusters)
    {
        var organisations = clusters.Where(c => c.Type == EntityType.Organisation).ToList();
        foreach (var single in clusters.Where(c => c.Nodes.Count > 0 && c.Nodes.All(n => n.Tokens.Length == 1) && IsCapitalisedPlural(c.Nodes[0].Mention.Text)).ToList())
        {
            var word = single.Nodes[0].Tokens[0];
            if (gazetteer.Find(single.Nodes[0].Mention.Text) is not null)
            {
                continue;
            }

            var holders = organisations.Where(o => o != single && o.Nodes.Any(n => n.Tokens.Length >= 2 && n.Tokens[^1] == word && !n.Tokens.Contains("of")
                && gazetteer.Find(string.Join(' ', n.Mention.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries)[..^1])) is not null)).ToList();
            // "Sixers" of "Philadelphia 76ers", "Jays" of "Bluejays", "Cavs" of "Cleveland Cavaliers": a team's short name.
            if (holders.Count == 0)
            {
                holders = organisations.Where(o => o != single && o.Nodes.Any(n => n.Tokens.Length >= 1 && !n.Tokens.Contains("of") && IsTeamName(n)
                    && IsNicknameOf(word, n.Tokens[^1]))).ToList();
            }

            // "Heels" of "the Tar Heels": the last word of the one plural group the story names after "the".
            if (holders.Count == 0)
            {
                holders = organisations.Where(o => o != single && o.Nodes.Any(n => n.Tokens.Length >= 2 && n.Tokens[^1] == word
                    && n.Mention.TypeEvidence == PluralGroupEvidence)).ToList();
            }

            if (holders.Count == 1)
            {
                holders[0].Nodes.AddRange(single.Nodes);
                clusters.Remove(single);
            }
        }

        static bool IsCapitalisedPlural(string text) =>
            text.Length >= 4 && char.IsUpper(text[0]) && text[^1] == 's' && text.AsSpan(1).IndexOfAnyInRange('A', 'Z') < 0;
    }

    private static void ClusterPeople(List<Node> all, List<Cluster> clusters)
    {
        var multi = all.Where(n => n.Mention.Type is EntityType.Person or EntityType.Unknown && !n.Mention.IsHandle && n.Tokens.Length >= 2).ToList();
        var keys = multi.Select(n => n.Mention.Key).Distinct().ToList();
        var tokens = keys.ToDictionary(k => k, k => k.Split(' '));
        var parent = keys.ToDictionary(k => k, k => k);
        string Find(string k) => parent[k] == k ? k : parent[k] = Find(parent[k]);
        var personKeys = multi.Where(n => n.Mention.Type == EntityType.Person).Select(n => n.Mention.Key).ToHashSet();

        // Only names seen as people seed clusters; an unknown name may join one but never bridge two.
        foreach (var a in keys.Where(personKeys.Contains))
        {
            foreach (var b in keys.Where(personKeys.Contains))
            {
                if (string.CompareOrdinal(a, b) < 0 && NameMatcher.Compatible(tokens[a], tokens[b]))
                {
                    parent[Find(a)] = Find(b);
                }
            }
        }

        foreach (var unknown in keys.Where(k => !personKeys.Contains(k)))
        {
            var roots = personKeys.Where(p => NameMatcher.Compatible(tokens[unknown], tokens[p])).Select(Find).Distinct().ToList();
            if (roots.Count == 1)
            {
                parent[unknown] = roots[0];
            }
        }

        foreach (var group in multi.GroupBy(n => Find(n.Mention.Key)))
        {
            if (group.Any(n => n.Mention.Type == EntityType.Person))
            {
                clusters.Add(new Cluster(EntityType.Person, [.. group]));
            }
        }
    }

    /// <summary>Sends one-word mentions and handles to people; returns those no person took.</summary>
    private static List<Node> AttachSingleWords(List<Node> all, List<Cluster> clusters)
    {
        var clustered = clusters.SelectMany(c => c.Nodes).ToHashSet(ReferenceEqualityComparer.Instance);
        var unattached = all.Where(n => n.Mention.Type == EntityType.Unknown && n.Tokens.Length >= 2 && !clustered.Contains(n)).ToList();
        var people = clusters.Where(c => c.Type == EntityType.Person).ToList();
        var singles = all.Where(n => n.Mention.Type is EntityType.Person or EntityType.Unknown && (n.Tokens.Length == 1 || n.Mention.IsHandle)).ToList();
        var unresolvedWithRole = new Dictionary<string, Cluster>();
        var withCandidates = singles.Select(single => (Single: single, Candidates: people.Where(c => c.Keys.Any(k => single.Mention.IsHandle
                ? NameMatcher.HandleMatches(single.Mention.Key.Replace(" ", "", StringComparison.Ordinal), k)
                : NameMatcher.SurnameMatches(single.Mention.Key, k))).ToList())).ToList();
        var surnameUses = UnambiguousSurnameUses(withCandidates.Where(x => !x.Single.Mention.IsHandle && x.Candidates.Count >= 2));
        foreach (var (single, candidates) in withCandidates)
        {
            var chosen = candidates.Count switch
            {
                0 => single.Mention.IsHandle ? null : ByGivenName(single, people),
                1 => candidates[0],
                _ => single.Mention.IsHandle ? null : BySurnameUseElsewhere(single, candidates, surnameUses) ?? ByContext(single, candidates),
            };
            if (chosen is not null)
            {
                chosen.Nodes.Add(single);
            }
            else if (single.Mention.Type == EntityType.Person && !single.Mention.IsHandle)
            {
                // "President Raisi" with no full name anywhere in the story is still a person.
                if (!unresolvedWithRole.TryGetValue(single.Mention.Key, out var own))
                {
                    own = new Cluster(EntityType.Person, []);
                    unresolvedWithRole[single.Mention.Key] = own;
                    clusters.Add(own);
                }

                own.Nodes.Add(single);
            }
            else
            {
                unattached.Add(single);
            }
        }

        return unattached;
    }

    /// <summary>
    /// "Tara" for "Tara Reid": a lone given name goes to the one person of the story who has it, if only one does; when
    /// several do, to the one of them its own article names in full, if only one ("Tyler" in an article about Tyler
    /// Hansbrough, while another article of the story quotes a Tyler Smith).
    /// </summary>
    private static Cluster? ByGivenName(Node single, List<Cluster> people)
    {
        var holders = people.Where(c => c.Keys.Any(k => k.Length >= 2 && k[0] == single.Mention.Key)).ToList();
        if (holders.Count > 1)
        {
            holders = holders.Where(c => c.Nodes.Any(n => n.ArticleIndex == single.ArticleIndex && n.Tokens.Length >= 2 && !n.Mention.IsHandle && n.Tokens[0] == single.Mention.Key)).ToList();
        }

        // A word off the given-name list must belong to someone the text surely calls a person ("Kimani Gray"),
        // not to a run of capitals guessed to be one ("Morningside Recovery").
        return holders.Count == 1 && (EntityLexicon.Default.GivenNames.Contains(single.Mention.Text) || EntityLexicon.Default.MoreGivenNames.Contains(single.Mention.Text) || holders[0].Nodes.Any(n => n.Mention.Type == EntityType.Person && !n.Mention.IsTypeGuess))
            ? holders[0]
            : null;
    }

    /// <summary>The candidate last named before this mention in its article; else the one its article names most.</summary>
    private static Cluster? ByContext(Node single, List<Cluster> candidates)
    {
        var before = candidates
            .Select(c => (Cluster: c, Last: c.Nodes.Where(n => n.ArticleIndex == single.ArticleIndex && n.Mention.Span.Start < single.Mention.Span.Start && n.Tokens.Length >= 2)
                .Select(n => n.Mention.Span.Start).DefaultIfEmpty(-1).Max()))
            .Where(x => x.Last >= 0)
            .OrderByDescending(x => x.Last)
            .ToList();
        if (before.Count > 0)
        {
            return before[0].Cluster;
        }

        var counts = candidates.Select(c => (Cluster: c, Count: c.Nodes.Count(n => n.ArticleIndex == single.ArticleIndex))).OrderByDescending(x => x.Count).ToList();
        return counts[0].Count > 0 && (counts.Count == 1 || counts[1].Count < counts[0].Count) ? counts[0].Cluster : null;
    }

    private EntityResolution Build(List<Cluster> clusters)
    {
        var entities = ImmutableArray.CreateBuilder<Entity>();
        var map = ImmutableDictionary.CreateBuilder<(string, TextSpan), string>();
        var support = CountrySupport(clusters);
        foreach (var cluster in clusters.Where(c => c.Nodes.Count > 0))
        {
            var name = CanonicalName(cluster);
            var id = "E" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(cluster.Type + ":" + NameKey.Of(name))))[..10];
            var nodes = cluster.Nodes.OrderBy(n => n.ArticleIndex).ThenBy(n => n.Mention.Span.Start).ToList();
            var attributes = ImmutableArray.CreateBuilder<EntityAttribute>();
            foreach (var node in nodes)
            {
                AddAttributes(attributes, cluster.Type, node.ArticleId, node.Mention);
            }

            var countryCode = cluster.Type == EntityType.Place
                ? nodes.Select(n => n.Mention.CountryCode).FirstOrDefault(c => c is not null)
                : attributes.Where(a => a.Name == EntityAttributeName.Country).GroupBy(a => a.Value).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstOrDefault();
            var unplaced = cluster.Type == EntityType.Place && countryCode is not null && IsUnsupportedCity(cluster, countryCode, support);
            if (unplaced)
            {
                countryCode = null;
            }

            entities.Add(new Entity(
                id,
                name,
                cluster.Type,
                [.. nodes.Select(n => n.Mention.Text).Distinct(StringComparer.Ordinal)],
                [.. nodes.Select(n => new EntityMentionRef(n.ArticleId, n.Mention.Span, n.Mention.Text))],
                [.. nodes.Select(n => n.ArticleId).Distinct(StringComparer.Ordinal)],
                attributes.ToImmutable(),
                countryCode,
                cluster.Type == EntityType.Place && !unplaced ? Coordinates(name, nodes) : null) { TypeEvidence = Evidence(cluster.Type, nodes) });
            foreach (var node in nodes)
            {
                map[(node.ArticleId, node.Mention.Span)] = id;
            }
        }

        return new EntityResolution([.. entities.OrderByDescending(e => e.Mentions.Length).ThenBy(e => e.Name, StringComparer.Ordinal)], map.ToImmutable());
    }

    /// <summary>What one mention of an entity of <paramref name="type"/> says about it: its role (and the role's kind), a person's country.</summary>
    private static void AddAttributes(ICollection<EntityAttribute> attributes, EntityType type, string articleId, EntityMention mention)
    {
        if (mention.Role is { } role && mention.RoleSpan is { } roleSpan)
        {
            attributes.Add(new EntityAttribute(EntityAttributeName.Role, role, articleId, roleSpan));
            if (mention.RoleKind is { } kind && kind != RoleKind.Honorific)
            {
                attributes.Add(new EntityAttribute(EntityAttributeName.RoleKind, role, articleId, roleSpan) { Kind = kind });
            }
        }

        if (type == EntityType.Person && mention.CountryCode is { } country && mention.RoleSpan is { } span)
        {
            attributes.Add(new EntityAttribute(EntityAttributeName.Country, country, articleId, span));
        }
    }

    /// <summary>For each country, how many of the story's entities tie it in: places in it and people given its nationality.</summary>
    private static Dictionary<string, int> CountrySupport(IEnumerable<Cluster> clusters)
    {
        var support = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var cluster in clusters.Where(c => c.Nodes.Count > 0))
        {
            foreach (var country in cluster.Nodes.Select(n => n.Mention.CountryCode).OfType<string>().Distinct(StringComparer.Ordinal))
            {
                support[country] = support.GetValueOrDefault(country) + 1;
            }
        }

        return support;
    }

    /// <summary>
    /// A town the gazetteer knows in one country only, in a story that ties nothing else to that country but names
    /// others: a namesake is likelier than a trip ("Bor" in a Serbian story is the Serbian mining town, not Bor in South
    /// Sudan). It stays a place, with no country and no point, rather than a wrong dot on the map.
    /// </summary>
    private static bool IsUnsupportedCity(Cluster cluster, string country, Dictionary<string, int> support) =>
        cluster.Nodes.All(n => n.Mention.PlaceKind == PlaceKind.City) && support.GetValueOrDefault(country) <= 1 && support.Keys.Any(c => c != country);

    /// <summary>Why the entity has its type: the evidence of its mentions of that type, most frequent first, with counts.</summary>
    private static ImmutableArray<string> Evidence(EntityType type, List<Node> nodes) =>
    [
        .. nodes.GroupBy(n => EvidenceOf(type, n.Mention), StringComparer.Ordinal)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => $"{g.Key}: {g.Count()}"),
    ];

    /// <summary>The evidence one mention gives an entity of <paramref name="type"/> (what typed it, or that it joined a typed name).</summary>
    private static string EvidenceOf(EntityType type, EntityMention mention) =>
        mention.Type == type || (mention.Type == EntityType.Unknown && mention.TypeEvidence is not null) ? mention.TypeEvidence ?? "unstated" : "same entity as a typed name";

    /// <summary>
    /// Where a place is, from the gazetteer entry of its shown name or else of the first mention the gazetteer knows.
    /// A country named only by its demonym ("Iranian officials") is placed where the country is.
    /// </summary>
    private GeoPoint? Coordinates(string name, List<Node> nodes)
    {
        if (gazetteer.Find(name)?.Coordinates is { } point)
        {
            return point;
        }

        foreach (var node in nodes)
        {
            var entry = node.Mention.PlaceKind is PlaceKind.Country or PlaceKind.Demonym && node.Mention.CountryCode is { } code
                ? gazetteer.Country(code)
                : gazetteer.Find(node.Mention.PlaceName ?? node.Mention.Text);
            if (entry?.Coordinates is { } found)
            {
                return found;
            }
        }

        return null;
    }

    /// <summary>
    /// The name to show: for a country, the gazetteer's; otherwise the most frequent of the longest-seen
    /// full forms, written as the text writes it (accents kept, machine-translation damage outvoted).
    /// </summary>
    private string CanonicalName(Cluster cluster)
    {
        var nodes = cluster.Nodes;
        if (cluster.Type == EntityType.Place && nodes.FirstOrDefault(n => n.Mention.PlaceKind is PlaceKind.Country or PlaceKind.Demonym) is { Mention.CountryCode: { } code }
            && gazetteer.Country(code) is { } country)
        {
            return country.CanonicalName;
        }

        var candidates = nodes.Where(n => !n.Mention.IsHandle).ToList();
        if (candidates.Count == 0)
        {
            return nodes[0].Mention.Text;
        }

        var maxTokens = candidates.Max(n => n.Tokens.Length);
        var pool = candidates.Where(n => n.Tokens.Length >= Math.Min(maxTokens, 2)).ToList();
        // A full form is supported by every mention whose words it contains exactly: the many bare
        // "Milei" mentions outvote a one-off "Javier Miliei".
        int Support(string key)
        {
            var words = key.Split(' ');
            return nodes.Count(n => n.Tokens.All(t => words.Contains(t)));
        }

        var chosen = pool.GroupBy(n => n.Mention.Key)
            .OrderByDescending(g => Support(g.Key))
            .ThenByDescending(g => g.Count())
            .ThenByDescending(g => g.Key.Length)
            .First();
        // "Englishman Robert Buckley", "Star Kevin Youkilis" once beside "Robert Buckley" many times: a word glued before a
        // person's name that the story writes at least as often without it is no part of the name shown.
        // The shorter form must open with a given name and the dropped word must be none ("Jack Del Rio" stays).
        var lexicon = EntityLexicon.Default;
        while (cluster.Type == EntityType.Person && chosen.First().Tokens.Length >= 3
            && pool.GroupBy(n => n.Mention.Key).FirstOrDefault(g => g.Key == string.Join(' ', chosen.First().Tokens[1..])) is { } shorter
            && shorter.Count() >= chosen.Count()
            && chosen.First().Mention.Text.Split(' ', 2) is [var dropped, _] && !lexicon.GivenNames.Contains(dropped)
            && shorter.First().Mention.Text.Split(' ', 2) is [var opening, _] && lexicon.GivenNames.Contains(opening))
        {
            chosen = shorter;
        }

        return chosen
            .GroupBy(n => n.Mention.Text)
            .OrderByDescending(g => g.Count(n => n.Mention.Text.Any(c => c > 127)))
            .ThenByDescending(g => g.Count())
            .First().Key;
    }

    private sealed record Node(string ArticleId, int ArticleIndex, int MentionIndex, EntityMention Mention)
    {
        public string[] Tokens { get; } = Mention.Key.Split(' ', StringSplitOptions.RemoveEmptyEntries);
    }

    private sealed class Cluster(EntityType type, List<Node> nodes)
    {
        public EntityType Type { get; } = type;

        public List<Node> Nodes { get; } = nodes;

        public IEnumerable<string[]> Keys => Nodes.Where(n => n.Tokens.Length >= 2 && !n.Mention.IsHandle).Select(n => n.Tokens);
    }
}
