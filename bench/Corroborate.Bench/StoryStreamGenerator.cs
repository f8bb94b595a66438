using System.Text;
using Corroborate.Clustering;
using Corroborate.Model;
using Corroborate.Evaluation.Stories;

namespace Corroborate.Bench;

/// <summary>
/// A seeded generator of news-like article streams: events of a few dozen kinds (each kind shares
/// topic words, as two earthquakes do), each event with its own people, places and figures, reported
/// over a few days by several outlets, with about one article in ten a syndicated copy (new headline,
/// trimmed last paragraph). Articles arrive in time order, <see cref="ArticlesPerDay"/> a day, so the
/// idle window evicts stories as in a real feed. The same seed gives the same stream.
/// </summary>
internal sealed class StoryStreamGenerator
{
    public const int ArticlesPerDay = 2000;

    private const int Kinds = 40;
    private const int CommonWords = 3000;
    private const int WordsPerKind = 60;
    private const int NamesPerEvent = 6;
    private const double CopyShare = 0.1;

    private static readonly DateTimeOffset Start = new(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private readonly Random _random;
    private readonly string[] _common;
    private readonly string[][] _kindWords;
    private readonly string[] _outlets;
    private readonly List<Event> _live = [];
    private readonly List<(Article Article, string Event)> _recent = [];
    private int _produced;
    private int _events;

    public StoryStreamGenerator(int seed)
    {
        _random = new Random(seed);
        _common = Enumerable.Range(0, CommonWords).Select(_ => Word(4, 9)).ToArray();
        _kindWords = Enumerable.Range(0, Kinds).Select(_ => Enumerable.Range(0, WordsPerKind).Select(_ => Word(5, 11)).ToArray()).ToArray();
        _outlets = Enumerable.Range(0, 300).Select(_ => Capital(Word(4, 8)) + " " + Capital(Word(4, 8))).ToArray();
    }

    /// <summary>The next article and the id of the event it reports (the gold story).</summary>
    public (Article Article, string Event) Next()
    {
        var time = Start.AddDays((double)_produced / ArticlesPerDay);
        _produced++;
        _live.RemoveAll(e => e.Ends < time);
        // About 150 events live at a time: each lasts one to five days and gets ~13 articles a day.
        while (_live.Count < 150 || _random.NextDouble() < 0.02)
        {
            _live.Add(NewEvent(time));
        }

        if (_recent.Count > 0 && _random.NextDouble() < CopyShare)
        {
            var (original, eventId) = _recent[_random.Next(_recent.Count)];
            return (Copy(original, time), eventId);
        }

        var chosen = _live[_random.Next(_live.Count)];
        var article = Write(chosen, time);
        _recent.Add((article, chosen.Id));
        if (_recent.Count > 500)
        {
            _recent.RemoveAt(0);
        }

        return (article, chosen.Id);
    }

    private Event NewEvent(DateTimeOffset time)
    {
        var kind = _random.Next(Kinds);
        var names = Enumerable.Range(0, NamesPerEvent)
            .Select(_ => Capital(Word(4, 8)) + (_random.NextDouble() < 0.6 ? " " + Capital(Word(5, 9)) : ""))
            .ToArray();
        var words = Enumerable.Range(0, 25).Select(_ => _common[_random.Next(_common.Length)]).ToArray();
        var figures = Enumerable.Range(0, 4).Select(_ => _random.Next(2, 5000).ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        return new Event($"e{_events++}", kind, names, words, figures, time.AddDays(1 + (_random.NextDouble() * 4)));
    }

    private Article Write(Event e, DateTimeOffset time)
    {
        var text = new StringBuilder();
        var paragraphs = _random.Next(4, 9);
        for (var p = 0; p < paragraphs; p++)
        {
            var sentences = _random.Next(2, 4);
            for (var s = 0; s < sentences; s++)
            {
                Sentence(text, e);
            }

            text.Append("\n\n");
        }

        var title = Capital(Pick(_kindWords[e.Kind])) + " " + Pick(e.Words) + " " + Pick(e.Names) + " " + Pick(_kindWords[e.Kind]);
        var id = $"a{_produced}";
        return StoryEvaluation.CreateArticle(id, title, text.ToString().TrimEnd(), "generated", time, Pick(_outlets));
    }

    private void Sentence(StringBuilder text, Event e)
    {
        var words = _random.Next(10, 22);
        text.Append(Capital(Pick(_common)));
        for (var w = 1; w < words; w++)
        {
            text.Append(' ');
            var roll = _random.NextDouble();
            text.Append(roll switch
            {
                < 0.5 => Pick(_common),
                < 0.68 => Pick(_kindWords[e.Kind]),
                < 0.86 => Pick(e.Words),
                < 0.96 => Pick(e.Names),
                _ => Pick(e.Figures),
            });
        }

        text.Append(". ");
    }

    private Article Copy(Article original, DateTimeOffset time)
    {
        var body = original.Body[(original.Body.IndexOf('\n', StringComparison.Ordinal) + 2)..];
        var cut = body.LastIndexOf("\n\n", StringComparison.Ordinal);
        var trimmed = cut > 0 ? body[..cut] : body;
        return StoryEvaluation.CreateArticle($"a{_produced}", "Update: " + original.Title, trimmed, "generated", time, Pick(_outlets));
    }

    private string Pick(string[] words) => words[_random.Next(words.Length)];

    private string Word(int min, int max)
    {
        const string Letters = "abcdefghiklmnoprstuvwy";
        Span<char> word = stackalloc char[_random.Next(min, max + 1)];
        for (var i = 0; i < word.Length; i++)
        {
            word[i] = Letters[_random.Next(Letters.Length)];
        }

        return new string(word);
    }

    private static string Capital(string word) => char.ToUpperInvariant(word[0]) + word[1..];

    private sealed record Event(string Id, int Kind, string[] Names, string[] Words, string[] Figures, DateTimeOffset Ends);
}
