namespace Corroborate.Corroboration.Stance;

/// <summary>FNC-1 spellings of the labels ("agree", "disagree", "discuss", "unrelated").</summary>
internal static class StanceLabels
{
    public const int Count = 4;

    public static string ToFncName(this StanceLabel label) => label switch
    {
        StanceLabel.Agree => "agree",
        StanceLabel.Disagree => "disagree",
        StanceLabel.Discuss => "discuss",
        _ => "unrelated",
    };

    public static bool TryParse(string text, out StanceLabel label)
    {
        switch (text.Trim().ToLowerInvariant())
        {
            case "agree":
                label = StanceLabel.Agree;
                return true;
            case "disagree":
                label = StanceLabel.Disagree;
                return true;
            case "discuss":
                label = StanceLabel.Discuss;
                return true;
            case "unrelated":
                label = StanceLabel.Unrelated;
                return true;
            default:
                label = StanceLabel.Unrelated;
                return false;
        }
    }
}
