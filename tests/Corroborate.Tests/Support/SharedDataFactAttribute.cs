namespace Corroborate.Tests.Support;

/// <summary>
/// A fact that needs the shared data at <c>relativePath</c>: skipped, with the reason shown, when it is absent
/// on a developer machine, but run (and so failing) when <c>CORROBORATE_CI=1</c>, where missing data is a
/// broken CI machine, not a choice.
/// </summary>
public sealed class SharedDataFactAttribute : FactAttribute
{
    public SharedDataFactAttribute(string relativePath)
    {
        Skip = SharedData.SkipReason(relativePath);
    }
}

/// <summary>A theory that needs the shared data at <c>relativePath</c>; skipped or failing as <see cref="SharedDataFactAttribute"/>.</summary>
public sealed class SharedDataTheoryAttribute : TheoryAttribute
{
    public SharedDataTheoryAttribute(string relativePath)
    {
        Skip = SharedData.SkipReason(relativePath);
    }
}
