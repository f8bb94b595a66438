namespace Corroborate.Text;

/// <summary>A second opinion for <see cref="LanguageIdentifier"/>: many languages, slower than ours.</summary>
internal interface IWideLanguageModel
{
    /// <summary>
    /// The languages the text may be in (ISO 639-1) with their probabilities, most likely first;
    /// only those above zero, and none when the model cannot tell.
    /// </summary>
    IReadOnlyList<LanguageGuess> Rank(string text);
}
