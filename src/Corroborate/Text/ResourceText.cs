using System.Collections.Frozen;

namespace Corroborate.Text;

/// <summary>The one reader of the word lists and tables embedded under <c>src/Corroborate/Resources/</c>.</summary>
internal static class ResourceText
{
    /// <summary>An embedded resource as text, for a reader that parses it itself (with line numbers, sections).</summary>
    /// <param name="name">Path under Resources, e.g. <c>Events/verbs.txt</c>.</param>
    /// <exception cref="InvalidOperationException">No such resource in the build.</exception>
    public static StreamReader Open(string name) => new(OpenBytes(name));

    /// <summary>An embedded resource as bytes (a trained model), for a reader that decodes it itself.</summary>
    /// <param name="name">Path under Resources, e.g. <c>Stance/stance-model.bin.gz</c>.</param>
    /// <param name="hint">What to do when it is missing, added to the error.</param>
    /// <exception cref="InvalidOperationException">No such resource in the build.</exception>
    public static Stream OpenBytes(string name, string? hint = null)
    {
        var assembly = typeof(ResourceText).Assembly;
        return assembly.GetManifestResourceStream(Prefix + name)
            ?? throw new InvalidOperationException($"Embedded resource '{Prefix}{name}' is missing from {assembly.GetName().Name}{(hint is null ? "." : ": " + hint)}");
    }

    /// <summary>The logical name of every embedded resource starts with this (see Corroborate.csproj).</summary>
    public const string Prefix = "Corroborate.Resources.";

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
