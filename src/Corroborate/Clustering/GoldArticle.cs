using Corroborate.Model;

namespace Corroborate.Clustering;

/// <summary>An article of a gold file with its gold story and the topic it belongs to (folds are made of whole topics).</summary>
internal sealed record GoldArticle(Article Article, string Story, string Topic);
