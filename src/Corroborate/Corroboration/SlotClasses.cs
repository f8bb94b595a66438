using System.Collections.Frozen;
using Corroborate.Text;

namespace Corroborate.Corroboration;

/// <summary>
/// Words outlets use for one thing or one act: "29 cooperation documents were initialled" and "signed 28 agreements"
/// fill one slot, so their figures are compared. The classes are data (<c>Resources/Amounts/*-classes.txt</c>); a word
/// in no class is its own class.
/// </summary>
internal static class SlotClasses
{
    private static readonly FrozenDictionary<string, string> Counted = Load("Amounts/counted-classes.txt", word => word);
    private static readonly FrozenDictionary<string, string> Predicates = Load("Amounts/predicate-classes.txt", ValueSlots.Stem);

    /// <summary>The class of a counted noun (singular), or the noun itself.</summary>
    public static string OfCounted(string counted) => Counted.GetValueOrDefault(counted, counted);

    /// <summary>The class of a predicate stem, or the stem itself.</summary>
    public static string OfPredicate(string stem) => Predicates.GetValueOrDefault(stem, stem);

    private static FrozenDictionary<string, string> Load(string resource, Func<string, string> normalize)
    {
        var classes = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in ResourceText.Lines(resource))
        {
            var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            foreach (var word in words)
            {
                classes.TryAdd(normalize(word), normalize(words[0]));
            }
        }

        return classes.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
