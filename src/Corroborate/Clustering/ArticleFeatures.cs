namespace Corroborate.Clustering;

/// <summary>The three unit vectors an article is compared on: body terms, names, numbers and dates.</summary>
internal sealed record ArticleFeatures(SparseVector Terms, SparseVector Entities, SparseVector Numbers);
