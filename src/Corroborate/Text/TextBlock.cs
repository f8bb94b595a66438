namespace Corroborate.Text;

/// <summary>A paragraph of article text on its way through cleaning: its kept lines and what it became.</summary>
internal sealed class TextBlock(List<string> lines)
{
    public List<string> Lines { get; } = lines;

    public BlockRole Role { get; set; } = BlockRole.Body;

    public string? Language { get; set; }

    /// <summary>The identifier's guess for <see cref="Text"/> whatever its confidence, kept so assembling does not identify the same text again.</summary>
    public string? Guess { get; set; }

    /// <summary>For attribution blocks, the post they close; for post text, the attribution that claimed it.</summary>
    public PostAttribution? Attribution { get; set; }

    /// <summary>The lines joined; built once (cleaning reads it several times and never changes the lines after a block is made).</summary>
    public string Text => _text ??= Lines.Count == 1 ? Lines[0] : string.Join('\n', Lines);

    private string? _text;
}

internal enum BlockRole
{
    Body,
    Heading,
    PostText,
    Attribution,
    Removed,
}
