using Corroborate.Ingest;
using Corroborate.Tests.Support;
using Corroborate.Text;
using FsCheck;
using FsCheck.Fluent;
using Xunit.Abstractions;

namespace Corroborate.Tests.Text;

/// <summary>
/// Our re-implementation of Lingua's low-accuracy scoring (<see cref="LinguaScorer"/>) against Lingua itself: the same
/// languages in the same order with the same confidences, to the bit, on text we wrote, on arbitrary text and on every
/// call the Text stage makes over the real articles and pages.
/// </summary>
public sealed class LinguaScorerTests(ITestOutputHelper output)
{
    private static readonly LinguaLanguages Wide = new(LinguaLanguages.DefaultModelsDirectory, highAccuracy: false, preload: false);

    private static readonly Script[] Scripts = [Script.Latin, Script.Cyrillic, Script.Arabic, Script.Devanagari, Script.Other];

    [Theory]
    // Scored by trigrams: news-style lines in Latin-script languages, with names, numbers and punctuation.
    [InlineData("The council said on Tuesday that the bridge would reopen by 14 March, after repairs costing $2.1m.")]
    [InlineData("Premier spotkał się wczoraj z przedstawicielami rolników, którzy blokują drogi.")]
    [InlineData("Rais amesema serikali itajenga hospitali mpya katika kila mkoa mwaka ujao.")]
    [InlineData("Die Regierung hat am Donnerstag den Haushalt für das nächste Jahr beschlossen.")]
    [InlineData("Thủ tướng cho biết chính phủ sẽ tăng lương tối thiểu cho công nhân.")]
    [InlineData("Ortiz signed six deals in Lima on Monday")]
    [InlineData("Reuters | AFP | 12:04 GMT")]
    // Cyrillic, Arabic script, Devanagari: scripts with several languages; letters that narrow them (ў, ґ, ә).
    [InlineData("Правительство в четверг одобрило проект бюджета на следующий год.")]
    [InlineData("Уряд у четвер ухвалив бюджет, ґрунтуючись на нових даних.")]
    [InlineData("Үкімет бейсенбіде жаңа бюджетті мақұлдады, әкімдер қолдады.")]
    [InlineData("وزیر اعظم نے جمعرات کو کابینہ کے اجلاس کی صدارت کی۔")]
    [InlineData("दोनों देशों के नेताओं ने गुरुवार को बैठक की और ळ अक्षर लिखा।")]
    // Decided by rules: a script of one language, Han, kana, a letter only one language uses, mixed scripts.
    [InlineData("Η κυβέρνηση ενέκρινε τον προϋπολογισμό.")]
    [InlineData("政府は木曜日に新しい予算案を承認した。")]
    [InlineData("政府周四批准了新的预算案")]
    [InlineData("정부는 목요일 새 예산안을 승인했다")]
    [InlineData("Straße Fuß Maß groß")]
    [InlineData("Tbilisi თბილისი Тбилиси 🇬🇪 東京")]
    // Nothing to score: empty, no letters, too short.
    [InlineData("")]
    [InlineData("   \t\n ")]
    [InlineData("2024-03-14 12:00 — 45%")]
    [InlineData("ok")]
    [InlineData("a 1")]
    public void Gives_Linguas_languages_and_confidences_on_text_we_wrote(string text)
    {
        foreach (var script in Scripts)
        {
            AssertSameAsLingua(text, script);
        }
    }

    /// <summary>Characters of every script Lingua reads, with its telltale letters, digits, punctuation, white space and emoji.</summary>
    private static readonly string[] Pieces =
    [
        "the ", "and ", "said ", "über", "straße", "może", "łódź", "ñandú", "ø", "å", "ə", "ț", "ş", "ğ", "ı", "ĉ", "ő", "ž", "ė", "ā", "ṣ", "ọ",
        "ẹ", "ư", "ơ", "đ", "ï", "ç", "é", "ë", "à", "ü", "ö", "ó", "á", "ý", "ô", "õ", "ã", "î", "ć",
        "привет ", "і", "ї", "ґ", "є", "ў", "ј", "љ", "ђ", "ө", "ү", "ә", "қ", "ё", "ъ", "ѓ", "ѕ",
        "سلام ", "پ", "ے", "ٹ", "नमस्ते ", "ळ", "বাংলা", "ਪੰਜਾਬੀ", "ગુજરાતી", "தமிழ்", "తెలుగు", "සිංහල", "ไทย",
        "ελληνικά ", "עברית ", "ქართული ", "հայերեն ", "አማርኛ ", "東京", "ひらがな", "カタカナ", "한국어",
        "A", "Z", "É", "Ł", " ", "  ", "\t", "\n", "\u00A0", "\u2009", ".", ",", "!", "?", "«", "»", "'", "-", "—", "#", "@", "$",
        "0", "7", "½", "٣", "१", "😀", "🇬🇪", "\uD800", "\uDC00", "\u0301", "\u200C", "\u0000",
    ];

