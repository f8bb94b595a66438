using System.Collections.Frozen;
using System.Reflection;

namespace Corroborate.Text;

/// <summary>Reads the word lists and tables embedded under <c>src/Corroborate/Resources/</c>.</summary>
public static class ResourceText
{
    /// <summary>Lines of an embedded resource, without blank lines and <c>#</c> comments.</summary>
    /// <param name="name">Path under Resources, e.g. <c>Cleaning/agencies.txt</c>.</param>
    public static IEnumerable<string> Lines(string name)
    {
        var assembly = typeof(ResourceText).Assembly;
        using var stream = assembly.GetManifestResourceStream("Corroborate.Resources." + name)
            ?? throw new InvalidOperationException($"Embedded resource 'Corroborate.Resources.{name}' is missing from {assembly.GetName().Name}.");
        using var reader = new StreamReader(stream);
        var lines = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            var trimmed = line.Trim();
            if (trimmed.Length > 0 && trimmed[0] != '#')
            {
                lines.Add(trimmed);
            }
        }

        return lines;
    }

    public static FrozenSet<string> Set(string name, StringComparer comparer) => Lines(name).ToFrozenSet(comparer);
}
