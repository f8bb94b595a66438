namespace Corroborate.Corroboration.Stance;

/// <summary>
/// What an article body says about a headline's claim, in the FNC-1 order (the model's class indexes).
/// </summary>
public enum StanceLabel
{
    /// <summary>The body supports the claim.</summary>
    Agree = 0,

    /// <summary>The body refutes the claim.</summary>
    Disagree = 1,

    /// <summary>The body reports the claim without taking a side.</summary>
    Discuss = 2,

    /// <summary>The body speaks of something else.</summary>
    Unrelated = 3,
}
