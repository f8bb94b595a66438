using System.Globalization;
using System.IO.Compression;
using System.Text.Json;
using AngleSharp.Html.Parser;
using Corroborate.Tests.Support;
using Corroborate.Text;

namespace Corroborate.Tests.Text;

/// <summary>The combination with the wide model (Lingua): languages beyond our 13, and what stays ours.</summary>
public sealed partial class LanguageIdentifierTests
{
    [Theory]
    [InlineData("pl", "Premier spotkał się wczoraj z przedstawicielami rolników, którzy od tygodnia blokują drogi w całym kraju.")]
    [InlineData("vi", "Thủ tướng cho biết chính phủ sẽ tăng lương tối thiểu cho công nhân từ đầu năm tới.")]
    [InlineData("sw", "Rais amesema serikali itajenga hospitali mpya katika kila mkoa mwaka ujao.")]
    [InlineData("cs", "Vláda ve čtvrtek schválila návrh rozpočtu na příští rok, opozice ho ostře kritizuje.")]
    [InlineData("sv", "Regeringen meddelade på torsdagen att skatten på bensin sänks från och med nästa månad.")]
    [InlineData("ro", "Guvernul a anunțat joi că salariul minim va crește de la începutul anului viitor.")]
    [InlineData("hu", "A kormány csütörtökön bejelentette, hogy jövőre emelik a nyugdíjakat.")]
    [InlineData("fi", "Hallitus kertoi torstaina, että polttoaineen verotusta kevennetään ensi kuussa.")]
    [InlineData("tl", "Sinabi ng pangulo na magtatayo ang pamahalaan ng mga bagong paaralan sa buong bansa.")]
    [InlineData("bg", "Правителството обсъди в четвъртък новия бюджет и мерките срещу инфлацията.")]
    [InlineData("sr", "Влада је у четвртак усвојила предлог буџета за наредну годину.")]
    [InlineData("ur", "وزیر اعظم نے جمعرات کو کابینہ کے اجلاس کی صدارت کی اور نئے منصوبے کا اعلان کیا۔")]
    [InlineData("bn", "প্রধানমন্ত্রী বৃহস্পতিবার মন্ত্রিসভার বৈঠকে সভাপতিত্ব করেন।")]
    [InlineData("ka", "მთავრობამ ხუთშაბათს ახალი ბიუჯეტის პროექტი დაამტკიცა.")]
    [InlineData("hy", "Կառավարությունը հինգշաբթի հաստատեց նոր բյուջեի նախագիծը։")]
    public void Identifies_languages_beyond_our_profiles_through_the_wide_model(string expected, string text)
    {
        var guess = Identifier.Identify(text);
        Assert.Equal(expected, guess.Code);
        Assert.InRange(guess.Confidence, 0.5, 1.0);
        Assert.False(LanguageIdentifier.BuiltinCodes.Contains(expected), $"{expected} is one of ours");
    }

    [Theory]
    [InlineData("tr", "Belediye başkanı, yeni metro hattının gelecek yıl açılacağını açıkladı.")]
    [InlineData("id", "Pemerintah akan menaikkan harga bahan bakar mulai bulan depan, kata menteri keuangan.")]
    [InlineData("es", "El Gobierno aprobó el jueves una subida del salario mínimo para el próximo año.")]
    [InlineData("ru", "Правительство в четверг одобрило проект бюджета на следующий год.")]
    [InlineData("fa", "دولت روز پنجشنبه لایحه بودجه سال آینده را تصویب کرد.")]
    [InlineData("hi", "सरकार ने गुरुवार को अगले साल के बजट को मंज़ूरी दे दी।")]
    public void Our_languages_keep_our_answer_when_the_wide_model_is_there(string expected, string text)
    {
        var builtin = LanguageIdentifier.Builtin.Identify(text);
        Assert.Equal(expected, builtin.Code);
        Assert.Equal(builtin, Identifier.Identify(text));
    }

    [Fact]
    public void Builtin_names_only_its_own_languages()
    {
        var guess = LanguageIdentifier.Builtin.Identify("Premier spotkał się wczoraj z przedstawicielami rolników, którzy od tygodnia blokują drogi.");
        Assert.True(LanguageIdentifier.BuiltinCodes.Contains(guess.Code), $"{guess}");
    }

