using System.Collections;
using System.Reflection;
using Lingua;

namespace Corroborate.Text;

/// <summary>
/// What Lingua's rule engine knows, read once from the pinned package itself (SearchPioneer.Lingua 2.0.0) so that
/// <see cref="LinguaScorer"/> applies the same rules without a copy of Lingua's tables that could drift from them:
/// each character's Unicode script (its public <c>GetScript</c>, tabulated for all 65,536 UTF-16 units), each
/// language's alphabets and the letters that narrow the candidates (internal to Lingua: read by reflection, and
/// checked here so that a package upgrade that moves them fails loudly at start-up instead of scoring differently).
/// </summary>
internal static class LinguaFacts
{
    /// <summary>Languages are indexed by their enum value; <see cref="Language.Unknown"/> is the last.</summary>
    public static readonly int LanguageCount = Enum.GetValues<Language>().Length;

    /// <summary>Lingua's script of every UTF-16 unit.</summary>
    public static readonly UnicodeScript[] ScriptOf = BuildScripts();

    /// <summary>Per language (enum value), the scripts of its alphabets.</summary>
    public static readonly UnicodeScript[][] ScriptsOfLanguage;

    /// <summary>The scripts of Lingua's alphabets, in its <c>Alphabet</c> enum order (the order its filter tries them in); null for <c>None</c>.</summary>
    public static readonly UnicodeScript?[] AlphabetScripts;

    /// <summary>Per script: the one language (enum value) whose alphabet it is, among all languages; -1 when none or several.</summary>
    public static readonly int[] OneLanguageOfScript;

    /// <summary>Scripts whose characters are words of their own (Lingua's logograms: Chinese, Japanese and Korean alphabets).</summary>
    public static readonly bool[] IsLogogramScript;

    /// <summary>Lingua's "characters to languages" rules, in its dictionary's order: the letters and their languages in set order.</summary>
    public static readonly (string Letters, Language[] Languages)[] LettersToLanguages;

    static LinguaFacts()
    {
        var assembly = typeof(LanguageDetector).Assembly;
        var alphabetType = assembly.GetType("Lingua.Internal.Alphabet", throwOnError: true)!;
        var alphabetNames = Enum.GetNames(alphabetType);
        AlphabetScripts = new UnicodeScript?[alphabetNames.Length];
        for (int i = 0; i < alphabetNames.Length; i++)
        {
            AlphabetScripts[i] = alphabetNames[i] == "None" ? null : Enum.Parse<UnicodeScript>(alphabetNames[i]);
        }

        var alphabetsOf = typeof(LanguageInfo).GetMethod("Alphabets", BindingFlags.NonPublic | BindingFlags.Static)
            ?? throw Moved("LanguageInfo.Alphabets");
        ScriptsOfLanguage = new UnicodeScript[LanguageCount][];
        foreach (var language in Enum.GetValues<Language>())
        {
            var scripts = new List<UnicodeScript>();
            foreach (var alphabet in (IEnumerable)alphabetsOf.Invoke(null, [language])!)
            {
                if (AlphabetScripts[(int)alphabet] is { } script)
                {
                    scripts.Add(script);
                }
            }
            ScriptsOfLanguage[(int)language] = [.. scripts];
        }

        int scriptCount = Enum.GetValues<UnicodeScript>().Max(s => (int)s) + 1;
        OneLanguageOfScript = new int[scriptCount];
        Array.Fill(OneLanguageOfScript, -1);
        foreach (var script in AlphabetScripts)
        {
            if (script is not { } known)
            {
                continue;
            }
            var speakers = LanguageInfo.All().Where(l => ScriptsOfLanguage[(int)l].Contains(known)).ToList();
            if (speakers.Count == 1)
            {
                OneLanguageOfScript[(int)known] = (int)speakers[0];
            }
        }

        IsLogogramScript = new bool[scriptCount];
        foreach (var language in LanguageInfo.LanguagesSupportingLogograms)
        {
            foreach (var script in ScriptsOfLanguage[(int)language])
            {
                IsLogogramScript[(int)script] = true;
            }
        }

        var mapping = typeof(LanguageDetector).GetField("CharsToLanguagesMapping", BindingFlags.NonPublic | BindingFlags.Static)
            ?.GetValue(null) as Dictionary<string, HashSet<Language>> ?? throw Moved("LanguageDetector.CharsToLanguagesMapping");
        LettersToLanguages = [.. mapping.Select(pair => (pair.Key, pair.Value.ToArray()))];
    }

    /// <summary>Lingua's <c>IsLogogram</c>: not white space, and in a logogram script.</summary>
    public static bool IsLogogram(char c) => !char.IsWhiteSpace(c) && IsLogogramScript[(int)ScriptOf[c]];

    private static UnicodeScript[] BuildScripts()
    {
        var scripts = new UnicodeScript[char.MaxValue + 1];
        for (int c = 0; c <= char.MaxValue; c++)
        {
            scripts[c] = ((char)c).GetScript();
        }
        return scripts;
    }

    private static InvalidOperationException Moved(string what) =>
        new($"SearchPioneer.Lingua no longer has {what}, which the exact scorer reads; it was written against version 2.0.0 (Directory.Packages.props).");
}
