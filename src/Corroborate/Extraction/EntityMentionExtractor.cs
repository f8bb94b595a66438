using System.Collections.Immutable;
using Corroborate.Model;

namespace Corroborate.Extraction;

/// <summary>
/// Finds names in an article: runs of capitalised words (with "of", "de", "bin"… inside), roles and
/// titles peeled off the front ("Iranian President", "Ayatollah Seyyed", "General"), classified by the
/// gazetteer, organisation and place cues, acronyms and the role before them. A name whose kind the
/// sentence cannot tell is left <see cref="EntityType.Unknown"/> for <see cref="EntityResolver"/>,
/// which sees the whole story. Reads an <see cref="Article"/>'s sentences; writes mentions.
/// </summary>
public sealed class EntityMentionExtractor(Gazetteer gazetteer, EntityLexicon lexicon)
{
    public EntityMentionExtractor() : this(Gazetteer.Default, EntityLexicon.Default)
    {
    }

    public ImmutableArray<EntityMention> Extract(Article article)
    {
        var mentions = ImmutableArray.CreateBuilder<EntityMention>();
        var text = article.CleanText;
        for (var s = 0; s < article.Sentences.Length; s++)
        {
            var tokens = Tokenize(text, article.Sentences[s]);
            ExtractFromSentence(text, tokens, s, mentions);
        }

        return mentions.ToImmutable();
    }

    private void ExtractFromSentence(string text, List<WordToken> tokens, int sentence, ImmutableArray<EntityMention>.Builder mentions)
    {
        var previousWasPersonRole = false;
        var i = 0;
        while (i < tokens.Count)
        {
            if (!tokens[i].IsCapitalised)
            {
                i++;
                continue;
            }

            var end = RunEnd(text, tokens, i);

            var appositive = previousWasPersonRole && i > 0 && text.AsSpan(tokens[i - 1].Span.End, tokens[i].Span.Start - tokens[i - 1].Span.End).Trim().SequenceEqual(",");
            previousWasPersonRole = false;
            foreach (var (partStart, partEnd) in SplitCoordination(tokens, i, end))
            {
                foreach (var mention in Classify(text, tokens, partStart, partEnd, sentence, appositive))
                {
                    mentions.Add(mention);
                    previousWasPersonRole |= mention.Role is not null && mention.Type != EntityType.Person;
                }
            }

            previousWasPersonRole |= RunIsBareRole(tokens, i, end);
            i = end;
        }
    }

    /// <summary>
    /// A name runs over capitalised words and short runs of connectors ("Palace of the Revolution"),
    /// stopping at punctuation, a handle, or a capitalised stop word after a connector ("Havana on Thursday").
    /// </summary>
    private int RunEnd(string text, List<WordToken> tokens, int start)
    {
        if (tokens[start].Text.StartsWith('@'))
        {
            return start + 1;
        }

        var end = start + 1;
        while (end < tokens.Count && !IsBreak(text, tokens[end - 1], tokens[end]) && !tokens[end].Text.StartsWith('@') && !IsPossessive(tokens[end - 1].Text))
        {
            if (tokens[end].IsCapitalised)
            {
                end++;
                continue;
            }

            var connectors = 0;
            while (end + connectors < tokens.Count && connectors < 2 && lexicon.Connectors.Contains(tokens[end + connectors].Text)
                && !IsBreak(text, tokens[end + connectors - 1], tokens[end + connectors]))
            {
                connectors++;
            }

            var next = end + connectors;
            if (connectors == 0 || next >= tokens.Count || !tokens[next].IsCapitalised || tokens[next].Text.StartsWith('@')
                || lexicon.Stopwords.Contains(tokens[next].Text) || IsBreak(text, tokens[next - 1], tokens[next]))
            {
                break;
            }

            end = next + 1;
        }

        return end;
    }

    /// <summary>"Japan's Ishikawa": a possessive ends the name it closes.</summary>
    private static bool IsPossessive(string token) => token.Length > 2 && token[^1] == 's' && token[^2] is '\'' or '’';

    /// <summary>"Cuba and Iran", "Raisi and Diaz-Canel" are two names; "Center for Engineering and Biotechnology" is one.</summary>
    private IEnumerable<(int Start, int End)> SplitCoordination(List<WordToken> tokens, int start, int end)
    {
        var isOrganisation = false;
        for (var k = start; k < end; k++)
        {
            isOrganisation |= lexicon.OrganisationCues.Contains(tokens[k].Text);
        }

        var partStart = start;
        for (var k = start; k < end; k++)
        {
            // "Ebrahim Raisi of Iran": a person's name does not run on into the place after "of".
            var placeAfterOf = tokens[k].Text == "of" && k > partStart && k + 1 < end && !lexicon.PlaceCues.Contains(tokens[partStart].Text)
                && !lexicon.Roles.ContainsKey(tokens[k - 1].Text) && gazetteer.Find(string.Join(' ', tokens.GetRange(k + 1, end - k - 1).Select(t => t.Text))) is not null;
            if (!isOrganisation && (tokens[k].Text is "and" or "y" or "et" or "und" || placeAfterOf))
            {
                if (k > partStart)
                {
                    yield return (partStart, k);
                }

                partStart = k + 1;
            }
        }

        if (partStart < end)
        {
            yield return (partStart, end);
        }
    }

