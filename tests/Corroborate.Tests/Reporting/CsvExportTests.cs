using System.Text.Json;
using Corroborate.Reporting;

namespace Corroborate.Tests.Reporting;

/// <summary>The claims table written from a stored story object is the table written from its analysis.</summary>
public sealed class CsvExportTests
{
    [Fact]
    public async Task Claim_rows_from_the_stored_story_object_are_the_rows_from_the_analysis()
    {
        var reports = await SampleReports.AllAsync();
        Assert.Contains(reports, r => r.Corroboration is { Claims.Length: > 0 });
        foreach (var report in reports)
        {
            using var stored = JsonDocument.Parse(StoryJsonWriter.Document(report));
            Assert.Equal(Table(CsvExport.ClaimRowsOf(report)), Table(CsvExport.ClaimRowsOf(stored.RootElement)));
        }
    }

    [Fact]
    public void A_stored_story_without_claims_has_no_claim_rows()
    {
        using var stored = JsonDocument.Parse("""{"id":"s1","title":"A story of one article"}""");

        Assert.Empty(CsvExport.ClaimRowsOf(stored.RootElement));
    }

    private static string Table(IEnumerable<string?[]> rows)
    {
        using var text = new StringWriter();
        CsvExport.WriteTable(text, [CsvExport.ClaimHeader, .. rows]);
        return text.ToString();
    }
}
