using System.Diagnostics.CodeAnalysis;
using BenchmarkDotNet.Attributes;
using Corroborate.Ingest;
using Corroborate.Model;
using Corroborate.Text;

namespace Corroborate.Bench;

/// <summary>BenchmarkDotNet micro-benchmarks of the text hot paths, by article size.</summary>
[MemoryDiagnoser]
[SuppressMessage("Maintainability", "CA1515", Justification = "BenchmarkDotNet runs public benchmark classes only.")]
public class TextBenchmarks
{
    private string _text = "";
    private SourceDocument _document = null!;

    [Params(1, 4)]
    public int Kilobytes { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var generator = new ArticleCorpusGenerator(seed: 7);
        var builder = new System.Text.StringBuilder();
        var i = 0;
        while (builder.Length < Kilobytes * 1024)
        {
            builder.Append(System.Text.Encoding.UTF8.GetString(generator.Next(i++)));
        }

        _text = builder.ToString(0, Kilobytes * 1024);
        _document = PlainTextHeaderReader.Read(_text, "bench.txt");
    }

    [Benchmark]
    public int SplitSentences() => SentenceSplitter.Default.Split(_text, new TextSpan(0, _text.Length)).Length;

    [Benchmark]
    public string IdentifyLanguage() => LanguageIdentifier.Default.Identify(_text).Code;

    [Benchmark]
    public int CleanAndAssemble() => new ArticleAssembler().Assemble(new ArticleCleaner().Clean(_document)).Sentences.Length;
}
