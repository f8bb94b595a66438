using Corroborate.Model;
using Corroborate.Clustering;

namespace Corroborate.Evaluation.Stories;

/// <summary>An article of a gold file with its gold story and the topic it belongs to (folds are made of whole topics).</summary>
internal sealed record GoldArticle(Article Article, string Story, string Topic);
