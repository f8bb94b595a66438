using Corroborate.Cli.Serve;
using Corroborate.Extraction;
using Corroborate.Pipeline;
using Corroborate.Storage;

namespace Corroborate.Web.Tests.Support;

/// <summary>A catalog over a private in-memory store holding the repository's samples/.</summary>
internal static class SampleCatalog
{
    public static async Task<StoryCatalog> OpenAsync()
    {
        var store = await SqliteArticleStore.OpenAsync(":memory:");
        var pipeline = new IngestPipeline(store);
        var result = await pipeline.IngestAsync([Repository.Samples]);
        Assert.Empty(result.Errors);
        return await StoryCatalog.OpenAsync(store, new Corroborate.Pipeline.StoryAnalyzer(Corroborate.Pipeline.AnalysisOptions.Default), ownsStore: true);
    }
}
