using System.Diagnostics;
using System.IO.Compression;
using System.Text.Json;
using Corroborate.Ingest;
using Corroborate.Ingest.Html;

namespace Corroborate.Evaluation.Html;

/// <summary>
/// Runs <see cref="HtmlFormat"/> over an article-extraction benchmark folder (<c>html/&lt;id&gt;.html.gz</c>
/// and <c>ground-truth.json</c> mapping ids to <c>articleBody</c>) and scores the text with
/// <see cref="ExtractionScorer"/>. A page the reader refuses scores as an empty prediction and is listed
/// in <see cref="ExtractionEvaluationReport.Failures"/>.
/// </summary>
internal sealed class ExtractionEvaluation(HtmlFormat format, ReadLimits limits)
{
    public ExtractionEvaluation() : this(new HtmlFormat(), ReadLimits.Default)
    {
    }

    /// <summary>Throws <see cref="InputException"/> when the folder has no readable ground truth.</summary>
    public ExtractionEvaluationReport Run(string directory, CancellationToken cancellationToken = default)
    {
        var truthPath = Path.Combine(directory, "ground-truth.json");
        var truth = ReadGroundTruth(truthPath);
        var pages = new List<PageScore>(truth.Count);
        var failures = new List<string>();
        var watch = Stopwatch.StartNew();
        foreach (var (id, body) in truth)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var path = Path.Combine(directory, "html", id + ".html.gz");
            string predicted;
            try
            {
                var bytes = ReadGzip(path);
                predicted = format.ReadDocument(bytes, path, limits, cancellationToken).Text;
            }
            catch (InputException e)
            {
                failures.Add(e.Message);
                predicted = "";
            }

            pages.Add(ExtractionScorer.Score(id, body, predicted));
        }

        return new ExtractionEvaluationReport(ExtractionScorer.Aggregate(pages), [.. failures], watch.Elapsed);
    }

    /// <summary>Reads <c>ground-truth.json</c> as id → article body, in file order.</summary>
    public static IReadOnlyList<KeyValuePair<string, string>> ReadGroundTruth(string path)
    {
        if (!File.Exists(path))
        {
            throw new InputException(path, "no such file (expected the benchmark's ground-truth.json)");
        }

        try
        {
            using var stream = File.OpenRead(path);
            using var json = JsonDocument.Parse(stream);
            var truth = new List<KeyValuePair<string, string>>();
            foreach (var page in json.RootElement.EnumerateObject())
            {
                var body = page.Value.TryGetProperty("articleBody", out var value) && value.ValueKind == JsonValueKind.String
                    ? value.GetString()!
                    : "";
                truth.Add(new(page.Name, body));
            }

            return truth;
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            throw new InputException(path, "not the benchmark's ground truth: " + e.Message, inner: e);
        }
    }

    private byte[] ReadGzip(string path)
    {
        if (!File.Exists(path))
        {
            throw new InputException(path, "no such file");
        }

        using var file = File.OpenRead(path);
        using var gzip = new GZipStream(file, CompressionMode.Decompress);
        try
        {
            // Bounded like any archive record: a gzip bomb stops at the decompression limit.
            return StreamBytes.ReadAll(gzip, path, Math.Min(limits.MaxDecompressedBytes, limits.MaxDocumentBytes));
        }
        catch (InvalidDataException e)
        {
            throw new InputException(path, "not gzip: " + e.Message, inner: e);
        }
    }
}