    [Fact]
    public void Gives_Linguas_languages_and_confidences_on_arbitrary_text()
    {
        var pieced = Gen.ArrayOf(Gen.Elements(Pieces)).Select(pieces => string.Concat(pieces)).ToArbitrary();
        Prop.ForAll(pieced, text => Scripts.All(script => SameAsLingua(text, script)))
            .Check(Config.QuickThrowOnFailure.WithMaxTest(300));
        Prop.ForAll(ArbMap.Default.ArbFor<string>(), text => text is null || Scripts.All(script => SameAsLingua(text, script)))
            .Check(Config.QuickThrowOnFailure.WithMaxTest(300));
    }

    [SharedDataFact("data/ecbplus/dev.jsonl")]
    public void Gives_Linguas_answer_to_every_question_cleaning_the_ECB_development_articles_asks() =>
        AssertSameOnEveryCall([SharedData.Require("data/ecbplus/dev.jsonl")]);

    [SharedDataFact("data/article-extraction/html")]
    public void Gives_Linguas_answer_to_every_question_cleaning_the_extraction_pages_asks() =>
        AssertSameOnEveryCall(Directory.GetFiles(SharedData.Require("data/article-extraction/html"), "*.html.gz").Order(StringComparer.Ordinal));

    [SharedDataFact("data/readability-pages")]
    public void Gives_Linguas_answer_to_every_question_cleaning_the_readability_pages_asks() =>
        AssertSameOnEveryCall(Directory.GetDirectories(SharedData.Require("data/readability-pages"))
            .Select(folder => Path.Combine(folder, "source.html.gz")).Where(File.Exists).Order(StringComparer.Ordinal));

    [Fact]
    public void A_model_file_that_is_not_a_model_is_an_error_naming_the_file()
    {
        var folder = Directory.CreateTempSubdirectory("lingua-model-").FullName;
        try
        {
            var path = Path.Combine(folder, "trigrams.json.br");
            File.WriteAllBytes(path, [1, 2, 3, 4, 5, 6, 7, 8]);
            var error = Assert.Throws<InvalidDataException>(() => LinguaNgramModel.Read(folder));
            Assert.Contains(path, error.Message, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>Records what the identifier asks the wide model while cleaning and assembling the inputs, then asks both.</summary>
    private void AssertSameOnEveryCall(IEnumerable<string> paths)
    {
        var recorder = new Recorder(Wide);
        var identifier = LanguageIdentifier.Create(recorder, new LanguageIdentifierOptions());
        var cleaner = new ArticleCleaner(BoilerplateClassifier.Default, identifier);
        var assembler = new ArticleAssembler(identifier, SentenceSplitter.Default);
        var reader = new InputReader();
        int documents = 0;
        foreach (var path in paths)
        {
            foreach (var item in reader.Read(path))
            {
                if (item.Document is { } document)
                {
                    assembler.Assemble(cleaner.Clean(document));
                    documents++;
                }
            }
        }

        int different = 0;
        foreach (var (text, script) in recorder.Calls)
        {
            if (!SameAsLingua(text, script))
            {
                different++;
                output.WriteLine($"different [{script}]: {text}");
            }
        }
        output.WriteLine($"{documents} documents, {recorder.Calls.Count} distinct questions, {different} answered differently");
        Assert.True(documents > 0);
        Assert.NotEmpty(recorder.Calls);
        Assert.Equal(0, different);
    }

    private static void AssertSameAsLingua(string text, Script script)
    {
        var lingua = Wide.RankWithLingua(text, script);
        var ours = Wide.Rank(text, script);
        Assert.Equal(Show(lingua), Show(ours));
    }

    private static bool SameAsLingua(string text, Script script) => Show(Wide.RankWithLingua(text, script)) == Show(Wide.Rank(text, script));

    // "R" round-trips a double: equal strings are equal bits (both confidences are positive, never NaN).
    private static string Show(IReadOnlyList<LanguageGuess> ranking) =>
        string.Join(", ", ranking.Select(guess => $"{guess.Code}={guess.Confidence:R}"));

    /// <summary>Each distinct question once, in the order asked.</summary>
    private sealed class Recorder(IWideLanguageModel inner) : IWideLanguageModel
    {
        private readonly HashSet<(string, Script)> _seen = [];

        public List<(string Text, Script Script)> Calls { get; } = [];

        public IReadOnlyList<LanguageGuess> Rank(string text, Script script)
        {
            if (_seen.Add((text, script)))
            {
                Calls.Add((text, script));
            }
            return inner.Rank(text, script);
        }
    }
}
