using System.Collections.Frozen;
using Corroborate.Events;

namespace Corroborate.Evaluation.Events;

/// <summary>
/// CAMEO codes to PLOVER categories, read from the PLOVER project's conversion table (CAMEO2PLOVER-2021.txt:
/// <c>CODE: CATEGORY, MODE, CONTEXT # label</c>). The gold records were coded with PLOVER 0.5, whose names differ
/// from the 2021 table's in four places, so the 2021 category is given the name the records use: REQUEST is
/// DEMAND; ACCUSE with the "investigate" mode is INVESTIGATE, other ACCUSE is DISAPPROVE; ASSAULT from CAMEO root 19
/// (conventional military force) is FIGHT. Codes the table leaves out (01 statements, 02 appeals) have no category:
/// PLOVER does not code them as events.
/// </summary>
internal sealed class PloverCategories
{
    private readonly FrozenDictionary<string, string> _byCode;

    private PloverCategories(Dictionary<string, string> byCode) => _byCode = byCode.ToFrozenDictionary(StringComparer.Ordinal);

    public int Count => _byCode.Count;

    /// <summary>Reads the conversion table; a line that is not <c>CODE: CATEGORY, …</c> is skipped, an empty table is an error.</summary>
    public static PloverCategories Read(string path)
    {
        var byCode = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var raw in File.ReadLines(path))
        {
            var line = raw.Split('#', 2)[0];
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0 || !line[..colon].Trim().All(char.IsDigit))
            {
                continue;
            }

            var code = line[..colon].Trim();
            var fields = line[(colon + 1)..].Split(',');
            var category = fields[0].Trim().ToUpperInvariant();
            var mode = fields.Length > 1 ? fields[1].Trim().ToLowerInvariant() : "";
            if (category.Length == 0 || category.Contains(' ', StringComparison.Ordinal))
            {
                continue;
            }

            // A two-digit root line ("08: CONCEDE") only heads its block; the three- and four-digit lines decide.
            if (code.Length == 2 && byCode.ContainsKey(code))
            {
                continue;
            }

            byCode[code] = GoldName(code, category, mode);
        }

        if (byCode.Count == 0)
        {
            throw new InvalidDataException($"{path}: no 'CODE: CATEGORY' lines; expected the CAMEO2PLOVER conversion table");
        }

        return new PloverCategories(byCode);
    }

    /// <summary>The PLOVER category of a CAMEO code (its own line, else its parent's), or null when PLOVER does not code it.</summary>
    public string? Of(string cameo)
    {
        for (var length = cameo.Length; length >= 2; length--)
        {
            if (_byCode.TryGetValue(cameo[..length], out var category))
            {
                return category;
            }
        }

        return null;
    }

    private static string GoldName(string code, string category, string mode) => category switch
    {
        "REQUEST" => "DEMAND",
        "ACCUSE" => mode == "investigate" ? "INVESTIGATE" : "DISAPPROVE",
        "ASSAULT" when code.StartsWith("19", StringComparison.Ordinal) => "FIGHT",
        _ => category,
    };
}
