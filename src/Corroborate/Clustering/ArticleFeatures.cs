namespace Corroborate.Clustering;

/// <summary>The four unit vectors an article is compared on: body terms, names, numbers and dates, headline words.</summary>
internal sealed record ArticleFeatures(SparseVector Terms, SparseVector Entities, SparseVector Numbers, SparseVector Headline);
