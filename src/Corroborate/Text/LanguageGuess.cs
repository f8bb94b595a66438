namespace Corroborate.Text;

/// <summary>A language decision: ISO 639-1 code (or "und") and a confidence in [0, 1].</summary>
public readonly record struct LanguageGuess(string Code, double Confidence);
