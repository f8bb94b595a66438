using System.Collections.Frozen;

namespace Corroborate.Corroboration.Stance;

/// <summary>
/// Every word list the features count, as one bit each, so a document is looked up once per word and each
/// count afterwards is a bit test (a body is paired with many headlines).
/// </summary>
internal static class StanceWordMarks
{
    public const int Refuting = 0;
    public const int Hedging = 1;
    public const int Supporting = 2;
    public const int Negations = 3;
    public const int FirstMarker = 4;

    /// <summary>Single cues counted on their own as well as within their group.</summary>
    public static (string Name, string[] Words)[] Markers { get; } =
    [
        ("fake", ["fake", "faked", "fakes", "fakery"]),
        ("hoax", ["hoax", "hoaxes", "prank", "pranks", "satire", "satirical"]),
        ("false", ["false", "falsely", "untrue", "bogus", "debunked", "debunk"]),
        ("deny", ["deny", "denies", "denied", "denying", "denial"]),
        ("not", ["not"]),
        ("unconfirmed", ["unconfirmed", "unverified"]),
        ("reportedly", ["reportedly"]),
        ("allegedly", ["allegedly", "alleged"]),
        ("claim", ["claim", "claims", "claimed", "claiming"]),
        ("said", ["said", "says", "told"]),
        ("confirmed", ["confirmed", "confirms", "confirm"]),
        ("rumor", ["rumor", "rumors", "rumour", "rumours", "rumored", "rumoured"]),
    ];

    private static readonly FrozenDictionary<string, uint> Masks = Build();

    public static uint Of(string word) => Masks.TryGetValue(word, out var mask) ? mask : 0;

    private static FrozenDictionary<string, uint> Build()
    {
        var masks = new Dictionary<string, uint>(StringComparer.Ordinal);
        Add(StanceWords.Refuting, Refuting);
        Add(StanceWords.Hedging, Hedging);
        Add(StanceWords.Supporting, Supporting);
        Add(StanceWords.Negations, Negations);
        for (var m = 0; m < Markers.Length; m++)
        {
            Add(Markers[m].Words, FirstMarker + m);
        }

        return masks.ToFrozenDictionary(StringComparer.Ordinal);

        void Add(IEnumerable<string> words, int bit)
        {
            foreach (var word in words)
            {
                masks[word] = masks.GetValueOrDefault(word) | (1u << bit);
            }
        }
    }
}
