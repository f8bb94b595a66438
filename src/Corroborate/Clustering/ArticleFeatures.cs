namespace Corroborate.Clustering;

/// <summary>
/// The five unit vectors an article is compared on: body terms, names, numbers and dates, headline words, and event
/// roles (the names of the headline and lead paired with the words around them: who was arrested, what was hit).
/// </summary>
internal sealed record ArticleFeatures(SparseVector Terms, SparseVector Entities, SparseVector Numbers, SparseVector Headline, SparseVector Roles);
