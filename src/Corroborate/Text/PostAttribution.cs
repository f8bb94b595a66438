using System.Globalization;
using System.Text.RegularExpressions;

namespace Corroborate.Text;

/// <summary>
/// The signature line under an embedded social post: <c>— Display Name (@handle) June 15, 2023</c>.
/// </summary>
internal sealed partial record PostAttribution(string Line, string Author, string Handle, DateTimeOffset? Date)
{
    public static PostAttribution? TryParse(string line)
    {
        var match = Pattern().Match(line);
        if (!match.Success)
        {
            return null;
        }

        DateTimeOffset? date = DateTimeOffset.TryParseExact(
            match.Groups["date"].Value.Replace(",", "", StringComparison.Ordinal),
            ["MMMM d yyyy", "MMM d yyyy", "d MMMM yyyy", "d MMM yyyy"],
            CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed) ? parsed : null;
        return new PostAttribution(line, match.Groups["name"].Value.Trim(), match.Groups["handle"].Value, date);
    }

    [GeneratedRegex(@"^\s*(?:—|–|--|-)\s*(?<name>[^()\n]{1,80}?)\s*\((?<handle>@\w{1,30})\)\s*(?<date>\p{L}{3,9}\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+\p{L}{3,9}\.?\s+\d{4})\s*$")]
    private static partial Regex Pattern();
}
