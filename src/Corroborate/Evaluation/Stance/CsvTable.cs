using System.Collections.Immutable;
using Corroborate.Corroboration;
using Corroborate.Corroboration.Stance;

namespace Corroborate.Evaluation.Stance;

/// <summary>A parsed CSV file: its header, and each record with the line it starts on (for error messages).</summary>
internal sealed record CsvTable(string Source, ImmutableArray<string> Header, ImmutableArray<CsvRecord> Records)
{
    /// <summary>Index of the column named <paramref name="name"/> (case-insensitive, trimmed), or -1.</summary>
    public int ColumnOf(string name)
    {
        for (var i = 0; i < Header.Length; i++)
        {
            if (string.Equals(Header[i].Trim(), name, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return -1;
    }
}
