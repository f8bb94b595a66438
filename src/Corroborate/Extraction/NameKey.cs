using System.Globalization;
using System.Text;

namespace Corroborate.Extraction;

/// <summary>
/// The comparison key of a name: accents removed, lower case, hyphens, full stops and apostrophes to
/// spaces, runs of space folded. "Díaz-Canel" and "Diaz Canel" share a key; "U.S." and "US" too.
/// Stored beside a mention, never written over the text.
/// </summary>
internal static class NameKey
{
    public static string Of(ReadOnlySpan<char> name)
    {
        var decomposed = name.ToString().Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        var pendingSpace = false;
        foreach (var c in decomposed)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                if (pendingSpace && builder.Length > 0)
                {
                    builder.Append(' ');
                }

                pendingSpace = false;
                builder.Append(char.ToLowerInvariant(c));
            }
            else if (c is '.' && builder.Length > 0 && builder.Length < 4 && !pendingSpace)
            {
                // Dotted abbreviations ("U.S.", "U.K.") fold to their letters.
                continue;
            }
            else
            {
                pendingSpace = true;
            }
        }

        return builder.ToString();
    }
}
