using System.Collections.Frozen;
using Corroborate.Text;

namespace Corroborate.Corroboration.Stance;

/// <summary>Word lists and the light stemmer the stance features use.</summary>
internal static class StanceWords
{
    public static FrozenSet<string> Stop { get; } = ResourceText.Set("stopwords-en.txt", StringComparer.Ordinal);

    /// <summary>Words that flip a statement; apostrophes are dropped before lookup ("don't" is "dont").</summary>
    public static FrozenSet<string> Negations { get; } = FrozenSet.Create(StringComparer.Ordinal,
        "not", "no", "never", "none", "nothing", "nobody", "neither", "nor", "cannot", "cant", "dont", "doesnt", "didnt",
        "isnt", "wasnt", "arent", "werent", "wont", "wouldnt", "couldnt", "shouldnt", "hasnt", "havent", "hadnt", "without");

    /// <summary>Words of refutation (the FNC-1 baseline's list, extended).</summary>
    public static FrozenSet<string> Refuting { get; } = FrozenSet.Create(StringComparer.Ordinal,
        "fake", "fraud", "hoax", "hoaxes", "false", "deny", "denies", "denied", "denying", "despite", "nope", "doubt", "doubts",
        "bogus", "debunk", "debunks", "debunked", "prank", "pranks", "retract", "retracts", "retracted", "untrue", "misleading",
        "fabricated", "satire", "satirical", "incorrect", "wrong", "refute", "refutes", "refuted", "dismissed", "dismisses",
        "disputed", "baseless", "rumor", "rumors", "rumour", "rumours", "myth", "fiction", "photoshopped", "doctored", "lie", "lies");

    /// <summary>Words of reporting without commitment.</summary>
    public static FrozenSet<string> Hedging { get; } = FrozenSet.Create(StringComparer.Ordinal,
        "reportedly", "allegedly", "alleged", "claims", "claim", "claimed", "claiming", "unconfirmed", "unverified", "rumored",
        "rumoured", "may", "might", "could", "possibly", "apparently", "purportedly", "supposedly", "suggests", "suggest",
        "appears", "appear", "seems", "according", "sources", "source", "report", "reports", "reported", "speculation", "if",
        "whether", "believed", "thought", "purported");

    /// <summary>Words of confirmation.</summary>
    public static FrozenSet<string> Supporting { get; } = FrozenSet.Create(StringComparer.Ordinal,
        "confirmed", "confirms", "confirm", "announced", "announces", "official", "officially", "revealed", "reveals",
        "proved", "proves", "proof", "indeed", "actually", "true", "verified", "shows", "showed", "footage", "video");

    /// <summary>
    /// A deliberately light suffix stripper: it only has to map "denies/denied/deny" and "reports/reported" together,
    /// and it must be cheap because every body is stemmed on each prediction.
    /// </summary>
    public static string Stem(string word)
    {
        var n = word.Length;
        if (n <= 3)
        {
            return word;
        }

        if (n > 4 && word.EndsWith("ies", StringComparison.Ordinal))
        {
            return string.Concat(word.AsSpan(0, n - 3), "y");
        }

        if (n > 5 && word.EndsWith("ing", StringComparison.Ordinal))
        {
            return word[..(n - 3)];
        }

        if (n > 4 && word.EndsWith("ied", StringComparison.Ordinal))
        {
            return string.Concat(word.AsSpan(0, n - 3), "y");
        }

        if (n > 4 && word.EndsWith("ed", StringComparison.Ordinal))
        {
            return word[..(n - 2)];
        }

        if (n > 4 && word.EndsWith("ly", StringComparison.Ordinal))
        {
            return word[..(n - 2)];
        }

        if (word.EndsWith("sses", StringComparison.Ordinal))
        {
            return word[..(n - 2)];
        }

        if (word[n - 1] == 's' && word[n - 2] is not ('s' or 'u' or 'i'))
        {
            return word[..(n - 1)];
        }

        return word;
    }
}
