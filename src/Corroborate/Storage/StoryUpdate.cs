using System.Collections.Immutable;
using Corroborate.Clustering;

namespace Corroborate.Storage;

/// <summary>What changed in a store's stories after a revision: stories written since, ids merged away since, and the revision now.</summary>
public sealed record StoryUpdate(long Revision, ImmutableArray<Story> Changed, ImmutableArray<string> Removed);
