using System.Collections.Frozen;
using Corroborate.Text;

namespace Corroborate.Events;

/// <summary>
/// Who can use conventional military force (CAMEO root 19), read from <c>Resources/Events/force-sectors.txt</c>: a
/// state, an alliance, or an actor of an armed sector; not criminals, protesters, civilians or businesses.
/// </summary>
internal static class ForceSectors
{
    private static readonly FrozenDictionary<string, FrozenSet<string>> Classes = ResourceText.Lines("Events/force-sectors.txt")
        .Select(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        .ToFrozenDictionary(parts => parts[0], parts => parts[1..].ToFrozenSet(StringComparer.Ordinal), StringComparer.Ordinal);

    private static readonly FrozenSet<string> Armed = Classes["ARMED"];

    private static readonly FrozenSet<string> Unarmed = Classes["UNARMED"];

    /// <summary>
    /// False only for an actor code whose sector parts (3 letters each, after the country part) name an unarmed sector
    /// and no armed one ("---CRM", "GRCOPP"); a bare country, an organisation or an unknown code may fight.
    /// </summary>
    public static bool CanFight(string actorCode)
    {
        var unarmed = false;
        for (var i = 3; i + 3 <= actorCode.Length; i += 3)
        {
            var part = actorCode.Substring(i, 3);
            if (Armed.Contains(part))
            {
                return true;
            }

            unarmed |= Unarmed.Contains(part);
        }

        return !unarmed;
    }
}
