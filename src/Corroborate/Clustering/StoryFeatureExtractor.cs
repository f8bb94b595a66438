using Corroborate.Model;

namespace Corroborate.Clustering;

/// <summary>
/// Turns an article's headline and body into counted features and weights them with the current
/// document frequencies (which it updates first, so every feature has df ≥ 1):
/// body terms (lower-cased, stop words dropped, plural -s folded), names (capitalised words not at a
/// sentence start, and capitalised multiword sequences anywhere, with each of their words), numbers
/// (digits, thousands separators dropped) and dates (month with day or year). Reuses its buffers:
/// one extractor per thread.
/// <para>
/// Extraction is two steps: counting (<see cref="Count"/>: tokens, names, numbers and dates of the text, which
/// depend on the article alone) and weighing (<see cref="Weigh"/>: ids and document frequencies, which depend on
/// every earlier article). <see cref="Extract"/> does both. The story assigner of several workers weighs what a
/// reading worker counted, so that it does not tokenise at all; keys keep the order they first occur in, so the
/// assigner hands out vocabulary ids, and sorts tied weights, exactly as extracting in one step does.
/// </para>
/// </summary>
/// <param name="vocabulary">
/// Where keys get their ids: the index's vocabulary for <see cref="Extract"/> and <see cref="Weigh"/>; for
/// <see cref="Count"/> alone any vocabulary (a reader's own, serving as a cache of key strings).
/// </param>
internal sealed class StoryFeatureExtractor(Vocabulary vocabulary)
{
    /// <summary>Longer capitalised runs are Title Case headlines, not names; only their single words count.</summary>
    private const int MaxPhraseWords = 4;

    /// <summary>Longest lead taken as a headline stand-in: about two headline lengths, a long lead sentence.</summary>
    private const int MaxLeadLength = 300;

    /// <summary>A full stop before this many characters is an abbreviation or initial ("U.S.", "Dr."), not the lead's end.</summary>
    private const int MinLeadLength = 40;

    /// <summary>Longest key kept; longer tokens are noise (URLs, glued words).</summary>
    private const int MaxKeyLength = 60;

    private readonly List<Token> _tokens = [];
    private readonly Dictionary<int, int> _terms = [];
    private readonly Dictionary<int, int> _entities = [];
    private readonly Dictionary<int, int> _numbers = [];
    private readonly Dictionary<int, int> _headline = [];

    /// <summary>The ids counted in the current article, in the order they first occurred (all kinds together).</summary>
    private readonly List<int> _order = [];
    private readonly char[] _key = new char[(MaxKeyLength * MaxPhraseWords) + 8];
    private readonly HashSet<string> _confirmed = new(StringComparer.Ordinal);

    /// <summary>Counts and weighs <paramref name="article"/>'s features, counting it as a document of the vocabulary.</summary>
    public ArticleFeatures Extract(Article article)
    {
        Collect(article);
        return Weighed();
    }

    /// <summary>The keys of <paramref name="article"/>'s features and their counts, keys in the order they first occur.</summary>
    public CountedFeatures Count(Article article)
    {
        Collect(article);
        var keys = new string[_order.Count];
        var counts = new int[_order.Count];
        for (var i = 0; i < keys.Length; i++)
        {
            var id = _order[i];
            keys[i] = vocabulary.KeyOf(id);
            counts[i] = CountsOf(keys[i])[id];
        }

        return new CountedFeatures(keys, counts);
    }

    /// <summary>Weighs features counted by <see cref="Count"/> (here or on another machine) exactly as <see cref="Extract"/> would have.</summary>
    public ArticleFeatures Weigh(CountedFeatures counted)
    {
        _terms.Clear();
        _entities.Clear();
        _numbers.Clear();
        _headline.Clear();
        for (var i = 0; i < counted.Keys.Length; i++)
        {
            var key = counted.Keys[i];
            CountsOf(key)[vocabulary.IdOf(key)] = counted.Counts[i];
        }

        return Weighed();
    }

    private ArticleFeatures Weighed()
    {
        vocabulary.CountDocument(_terms.Keys.Concat(_entities.Keys).Concat(_numbers.Keys).Concat(_headline.Keys));
        return new ArticleFeatures(
            SparseVector.FromCounts(_terms, vocabulary),
            SparseVector.FromCounts(_entities, vocabulary),
            SparseVector.FromCounts(_numbers, vocabulary),
            SparseVector.FromCounts(_headline, vocabulary));
    }

    /// <summary>The counts of the kind a key's prefix names: 't' body term, 'e' name, 'n' number, 'd' date (counted with numbers), 'h' headline word.</summary>
    private Dictionary<int, int> CountsOf(string key) => key[0] switch
    {
        't' => _terms,
        'h' => _headline,
        'e' => _entities,
        'n' or 'd' => _numbers,
        _ => throw new ArgumentException($"feature key '{key}' has no known kind", nameof(key)),
    };

