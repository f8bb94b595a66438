using System.Globalization;
using Corroborate.Text;
using FsCheck;
using FsCheck.Fluent;
using Xunit.Abstractions;

namespace Corroborate.Tests.Text;

public sealed partial class LanguageIdentifierTests(ITestOutputHelper output)
{
    /// <summary>Floors from the brief; lowering them needs a reason in the commit message.</summary>
    private const double OverallAccuracyFloor = 0.95;
    private const double LanguageAccuracyFloor = 0.85;

    private static readonly LanguageIdentifier Identifier = LanguageIdentifier.Default;

    [Theory]
    [InlineData("es", "El ministro de Exteriores recibió el miércoles al enviado venezolano en Managua. #Nicaragua")]
    [InlineData("en", "The finance minister told parliament on Wednesday that the deficit would shrink next year, although independent economists doubt the forecast and warn that growth is slowing.")]
    [InlineData("fr", "Le président a reçu jeudi les représentants des syndicats à l'Élysée.")]
    [InlineData("de", "Die Bundesregierung will die Förderung für Wärmepumpen im kommenden Jahr kürzen.")]
    [InlineData("pt", "O presidente recebeu nesta quinta-feira os governadores no Palácio do Planalto.")]
    [InlineData("it", "Il governo ha approvato ieri sera la manovra dopo una lunga riunione.")]
    [InlineData("nl", "De regering wil volgend jaar minder geld uitgeven aan defensie.")]
    [InlineData("id", "Presiden meresmikan jalan tol baru yang menghubungkan dua provinsi tersebut.")]
    [InlineData("tr", "Cumhurbaşkanı bugün Ankara'da yabancı gazetecilerle bir araya geldi.")]
    public void Identifies_latin_script_languages_from_ngrams_and_stop_words(string expected, string text)
    {
        Assert.Equal(expected, Identifier.Identify(text).Code);
    }

    [Theory]
    [InlineData("ru", "Президент провёл в четверг совещание с членами правительства.")]
    [InlineData("uk", "Президент провів у четвер нараду з членами уряду, повідомила його пресслужба.")]
    [InlineData("ar", "استقبل الرئيس يوم الخميس وزير الخارجية في القصر الجمهوري.")]
    [InlineData("fa", "رئیس‌جمهور روز پنجشنبه با وزیر امور خارجه دیدار کرد و گفت‌وگو می‌کنند.")]
    [InlineData("zh", "总统周四在首都会见了外交部长。")]
    [InlineData("ja", "大統領は木曜日に外務大臣と会談しました。")]
    [InlineData("ko", "대통령은 목요일에 외무장관과 회담했다.")]
    [InlineData("hi", "राष्ट्रपति ने गुरुवार को विदेश मंत्री से मुलाकात की।")]
    [InlineData("el", "Ο πρόεδρος συναντήθηκε την Πέμπτη με τον υπουργό Εξωτερικών.")]
    public void Identifies_languages_from_their_script_and_script_rules(string expected, string text)
    {
        Assert.Equal(expected, Identifier.Identify(text).Code);
    }

    [Fact]
    public void Persian_with_zero_width_non_joiners_is_persian_not_arabic()
    {
        var guess = Identifier.Identify("خبرگزاری‌ها گزارش دادند که نشست‌های دو کشور ادامه می‌یابد.");
        Assert.Equal("fa", guess.Code);
        Assert.True(guess.Confidence > 0.5, $"confidence {guess.Confidence}");
    }

    [Theory]
    [InlineData("")]
    [InlineData("ok")]
    [InlineData("🇮🇷🇨🇺 🔥🔥")]
    [InlineData("#Cuba #Iran #Habana")]
    [InlineData("@presidencia @minrex")]
    [InlineData("https://example.com/news/2024/cuba-iran-visit www.example.org")]
    [InlineData("12:45 — 2024-03-01 (+34) 91 555 0100")]
    public void Text_without_enough_letters_is_undetermined(string text)
    {
        Assert.Equal(LanguageIdentifier.Undetermined, Identifier.Identify(text).Code);
    }

    [Fact]
    public void A_country_name_and_a_flag_are_undetermined_or_low_confidence()
    {
        var guess = Identifier.Identify("Iran 🇮🇷");
        Assert.True(guess.IsUndetermined || guess.Confidence < 0.5, $"{guess}");
    }

    [Theory]
    [InlineData("Rząd przyjął w czwartek projekt ustawy o podatkach, a opozycja zapowiedziała protest.")]
    [InlineData("Chính phủ đã thông qua dự luật thuế mới vào thứ Năm tuần trước.")]
    public void A_latin_script_language_our_own_model_lacks_is_undetermined_or_low_confidence_there(string text)
    {
        var guess = LanguageIdentifier.Builtin.Identify(text);
        Assert.True(guess.IsUndetermined || guess.Confidence < 0.5, $"{guess}");
    }

