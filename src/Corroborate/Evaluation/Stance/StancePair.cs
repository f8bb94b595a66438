using Corroborate.Corroboration;
using Corroborate.Corroboration.Stance;

namespace Corroborate.Evaluation.Stance;

/// <summary>One headline paired with one article body; <see cref="Gold"/> is the labelled stance when the input has one.</summary>
internal sealed record StancePair(string Headline, string BodyId, StanceLabel? Gold, long Line);
