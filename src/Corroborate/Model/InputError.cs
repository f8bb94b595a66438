namespace Corroborate.Model;

/// <summary>
/// An input that could not be read (or an article or story a stage failed on), and why.
/// JSON: <c>{ "source", "message" }</c>, plus <c>"story"</c> when the failure belongs to a story.
/// </summary>
public sealed record InputError(string Source, string Message)
{
    /// <summary>The story the failure belongs to, when a story stage failed.</summary>
    public string? Story { get; init; }
}