    private IEnumerable<EntityMention> Classify(string text, List<WordToken> tokens, int start, int end, int sentence, bool appositive)
    {
        // Sentence-opening function words and other capitalised non-names come off the front.
        while (start < end && (lexicon.Stopwords.Contains(tokens[start].Text) || lexicon.Connectors.Contains(tokens[start].Text)) && !lexicon.Roles.ContainsKey(tokens[start].Text))
        {
            start++;
        }

        if (start >= end)
        {
            yield break;
        }

        // A role inside the run with a name after it ends the phrase before it: "Fire Department Chief
        // James Steele", "Superior Court Judge James Dabney" are an organisation, a role and a person.
        for (var k = end - 2; k > start; k--)
        {
            if (MatchRole(tokens, k, end) is { } inner && k + inner.Length < end && lexicon.Roles[inner.Role] != "honorific"
                && MatchRole(tokens, k - 1, end) is null && gazetteer.Find(tokens[k - 1].Text) is not { Kind: PlaceKind.Demonym })
            {
                foreach (var before in Classify(text, tokens, start, k, sentence, appositive: false))
                {
                    yield return before;
                }

                start = k;
                break;
            }
        }

        // Roles, titles and a demonym before them: "Iranian President", "former President", "Ayatollah Seyyed".
        string? role = null, roleKind = null, country = null;
        TextSpan? roleSpan = null;
        var roleStart = start;
        while (start < end)
        {
            if (MatchRole(tokens, start, end) is { } matched)
            {
                role = role is null || lexicon.Roles[role] == "honorific" ? matched.Role : role;
                roleKind = lexicon.Roles[role];
                start += matched.Length;
                continue;
            }

            if (start + 1 < end && gazetteer.Find(tokens[start].Text) is { Kind: PlaceKind.Demonym } demonym && MatchRole(tokens, start + 1, end) is not null)
            {
                country = demonym.CountryCode;
                yield return Mention(text, tokens, start, start + 1, EntityType.Place, sentence) with { CountryCode = demonym.CountryCode, PlaceKind = PlaceKind.Demonym, IsDemonym = true };
                start++;
                continue;
            }

            // A capitalised qualifier before a role ("Peronist Economy Minister", "Acting President")
            // belongs to the role, provided a name follows the role.
            if (role is null && start + 2 < end && gazetteer.Find(tokens[start].Text) is null
                && MatchRole(tokens, start + 1, end) is { } qualified && start + 1 + qualified.Length < end)
            {
                start++;
                continue;
            }

            break;
        }

        if (start > roleStart && role is not null)
        {
            roleSpan = new TextSpan(tokens[roleStart].Span.Start, tokens[start - 1].Span.End);
            if (roleStart > 0 && tokens[roleStart - 1].Text is "former" or "late" or "ex")
            {
                role = tokens[roleStart - 1].Text + " " + role;
            }
        }

        // "President of Cuba": the country after the role belongs to the role; the name, if any, comes later.
        if (start < end && role is not null && tokens[start].Text == "of")
        {
            var place = Mention(text, tokens, start + 1, end, EntityType.Place, sentence);
            if (gazetteer.Find(place.Text) is { } entry)
            {
                yield return place with { CountryCode = entry.CountryCode, PlaceKind = entry.Kind };
            }
            else
            {
                yield return place with { Type = EntityType.Organisation };
            }

            yield break;
        }

        if (start >= end)
        {
            if (roleSpan is { } bare && roleKind is not null and not "honorific")
            {
                var surface = bare.Of(text);
                yield return new EntityMention(bare, surface, EntityType.Unknown, NameKey.Of(surface), role, roleKind, bare, country, Sentence: sentence, IsRoleOnly: true);
            }

            yield break;
        }

        var name = Mention(text, tokens, start, end, EntityType.Unknown, sentence) with { Role = role, RoleKind = roleKind, RoleSpan = roleSpan, CountryCode = country };
        yield return Type(name, tokens, start, end, appositive);
    }

