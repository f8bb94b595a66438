using System.Text;

namespace Corroborate.Storage;

/// <summary>
/// Turns a user's words into a full-text query that cannot be misread as query syntax: each word becomes
/// a quoted term, all of them required. Stores share it so a search means the same on SQLite and PostgreSQL.
/// </summary>
public static class SearchQuery
{
    /// <summary>The words of <paramref name="query"/>: letters and digits runs, at most 16.</summary>
    public static IReadOnlyList<string> Words(string query)
    {
        var words = new List<string>();
        var current = new StringBuilder();
        foreach (var c in query)
        {
            if (char.IsLetterOrDigit(c))
            {
                current.Append(c);
            }
            else if (current.Length > 0)
            {
                words.Add(current.ToString());
                current.Clear();
            }
        }

        if (current.Length > 0)
        {
            words.Add(current.ToString());
        }

        return words.Take(16).ToList();
    }

    /// <summary>An FTS5 MATCH expression: every word quoted, all required. Empty when the query has no words.</summary>
    public static string ToFts5(string query) => string.Join(" AND ", Words(query).Select(w => $"\"{w}\""));
}
