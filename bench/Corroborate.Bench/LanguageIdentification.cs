using System.Diagnostics.CodeAnalysis;
using BenchmarkDotNet.Attributes;
using Corroborate.Text;

namespace Corroborate.Bench;

/// <summary>
/// <see cref="LanguageIdentifier.Identify"/> on a social post, a news paragraph and a short
/// article, in a Latin-script language (the n-gram path) and in Persian (the script-rule path).
/// </summary>
[MemoryDiagnoser]
[SuppressMessage("Maintainability", "CA1515", Justification = "BenchmarkDotNet runs public benchmark classes only.")]
public class LanguageIdentification
{
    private const string SpanishSentence =
        "El ministro de Exteriores recibió el miércoles al enviado venezolano en Managua, donde ambos repasaron la cooperación económica. ";
    private const string PersianSentence =
        "رئیس‌جمهور روز پنجشنبه با وزیر امور خارجه دیدار کرد و درباره همکاری‌های اقتصادی دو کشور گفت‌وگو کرد. ";

    private string _text = "";

    [Params(1, 3, 20)]
    public int Sentences { get; set; }

    [Params("es", "fa")]
    public string Language { get; set; } = "es";

    [GlobalSetup]
    public void Setup()
    {
        string sentence = Language == "fa" ? PersianSentence : SpanishSentence;
        _text = string.Concat(Enumerable.Repeat(sentence, Sentences));
        _ = LanguageIdentifier.Default.Identify("warm up the embedded profiles");
    }

    [Benchmark]
    public LanguageGuess Identify() => LanguageIdentifier.Default.Identify(_text);
}
