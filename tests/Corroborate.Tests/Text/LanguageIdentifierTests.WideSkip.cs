using Corroborate.Text;
using FsCheck;
using FsCheck.Fluent;

namespace Corroborate.Tests.Text;

/// <summary>
/// The wide model is not asked where no answer it could give would be taken: its confidences are at most 1, and
/// discounted for short or mixed text, so below the floor the call is skipped.
/// </summary>
public sealed partial class LanguageIdentifierTests
{
    /// <summary>The answer most able to overrule ours: a language not among ours, certain; counts its calls.</summary>
    private sealed class CertainWideModel : IWideLanguageModel
    {
        public int Calls { get; private set; }

        public IReadOnlyList<LanguageGuess> Rank(string text, Script script)
        {
            Calls++;
            return [new LanguageGuess("sw", 1.0)];
        }
    }

    [Theory]
    [InlineData("the man said")]
    [InlineData("she was there")]
    public void A_short_line_of_ours_is_not_sent_to_the_wide_model_when_even_certainty_could_not_overrule_us(string line)
    {
        var wide = new CertainWideModel();
        var identifier = LanguageIdentifier.Create(wide, new LanguageIdentifierOptions());
        var own = LanguageIdentifier.Builtin.Identify(line);

        var guess = identifier.Identify(line);

        Assert.False(own.IsUndetermined, $"{own}");
        Assert.Equal(own, guess);
        Assert.Equal(0, wide.Calls);
    }

    [Fact]
    public void A_long_paragraph_our_model_is_unsure_of_is_still_sent_and_the_certain_answer_taken()
    {
        var wide = new CertainWideModel();
        var identifier = LanguageIdentifier.Create(wide, new LanguageIdentifierOptions());

        var guess = identifier.Identify("Rais amesema serikali itajenga hospitali mpya katika kila mkoa mwaka ujao.");

        Assert.Equal(1, wide.Calls);
        Assert.Equal("sw", guess.Code);
    }

    private static readonly string[] WidePieces =
    [
        "the", "mayor", "said", "Premier", "spotkał", "się", "wczoraj", "Rais", "amesema", "serikali", "Regeringen", "meddelade",
        "Guvernul", "a", "anunțat", "joi", "Правительство", "одобрило", "12", "#Lima", "@agency", "…", "Kenya", "OK",
    ];

    [Fact]
    public void The_wide_models_confidences_never_exceed_one_which_the_skip_relies_on()
    {
        var lingua = new LinguaLanguages(LinguaLanguages.DefaultModelsDirectory, highAccuracy: false, preload: false);
        var texts = Gen.ArrayOf(Gen.Elements(WidePieces)).Select(words => string.Join(" ", words)).ToArbitrary();
        Prop.ForAll(texts, text => new[] { Script.Latin, Script.Cyrillic, Script.Other }.All(script => lingua.Rank(text, script).All(guess => guess.Confidence is > 0 and <= 1)))
            .QuickCheckThrowOnFailure();
    }
}
