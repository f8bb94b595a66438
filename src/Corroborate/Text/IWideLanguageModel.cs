namespace Corroborate.Text;

/// <summary>A second opinion for <see cref="LanguageIdentifier"/>: many languages, slower than ours.</summary>
internal interface IWideLanguageModel
{
    /// <summary>
    /// The languages the text may be in (ISO 639-1) with their probabilities, most likely first;
    /// only those above zero, and none when the model cannot tell. <paramref name="script"/> is the
    /// text's dominant script (<see cref="Script.Other"/> when ours does not know it): the model may
    /// restrict itself to the languages written in it.
    /// </summary>
    IReadOnlyList<LanguageGuess> Rank(string text, Script script);
}
