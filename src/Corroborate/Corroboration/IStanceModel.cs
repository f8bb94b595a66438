namespace Corroborate.Corroboration;

/// <summary>Reads how articles stand towards claims: agree, disagree, discuss or unrelated.</summary>
public interface IStanceModel
{
    /// <summary>The stance of <paramref name="text"/> towards each claim, in order.</summary>
    IReadOnlyList<string> Classify(IReadOnlyList<string> claims, string text);
}
