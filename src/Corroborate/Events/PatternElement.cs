namespace Corroborate.Events;

/// <summary>What one element of a verb pattern matches.</summary>
public enum PatternElementKind
{
    /// <summary>A literal word (plural forms match too).</summary>
    Word,

    /// <summary><c>&amp;NAME</c>: any phrase of the synset.</summary>
    Synset,

    /// <summary><c>$</c>: the source actor is the noun phrase here.</summary>
    Source,

    /// <summary><c>+</c>: the target actor is the noun phrase here.</summary>
    Target,

    /// <summary><c>%</c>: a compound actor here is both source and target ("X and Y met").</summary>
    Compound,

    /// <summary><c>^</c>: skip one noun phrase.</summary>
    Skip,
}

/// <summary>One element of a verb pattern; <see cref="Adjacent"/> when '_' ties it to the element nearer the verb.</summary>
public sealed record PatternElement(PatternElementKind Kind, string Text, bool Adjacent);
