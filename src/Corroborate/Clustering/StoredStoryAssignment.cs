using Corroborate.Model;

namespace Corroborate.Clustering;

/// <summary>One stored decision, replayed by <see cref="StoryIndex.Restore"/>: the article, its story, and its original if it is a copy.</summary>
public sealed record StoredStoryAssignment(Article Article, string StoryId, string? DuplicateOf = null);
