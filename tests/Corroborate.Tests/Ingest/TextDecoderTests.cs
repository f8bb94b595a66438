using System.Text;
using Corroborate.Ingest;
using FsCheck;

namespace Corroborate.Tests.Ingest;

public sealed class TextDecoderTests
{
    [Fact]
    public void Decodes_utf8_with_and_without_a_byte_order_mark()
    {
        var bytes = Encoding.UTF8.GetBytes("Díaz-Canel met Raúl in Havana.");

        Assert.Equal("Díaz-Canel met Raúl in Havana.", TextDecoder.Decode(bytes, "a"));
        Assert.Equal("Díaz-Canel met Raúl in Havana.", TextDecoder.Decode([0xEF, 0xBB, 0xBF, .. bytes], "b", out var kind));
        Assert.Equal(TextDecoder.Kind.Utf8Bom, kind);
    }

    [Theory]
    [InlineData("utf-16LE", nameof(TextDecoder.Kind.Utf16LittleEndian))]
    [InlineData("utf-16BE", nameof(TextDecoder.Kind.Utf16BigEndian))]
    public void Decodes_utf16_that_starts_with_a_byte_order_mark(string encodingName, string expected)
    {
        var encoding = Encoding.GetEncoding(encodingName);
        var bytes = encoding.GetPreamble().Concat(encoding.GetBytes("Tehran — خبر")).ToArray();

        Assert.Equal("Tehran — خبر", TextDecoder.Decode(bytes, "c", out var kind));
        Assert.Equal(Enum.Parse<TextDecoder.Kind>(expected), kind);
    }

    [Fact]
    public void Falls_back_to_windows_1252_for_legacy_single_byte_text()
    {
        byte[] bytes = [.. "Caf"u8, 0xE9, .. " in S"u8, 0xE3, .. "o Paulo, "u8, 0x93, .. "quoted"u8, 0x94];

        Assert.Equal("Café in São Paulo, “quoted”", TextDecoder.Decode(bytes, "d", out var kind));
        Assert.Equal(TextDecoder.Kind.Windows1252, kind);
    }

    [Fact]
    public void Refuses_binary_content_naming_the_input_and_the_nul_position()
    {
        byte[] bytes = [.. "PK"u8, 3, 4, 0, 0, 8, 0];

        var error = Assert.Throws<InputException>(() => TextDecoder.Decode(bytes, "archive.txt"));

        Assert.Equal("archive.txt", error.InputSource);
        Assert.Contains("not text", error.Message, StringComparison.Ordinal);
        Assert.Equal(4, error.Position);
    }

    [Fact]
    public void Refuses_broken_utf8_with_the_byte_offset_of_the_first_bad_sequence()
    {
        byte[] bytes = [.. "Raúl "u8, .. "Castro "u8, 0xE2, 0x82, .. " met "u8, 0xC3, 0xA9, 0xE2, 0x80, 0x9C];

        var error = Assert.Throws<InputException>(() => TextDecoder.Decode(bytes, "broken.txt"));

        Assert.Contains("invalid UTF-8", error.Message, StringComparison.Ordinal);
        Assert.Equal(13, error.Position);
    }

    [Fact]
    public void Decoding_arbitrary_bytes_returns_text_or_throws_an_input_error_and_nothing_else()
    {
        FsCheck.Fluent.Prop.ForAll<byte[]>(bytes =>
        {
            try
            {
                return TextDecoder.Decode(bytes ?? [], "random.bin") is not null;
            }
            catch (InputException e)
            {
                return e.InputSource == "random.bin";
            }
        }).QuickCheckThrowOnFailure();
    }
}
