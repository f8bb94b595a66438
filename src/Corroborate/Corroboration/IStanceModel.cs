namespace Corroborate.Corroboration;

/// <summary>Reads how a text stands towards a claim: agree, disagree, discuss or unrelated.</summary>
public interface IStanceModel
{
    string Classify(string claim, string text);
}