    [Fact]
    public void Without_the_wide_model_the_identifier_answers_as_our_own_model()
    {
        var own = LanguageIdentifier.Create(new LanguageIdentifierOptions { UseWideModel = false });
        const string Polish = "Premier spotkał się wczoraj z przedstawicielami rolników, którzy od tygodnia blokują drogi.";
        Assert.Equal(LanguageIdentifier.Builtin.Identify(Polish), own.Identify(Polish));
    }

    [Fact]
    public void A_missing_models_folder_is_an_error_naming_the_folder()
    {
        var folder = Path.Combine(Path.GetTempPath(), $"no-lingua-models-{Guid.NewGuid():N}");
        var error = Assert.Throws<DirectoryNotFoundException>(() => LanguageIdentifier.Create(new LanguageIdentifierOptions { WideModelDirectory = folder }));
        Assert.Contains(folder, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_models_folder_missing_one_language_is_an_error_naming_that_language()
    {
        var folder = Directory.CreateTempSubdirectory("lingua-models-").FullName;
        try
        {
            foreach (var code in LanguageIdentifier.KnownCodes.Where(c => c is not (LanguageIdentifier.Undetermined or "pl")))
            {
                Directory.CreateDirectory(Path.Combine(folder, code));
                File.WriteAllBytes(Path.Combine(folder, code, "trigrams.json.br"), []);
            }

            var error = Assert.Throws<DirectoryNotFoundException>(() => LanguageIdentifier.Create(new LanguageIdentifierOptions { WideModelDirectory = folder }));
            Assert.Contains("'pl'", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void The_wide_models_ship_beside_the_binaries_for_every_language_it_may_name()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "Lingua", "LanguageModels");
        var wideCodes = LanguageIdentifier.KnownCodes.Where(c => c != LanguageIdentifier.Undetermined).ToList();
        Assert.True(wideCodes.Count >= 79, $"{wideCodes.Count} codes");
        Assert.All(wideCodes, code => Assert.NotEmpty(Directory.GetFiles(Path.Combine(folder, code), "*.json.br")));
    }

    [Fact]
    public void A_short_name_in_a_foreign_script_is_undetermined_or_low_confidence()
    {
        var guess = Identifier.Identify("Тбилиси 🇬🇪");
        Assert.True(guess.IsUndetermined || guess.Confidence < 0.5, $"{guess}");
    }

    /// <summary>
    /// Held-out real text: the Readability.js pages that declare their language (read by path, never
    /// copied), less those filled with lorem ipsum. Floors: the combination names the declared language
    /// of at least 95% of pages, and of every page our own model gets right.
    /// </summary>
    [SharedDataFact("data/readability-pages")]
    public void Real_pages_get_the_language_their_markup_declares()
    {
        var parser = new HtmlParser();
        int right = 0, all = 0;
        var ownRightWideWrong = new List<string>();
        foreach (var folder in Directory.GetDirectories(SharedData.Find("data/readability-pages")!).Order(StringComparer.Ordinal))
        {
            using var metadata = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "expected-metadata.json")));
            if (!metadata.RootElement.TryGetProperty("lang", out var lang) || lang.GetString() is not { Length: >= 2 } declared)
            {
                continue;
            }

            using var stream = new GZipStream(File.OpenRead(Path.Combine(folder, "expected.html.gz")), CompressionMode.Decompress);
            using var reader = new StreamReader(stream);
            using var html = parser.ParseDocument(reader.ReadToEnd());
            var text = html.Body?.TextContent ?? "";
            text = text[..Math.Min(text.Length, 4000)];
            if (text.Contains("lorem ipsum", StringComparison.OrdinalIgnoreCase))
            {
                continue; // placeholder pseudo-Latin, whatever the page declares
            }

            var expected = declared[..2].ToLowerInvariant();
            var guess = Identifier.Identify(text);
            all++;
            right += guess.Code == expected ? 1 : 0;
            if (guess.Code != expected)
            {
                output.WriteLine($"{Path.GetFileName(folder)}: declared {declared}, got {guess.Code} ({guess.Confidence:0.00})");
                if (LanguageIdentifier.Builtin.Identify(text).Code == expected)
                {
                    ownRightWideWrong.Add(Path.GetFileName(folder));
                }
            }
        }

        var accuracy = (double)right / all;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{right}/{all} pages = {accuracy:0.000}"));
        Assert.True(all >= 60, $"only {all} pages declare a language");
        Assert.True(accuracy >= 0.95, $"{accuracy:0.000}");
        Assert.Empty(ownRightWideWrong);
    }
}