    private void Collect(Article article)
    {
        _terms.Clear();
        _entities.Clear();
        _numbers.Clear();
        _headline.Clear();
        _order.Clear();
        var body = article.Body;
        CollectConfirmedNames(body);
        // The headline (or lead) names the event most compactly, so its words count twice: once
        // here and once where the body repeats it (or, when it does not, a second time here). A
        // web address in the headline's place is no headline: its host and path words are one-off
        // noise that would outweigh the event's words.
        if (article.Title is { Length: > 0 } title && !IsWebAddress(title))
        {
            AddText(title);
            AddHeadline(title);
            if (!body.StartsWith(title, StringComparison.Ordinal))
            {
                AddText(title);
            }
        }
        else if (Lead(body) is { Length: > 0 } lead)
        {
            // Without a headline the lead sentence stands in for it (news leads state the event), so
            // an untitled report weighs its key words as its titled siblings do.
            AddText(lead);
            AddHeadline(lead);
        }

        var start = 0;
        while (start < body.Length)
        {
            var end = body.IndexOf('\n', start);
            end = end < 0 ? body.Length : end;
            if (!IsWebAddress(body.AsSpan(start, end - start)))
            {
                AddText(start == 0 && end == body.Length ? body : body[start..end]);
            }

            start = end + 1;
        }
    }

