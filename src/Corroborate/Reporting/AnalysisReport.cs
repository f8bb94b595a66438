using System.Collections.Immutable;
using Corroborate.Model;
using Corroborate.Pipeline;

namespace Corroborate.Reporting;

/// <summary>Everything one analysis produced, in the shape of the JSON contract.</summary>
public sealed record AnalysisReport(ImmutableArray<Article> Articles, ImmutableArray<InputError> Errors)
{
    public ImmutableArray<StoryReport> Stories { get; init; } = [];

    /// <summary>Inputs that held an article already read (the same text): listed with the article they copy.</summary>
    public ImmutableArray<ArticleCopy> Copies { get; init; } = [];
}
