namespace Corroborate.Text;

/// <summary>
/// The language of a piece of text. <see cref="Code"/> is an ISO 639-1 code, or
/// <see cref="LanguageIdentifier.Undetermined"/> ("und") when the text is too short or ambiguous.
/// <see cref="Confidence"/> lies in [0, 1]; it is 0 for "und" when there was too little text to score.
/// </summary>
public readonly record struct LanguageGuess(string Code, double Confidence)
{
    public bool IsUndetermined => Code == LanguageIdentifier.Undetermined;
}
