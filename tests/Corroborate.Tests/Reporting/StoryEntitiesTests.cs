using System.Text.Json;
using Corroborate.Reporting;

namespace Corroborate.Tests.Reporting;

/// <summary>A story's entity index is the same whether taken from its analysis or from its stored document, and survives storage.</summary>
public sealed class StoryEntitiesTests
{
    [Fact]
    public async Task The_index_of_a_stored_document_is_the_index_of_the_report_it_was_written_from()
    {
        foreach (var report in await SampleReports.AllAsync())
        {
            using var document = JsonDocument.Parse(StoryJsonWriter.Document(report));

            Assert.Equal(StoryEntities.Of(report).ToJson(), StoryEntities.FromDocument(document.RootElement).ToJson());
        }
    }

    [Fact]
    public async Task An_index_read_back_from_its_json_is_equal_and_keeps_only_quotes_with_a_speaker()
    {
        foreach (var report in await SampleReports.AllAsync())
        {
            var index = StoryEntities.Of(report);
            var back = StoryEntities.Parse(index.ToJson());

            Assert.Equal(index.ToJson(), back.ToJson());
            Assert.Equal(report.Extraction!.Quotes.Count(q => q.Speaker is not null), back.Quotes.Length);
            Assert.Equal(report.Extraction.Entities.Entities.Select(e => e.Id), back.AsExtraction().Entities.Entities.Select(e => e.Id));
        }
    }
}
