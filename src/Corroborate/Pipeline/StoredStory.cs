using Corroborate.Clustering;
using Corroborate.Model;
using Corroborate.Reporting;

namespace Corroborate.Pipeline;

/// <summary>A stored story, its stored articles in the story's order, and its report.</summary>
public sealed record StoredStory(Story Story, IReadOnlyDictionary<string, Article> Articles, StoryReport Report);
