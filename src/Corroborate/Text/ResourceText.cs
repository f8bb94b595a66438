using System.Collections.Frozen;

namespace Corroborate.Text;

/// <summary>The one reader of the word lists and tables embedded under <c>src/Corroborate/Resources/</c>.</summary>
internal static class ResourceText
{
    /// <summary>An embedded resource as text, for a reader that parses it itself (with line numbers, sections).</summary>
    /// <param name="name">Path under Resources, e.g. <c>Events/verbs.txt</c>.</param>
    /// <exception cref="InvalidOperationException">No such resource in the build.</exception>
    public static StreamReader Open(string name)
    {
        var assembly = typeof(ResourceText).Assembly;
        var stream = assembly.GetManifestResourceStream("Corroborate.Resources." + name)
            ?? throw new InvalidOperationException($"Embedded resource 'Corroborate.Resources.{name}' is missing from {assembly.GetName().Name}.");
        return new StreamReader(stream);
    }

    /// <summary>Lines of an embedded resource, trimmed, without blank lines and <c>#</c> comments.</summary>
    /// <param name="name">Path under Resources, e.g. <c>Cleaning/agencies.txt</c>.</param>
    public static IEnumerable<string> Lines(string name)
    {
        using var reader = Open(name);
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
