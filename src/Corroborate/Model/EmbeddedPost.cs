namespace Corroborate.Model;

/// <summary>A social-media post found inside an article by a reader that sees structure (HTML).</summary>
public sealed record EmbeddedPost(string Text, string? Author, string? Handle, DateTimeOffset? Date, string? Url);