    /// <summary>A line that is a link ("http://…", "www.…", also as tokenised text "http: / / …"), not prose.</summary>
    internal static bool IsWebAddress(ReadOnlySpan<char> line)
    {
        line = line.Trim();
        return (line.Length > 5 && line.StartsWith("http", StringComparison.OrdinalIgnoreCase) && line[4] is ':' or 's')
            || line.StartsWith("www.", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The first sentence or line of <paramref name="body"/> that is not a web address, at most <see cref="MaxLeadLength"/> characters.</summary>
    private static string Lead(string body)
    {
        var text = body.AsSpan().TrimStart();
        while (IsWebAddress(text))
        {
            var newline = text.IndexOf('\n');
            if (newline < 0)
            {
                return "";
            }

            text = text[newline..].TrimStart();
        }

        var limit = Math.Min(text.Length, MaxLeadLength);
        var end = limit;
        for (var i = 0; i < limit; i++)
        {
            var c = text[i];
            if (c == '\n' || (c is '.' or '!' or '?' && (i + 1 == text.Length || char.IsWhiteSpace(text[i + 1])) && i >= MinLeadLength))
            {
                end = i;
                break;
            }
        }

        return text[..end].ToString();
    }

    /// <summary>
    /// Words the body writes capitalised inside a sentence of an ordinary (not Title Case) line: the
    /// names it vouches for. A Title Case headline capitalises every word, so there only these count as names.
    /// </summary>
    private void CollectConfirmedNames(string body)
    {
        _confirmed.Clear();
        var start = 0;
        while (start < body.Length)
        {
            var end = body.IndexOf('\n', start);
            end = end < 0 ? body.Length : end;
            var line = start == 0 && end == body.Length ? body : body[start..end];
            StoryTokenizer.Tokenize(line, _tokens);
            if (!IsTitleCase(_tokens))
            {
                var confirmed = _confirmed.GetAlternateLookup<ReadOnlySpan<char>>();
                foreach (var token in _tokens)
                {
                    if (token.IsCapitalised && !token.IsSentenceInitial && !token.HasDigit && token.Length <= MaxKeyLength)
                    {
                        confirmed.Add(token.Of(line));
                    }
                }
            }

            start = end + 1;
        }
    }

    /// <summary>A line of four or more words, seven in ten capitalised: a Title Case headline, where capitals say nothing about names.</summary>
    private static bool IsTitleCase(List<Token> tokens)
    {
        int words = 0, capitalised = 0;
        foreach (var token in tokens)
        {
            if (!token.HasDigit)
            {
                words++;
                capitalised += token.IsCapitalised ? 1 : 0;
            }
        }

        return words >= 4 && capitalised * 10 >= words * 7;
    }

    private void AddText(string text)
    {
        StoryTokenizer.Tokenize(text, _tokens);
        for (var i = 0; i < _tokens.Count; i++)
        {
            var token = _tokens[i];
            var word = token.Of(text);
            if (word.Length > MaxKeyLength)
            {
                continue;
            }

            if (token.HasDigit)
            {
                AddNumber(word);
                continue;
            }

            if (AddDate(text, i, word))
            {
                continue;
            }

            AddTerm(word);
        }

        AddEntities(text);
    }

    /// <summary>
    /// The headline's (or lead's) words once more as a kind of their own: the sentence that states the event,
    /// compared with other headlines apart from the body's background (two events of one kind share the body's
    /// vocabulary, less so the words of their headlines).
    /// </summary>
    private void AddHeadline(string text)
    {
        StoryTokenizer.Tokenize(text, _tokens);
        foreach (var token in _tokens)
        {
            var word = token.Of(text);
            if (!token.HasDigit && word.Length <= MaxKeyLength)
            {
                AddTerm(word, 'h', _headline);
            }
        }
    }

    private void AddTerm(ReadOnlySpan<char> word) => AddTerm(word, 't', _terms);

    private void AddTerm(ReadOnlySpan<char> word, char kind, Dictionary<int, int> counts)
    {
        var key = _key.AsSpan();
        key[0] = kind;
        var length = 1 + word.ToLowerInvariant(key[1..]);
        var lower = key[1..length];
        if (lower.Length < 3 || WordLists.StopWordLookup.Contains(lower))
        {
            return;
        }

        // Fold plurals so "earthquakes" meets "earthquake"; -ss, -us, -is words are singular already.
        if (lower.Length > 4 && lower[^1] == 's' && lower[^2] is not ('s' or 'u' or 'i'))
        {
            length = lower[^2] == 'e' && lower[^3] == 'i' ? length - 2 : length - 1;
            if (key[length - 1] == 'i')
            {
                key[length - 1] = 'y';
            }
        }

        Count(counts, key[..length]);
    }

    private void AddNumber(ReadOnlySpan<char> word)
    {
        var key = _key.AsSpan();
        key[0] = 'n';
        var length = 1;
        foreach (var c in word)
        {
            if (c != ',')
            {
                key[length++] = char.ToLowerInvariant(c);
            }
        }

        Count(_numbers, key[..length]);
    }

    /// <summary>A month name followed by a day (1–31) or a year becomes one date key, e.g. "d3-11" for March 11.</summary>
    private bool AddDate(string text, int index, ReadOnlySpan<char> word)
    {
        Span<char> lower = stackalloc char[word.Length];
        word.ToLowerInvariant(lower);
        if (!WordLists.MonthLookup.TryGetValue(lower, out var month) || index + 1 >= _tokens.Count)
        {
            return false;
        }

        var next = _tokens[index + 1];
        if (!next.HasDigit || !int.TryParse(next.Of(text), out var value) || !(value is >= 1 and <= 31 or >= 1800 and <= 2200))
        {
            return false;
        }

        Span<char> key = stackalloc char[16];
        key[0] = 'd';
        var length = 1;
        month.TryFormat(key[length..], out var written);
        length += written;
        key[length++] = '-';
        value.TryFormat(key[length..], out written);
        Count(_numbers, key[..(length + written)]);
        return true;
    }

    private void AddEntities(string text)
    {
        // In a Title Case line only the words the body vouches for are names ("Jamal Williams" of
        // "Jamal Williams Arrested On DUI Charge").
        var titleCase = IsTitleCase(_tokens);
        var confirmed = _confirmed.GetAlternateLookup<ReadOnlySpan<char>>();
        var i = 0;
        while (i < _tokens.Count)
        {
            if (!IsNameWord(text, _tokens[i]) || (titleCase && !confirmed.Contains(_tokens[i].Of(text))))
            {
                i++;
                continue;
            }

            var end = i + 1;
            while (end < _tokens.Count && _tokens[end].JoinsPrevious && IsNameWord(text, _tokens[end]) && (!titleCase || confirmed.Contains(_tokens[end].Of(text))))
            {
                end++;
            }

            var words = end - i;
            // A lone capitalised word at a sentence start is usually an ordinary word ("Police said").
            if (words > 1 || !_tokens[i].IsSentenceInitial || titleCase)
            {
                AddEntityRun(text, i, end);
            }

            i = end;
        }
    }

    private void AddEntityRun(string text, int start, int end)
    {
        var key = _key.AsSpan();
        key[0] = 'e';
        for (var k = start; k < end; k++)
        {
            var length = 1 + StripPossessive(_tokens[k].Of(text)).ToLowerInvariant(key[1..]);
            Count(_entities, key[..length]);
        }

        if (end - start < 2 || end - start > MaxPhraseWords)
        {
            return;
        }

        var position = 1;
        for (var k = start; k < end; k++)
        {
            if (k > start)
            {
                key[position++] = ' ';
            }

            position += StripPossessive(_tokens[k].Of(text)).ToLowerInvariant(key[position..]);
        }

        Count(_entities, key[..position]);
    }

    private static bool IsNameWord(string text, Token token)
    {
        if (!token.IsCapitalised || token.HasDigit || token.Length > MaxKeyLength)
        {
            return false;
        }

        Span<char> lower = stackalloc char[token.Length];
        token.Of(text).ToLowerInvariant(lower);
        return !WordLists.StopWordLookup.Contains(lower) && !WordLists.MonthLookup.ContainsKey(lower);
    }

    private static ReadOnlySpan<char> StripPossessive(ReadOnlySpan<char> word) =>
        word.Length > 3 && word[^1] is 's' or 'S' && word[^2] is '\'' or '’' ? word[..^2] : word;

    private void Count(Dictionary<int, int> counts, ReadOnlySpan<char> key)
    {
        var id = vocabulary.IdOf(key);
        ref var count = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(counts, id, out var exists);
        count++;
        if (!exists)
        {
            _order.Add(id);
        }
    }
}
