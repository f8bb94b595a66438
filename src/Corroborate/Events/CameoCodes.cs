using System.Collections.Frozen;
using System.Globalization;
using Corroborate.Text;

namespace Corroborate.Events;

/// <summary>
/// The CAMEO event code table (<c>Resources/Events/cameo-codes.tsv</c>): labels, Goldstein values, and the QuadClass
/// each root falls in. A code the table lacks takes the values of its nearest listed parent (1234 → 123 → 12).
/// </summary>
internal static class CameoCodes
{
    private static readonly FrozenDictionary<string, (double Goldstein, string Label)> Table = Load();

    public static bool IsKnown(string code) => Table.ContainsKey(code);

    public static CameoCode? Describe(string code)
    {
        if (code.Length < 2 || !code.All(char.IsDigit))
        {
            return null;
        }

        var root = code[..2];
        for (var prefix = code; prefix.Length >= 2; prefix = prefix[..^1])
        {
            if (Table.TryGetValue(prefix, out var entry))
            {
                return new CameoCode(code, entry.Label, root, QuadClassOf(root), entry.Goldstein);
            }
        }

        return null;
    }

    /// <summary>1 verbal cooperation (01–05), 2 material cooperation (06–09), 3 verbal conflict (10–14), 4 material conflict (15–20).</summary>
    public static int QuadClassOf(string root) => int.Parse(root, CultureInfo.InvariantCulture) switch
    {
        <= 5 => 1,
        <= 9 => 2,
        <= 14 => 3,
        _ => 4,
    };

    private static FrozenDictionary<string, (double, string)> Load()
    {
        var table = new Dictionary<string, (double, string)>(StringComparer.Ordinal);
        foreach (var line in ResourceText.Lines("Events/cameo-codes.tsv"))
        {
            var parts = line.Split('\t');
            if (parts.Length >= 3)
            {
                table[parts[0]] = (double.Parse(parts[1], CultureInfo.InvariantCulture), parts[2]);
            }
        }

        return table.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
