using Corroborate.Corroboration;
using Corroborate.Corroboration.Stance;

namespace Corroborate.Evaluation.Stance;

/// <summary>How <see cref="StanceTrainer"/> validates and trains.</summary>
internal sealed record StanceTrainingOptions
{
    public int Folds { get; init; } = 5;

    public int Seed { get; init; } = 2017;

    /// <summary>
    /// Class weight = (share of an even split / class share) to this power: 0 ignores imbalance, 1 fully evens
    /// it out. Disagree is 3 % of FNC-1, so some weight keeps the trees from never predicting it.
    /// </summary>
    public float ClassWeightPower { get; init; } = 1f;

    /// <summary>Inner folds (by body) for scoring training rows with the body-word lexicon; below 2 turns the lexicon off.</summary>
    public int LexiconFolds { get; init; } = 3;

    /// <summary>
    /// Inner folds (disjoint in headlines and bodies) for the linear word model's features; below 2 (the default) turns
    /// it off: cross-validation on unseen claims did not find it better (docs/stance.md).
    /// </summary>
    public int LinearFolds { get; init; }

    /// <summary>Choose agree/disagree log-odds offsets on the cross-validation predictions and ship them in the model.</summary>
    public bool TuneOffsets { get; init; } = true;

    public GradientBoostingOptions Boosting { get; init; } = new();
}
