namespace Corroborate.Tests.Clustering;

/// <summary>A fact that is skipped, saying why, when the shared ECB+ dev file is absent.</summary>
public sealed class EcbPlusFactAttribute : FactAttribute
{
    public EcbPlusFactAttribute()
    {
        if (Support.SharedData.Find("data/ecbplus/dev.jsonl") is null)
        {
            Skip = "ECB+ dev set not found: expected <repo>/../shared/data/ecbplus/dev.jsonl or $CORROBORATE_SHARED/data/ecbplus/dev.jsonl";
        }
    }
}