    [Fact]
    public void English_hashtags_mentions_and_links_do_not_outvote_a_spanish_post()
    {
        var guess = Identifier.Identify(
            "@NewsDesk Las lluvias dejaron sin luz a media ciudad esta noche #BreakingNews #WeatherUpdate #StormWatch https://t.co/AbCdEf");
        Assert.Equal("es", guess.Code);
    }

    [Fact]
    public void Confidence_grows_with_length()
    {
        var short_ = Identifier.Identify("la casa");
        var long_ = Identifier.Identify("La casa de la familia estaba cerca del río y todos los vecinos la conocían desde hacía años.");
        Assert.True(long_.Confidence > short_.Confidence, $"{short_} vs {long_}");
        Assert.InRange(long_.Confidence, 0.0, 1.0);
    }

    [Fact]
    public void Concurrent_callers_get_the_same_answers_as_one_caller()
    {
        string[] texts = ["La casa de la familia estaba cerca del río.", "Президент провів нараду.", "رئیس‌جمهور دیدار کرد.", "The vote passed late on Thursday."];
        var expected = Array.ConvertAll(texts, text => Identifier.Identify(text));
        var results = new LanguageGuess[4000];
        Parallel.For(0, results.Length, i => results[i] = Identifier.Identify(texts[i % texts.Length]));
        for (int i = 0; i < results.Length; i++)
        {
            Assert.Equal(expected[i % texts.Length], results[i]);
        }
    }

    [Fact]
    public void Default_is_one_shared_instance()
    {
        Assert.Same(LanguageIdentifier.Default, LanguageIdentifier.Default);
    }

    [Fact]
    public void Held_out_test_set_meets_the_accuracy_floors()
    {
        var totals = new SortedDictionary<string, (int Right, int All)>(StringComparer.Ordinal);
        var misses = new List<string>();
        foreach (string line in File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Fixtures", "LanguageId", "test.tsv")))
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }
            int tab = line.IndexOf('\t', StringComparison.Ordinal);
            string expected = line[..tab];
            var guess = Identifier.Identify(line.AsSpan(tab + 1));
            bool right = guess.Code == expected;
            var (r, a) = totals.GetValueOrDefault(expected);
            totals[expected] = (r + (right ? 1 : 0), a + 1);
            if (!right)
            {
                misses.Add($"  {expected} -> {guess.Code} ({guess.Confidence:0.00}): {line[(tab + 1)..]}");
            }
        }

        int allRight = 0, all = 0;
        output.WriteLine("language  correct/total  accuracy");
        foreach (var (language, (right, count)) in totals)
        {
            allRight += right;
            all += count;
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{language,-8}  {right,3}/{count,-3}        {(double)right / count:0.000}"));
        }
        double overall = (double)allRight / all;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"overall   {allRight,3}/{all,-3}        {overall:0.000}"));
        misses.ForEach(output.WriteLine);

        Assert.True(overall >= OverallAccuracyFloor, $"overall accuracy {overall:0.000} < {OverallAccuracyFloor}");
        foreach (var (language, (right, count)) in totals)
        {
            Assert.True((double)right / count >= LanguageAccuracyFloor, $"{language}: {right}/{count} < {LanguageAccuracyFloor}");
        }
    }

    [Fact]
    public void Arbitrary_strings_never_throw_and_give_a_known_code()
    {
        Prop.ForAll<string>(text => IsWellFormed(Identifier.Identify(text ?? ""))).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Arbitrary_mixes_of_scripts_emoji_and_markup_never_throw_and_give_a_known_code()
    {
        // The default string generator rarely leaves ASCII; this one mixes every script we branch on,
        // lone surrogates, joiners and the characters that start hashtags and links.
        string[] pieces = ["a", "é", "ı", "ş", "Д", "ї", "ы", "ب", "پ", "ی", "ك", "\u200C", "中", "の", "カ", "한", "ह", "Ω", "א", "ก",
            "#", "@", "://", "www.", "/", ".", " ", "\t", "\n", "\uD83C", "\uDDEE", "🇮🇷", "\u0301", "ـ", "'", "1"];
        var texts = Gen.ArrayOf(Gen.Elements(pieces)).Select(parts => string.Concat(parts));
        Prop.ForAll(Arb.From(texts), text => IsWellFormed(Identifier.Identify(text))).QuickCheckThrowOnFailure();
    }

    private static bool IsWellFormed(LanguageGuess guess) =>
        LanguageIdentifier.KnownCodes.Contains(guess.Code)
        && guess.Confidence is >= 0.0 and <= 1.0
        && !double.IsNaN(guess.Confidence);
}
