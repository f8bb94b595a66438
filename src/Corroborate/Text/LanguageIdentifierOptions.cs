namespace Corroborate.Text;

/// <summary>
/// How <see cref="LanguageIdentifier"/> combines our own model (13 languages: script rules and
/// n-gram profiles) with the wide model (Lingua, 79 languages). The defaults were chosen on the
/// development half of the evaluation in <c>docs/language-id.md</c> (<c>./bench/run language</c>).
/// </summary>
public sealed record LanguageIdentifierOptions
{
    /// <summary>Ask the wide model when ours is unsure or cannot name the language. Off: our 13 languages only.</summary>
    public bool UseWideModel { get; init; } = true;

    /// <summary>The folder of Lingua's models; null: <c>Lingua/LanguageModels</c> beside the binaries.</summary>
    public string? WideModelDirectory { get; init; }

    /// <summary>
    /// Lingua's high-accuracy mode for texts under 120 characters (1- to 5-grams). Off by default:
    /// it loads about 1.7 GB of models for the Latin-script languages alone, against about 90 MB
    /// for the trigram models of all 79 languages that longer texts use in both modes.
    /// </summary>
    public bool WideModelHighAccuracy { get; init; }

    /// <summary>Load the wide model's models when the identifier is built rather than on first use.</summary>
    public bool PreloadWideModel { get; init; }

    /// <summary>
    /// A Latin-script answer of ours at or above this confidence is kept without asking the wide
    /// model. Our profiles know 9 Latin-script languages, so a lower confidence usually means
    /// another language (Polish, Swedish, Swahili…), which the wide model then names.
    /// </summary>
    public double LatinTrust { get; init; } = 0.9;

    /// <summary>
    /// A wide-model answer outside our 13 languages replaces an answer of ours only when the wide model
    /// finds it at least this many times as likely as our answer.
    /// </summary>
    public double WideOverOwnRatio { get; init; } = 8;

    /// <summary>
    /// A Latin-script text of 8 words or more in which fewer than this share of the words are stop
    /// words of our answer goes to the wide model even when our confidence is high: that is how
    /// Afrikaans (read as Dutch), Malay (as Indonesian) or Tagalog look to our profiles.
    /// </summary>
    public double MinimumFunctionWordShare { get; init; } = 0.2;

    /// <summary>
    /// A Latin-script text of 8 words or more in which at least this share of the words are stop words
    /// of our answer is kept as ours below <see cref="LatinTrust"/> too: names and numbers lower our
    /// confidence in real wire copy, not the language. Above 1: off.
    /// </summary>
    public double OwnFunctionWordShare { get; init; } = 0.25;

    /// <summary>A wide-model answer below this confidence (after the length and script-share factors) is not taken.</summary>
    public double WideMinimumConfidence { get; init; } = 0.1;

    /// <summary>
    /// To replace an answer of ours (rather than fill an "und"), a wide-model answer needs at least
    /// this confidence after the length and script-share factors: short English headings otherwise
    /// come out in whatever language a place name suggests.
    /// </summary>
    public double WideOverrideConfidence { get; init; } = 0.7;

    /// <summary>The wide model reads at most this many characters of a text: its cost grows with length, its answer settles early.</summary>
    public int WideSampleLength { get; init; } = 250;
}