    private EntityMention Type(EntityMention name, List<WordToken> tokens, int start, int end, bool appositive)
    {
        if (tokens[start].Text.StartsWith('@'))
        {
            return name with { IsHandle = true };
        }

        if (gazetteer.Find(name.Text) is { } place)
        {
            return name with { Type = EntityType.Place, CountryCode = place.CountryCode, PlaceKind = place.Kind, IsDemonym = place.Kind == PlaceKind.Demonym };
        }

        var words = tokens.GetRange(start, end - start);
        if (lexicon.OrganisationCues.Contains(words[^1].Text) || lexicon.OrganisationCues.Contains(words[0].Text))
        {
            return name with { Type = EntityType.Organisation };
        }

        if (lexicon.PlaceCues.Contains(words[^1].Text) || lexicon.PlaceCues.Contains(words[0].Text))
        {
            return name with { Type = EntityType.Place };
        }

        if (words.Count == 1 && words[0].IsAcronym)
        {
            return name with { Type = EntityType.Organisation };
        }

        if (name.Role is not null && name.RoleKind != "honorific" || name.RoleKind == "honorific" || appositive)
        {
            return name with { Type = EntityType.Person };
        }

        var capitalisedWords = words.Where(w => w.IsCapitalised).ToList();
        if (capitalisedWords.Count >= 2 && capitalisedWords.Count <= 5 && words.All(w => w.IsCapitalised || w.Text is "bin" or "ibn" or "al" or "de" or "van" or "von" or "da")
            && !words.Any(w => lexicon.NonPersonWords.Contains(w.Text) || gazetteer.Find(w.Text) is not null))
        {
            return name with { Type = EntityType.Person };
        }

        return name;
    }

    private (string Role, int Length)? MatchRole(List<WordToken> tokens, int start, int end)
    {
        for (var length = Math.Min(lexicon.MaxRoleTokens, end - start); length >= 1; length--)
        {
            var phrase = string.Join(' ', tokens.GetRange(start, length).Select(t => t.Text));
            if (char.IsUpper(phrase[0]) && (lexicon.Roles.ContainsKey(phrase) || lexicon.Roles.ContainsKey(phrase + ".")))
            {
                return (lexicon.Roles.ContainsKey(phrase) ? phrase : phrase + ".", length);
            }
        }

        return null;
    }

    private bool RunIsBareRole(List<WordToken> tokens, int start, int end) =>
        MatchRole(tokens, start, end) is { } role && role.Length == end - start;

    private static EntityMention Mention(string text, List<WordToken> tokens, int start, int end, EntityType type, int sentence)
    {
        var spanStart = tokens[start].Span.Start;
        var spanEnd = tokens[end - 1].Span.End;
        // A possessive belongs to the sentence, not the name: "Cuba's" → "Cuba".
        if (spanEnd - spanStart > 2 && text[spanEnd - 1] == 's' && text[spanEnd - 2] is '\'' or '’')
        {
            spanEnd -= 2;
        }

        var span = new TextSpan(spanStart, spanEnd);
        var surface = span.Of(text);
        return new EntityMention(span, surface, type, NameKey.Of(surface.TrimStart('@')), Sentence: sentence);
    }

    /// <summary>Punctuation between two words (a comma, a colon, a bracket, a quote) ends a name; the stop of "Gen." does not.</summary>
    private bool IsBreak(string text, WordToken left, WordToken right)
    {
        var gap = text.AsSpan(left.Span.End, right.Span.Start - left.Span.End);
        if (gap.Length > 0 && gap[0] == '.' && lexicon.Roles.ContainsKey(left.Text + "."))
        {
            gap = gap[1..];
        }

        foreach (var c in gap)
        {
            if (!char.IsWhiteSpace(c) || c == '\n')
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Words of a sentence: letters and digits with inner hyphens, apostrophes and dotted abbreviations.</summary>
    internal static List<WordToken> Tokenize(string text, TextSpan sentence)
    {
        var tokens = new List<WordToken>(32);
        var i = sentence.Start;
        while (i < sentence.End)
        {
            var c = text[i];
            if (!char.IsLetterOrDigit(c) && !(c == '@' && i + 1 < sentence.End && char.IsLetterOrDigit(text[i + 1])))
            {
                i++;
                continue;
            }

            var start = i;
            i++;
            while (i < sentence.End)
            {
                var d = text[i];
                if (char.IsLetterOrDigit(d) || d == '_' || char.GetUnicodeCategory(d) == System.Globalization.UnicodeCategory.NonSpacingMark)
                {
                    i++;
                }
                else if (d is '-' or '\'' or '’' or '.' && i + 1 < sentence.End && char.IsLetter(text[i + 1]))
                {
                    i++;
                }
                else if (d == '.' && i - start <= 3 && char.IsUpper(text[start]) && (i - start == 1 || text[i - 2] == '.'))
                {
                    // Keep the stop of an initial or dotted abbreviation ("U.S.", "Gen." is a role, not a name).
                    i++;
                    break;
                }
                else
                {
                    break;
                }
            }

            tokens.Add(new WordToken(new TextSpan(start, i), text[start..i]));
        }

        return tokens;
    }
}
