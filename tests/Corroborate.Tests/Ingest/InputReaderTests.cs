using Corroborate.Ingest;

namespace Corroborate.Tests.Ingest;

public sealed class InputReaderTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("corroborate-input-");

    [Fact]
    public void Expands_folders_recursively_in_a_stable_order_and_skips_hidden_files()
    {
        Directory.CreateDirectory(Path.Combine(_folder.FullName, "sub"));
        File.WriteAllText(Path.Combine(_folder.FullName, "b.txt"), "B");
        File.WriteAllText(Path.Combine(_folder.FullName, "sub", "a.txt"), "A");
        File.WriteAllText(Path.Combine(_folder.FullName, ".hidden"), "H");

        var files = InputReader.ExpandPaths([_folder.FullName]).Select(Path.GetFileName).ToList();

        Assert.Equal(["b.txt", "a.txt"], files);
    }

    [Fact]
    public void Names_an_empty_file_as_empty()
    {
        var path = Path.Combine(_folder.FullName, "empty.txt");
        File.WriteAllText(path, "");

        var error = Assert.Throws<InputException>(() => new InputReader().Read(path).ToList());

        Assert.Equal(path, error.InputSource);
        Assert.Contains("empty", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Names_a_missing_file()
    {
        var path = Path.Combine(_folder.FullName, "nope.txt");

        var error = Assert.Throws<InputException>(() => new InputReader().Read(path).ToList());

        Assert.Contains("no such file", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Refuses_a_file_over_the_size_limit_before_reading_it()
    {
        var path = Path.Combine(_folder.FullName, "huge.txt");
        File.WriteAllText(path, new string('a', 5000));
        var reader = new InputReader(DocumentFormats.Default, new ReadLimits { MaxDocumentBytes = 1000 });

        var error = Assert.Throws<InputException>(() => reader.Read(path).ToList());

        Assert.Contains("limit", error.Reason, StringComparison.Ordinal);
    }

    public void Dispose() => _folder.Delete(recursive: true);
}
