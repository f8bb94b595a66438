using Corroborate.Clustering;
using Corroborate.Model;

namespace Corroborate.Storage;

/// <summary>
/// An article the story assigner placed (or passed over: <paramref name="Story"/> null), with where it came from:
/// input <paramref name="Input"/>, <paramref name="Ordinal"/>-th of its articles. When the input's reader stored the
/// article's row beside it (<paramref name="Staged"/>), the assigner's commit copies that row on the server instead of
/// sending the article again.
/// </summary>
public sealed record AssignedArticle(long Input, int Ordinal, bool Staged, Article Article, StoryAssignment? Story);
