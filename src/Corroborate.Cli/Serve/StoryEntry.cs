using Corroborate.Reporting;

namespace Corroborate.Cli.Serve;

/// <summary>A story's report and its JSON (UTF-8, as the contract writes it), valid while the story has <paramref name="ArticleCount"/> articles.</summary>
public sealed record StoryEntry(int ArticleCount, StoryReport Report, ReadOnlyMemory<byte> Json);
