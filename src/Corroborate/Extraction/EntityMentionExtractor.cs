using System.Collections.Frozen;
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
public sealed partial class EntityMentionExtractor(Gazetteer gazetteer, EntityLexicon lexicon)
{
    /// <summary>Words the current article writes in lower case; one extractor per thread.</summary>
    /// <summary>Words the article being read writes in lower case; one set per thread, so one extractor serves parallel stories.</summary>
    [ThreadStatic]
    private static HashSet<string>? t_lowerCase;

    private static HashSet<string> LowerCaseWords => t_lowerCase ??= new HashSet<string>(StringComparer.Ordinal);

    /// <summary>Words the article writes after a given name inside a name ("Thaddeus Young"): surnames, even when also common words.</summary>
    [ThreadStatic]
    private static HashSet<string>? t_nameWords;

    private static HashSet<string> NameWords => t_nameWords ??= new HashSet<string>(StringComparer.Ordinal);

    public EntityMentionExtractor() : this(Gazetteer.Default, EntityLexicon.Default)
    {
    }

    public ImmutableArray<EntityMention> Extract(Article article)
    {
        var mentions = ImmutableArray.CreateBuilder<EntityMention>();
        var text = article.CleanText;
        var sentences = new List<WordToken>[article.Sentences.Length];
        var confirmed = new HashSet<string>(StringComparer.Ordinal);
        LowerCaseWords.Clear();
        NameWords.Clear();
        NamedPlurals.Clear();
        var addressLines = AddressLines(text);
        t_spacedHyphens = WritesSpacedHyphens(text);
        for (var s = 0; s < article.Sentences.Length; s++)
        {
            // An address line ("http: / / www. example. com / 3 - Shot - in - ...") is no prose: its words name nothing.
            sentences[s] = IsInside(addressLines, article.Sentences[s].Start) ? [] : Tokenize(text, article.Sentences[s]);
            Confirm(text, sentences[s], confirmed);
            CollectNameWords(text, sentences[s]);
            CollectNamedPlurals(sentences[s]);
            foreach (var token in sentences[s])
            {
                if (char.IsLower(token.Text[0]))
                {
                    LowerCaseWords.Add(token.Text);
                }
            }
        }

        for (var s = 0; s < article.Sentences.Length; s++)
        {
            ExtractFromSentence(text, sentences[s], s, mentions, confirmed);
        }

        return mentions.ToImmutable();
    }

    /// <summary>
    /// Words the article writes capitalised inside an ordinary sentence (not at its start, not in a Title Case
    /// line): the names it vouches for. In a Title Case headline only these count as names.
    /// </summary>
    private void Confirm(string text, List<WordToken> tokens, HashSet<string> confirmed)
    {
        if (IsTitleCase(text, tokens))
        {
            return;
        }

        for (var i = 1; i < tokens.Count; i++)
        {
            if (tokens[i].IsCapitalised && !OpensQuotation(text, tokens, i))
            {
                confirmed.Add(tokens[i].Text);
            }
        }
    }

    /// <summary>
    /// The parts of one coordination share what the words around it say: "in Wajima and Suzu" puts both
    /// after "in"; "Taroudant and Chichaoua provinces" makes both provinces.
    /// </summary>
    private IEnumerable<EntityMention> ShareCoordinationEvidence(List<EntityMention> run)
    {
        if (run.Count < 2)
        {
            return run;
        }

        var afterIn = run[0].AfterIn;
        var last = run[^1];
        // The kind noun after the last name ("provinces"), else before the first ("the towns of Wajima and Suzu").
        // "the House of Representatives and Senate": a lone organisation word ending the coordination says what its parts are.
        var shared = last.RightType is { } type && type != EntityType.Unknown ? type
            : last.Type == EntityType.Organisation && !last.IsTypeGuess && last.Text.IndexOf(' ') < 0 && lexicon.OrganisationCues.Contains(last.Text) ? EntityType.Organisation
            : run[0].ContextType is { } left && left != EntityType.Unknown && run[0].Role is null ? left
            : (EntityType?)null;
        return run.Select(m =>
        {
            var mention = afterIn ? m with { AfterIn = true } : m;
            return shared is { } t && (m.Type == EntityType.Unknown || m.IsTypeGuess) && m.Role is null
                ? mention with { Type = t, IsTypeGuess = false, ContextType = t, TypeEvidence = "kind noun shared along a coordination" }
                : mention;
        });
    }

    private static bool IsCompoundAdjective(string word) =>
        word.LastIndexOf('-') is > 0 and var hyphen && hyphen + 1 < word.Length && char.IsLower(word[hyphen + 1]) && char.IsUpper(word[0]);

    /// <summary>A capitalised word the article never vouches for and nothing marks as part of a name.</summary>
    private bool IsPlainOpeningWord(string word, HashSet<string> confirmed) =>
        !confirmed.Contains(word) && gazetteer.Find(word) is null && !lexicon.GivenNames.Contains(word) && !lexicon.Roles.ContainsKey(word)
        && !lexicon.OrganisationCues.Contains(word) && !lexicon.PlaceCues.Contains(word);

    /// <summary>
    /// The parts of a run in a Title Case line that the body confirms, word by word (connectors between two
    /// confirmed words stay): "Polygamist Warren Jeffs" gives "Warren Jeffs" when the body names him.
    /// </summary>
    private IEnumerable<(int Start, int End)> ConfirmedParts(List<WordToken> tokens, int start, int end, HashSet<string> confirmed)
    {
        var k = start;
        while (k < end)
        {
            if (!Vouched(tokens[k].Text, confirmed))
            {
                k++;
                continue;
            }

            var partEnd = k + 1;
            while (partEnd < end)
            {
                if (Vouched(tokens[partEnd].Text, confirmed))
                {
                    partEnd++;
                }
                else if (lexicon.Connectors.Contains(tokens[partEnd].Text) && partEnd + 1 < end && confirmed.Contains(tokens[partEnd + 1].Text))
                {
                    partEnd += 2;
                }
                else
                {
                    break;
                }
            }

            yield return (k, partEnd);
            k = partEnd;
        }
    }

