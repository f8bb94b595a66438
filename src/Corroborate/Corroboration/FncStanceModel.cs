using Corroborate.Corroboration.Stance;

namespace Corroborate.Corroboration;

/// <summary>
/// The stance model trained on FNC-1 (<see cref="StanceClassifier"/>), reading each article once and
/// every claim against it: the claim sentence plays the headline, the article body the body.
/// </summary>
public sealed class FncStanceModel(StanceClassifier classifier) : IStanceModel
{
    public static FncStanceModel Default { get; } = new(StanceClassifier.Load());

    /// <summary>
    /// Disagree is the model's weakest label (F1 0.31 in cross-validation) and the costliest to show wrongly:
    /// an analyst reads it as "this outlet disputes the claim". Below this probability the next label stands.
    /// </summary>
    public const float MinDisagree = 0.6f;

    public IReadOnlyList<string> Classify(IReadOnlyList<string> claims, string text)
    {
        var body = classifier.Prepare(text);
        return [.. claims.Select(claim => StanceLabels.ToFncName(Decide(classifier.Predict(claim, body))))];
    }

    internal static StanceLabel Decide(StancePrediction prediction)
    {
        if (prediction.Label != StanceLabel.Disagree || prediction.Disagree >= MinDisagree)
        {
            return prediction.Label;
        }

        return new[] { StanceLabel.Agree, StanceLabel.Discuss, StanceLabel.Unrelated }.MaxBy(prediction.Probability);
    }
}
