using Corroborate.Clustering;

namespace Corroborate.Evaluation.Stories;

/// <summary>Outcome of <see cref="StoryEvaluation"/>: the BCubed score, articles read, stories formed, gold stories.</summary>
internal sealed record StoryEvaluationResult(BCubedScore Score, int Articles, int PredictedStories, int GoldStories, int Duplicates);
