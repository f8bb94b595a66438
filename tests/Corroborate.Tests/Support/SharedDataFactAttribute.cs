namespace Corroborate.Tests.Support;

/// <summary>A fact that is skipped, with the reason shown, when the shared data it reads is absent.</summary>
public sealed class SharedDataFactAttribute : FactAttribute
{
    public SharedDataFactAttribute(string relativePath)
    {
        if (SharedData.Find(relativePath) is null)
        {
            Skip = $"shared data '{relativePath}' not found (looked for ../shared beside the repository and $CORROBORATE_SHARED)";
        }
    }
}
