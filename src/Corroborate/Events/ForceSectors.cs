using System.Collections.Frozen;
using Corroborate.Text;

namespace Corroborate.Events;

/// <summary>
/// Who can use conventional military force (CAMEO root 19), read from <c>Resources/Events/force-sectors.txt</c>: a
/// state, an alliance, or an actor of an armed sector; not criminals, protesters, civilians or businesses. The same
/// table names who does not fight back (force against them is assault, root 18) and who is a private person (no visits).
/// </summary>
internal static class ForceSectors
{
    private static readonly FrozenDictionary<string, FrozenSet<string>> Classes = ResourceText.Lines("Events/force-sectors.txt")
        .Select(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        .ToFrozenDictionary(parts => parts[0], parts => parts[1..].ToFrozenSet(StringComparer.Ordinal), StringComparer.Ordinal);

    private static readonly FrozenSet<string> Armed = Classes["ARMED"];

    private static readonly FrozenSet<string> Unarmed = Classes["UNARMED"];

    private static readonly FrozenSet<string> Noncombatant = Classes["NONCOMBATANT"];

    private static readonly FrozenSet<string> Private = Classes["PRIVATE"];

    private static readonly FrozenSet<string> Office = Classes["OFFICE"];

    /// <summary>Nouns of people who do not fight that carry no sector of their own ("hostage", "national").</summary>
    public static FrozenSet<string> NoncombatantNouns { get; } = Classes["NONCOMBATANT_NOUNS"];

    /// <summary>
    /// True for an actor code with sector parts that all name people who do not fight ("USAMED" a journalist, "---CVL"
    /// civilians, "PSEOPP" protesters); false for a bare country, an organisation or any armed or other sector.
    /// </summary>
    public static bool IsNoncombatant(string actorCode) => AllSectorsIn(actorCode, Noncombatant);

    /// <summary>True for an actor code whose sector parts all name private persons ("---CVL" civilians, "GBRCVL" British workers).</summary>
    public static bool IsPrivate(string actorCode) => AllSectorsIn(actorCode, Private);

    /// <summary>
    /// True for an actor code of a named country with a sector of its office ("IRNGOV" Iran's president, "CUBLEG"), or of
    /// an intergovernmental or non-governmental organisation ("IGO…", "NGO…", "NGONTH" a Northland aid agency): a party
    /// whose journey is a visit.
    /// </summary>
    public static bool IsVisitingParty(string actorCode)
    {
        if (actorCode.StartsWith("IGO", StringComparison.Ordinal) || actorCode.StartsWith("NGO", StringComparison.Ordinal))
        {
            return true;
        }

        if (actorCode.Length < 6 || actorCode.StartsWith("---", StringComparison.Ordinal))
        {
            return false;
        }

        for (var i = 3; i + 3 <= actorCode.Length; i += 3)
        {
            if (Office.Contains(actorCode.Substring(i, 3)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool AllSectorsIn(string actorCode, FrozenSet<string> sectors)
    {
        if (actorCode.Length < 6)
        {
            return false;
        }

        for (var i = 3; i + 3 <= actorCode.Length; i += 3)
        {
            if (!sectors.Contains(actorCode.Substring(i, 3)))
            {
                return false;
            }
        }

        return true;
    }

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
