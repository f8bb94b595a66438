namespace Corroborate.Tests.Clustering;

/// <summary>A fact that is skipped, saying why, when the shared seed articles (and, if needed, ECB+ dev) are absent.</summary>
public sealed class SeedsFactAttribute : FactAttribute
{
    public SeedsFactAttribute(bool needsEcbPlus = false)
    {
        if (Support.SharedData.Find("seeds") is null)
        {
            Skip = "seed articles not found: expected <repo>/../shared/seeds/*.txt or $CORROBORATE_SHARED/seeds";
        }
        else if (needsEcbPlus && Support.SharedData.Find("data/ecbplus/dev.jsonl") is null)
        {
            Skip = "ECB+ dev set not found: expected <repo>/../shared/data/ecbplus/dev.jsonl or $CORROBORATE_SHARED/data/ecbplus/dev.jsonl";
        }
    }
}