    private void ExtractFromSentence(string text, List<WordToken> tokens, int sentence, ImmutableArray<EntityMention>.Builder mentions, HashSet<string> confirmed)
    {
        var titleCase = IsTitleCase(text, tokens);
        var workTitle = QuotedTitles(text, tokens);
        var previousWasPersonRole = false;
        var previousRunAfterIn = false;
        var previousRunEnd = -1;
        var i = 0;
        while (i < tokens.Count)
        {
            // "117th Street", "5th Ave.": a number before a street word starts the name.
            // "Larry King Live", "Most Likely to Succeed" in quotation marks: a work's or an award's title.
            if (workTitle is not null && workTitle[i])
            {
                // Kept as a thing, so the resolver drops the same name written elsewhere without its quotation marks.
                var titleEnd = i + 1;
                while (titleEnd < tokens.Count && workTitle[titleEnd])
                {
                    titleEnd++;
                }

                if (tokens[i].IsCapitalised)
                {
                    mentions.Add(Mention(text, tokens, i, titleEnd, EntityType.Unknown, sentence) with { IsThing = true, TypeEvidence = "title of a work" });
                }

                i = titleEnd;
                continue;
            }

            if (!tokens[i].IsCapitalised && !IsJoinedParticle(tokens[i].Text) && !(char.IsDigit(tokens[i].Text[0]) && i + 1 < tokens.Count && lexicon.PlaceCues.Contains(tokens[i + 1].Text)
                && !IsBreak(text, tokens[i], tokens[i + 1])) && !OrdinalOpensName(text, tokens, i) && !IsNumberedTeamWord(tokens[i].Text))
            {
                i++;
                continue;
            }

            var end = RunEnd(text, tokens, i);
            var opening = i == 0 || OpensQuotation(text, tokens, i) || AfterSeparator(text, tokens, i);
            // "LIKELY FOE", "THREE MORE JETS OUT New York fell...": shouted headline prose gives only the words the article
            // writes as names inside its sentences; what follows it in the run opens a sentence of its own.
            if (ShoutedProseEnd(tokens, i, end) is { } shoutedEnd)
            {
                foreach (var (partStart, partEnd) in ConfirmedShoutedParts(tokens, i, shoutedEnd, confirmed))
                {
                    foreach (var shouted in Classify(text, tokens, partStart, partEnd, sentence, appositive: false, partStart))
                    {
                        mentions.Add(shouted with { AtSentenceStart = true });
                    }
                }

                if (shoutedEnd >= end)
                {
                    i = end;
                    continue;
                }

                i = shoutedEnd;
                opening = true;
            }

            // "Lawyers for Warren Jeffs", "Remains of the Mat Maid": a sentence's first word, capitalised only
            // because it opens the sentence, does not pull the name after a connector into one run.
            if (opening && end - i >= 3 && lexicon.Connectors.Contains(tokens[i + 1].Text) && IsPlainOpeningWord(tokens[i].Text, confirmed))
            {
                end = i + 1;
            }

            // "Naturally Scott Boras", "Entering February", "Two Grant Gibbs": an opening word the article writes in
            // lower case elsewhere, or an adverb or participle, is no part of the name after it.
            if (opening && end - i >= 2 && IsPlainOpeningWord(tokens[i].Text, confirmed) && IsCommonWord(tokens[i].Text) && GazetteerPrefix(tokens, i, end) < 2
                && !OpensPlaceBeforeHyphen(text, tokens, i, end, sentence))
            {
                i++;
                opening = false;
            }

            // "Moviemaker Gary Ross", "Safety Malcolm Jenkins": an opening word before a given name that opens a
            // person's name, itself no given name, role, place or word the article capitalises inside a sentence, describes him.
            if (opening && end - i >= 3 && lexicon.GivenNames.Contains(tokens[i + 1].Text) && IsPlainOpeningWord(tokens[i].Text, confirmed)
                && !lexicon.Connectors.Contains(tokens[i].Text) && LooksLikePersonName(tokens, i + 1, end) && GazetteerPrefix(tokens, i, end) < 2
                && !LooksLikeNamePart(tokens[i]))
            {
                i++;
                opening = false;
            }

            // "Owner Arte Moreno met…", "Analyst Amir Tal said": a person's cue noun opening the sentence describes him.
            if (opening && end - i >= 2 && OpensWithPersonCueNoun(tokens, i, end, confirmed))
            {
                i++;
                opening = false;
            }

            // "Man held after ...", "Nice weather ...": a lone opening word the article writes in lower case elsewhere and
            // never capitalised inside a sentence is that common word, even when a place has that name.
            if (opening && end - i == 1 && IsOpeningCommonWord(tokens[i], confirmed))
            {
                i = end;
                continue;
            }

            var appositive = previousWasPersonRole && i > 0 && text.AsSpan(tokens[i - 1].Span.End, tokens[i].Span.Start - tokens[i - 1].Span.End).Trim().SequenceEqual(",");
            previousWasPersonRole = false;
            var parts = titleCase ? ConfirmedParts(tokens, i, end, confirmed).SelectMany(p => SplitCoordination(text, tokens, p.Start, p.End)) : SplitCoordination(text, tokens, i, end);
            var run = new List<EntityMention>();
            foreach (var (partStart, partEnd) in parts)
            {
                foreach (var classified in Classify(text, tokens, partStart, partEnd, sentence, appositive, opening ? i : 0))
                {
                    // In a title-case headline, capitals alone make nobody a person or an organisation.
                    var mention = !titleCase ? classified
                        : classified.IsTypeGuess ? classified with { AtSentenceStart = true, Type = EntityType.Unknown, IsTypeGuess = false }
                        : classified with { AtSentenceStart = true };
                    run.Add(mention);
                    previousWasPersonRole |= mention.Role is not null && mention.Type != EntityType.Person;
                }
            }

            // "in Wajima, Suzu and Anamizu": a list goes on after a comma and shares the "in" its first name follows.
            if (run.Count > 0 && previousRunAfterIn && previousRunEnd == i && i > 0
                && text.AsSpan(tokens[i - 1].Span.End, tokens[i].Span.Start - tokens[i - 1].Span.End).Trim().SequenceEqual(","))
            {
                run[0] = run[0] with { AfterIn = true };
            }

            previousRunAfterIn = run.Count > 0 && run[0].AfterIn;
            previousRunEnd = end;
            mentions.AddRange(ShareCoordinationEvidence(run));

            previousWasPersonRole |= RunIsBareRole(tokens, i, end);
            i = end;
        }
    }

    /// <summary>
    /// A headline written in title case (function words such as "that" or "with" may stay in lower case) ("Woman Killed In Queens Hit And Run"): four words or more, seven in
    /// ten capitalised, and no lower-case word of four letters or more (a sentence full of names still has
    /// its verbs in lower case: "Rescuers searched Maple Falls and Oak Heights"). Its capitals say nothing about names.
    /// </summary>
    private bool IsTitleCase(string text, List<WordToken> tokens)
    {
        int words = 0, capitalised = 0;
        var lowerContent = false;
        foreach (var token in tokens)
        {
            if (char.IsLetter(token.Text[0]))
            {
                words++;
                capitalised += token.IsCapitalised ? 1 : 0;
                // Headline style leaves function words in lower case, long ones too ("that", "with", "from").
                if (!token.IsCapitalised && !lexicon.FunctionWords.Contains(token.Text))
                {
                    if (token.Text.Length >= 4)
                    {
                        return false;
                    }

                    lowerContent = true;
                }
            }
        }

        // "Ana Reyes met Tomas Novak, CEO of Helix, in Lyon.": a short verb in lower case and a full stop make a sentence,
        // however many names it holds; a headline has no full stop.
        return words >= 4 && capitalised * 10 >= words * 7 && !(lowerContent && EndsAsSentence(text, tokens[^1]));
    }

