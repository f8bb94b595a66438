using System.Collections.Frozen;

namespace Corroborate.Text;

public sealed partial class LanguageIdentifier
{
    /// <summary>
    /// Latin-script languages scored by the n-gram model; index = language index. Scoring tallies
    /// 2^count ints on the stack (2 KB for 9), so grow this past 12 only with a new tally.
    /// </summary>
    internal static readonly string[] LatinCodes = ["de", "en", "es", "fr", "id", "it", "nl", "pt", "tr"];

    /// <summary>Languages told apart inside their script by letters and stop words.</summary>
    internal static readonly string[] RuleCodes = ["ru", "uk", "ar", "fa"];

    /// <summary>Languages known from their script alone.</summary>
    internal static readonly string[] ScriptCodes = ["zh", "ja", "ko", "hi", "el", "he", "th"];

    // Declared after the code arrays it reads: static fields initialize in text order within a file.
    /// <summary>Every code <see cref="Identify"/> may return, "und" included: ours and the wide model's (Lingua's 79).</summary>
    public static FrozenSet<string> KnownCodes { get; } = FrozenSet.Create(
        StringComparer.Ordinal,
        [.. LatinCodes, .. RuleCodes, .. ScriptCodes, .. LinguaLanguages.Codes, Undetermined]);

    /// <summary>The codes our own model names (<see cref="Builtin"/>), "und" included.</summary>
    public static FrozenSet<string> BuiltinCodes { get; } = FrozenSet.Create(
        StringComparer.Ordinal,
        [.. LatinCodes, .. RuleCodes, .. ScriptCodes, Undetermined]);

    /// <summary>Languages with a stop-word list: the Latin ones, then the rule ones, in that order.</summary>
    internal static int StopWordLanguageCount => LatinCodes.Length + RuleCodes.Length;

    // Stop-word indexes of the rule languages: LatinCodes.Length + their place in RuleCodes
    // (checked in the constructor).
    private const int Russian = 9;
    private const int Ukrainian = 10;
    private const int Arabic = 11;
    private const int Persian = 12;

    /// <summary>
    /// Log-likelihood (nats) a stop word adds to each language that lists it: worth a few n-grams,
    /// so function words tip close calls (es/pt, id/en names) without drowning the profile.
    /// </summary>
    private const double StopWordWeight = 2.0;

    /// <summary>
    /// Naive Bayes treats overlapping n-grams as independent and so is far too sure of itself;
    /// dividing the scores by (n-grams / 8) before the softmax gives confidences that grow with
    /// length instead of saturating after one word.
    /// </summary>
    private const double NgramsPerNat = 8.0;

    private const double FullCoverage = 0.85;
    private const double NoCoverage = 0.6;

    private static LanguageGuess DecideLatin(ReadOnlySpan<double> scores, ReadOnlySpan<int> masks, ReadOnlySpan<int> stopHits, Evidence evidence)
    {
        Span<double> totals = stackalloc double[LatinCodes.Length];
        int best = 0;
        for (int i = 0; i < totals.Length; i++)
        {
            totals[i] = scores[i] + (StopWordWeight * stopHits[i]);
            if (totals[i] > totals[best])
            {
                best = i;
            }
        }
        double temperature = Math.Max(1.0, evidence.LatinNgrams / NgramsPerNat);
        double sum = 0;
        for (int i = 0; i < totals.Length; i++)
        {
            sum += Math.Exp((totals[i] - totals[best]) / temperature);
        }
        return new LanguageGuess(LatinCodes[best], Coverage(LatinModel.KnownBy(masks, best), evidence.LatinNgramsSeen) / sum);
    }

    /// <summary>
    /// Discount for n-grams the winning profile never saw. Text in a language we do not model is
    /// still forced onto its nearest profile, but far fewer of its n-grams are in that profile:
    /// sentences of our languages score 0.88 or more against their own profile, Polish, Czech and
    /// Vietnamese 0.42 to 0.69, Swedish and Finnish about 0.75. Trust falls from full at
    /// <see cref="FullCoverage"/> to none at <see cref="NoCoverage"/>.
    /// </summary>
    private static double Coverage(int known, int seen)
    {
        if (seen == 0)
        {
            return 0;
        }
        double coverage = (double)known / seen;
        return Math.Clamp((coverage - NoCoverage) / (FullCoverage - NoCoverage), 0.0, 1.0);
    }

    private static LanguageGuess DecideCyrillic(ReadOnlySpan<int> stopHits, Evidence evidence)
    {
        // і ї є ґ are Ukrainian-only and ы э ъ ё Russian-only, so letters weigh more than words.
        int ukrainian = (3 * evidence.UkrainianLetters) + (2 * stopHits[Ukrainian]);
        int russian = (3 * evidence.RussianLetters) + (2 * stopHits[Russian]);
        return Pick("uk", ukrainian, "ru", russian);
    }

    private static LanguageGuess DecideArabic(ReadOnlySpan<int> stopHits, Evidence evidence)
    {
        // پ چ ژ گ ک ی and the zero-width non-joiner are Persian spelling; ة ي ك ى and the
        // article "ال" on most nouns are Arabic.
        int persian = (2 * evidence.PersianLetters) + (2 * evidence.ZeroWidthNonJoiners) + (2 * stopHits[Persian]);
        int arabic = (2 * evidence.ArabicLetters) + evidence.ArabicArticles + (2 * stopHits[Arabic]);
        return Pick("fa", persian, "ar", arabic);
    }

    /// <summary>Chooses between two languages of one script; with no evidence, the second (the larger) wins at half confidence.</summary>
    private static LanguageGuess Pick(string first, int firstScore, string second, int secondScore)
    {
        if (firstScore == 0 && secondScore == 0)
        {
            return new LanguageGuess(second, 0.5);
        }
        return firstScore > secondScore
            ? new LanguageGuess(first, (firstScore + 1.0) / (firstScore + secondScore + 2.0))
            : new LanguageGuess(second, (secondScore + 1.0) / (firstScore + secondScore + 2.0));
    }

    /// <summary>Counts gathered while scanning, for the script rules.</summary>
    private struct Evidence
    {
        public int LatinWords;
        public int LatinNgrams;
        public int LatinNgramsSeen;
        public int ZeroWidthNonJoiners;
        public int PersianLetters;
        public int ArabicLetters;
        public int ArabicArticles;
        public int UkrainianLetters;
        public int RussianLetters;

        public void Add(ReadOnlySpan<char> lowerWord, Script script)
        {
            if (script == Script.Arabic && lowerWord.Length > 3 && lowerWord.StartsWith("ال", StringComparison.Ordinal))
            {
                ArabicArticles++;
            }
            foreach (char c in lowerWord)
            {
                switch (c)
                {
                    case '\u067E' or '\u0686' or '\u0698' or '\u06AF' or '\u06A9' or '\u06CC':
                        PersianLetters++;
                        break;
                    case '\u0629' or '\u064A' or '\u0643' or '\u0649':
                        ArabicLetters++;
                        break;
                    case '\u0456' or '\u0457' or '\u0454' or '\u0491':
                        UkrainianLetters++;
                        break;
                    case '\u044B' or '\u044D' or '\u044A' or '\u0451':
                        RussianLetters++;
                        break;
                    default:
                        break;
                }
            }
        }
    }
}
