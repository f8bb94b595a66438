namespace Corroborate.Clustering;

/// <summary>A young story absorbed by another after a placement made them close (see <see cref="StoryClusteringOptions.MergeThreshold"/>).</summary>
/// <param name="Absorbed">The story that no longer exists; its id still finds the survivor through <see cref="StoryIndex.GetStory"/>.</param>
/// <param name="Into">The surviving story (the older of the two), which now holds the absorbed story's articles.</param>
public sealed record StoryMerge(string Absorbed, string Into);
