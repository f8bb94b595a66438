using System.Globalization;

namespace Corroborate.Reporting;

/// <summary>"1 article", "0 articles", "2 copies": a count with its noun in the right number, for messages people read.</summary>
internal static class Counts
{
    /// <param name="plural">The plural when it is not <paramref name="singular"/> + "s" (copy → copies, story → stories).</param>
    public static string Of(long count, string singular, string? plural = null) =>
        string.Create(CultureInfo.InvariantCulture, $"{count} {(count == 1 ? singular : plural ?? Plural(singular))}");

    /// <summary>English plural of a noun we count: a consonant before a final y makes -ies (story, copy, entity), else -s.</summary>
    public static string Plural(string singular) =>
        singular.Length > 1 && singular[^1] == 'y' && "aeiou".IndexOf(singular[^2]) < 0 ? singular[..^1] + "ies" : singular + "s";
}