    private static bool EndsAsSentence(string text, WordToken last)
    {
        for (var i = last.Span.End; i < text.Length && text[i] is not '\n'; i++)
        {
            if (text[i] is '.' or '!' or '?')
            {
                return true;
            }

            if (!(char.IsWhiteSpace(text[i]) || text[i] is '"' or '”' or '’' or '\'' or ')'))
            {
                return false;
            }
        }

        return false;
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
        while (end < tokens.Count && !tokens[end].Text.StartsWith('@') && (!IsPossessive(tokens[end - 1].Text) || ContinuesAfterIrregularPossessive(text, tokens, end) || ContinuesAfterOfficeHolder(text, tokens, end)))
        {
            if (IsBreak(text, tokens[end - 1], tokens[end]))
            {
                if (ContinuesAcrossSpacedHyphen(text, tokens, end) || IsInsideHyphenChain(text, tokens, end) || ContinuesAcrossPluralPossessive(text, tokens[end - 1], tokens[end]) || JoinsAcronymsAcrossHyphen(text, tokens, end))
                {
                    end++;
                    continue;
                }

                // "St. Louis", "Mt. Vernon": a saint's or a mountain's abbreviation opening a name goes on past its stop.
                if (IsOpeningSaintAbbreviation(text, tokens, start, end))
                {
                    end++;
                    continue;
                }

                // Luis Gerardo "Jerry" Ortiz: the nickname and the surname after it.
                if (ContinuesAcrossQuotedNickname(text, tokens, start, end))
                {
                    end += 2;
                    continue;
                }

                break;
            }

            if (char.IsDigit(tokens[end].Text[0]) && end + 1 < tokens.Count && lexicon.PlaceCues.Contains(tokens[end + 1].Text) && !IsBreak(text, tokens[end], tokens[end + 1]))
            {
                end += 2;
                continue;
            }

            // "Public School 298", "Terminal 3": a number after a place or organisation word is part of the name.
            if (IsNumberAfterCue(text, tokens, end))
            {
                end++;
                break;
            }

            if (tokens[end].IsCapitalised || IsJoinedParticle(tokens[end].Text) || IsNumberedTeamWord(tokens[end].Text))
            {
                if (IsDateWord(tokens, end) || IsBeforeNumberSign(tokens, end) || IsPronounContraction(tokens[end].Text) || IsShoutedWordAfterName(tokens, end))
                {
                    break;
                }

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
            // "In Parliament the Communist Party": "the" joins a name only after another connector ("Palace of the Revolution").
            if (connectors == 1 && tokens[end].Text == "the")
            {
                break;
            }

            // "Vincent Jackson for Sunday": a weekday or a month after a connector is a date, not the rest of the name.
            if (connectors == 0 || next >= tokens.Count || !tokens[next].IsCapitalised || tokens[next].Text.StartsWith('@')
                || lexicon.Stopwords.Contains(tokens[next].Text) || IsBreak(text, tokens[next - 1], tokens[next])
                || Weekdays.Contains(Bare(tokens[next].Text)) || Months.Contains(tokens[next].Text) || IsPossessiveAfterFor(tokens, start, end, next))
            {
                break;
            }

            end = next + 1;
        }

        return PurposeRegionEnd(text, tokens, start, end);
    }

    /// <summary>"Bush Wednesday", "EDT May 2": a weekday, or a month before a number, is a date after a name, not part of it.</summary>
    private static bool IsDateWord(List<WordToken> tokens, int index) =>
        Weekdays.Contains(tokens[index].Text)
        || (Months.Contains(tokens[index].Text) && index + 1 < tokens.Count && char.IsDigit(tokens[index + 1].Text[0]));

    private static readonly FrozenSet<string> Weekdays = FrozenSet.ToFrozenSet(
        ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"], StringComparer.Ordinal);

    /// <summary>Month names and abbreviations as a name is written ("March", "Sept"), from the one month table.</summary>
    private static class Months
    {
        public static bool Contains(string word) => Text.MonthNames.IsCapitalisedName(word);
    }

    /// <summary>"Japan's Ishikawa": a possessive ends the name it closes.</summary>
    private static bool IsPossessive(string token) => token.Length > 2 && token[^1] == 's' && token[^2] is '\'' or '’';

    /// <summary>
    /// "Cuba and Iran", "Raisi and Diaz-Canel" are two names; "Center for Engineering and Biotechnology" is one.
    /// "Larry Kroon of the Hillside Church" is a person and an organisation; "Horn of Africa" stays one place.
    /// </summary>
    private IEnumerable<(int Start, int End)> SplitCoordination(string text, List<WordToken> tokens, int start, int end)
    {
        // "the Commerce and Interior Department": two bodies sharing one head are two names.
        if (SharedHeadCoordination(text, tokens, start, end))
        {
            yield return (start, start + 1);
            yield return (start + 2, end);
            yield break;
        }

        if (end - start >= 3 && gazetteer.Find(Join(tokens, start, end)) is not null)
        {
            yield return (start, end);
            yield break;
        }

        // "the Maldives Indian Ocean islands": two known places side by side are two names.
        if (end - start >= 2 && GazetteerPrefix(tokens, start, end) is > 0 and var prefix && prefix < end - start
            && gazetteer.Find(Join(tokens, start, start + prefix)) is { Kind: not PlaceKind.Demonym and not PlaceKind.Bloc }
            && gazetteer.Find(Join(tokens, start + prefix, end)) is { Kind: not PlaceKind.Demonym and not PlaceKind.Bloc })
        {
            yield return (start, start + prefix);
            yield return (start + prefix, end);
            yield break;
        }

        var isOrganisation = false;
        for (var k = start; k < end; k++)
        {
            isOrganisation |= lexicon.OrganisationCues.Contains(tokens[k].Text);
        }

        var partStart = start;
        for (var k = start; k < end; k++)
        {
            // "Ebrahim Raisi of Iran": a person's name does not run on into the place after "of".
            var placeAfterOf = !isOrganisation && tokens[k].Text == "of" && k > partStart && k + 1 < end && !lexicon.PlaceCues.Contains(tokens[partStart].Text)
                && !lexicon.Roles.ContainsKey(tokens[k - 1].Text) && gazetteer.Find(Join(tokens, k + 1, end)) is not null;
            if (tokens[k].Text is "and" or "y" or "et" or "und" && (!isOrganisation || IsCompleteName(tokens, partStart, k) && k + 1 < end && (tokens[k + 1].IsCapitalised || tokens[k + 1].Text == "the")
                    || IsLoneBodyAfterAnd(tokens, partStart, k, end))
                || placeAfterOf || (tokens[k].Text == "of" && (LooksLikePersonName(tokens, partStart, k) || HoldsRoleBeforeOf(tokens, partStart, k))))
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

    /// <summary>
    /// A name that stands on its own before "and" in an organisation's run: it ends with an organisation or place
    /// word ("U.S. Fish and Wildlife Service and National Marine Fisheries Service"), is a known place, or is a
    /// person's name opening with a given name ("Emmanuel Macron and European Commission"), so the "and" joins two
    /// names rather than two words of one ("Center for Genetic Engineering and Biotechnology").
    /// </summary>
    private bool IsCompleteName(List<WordToken> tokens, int start, int end) =>
        end > start && (lexicon.OrganisationCues.Contains(tokens[end - 1].Text) || lexicon.PlaceCues.Contains(tokens[end - 1].Text)
            || gazetteer.Find(Join(tokens, start, end)) is not null
            || Enumerable.Range(start, end - start).Any(j => lexicon.GivenNames.Contains(tokens[j].Text) && LooksLikePersonName(tokens, j, end)));

    /// <summary>
    /// Two to four capitalised words with no cue, role, gazetteer or non-person word among them: what comes
    /// before "of" in "Larry Kroon of the Hillside Church" but not in "Bank of England" or "House of Commons".
    /// </summary>
    private bool LooksLikePersonName(List<WordToken> tokens, int start, int end)
    {
        if (end - start is < 2 or > 4)
        {
            return false;
        }

        for (var k = start; k < end; k++)
        {
            var word = tokens[k].Text;
            if (!tokens[k].IsCapitalised || word.StartsWith('@') || lexicon.OrganisationCues.Contains(word) || lexicon.PlaceCues.Contains(word)
                || lexicon.NonPersonWords.Contains(word) || lexicon.Stopwords.Contains(word) || lexicon.Roles.ContainsKey(word) || gazetteer.Find(word) is not null)
            {
                return false;
            }
        }

        return true;
    }

    private static string Join(List<WordToken> tokens, int start, int end) => string.Join(' ', tokens.GetRange(start, end - start).Select(t => t.Text));

    /// <summary>How many words from <paramref name="start"/> make the longest gazetteer name ("New Delhi", "New Orleans"), or 0.</summary>
    private int GazetteerPrefix(List<WordToken> tokens, int start, int end)
    {
        if (!gazetteer.StartsAName(tokens[start].Text))
        {
            return 0;
        }

        for (var length = Math.Min(gazetteer.MaxTokens, end - start); length >= 1; length--)
        {
            if (gazetteer.Find(Join(tokens, start, start + length)) is not null)
            {
                return length;
            }
        }

        return 0;
    }

    private IEnumerable<EntityMention> Classify(string text, List<WordToken> tokens, int start, int end, int sentence, bool appositive, int openingIndex = 0)
    {
        // "of the Wasilla Bible Church" after a split, "Raymond Kelly and" before a role: lower-case words at either end belong to the sentence.
        while (start < end && !tokens[start].IsCapitalised && !IsJoinedParticle(tokens[start].Text) && !(char.IsDigit(tokens[start].Text[0]) && start + 1 < end))
        {
            start++;
        }

        while (end > start && !tokens[end - 1].IsCapitalised && !char.IsDigit(tokens[end - 1].Text[0]) && !IsJoinedParticle(tokens[end - 1].Text))
        {
            end--;
        }

        // "PM ET", "Early November": clock and calendar words at the end of a run are a time, not part of a name.
        while (end > start && IsTimeWord(tokens[end - 1].Text))
        {
            end--;
        }

        // "Chiefs QB", "QB for the Chiefs", "WR Terrance Copper": the position is no part of the team's or the player's name.
        if (PositionAbbreviationAt(tokens, start, end) is { } position)
        {
            foreach (var before in Classify(text, tokens, start, position, sentence, appositive, openingIndex))
            {
                yield return before;
            }

            foreach (var after in Classify(text, tokens, position + 1, end, sentence, appositive: false, openingIndex))
            {
                yield return after;
            }

            yield break;
        }

        // "New York-based Human Rights Watch": the place in the compound adjective, then the name after it.
        if (PlaceBeforeCompoundAdjective(text, tokens, start, end, sentence) is { } hyphened)
        {
            yield return hyphened.Place;
            foreach (var after in Classify(text, tokens, hyphened.Next, end, sentence, appositive: false, openingIndex))
            {
                yield return after;
            }

            yield break;
        }

        // Sentence-opening function words and other capitalised non-names come off the front.
        // "New Delhi", "New Orleans" keep the capitalised word a place name starts with.
        while (start < end && (lexicon.Stopwords.Contains(tokens[start].Text) || lexicon.Connectors.Contains(tokens[start].Text)) && !lexicon.Roles.ContainsKey(tokens[start].Text)
            && (end - start < 2 || !tokens[start + 1].IsCapitalised || GazetteerPrefix(tokens, start, end) < 2)
            && !IsCapitalisedInsideName(text, tokens, start, end, openingIndex) && !OpensForeignName(tokens, start, end) && !IsOrdinalPlaceName(tokens, start, end))
        {
            start++;
        }


        // "English-language", "Ethiopian-flagged MV Gibe", "York-based Human Rights Watch": a compound adjective
        // (capital, hyphen, lower-case word) describes the name after it and is none itself.
        while (start < end && IsCompoundAdjective(tokens[start].Text))
        {
            start++;
        }

        if (start >= end)
        {
            yield break;
        }

        // "New Year's Day", "Christmas Eve", "Independence Day": a day is no person, organisation or place.
        if (tokens[end - 1].Text is "Day" or "Eve")
        {
            yield break;
        }

        // "the Acme Distribution Ltd Christmas party": the feast the party is for is no part of the name.
        end = WithoutTrailingHoliday(tokens, start, end);

        // "the top-rated U.S. TV dramas": a known place before the abbreviation of a common noun is that place alone.
        if (end - start >= 2 && lexicon.CommonAcronyms.Contains(tokens[end - 1].Text.Replace(".", "", StringComparison.Ordinal))
            && gazetteer.Find(Join(tokens, start, end - 1)) is not null)
        {
            end--;
        }

        // "the Ohio Republican who chairs the panel": a place before a party's or a faith's member word describes a person
        // named elsewhere; only the place is a name.
        if (PlaceBeforeMemberWord(tokens, start, end) is > 0 and var placeWords)
        {
            end = start + placeWords;
        }

        // "the first Irish - American mayor": a demonym hyphened to another is an adjective, no name.
        if (IsHyphenedDemonym(text, tokens, start, end))
        {
            yield break;
        }

        // "studied Mandarin", "wrote it in English": a language is none of our kinds, and a demonym naming one is no
        // mention of its country. Kept as a thing so that the same word elsewhere is no lone name either.
        if (IsLanguageName(tokens, start, end) || IsDemonymAsLanguage(tokens, start, end))
        {
            yield return Mention(text, tokens, start, end, EntityType.Unknown, sentence) with { IsThing = true, TypeEvidence = "language" };
            yield break;
        }

        // "won a Tony Award", "a Pulitzer Prize": the award's short name, kept as a thing so that "the Tonys" names nothing.
        if (AwardShortNameEnd(tokens, start, end) is { } awardEnd)
        {
            yield return Mention(text, tokens, start, awardEnd, EntityType.Unknown, sentence) with { IsThing = true, TypeEvidence = "award name" };
            yield break;
        }

        // "the Silver Kettle Blues film", "a movie called The Lantern", "starred in The Long Grey Winter": a work's title;
        // "the National League Most Valuable Player ballot": an award's category.
        // Kept as a thing so that the same title elsewhere in the story names nothing either.
        if (IsWorkTitle(text, tokens, start, end) || IsAwardCategory(tokens, start, end))
        {
            yield return Mention(text, tokens, start, end, EntityType.Unknown, sentence) with { IsThing = true, TypeEvidence = "title of a work" };
            yield break;
        }

        // "reported by Harwick WKRB sportscaster": a known place and a station's call sign are two names.
        if (PlaceThenAcronymSplit(tokens, start, end) is { } acronymStart)
        {
            foreach (var part in Classify(text, tokens, start, acronymStart, sentence, appositive: false, openingIndex).Concat(Classify(text, tokens, acronymStart, end, sentence, appositive: false, openingIndex)))
            {
                yield return part;
            }

            yield break;
        }

        // "the International Monetary fund": a name of adjectives only, written before its own lower-case kind noun,
        // is cut before its head; the noun completes it (unlike "Ishikawa prefecture", where the name stands alone).
        if (AdjectivalNameHead(text, tokens, start, end) is { } head)
        {
            yield return Mention(text, tokens, start, end + 1, head, sentence) with { TypeEvidence = "lower-case kind noun completing an adjectival name" };
            yield break;
        }

        // "Greek Media" (the article writes "media"), "County Headquarters": generic words describe, they name nothing.
        if (IsGenericDescription(tokens, start, end))
        {
            yield break;
        }

        // "E." of "E. 52nd Street" cut off, "S": a lone letter names nothing.
        if (end - start == 1 && tokens[start].Text.TrimEnd('.').Length == 1)
        {
            yield break;
        }

        // "Endangered Species Act", "Nelson Mandela Award", "Hurricane Katrina": a law, a prize, a storm or a war is
        // none of our three kinds.
        if (lexicon.ThingCues.Contains(tokens[end - 1].Text) || (end - start >= 2 && lexicon.ThingCues.Contains(tokens[start].Text)))
        {
            yield break;
        }

        // "Alzheimer's disease", "Zika virus", "an Emmy nomination": a name followed by an illness or award noun names the
        // illness or the award, none of our kinds.
        if (end < tokens.Count && !IsBreak(text, tokens[end - 1], tokens[end]) && lexicon.ThingNounsAfter.Contains(tokens[end].Text))
        {
            yield return Mention(text, tokens, start, end, EntityType.Unknown, sentence) with { IsThing = true, TypeEvidence = "thing noun after the name" };
            yield break;
        }

        // "a gray 2013 Toyota Camry", "his Bentley", "in a Dumpster outside": a product, none of our kinds.
        if (ProductEnd(text, tokens, start, end) is { } product)
        {
            var productEnd = product.End;
            yield return Mention(text, tokens, start, productEnd, EntityType.Unknown, sentence) with { IsThing = true, TypeEvidence = product.Colour ? "product after a colour" : "product after a determiner" };
            if (productEnd < end)
            {
                foreach (var after in Classify(text, tokens, productEnd, end, sentence, appositive: false, openingIndex))
                {
                    yield return after;
                }
            }

            yield break;
        }

        // "An armed Chetak helicopter", "a vessel named Salaluddin": the make or name of a craft.
        if (IsCraftName(text, tokens, start, end))
        {
            yield return Mention(text, tokens, start, end, EntityType.Unknown, sentence) with { IsThing = true, TypeEvidence = "craft or vehicle" };
            yield break;
        }

        // "Juror No. 12", "Assistant chief fire officer", "Officers were alerted": a numbered thing, a role's qualifier or
        // a role's plural alone names nobody.
        if (IsBeforeNumberSign(tokens, end) || IsBeforeSerialNumber(text, tokens, start, end) || (end - start == 1 && (IsWeekdayPlural(tokens[start].Text) || IsPronounContraction(tokens[start].Text))) || IsLoneRoleQualifier(tokens, start, end) || IsOpeningRolePlural(tokens, start, end, openingIndex))
        {
            yield break;
        }

        // "IE6", "AK-47", "F-16": a word with digits in it or after its hyphen is a model or a designation.
        if (end - start == 1 && (IsDesignation(text, tokens[start]) || IsDatelineCredit(text, tokens[start])))
        {
            yield break;
        }

        // "GPS", "PhD", "RBIs", "CEOs": the abbreviation of a common noun, or the plural of one, names nothing.
        // "PEOPLE", "UPDATE", "HUGE": a shouted word the article also writes in lower case is that word.
        if (end - start == 1 && (lexicon.CommonAcronyms.Contains(Bare(tokens[start].Text).TrimEnd('.').Replace(".", "", StringComparison.Ordinal)) || IsPluralAcronym(tokens[start].Text)
            || (tokens[start].IsAcronym && tokens[start].Text.Length >= 2 && LowerCaseWords.Contains(tokens[start].Text.ToLowerInvariant()))))
        {
            yield break;
        }

        // "UPDATED", "Posted", "Notes", "Sheriff's": a newsroom label or a role word alone is no name; "MON 22 JUL",
        // "Sun Sep 15": a weekday's abbreviation before a date is a time.
        if (end - start == 1 && (lexicon.NewsLabels.Contains(TitleCased(Bare(tokens[start].Text))) || (IsPossessive(tokens[start].Text) && lexicon.Roles.ContainsKey(Bare(tokens[start].Text)))
            || IsWeekdayAbbreviationBeforeDate(tokens, start)))
        {
            yield break;
        }

        // "between East and West": a compass word alone is a direction, unless the article gives it as a surname.
        if (end - start == 1 && CompassWords.Contains(Bare(tokens[start].Text)) && !NameWords.Contains(Bare(tokens[start].Text)))
        {
            yield break;
        }

        // "the Internet", "its Web site": a common noun written capitalised names nothing alone.
        if (end - start == 1 && lexicon.CommonNouns.Contains(tokens[start].Text))
        {
            yield break;
        }

        // "the Assistant", "Focus on", "Likely", "Men": a lone capitalised word the article also writes in lower case is
        // that word, unless it is a known place, a given name, a surname the article gives after a given name, an
        // acronym, or someone speaking ("Young said").
        if (end - start == 1 && IsLoneCommonWord(text, tokens, start))
        {
            yield break;
        }

        // "Plaza", "Airport", "Television" alone: a capitalised common noun the article also writes in lower case.
        if (end - start == 1 && (lexicon.PlaceCues.Contains(tokens[start].Text) || lexicon.OrganisationCues.Contains(tokens[start].Text))
            && LowerCaseWords.Contains(tokens[start].Text.ToLowerInvariant()))
        {
            yield break;
        }

        // A role inside the run with a name after it ends the phrase before it: "Fire Department Chief
        // James Steele", "Superior Court Judge James Dabney" are an organisation, a role and a person.
        for (var k = end - 2; k > start; k--)
        {
            if (MatchRole(tokens, k, end) is { } inner && (k + inner.Length < end || LooksLikePersonName(tokens, start, k)) && lexicon.Roles[inner.Role] != RoleKind.Honorific
                && MatchRole(tokens, k - 1, end) is null && gazetteer.Find(tokens[k - 1].Text) is not { Kind: PlaceKind.Demonym })
            {
                // "Fulton County District Attorney Ana Diaz", "Assistant Marlow County Prosecutor Dan Reyes": the role's
                // qualifiers go with it, wherever they stand.
                var roleFrom = k + inner.Length < end ? RoleStartWithQualifiers(tokens, start, k) : k;
                var bodyFrom = k + inner.Length < end ? BodyStartAfterQualifiers(tokens, start, roleFrom) : start;
                if (bodyFrom < roleFrom)
                {
                    foreach (var before in Classify(text, tokens, bodyFrom, roleFrom, sentence, appositive: false, openingIndex))
                    {
                        yield return before;
                    }
                }

                start = roleFrom;
                break;
            }
        }

        // "Saints RB Pierre Thomas", "Super Bowl MVP Drew Brees", "NBA Charlotte Bobcats": an acronym glued before a
        // person-shaped name ends the name before it; opening the run, it is read alone (a league, a network), else it
        // describes the person (a position, an award) and is dropped.
        if (GluedAcronymBeforeName(tokens, start, end) is { } glued)
        {
            foreach (var before in Classify(text, tokens, start, glued == start ? glued + 1 : glued, sentence, appositive: false, openingIndex))
            {
                yield return before;
            }

            start = glued + 1;
        }
        else if (GluedPluralBeforeName(tokens, start, end))
        {
            foreach (var team in Classify(text, tokens, start, start + 1, sentence, appositive: false, openingIndex))
            {
                yield return team;
            }

            start++;
        }

        // "City Attorney", "the U.S. Attorney", "Fire Officer": a run that ends with a role names nobody but the place or
        // body before it; the role waits for the story to say who holds it.
        if (RoleEndingRun(tokens, start, end) is { } ending)
        {
            if (ending.BodyStart < ending.RoleStart)
            {
                foreach (var body in Classify(text, tokens, ending.BodyStart, ending.RoleStart, sentence, appositive: false, openingIndex))
                {
                    yield return body;
                }
            }

            var roleOnly = new TextSpan(tokens[ending.RoleStart].Span.Start, tokens[end - 1].Span.End);
            var roleText = roleOnly.Of(text);
            yield return new EntityMention(roleOnly, roleText, EntityType.Unknown, NameKey.Of(roleText), ending.Role, lexicon.Roles[ending.Role], roleOnly, Sentence: sentence, IsRoleOnly: true);
            yield break;
        }

        // Roles, titles and a demonym before them: "Iranian President", "former President", "Ayatollah Seyyed".
        string? role = null, country = null;
        RoleKind? roleKind = null;
        TextSpan? roleSpan = null;
        var roleStart = start;
        while (start < end)
        {
            if (MatchRole(tokens, start, end) is { } matched)
            {
                role = role is null || lexicon.Roles[role] == RoleKind.Honorific ? matched.Role : role;
                roleKind = lexicon.Roles[role];
                start += matched.Length;
                continue;
            }

            if (start + 1 < end && gazetteer.Find(tokens[start].Text) is { Kind: PlaceKind.Demonym } demonym && MatchRole(tokens, start + 1, end) is not null)
            {
                country = demonym.CountryCode;
                yield return Mention(text, tokens, start, start + 1, EntityType.Place, sentence) with { CountryCode = demonym.CountryCode, PlaceKind = PlaceKind.Demonym, IsDemonym = true, TypeEvidence = "gazetteer" };
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

            // "(Oregon) State Police Lt. Gregg Hastings": several role qualifiers before a role and a name belong to the role.
            if (role is null && QualifiedRoleStart(tokens, start, end) is { } qualifiedRole)
            {
                start = qualifiedRole;
                continue;
            }

            break;
        }

        // "Chief Public Relations Officer, Defence, said": after a role, words that end with a role are the rest of the title.
        if (start > roleStart && role is not null && start < end && EndsWithRole(tokens, start, end))
        {
            var titleSpan = new TextSpan(tokens[roleStart].Span.Start, tokens[end - 1].Span.End);
            var title = titleSpan.Of(text);
            yield return new EntityMention(titleSpan, title, EntityType.Unknown, NameKey.Of(title), role, roleKind, titleSpan, country, Sentence: sentence, IsRoleOnly: true);
            yield break;
        }

        if (start > roleStart && role is not null)
        {
            roleSpan = new TextSpan(tokens[roleStart].Span.Start, tokens[start - 1].Span.End);
            if (roleStart > 0 && tokens[roleStart - 1].Text is "former" or "late" or "ex")
            {
                role = tokens[roleStart - 1].Text + " " + role;
            }
        }

        // "President of Cuba", "Vice President for Conservation Advocacy": what follows the role belongs to it; a
        // person's name after that ("Secretary of Commerce Gary Locke") is the holder.
        if (start < end && role is not null && tokens[start].Text is "of" or "for")
        {
            var portfolioStart = start + 1;
            while (portfolioStart < end && !tokens[portfolioStart].IsCapitalised)
            {
                portfolioStart++;
            }

            var holder = end;
            for (var k = portfolioStart + 1; k < end - 1; k++)
            {
                if (lexicon.GivenNames.Contains(tokens[k].Text) && LooksLikePersonName(tokens, k, end))
                {
                    holder = k;
                    break;
                }
            }

            if (portfolioStart < holder && tokens[start].Text == "of")
            {
                var place = Mention(text, tokens, portfolioStart, holder, EntityType.Place, sentence);
                // "Minister of Foreign Affairs", "Secretary of Commerce": a government portfolio is part of the title, no
                // organisation, unless it is one by its own words ("Secretary of the Navy").
                if (gazetteer.Find(place.Text) is { } entry)
                {
                    yield return place with { CountryCode = entry.CountryCode, PlaceKind = entry.Kind, TypeEvidence = "gazetteer" };
                }
                else if ((!IsPortfolioRole(role, roleKind) || HasOrganisationWord(tokens, portfolioStart, holder)) && !IsPluralTitleWord(tokens, portfolioStart, holder, end))
                {
                    // "CEO of Aggregate Knowledge", "Vicar General of the Archdiocese of Mobile": the body the holder serves.
                    yield return place with { Type = EntityType.Organisation, TypeEvidence = "body after a role and 'of'" };
                }
            }

            if (holder < end)
            {
                var person = Mention(text, tokens, holder, end, EntityType.Person, sentence);
                yield return person with { Role = role, RoleKind = roleKind, RoleSpan = roleSpan, PersonEvidence = SpeaksOrWho(text, tokens, holder, end), TypeEvidence = "role or title" };
            }

            yield break;
        }

        if (start >= end)
        {
            if (roleSpan is { } bare && roleKind is not null and not RoleKind.Honorific)
            {
                var surface = bare.Of(text);
                yield return new EntityMention(bare, surface, EntityType.Unknown, NameKey.Of(surface), role, roleKind, bare, country, Sentence: sentence, IsRoleOnly: true);
            }

            yield break;
        }

        var right = start == 0 && end - start == 1 ? null : RightContext(text, tokens, end);
        var context = Context(text, tokens, roleStart, end) ?? right;
        var name = Mention(text, tokens, start, end, EntityType.Unknown, sentence) with
        {
            Role = role, RoleKind = roleKind, RoleSpan = roleSpan, CountryCode = country, ContextType = context, RightType = right,
            AtSentenceStart = start == 0 || start == openingIndex, AfterIn = roleStart > 0 && tokens[roleStart - 1].Text == "in",
            PersonEvidence = SpeaksOrWho(text, tokens, roleStart, end), Attributive = end - start == 1 && IsAttributive(text, tokens, end),
        };
        // Luis Gerardo "Jerry" Ortiz goes by "Jerry Ortiz": the nickname and the surname are the key that joins him.
        name = NicknameKey(name.Text) is { } nicknameKey ? name with { Key = nicknameKey } : name;
        yield return Type(text, name, tokens, start, end, appositive);
    }

    private EntityMention Type(string text, EntityMention name, List<WordToken> tokens, int start, int end, bool appositive)
    {
        if (tokens[start].Text.StartsWith('@'))
        {
            return name with { IsHandle = true };
        }

        if (gazetteer.Find(name.Text) is { } place)
        {
            return Placed(name, place) with { TypeEvidence = "gazetteer" };
        }

        // "Calif.", "B.C.": an abbreviation counts only when the text writes its full stop.
        if (end - start == 1 && (tokens[start].Text.Contains('.') || (name.Span.End < text.Length && text[name.Span.End] == '.'))
            && gazetteer.FindAbbreviation(tokens[start].Text) is { } abbreviated)
        {
            return Placed(WithAbbreviationStop(text, name), abbreviated) with { TypeEvidence = "gazetteer abbreviation" };
        }

        var words = tokens.GetRange(start, end - start);

        // "told MLB.com": a site's address names the organisation behind it.
        if (words.Count == 1 && IsSiteName(Bare(words[0].Text)))
        {
            return name with { Type = EntityType.Organisation, TypeEvidence = "web site's address" };
        }

        // "Southern California", "Northern Kenya": a compass word before a known place is part of that place.
        if (words.Count >= 2 && CompassWords.Contains(words[0].Text) && gazetteer.Find(Join(tokens, start + 1, end)) is { Kind: not PlaceKind.Demonym and not PlaceKind.Bloc } qualified)
        {
            return name with { Type = EntityType.Place, CountryCode = qualified.CountryCode, PlaceKind = qualified.Kind == PlaceKind.Country ? PlaceKind.Region : qualified.Kind, TypeEvidence = "compass word before a known place" };
        }

        // "New Belgrade", "New Harlow": "New" before a known place names a place called after it.
        if (words.Count >= 2 && words[0].Text == "New" && gazetteer.Find(Join(tokens, start + 1, end)) is { Kind: not PlaceKind.Demonym and not PlaceKind.Bloc } older)
        {
            return name with { Type = EntityType.Place, CountryCode = older.CountryCode, PlaceKind = PlaceKind.City, TypeEvidence = "'New' before a known place" };
        }

        // "White House Office of Management and Budget": the word before "of" heads the name too.
        // "Central Commission for Elections and Referenda", "Harwick Foundation for Human Rights": so does the word before "for".
        var head = words.FindIndex(w => w.Text is "of" or "for") is > 0 and var of ? words[of - 1].Text : words[0].Text;
        if (lexicon.OrganisationCues.Contains(words[^1].Text) || lexicon.OrganisationCues.Contains(words[0].Text) || lexicon.OrganisationCues.Contains(head))
        {
            return name with { Type = EntityType.Organisation, TypeEvidence = "organisation word in the name" };
        }

        // "the White House", "Freedom House", "Random House": "House" ending a name of two words or more names the body
        // that sits there; opening a name it does not ("House Speaker Ann Roe").
        if (words.Count >= 2 && words[^1].Text == "House" && !lexicon.GivenNames.Contains(words[0].Text))
        {
            return name with { Type = EntityType.Organisation, TypeEvidence = "organisation word in the name" };
        }

        if (lexicon.PlaceCues.Contains(words[^1].Text) || lexicon.PlaceCues.Contains(words[0].Text))
        {
            return name with { Type = EntityType.Place, TypeEvidence = "place word in the name" };
        }

        // "the animated film ANTZ": a title in capitals after a work noun is no acronym of a body.
        if (words.Count == 1 && (words[0].IsAcronym || IsPossessiveAcronym(tokens, start)) && name.ContextType is not EntityType.Unknown)
        {
            // "ET", "PM", "MONDAY": clock and calendar words in capitals are no organisation.
            return TimeAcronyms.Contains(words[0].Text.TrimEnd('.')) || Weekdays.Contains(TitleCased(words[0].Text)) || Months.Contains(TitleCased(words[0].Text))
                ? name
                : name with { Type = EntityType.Organisation, TypeEvidence = "acronym" };
        }

        // "the Chief Public Relations Officer, Defence, said": one word after a bare title and a comma names the holder only
        // when it is a given name or a surname the article gives after one; otherwise it says where the title belongs, and
        // the story decides (a surname joins its person).
        if (appositive && name.Role is null && words.Count == 1 && !lexicon.GivenNames.Contains(words[0].Text) && !NameWords.Contains(words[0].Text))
        {
            appositive = false;
        }

        if (name.Role is not null && name.RoleKind != RoleKind.Honorific || name.RoleKind == RoleKind.Honorific || appositive)
        {
            return name with { Type = EntityType.Person, TypeEvidence = appositive && name.Role is null ? "after a role and a comma" : "role or title" };
        }

        if (name.ContextType is { } context)
        {
            return name with { Type = context, TypeEvidence = name.RightType == context ? "words after the name" : "cue noun before the name" };
        }

        if (IsTownBeforeState(text, tokens, start, end))
        {
            return name with { Type = EntityType.Place, PlaceKind = PlaceKind.City, TypeEvidence = "before a comma and a state" };
        }

        // "MV Gibe", "INS Tabar": a vessel prefix names a ship, which is none of our three kinds.
        if (words.Count >= 2 && VesselPrefixes.Contains(words[0].Text))
        {
            return name with { ContextType = EntityType.Unknown };
        }

        var startsWithGivenName = lexicon.GivenNames.Contains(words[0].Text);
        // "the Denver Broncos", "the Dallas Cowboys": after "the", a known place that is also a given name opens the name
        // of something based there, not a person's name (people are not named with an article).
        var afterThe = start > 0 && tokens[start - 1].Text is "the" or "The";

        // "New Orleans Saints", "Biloxi Sun Herald": a known place followed by more words names something based there.
        if ((!startsWithGivenName || afterThe) && words.Count >= 2 && GazetteerPrefix(tokens, start, end) is > 0 and var prefix && prefix < words.Count
            && gazetteer.Find(Join(tokens, start, start + prefix)) is { Kind: not PlaceKind.Demonym } && words.Skip(prefix).All(w => (w.IsCapitalised || IsNumberedTeamWord(w.Text)) && !IsRoleWord(w.Text)))
        {
            return name with { Type = EntityType.Organisation, IsTypeGuess = true, TypeEvidence = "known place opening a longer name (guess)" };
        }

        // "at the Casa Rosada", "the Winter Meetings": a determiner before the name says it is no person's name.
        if (afterThe && !startsWithGivenName)
        {
            if (IsPluralGroupAfterThe(tokens, start, end))
            {
                return name with { Type = EntityType.Organisation, TypeEvidence = EntityResolver.PluralGroupEvidence };
            }

            return start > 1 && tokens[start - 2].Text is "in" or "at" or "to" or "from" or "near" or "outside" or "inside"
                ? name with { Type = EntityType.Place, IsTypeGuess = true, TypeEvidence = "'the' after a preposition of place (guess)" }
                : name;
        }

        var capitalisedWords = words.Where(w => w.IsCapitalised || IsJoinedParticle(w.Text)).ToList();
        if (capitalisedWords.Count >= 2 && capitalisedWords.Count <= 5 && words.All(w => w.IsCapitalised || IsNameParticle(w.Text))
            && (!words.Any(w => lexicon.NonPersonWords.Contains(w.Text) || BlocksPerson(gazetteer.Find(w.Text), startsWithGivenName)) || PlaceWordsAllowPerson(words))
            // "Le Monde", "El Universal": people are not named with an article.
            && (startsWithGivenName || !ForeignArticles.Contains(words[0].Text)))
        {
            return name with { Type = EntityType.Person, IsTypeGuess = !startsWithGivenName, TypeEvidence = startsWithGivenName ? "given name" : "capitalised words (guess)" };
        }

        return name;
    }

    /// <summary>A place word rules out a person, except a city's name inside a name that opens with a given name ("Benjamin David Banky").</summary>
    private static bool BlocksPerson(GazetteerEntry? place, bool startsWithGivenName) =>
        place is not null && (!startsWithGivenName || place.Kind is not (PlaceKind.City or PlaceKind.Capital));

    /// <summary>"Gov", "President-elect": a role word, with or without its stop or suffix.</summary>
    private bool IsRoleWord(string word) =>
        lexicon.Roles.ContainsKey(word) || lexicon.Roles.ContainsKey(word + ".") || (word.IndexOf('-') is > 0 and var hyphen && lexicon.Roles.ContainsKey(word[..hyphen]));

    private static EntityMention Placed(EntityMention name, GazetteerEntry place) => place.Kind == PlaceKind.Bloc
        ? name with { Type = EntityType.Organisation, PlaceKind = PlaceKind.Bloc }
        : name with { Type = EntityType.Place, CountryCode = place.CountryCode, PlaceKind = place.Kind, IsDemonym = place.Kind == PlaceKind.Demonym, PlaceName = place.CanonicalName };

    private static readonly FrozenSet<string> TimeAcronyms = FrozenSet.ToFrozenSet(
        ["AM", "PM", "A.M", "P.M", "GMT", "UTC", "BST", "CET", "CEST", "ET", "EST", "EDT", "CT", "CST", "CDT", "MT", "MST", "MDT", "PT", "PST", "PDT", "IST", "JST"], StringComparer.Ordinal);

    private static string TitleCased(string word) => word.Length < 2 ? word : string.Concat(word[..1], word[1..].ToLowerInvariant());

    private static readonly FrozenSet<string> VesselPrefixes = FrozenSet.ToFrozenSet(["MV", "MS", "MT", "HMS", "USS", "INS", "RMS", "SS", "HMAS", "HMCS"], StringComparer.Ordinal);

    private static readonly FrozenSet<string> CompassWords = FrozenSet.ToFrozenSet(
        ["North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western", "Central", "Northeastern", "Northwestern", "Southeastern", "Southwestern", "Upper", "Lower", "Greater"],
        StringComparer.Ordinal);

    /// <summary>
    /// The type the words just after the name give: an appositive ("Morningside Recovery, a treatment
    /// facility", "Paul Ferguson, a researcher") or a resident noun ("South Richmond Hill resident").
    /// </summary>
    private EntityType? RightContext(string text, List<WordToken> tokens, int nameEnd)
    {
        if (nameEnd >= tokens.Count)
        {
            return null;
        }

        var next = tokens[nameEnd].Text;
        if (next is "resident" or "residents" or "native" or "natives")
        {
            return EntityType.Place;
        }

        // "Ishikawa prefecture", "Nikola Tesla airport", "La Libertad Avanza coalition": a lower-case kind noun
        // straight after the name, with nothing between them.
        if (char.IsLower(next[0]) && text.AsSpan(tokens[nameEnd - 1].Span.End, tokens[nameEnd].Span.Start - tokens[nameEnd - 1].Span.End).IsWhiteSpace()
            && KindNoun(next) is { } kind)
        {
            // "Creighton coach Greg McDermott", "Harwick spokesman Tom Reyes": a person's title between two names says
            // what the second is, not the first (which may be a team, a firm or a client).
            return kind == EntityType.Person && nameEnd + 1 < tokens.Count && tokens[nameEnd + 1].IsCapitalised ? null : kind;
        }

        var gap = text.AsSpan(tokens[nameEnd - 1].Span.End, tokens[nameEnd].Span.Start - tokens[nameEnd - 1].Span.End).Trim();
        if (!gap.SequenceEqual(","))
        {
            return null;
        }

        // "Benjamin Banky, 40,": an age after a comma.
        if (next.Length <= 3 && next.All(char.IsDigit) && int.Parse(next, System.Globalization.CultureInfo.InvariantCulture) is > 0 and < 120
            && (nameEnd + 1 == tokens.Count || text.AsSpan(tokens[nameEnd].Span.End, tokens[nameEnd + 1].Span.Start - tokens[nameEnd].Span.End).Trim() is [',' or '.' or ';', ..]))
        {
            return EntityType.Person;
        }

        if (next is not ("a" or "an" or "the"))
        {
            return null;
        }

        for (var k = nameEnd + 1; k < Math.Min(tokens.Count, nameEnd + 5); k++)
        {
            if (lexicon.CueNouns.TryGetValue(tokens[k].Text, out var type))
            {
                return type;
            }

            if (tokens[k].IsCapitalised || IsBreak(text, tokens[k - 1], tokens[k]))
            {
                break;
            }
        }

        return null;
    }

    /// <summary>The type a lower-case noun after a name gives: a cue noun, or a place or organisation cue word ("province", "party"), singular or plural.</summary>
    private EntityType? KindNoun(string word)
    {
        foreach (var form in (string[])[word, word.EndsWith('s') ? word[..^1] : word, word.EndsWith("ies", StringComparison.Ordinal) ? word[..^3] + "y" : word])
        {
            if (lexicon.CueNouns.TryGetValue(form, out var cued) && cued != EntityType.Unknown)
            {
                return cued;
            }

            var titled = form.Length == 0 ? form : string.Concat(char.ToUpperInvariant(form[0]).ToString(), form[1..]);
            if (lexicon.PlaceCues.Contains(titled))
            {
                return EntityType.Place;
            }

            if (lexicon.OrganisationCues.Contains(titled))
            {
                return EntityType.Organisation;
            }
        }

        return null;
    }

    /// <summary>The type a lower-case noun just before the name (or its role) gives: "firm Trend Micro", "lawyer Mark Heller", "hometown of Wasilla".</summary>
    private EntityType? Context(string text, List<WordToken> tokens, int nameStart, int nameEnd)
    {
        // "a 25-year-old Dilnoza said": an age before the name; "Owner Arte Moreno": a cue noun peeled off the sentence's opening.
        // "the 45-year-old Burnsville man" is a man from there.
        if (nameStart >= 1 && (IsAgeAdjective(tokens[nameStart - 1].Text) || OpeningCueNounBefore(tokens, nameStart) is not null)
            && text.AsSpan(tokens[nameStart - 1].Span.End, tokens[nameStart].Span.Start - tokens[nameStart - 1].Span.End).IsWhiteSpace()
            && !DescribesSomeoneAfter(text, tokens, nameEnd))
        {
            return EntityType.Person;
        }

        var cued = nameStart < 1 ? null : lexicon.CueNouns.TryGetValue(tokens[nameStart - 1].Text, out var exact) ? exact : PluralCueNoun(tokens[nameStart - 1].Text);
        if (cued is { } type)
        {
            // Across a comma the noun types the name only as an appositive closed after it ("a security
            // firm, Knowsec, released"), not a new clause ("the Sun Herald newspaper, LaRue said").
            var gap = text.AsSpan(tokens[nameStart - 1].Span.End, tokens[nameStart].Span.Start - tokens[nameStart - 1].Span.End).Trim();
            if (gap.IsEmpty || (gap.SequenceEqual(",") && (nameEnd >= tokens.Count || text.AsSpan(tokens[nameEnd - 1].Span.End, tokens[nameEnd].Span.Start - tokens[nameEnd - 1].Span.End).Trim() is [',' or ';' or ')', ..])))
            {
                return type;
            }

            return null;
        }

        return nameStart >= 2 && tokens[nameStart - 1].Text == "of" && char.IsLower(tokens[nameStart - 2].Text[0]) && KindNoun(tokens[nameStart - 2].Text) == EntityType.Place
            ? EntityType.Place
            : null;
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

        // "Harold L. Child Jr.": a generational suffix keeps its stop, as an initial does.
        if (tokens[end - 1].Text is "Jr" or "Sr" && spanEnd == tokens[end - 1].Span.End && spanEnd < text.Length && text[spanEnd] == '.')
        {
            spanEnd++;
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

    /// <summary>"Gov.Sarah": a stop after a word of two letters or more, then a capital, is two words run together (not "U.S.").</summary>
    private static bool IsGluedSentence(string text, int tokenStart, int stop)
    {
        if (text[stop] != '.' || !char.IsUpper(text[stop + 1]))
        {
            return false;
        }

        var segmentStart = text.LastIndexOf('.', stop - 1, stop - tokenStart) + 1;
        return stop - Math.Max(segmentStart, tokenStart) >= 2;
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
                else if (d is '-' or '\'' or '’' or '.' && i + 1 < sentence.End && char.IsLetter(text[i + 1]) && !IsGluedSentence(text, start, i))
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
