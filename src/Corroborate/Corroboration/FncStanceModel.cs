using Corroborate.Corroboration.Stance;

namespace Corroborate.Corroboration;

/// <summary>
/// The stance model trained on FNC-1 (<see cref="StanceClassifier"/>), reading each article once and
/// every claim against it: the claim sentence plays the headline, the article body the body.
/// </summary>
public sealed class FncStanceModel(StanceClassifier classifier) : IStanceModel
{
    public static FncStanceModel Default { get; } = new(StanceClassifier.Load());

    public IReadOnlyList<string> Classify(IReadOnlyList<string> claims, string text)
    {
        var body = classifier.Prepare(text);
        return [.. claims.Select(claim => StanceLabels.ToFncName(classifier.Predict(claim, body).Label))];
    }
}
