using System.Security.Cryptography;
using System.Text;
using Corroborate.Clustering;

namespace Corroborate.Storage;

/// <summary>The keys a stored report is valid for.</summary>
public static class StoryVersions
{
    /// <summary>
    /// A hash of the story's articles in order: a story that gained, lost or reordered an article has another
    /// (its article count alone would not tell a move in from a move out).
    /// </summary>
    public static string ArticleSet(Story story)
    {
        ArgumentNullException.ThrowIfNull(story);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', story.ArticleIds)))[..16]);
    }

    /// <summary>
    /// The analysis key of the built-in analysis of this build of the library: a report built by another build (whose
    /// extraction may differ) or with the user's own gazetteer or dictionaries is not served for it.
    /// </summary>
    public static string BuiltInAnalysis { get; } = "builtin/" + typeof(StoryVersions).Assembly.ManifestModule.ModuleVersionId.ToString("N");
}
