using System.IO.Compression;
using System.Text;
using AngleSharp.Dom;
using Corroborate.Ingest;
using Corroborate.Ingest.Html;
using FsCheck;
using FsCheck.Fluent;

namespace Corroborate.Tests.Ingest.Html;

public sealed class ScriptStripperTests
{
    [Theory]
    [InlineData("<p>a</p><script>var x = '<p>';</script><p>b</p>", "<p>a</p><script></script><p>b</p>")]
    [InlineData("<style>p { color: red }</style><p>b</p>", "<style></style><p>b</p>")]
    [InlineData("<SCRIPT src=\"x.js\">go()</SCRIPT >", "<SCRIPT src=\"x.js\"></SCRIPT >")]
    [InlineData("<script>if (a </scripty) {}</script>", "<script></script>")]
    public void Empties_script_and_style_bodies(string html, string expected) =>
        Assert.Equal(expected, ScriptStripper.Strip(html));

    [Theory]
    [InlineData("<script type=\"application/ld+json\">{\"headline\": \"Bridge opens\"}</script>")]
    [InlineData("<script>document.write('<!--<script>x</script>-->')</script>")]
    [InlineData("<a title=\"<script>x</script>\">link</a>")]
    [InlineData("<!-- <script>x</script> --><p>a</p>")]
    [InlineData("<textarea><script>x</script></textarea>")]
    [InlineData("<title>Why <script> tags matter</title>")]
    [InlineData("<svg><script>a<b>c</script></svg>")]
    [InlineData("<svg><svg></svg><style>a<b>c</style></svg>")]
    [InlineData("<plaintext><script>x</script>")]
    [InlineData("<script>never closed")]
    [InlineData("<select><style>a<b>c</style></select>")]
    [InlineData("<frameset><script>a<b>c</script>")]
    [InlineData("<p>no scripts at all</p>")]
    public void Leaves_json_data_text_and_foreign_content_alone(string html) =>
        Assert.Equal(html, ScriptStripper.Strip(html));

    [Fact]
    public void Json_ld_metadata_still_reads_after_stripping()
    {
        const string page = "<html><head><script>var tracker = 1;</script><script type=\"application/ld+json\">"
            + "{\"@type\": \"NewsArticle\", \"headline\": \"Harbour bridge reopens\", \"datePublished\": \"2024-03-02T08:00:00Z\"}</script>"
            + "</head><body><article><p>The harbour bridge reopened on Saturday after a week of repairs, the council said.</p></article></body></html>";
        var document = new HtmlFormat().ReadDocument(page, "page.html", ReadLimits.Default, default);
        Assert.Equal("Harbour bridge reopens", document.Title);
        Assert.Equal(new DateTimeOffset(2024, 3, 2, 8, 0, 0, TimeSpan.Zero), document.Published);
    }

    private static readonly string[] Fragments =
    [
        "<div class=\"story\">", "</div>", "<p>", "</p>", "text, ", "more words. ", "<script>", "</script>", "</script ",
        "<script type=\"application/ld+json\">", "{\"a\": 1}", "<style>", "</style>", "<!--", "-->", "--!>", "<!-->", "<title>",
        "</title>", "<textarea>", "</textarea>", "<svg>", "</svg>", "<math>", "</math>", "<a href=\"x>y\">", "</a>", "<b>", "</b>",
        "<br/>", "<", ">", "'", "\"", "=", "<xmp>", "</xmp>", "<noscript>", "</noscript>", "<table>", "<td>", "<select>",
        "<iframe>", "</iframe>", "a<b", "</SCRIPT>", "<Style>", "<template>", "</template>", "<!doctype html>", "<?x?>", "</",
        "<foreignObject>", "<plaintext>", "<img alt='<script>'>", "</select>", "<![CDATA[", "]]>", "<frameset>", "<input>",
    ];

    [Fact]
    public void The_tree_is_the_same_except_script_and_style_text_on_arbitrary_markup()
    {
        var markup = Gen.Elements(Fragments).ListOf().Select(parts => string.Concat(parts));
        Prop.ForAll(markup.ToArbitrary(), html => Shape(HtmlFormat.Parse(html, stripScripts: false)) == Shape(HtmlFormat.Parse(html)))
            .Check(Config.QuickThrowOnFailure.WithMaxTest(1000));
    }

    [Support.SharedDataFact("data/article-extraction/ground-truth.json")]
    public void Real_pages_read_the_same_with_and_without_stripping()
    {
        var folder = Path.Combine(Path.GetDirectoryName(Support.SharedData.Require("data/article-extraction/ground-truth.json"))!, "html");
        var pages = Directory.GetFiles(folder, "*.html.gz");
        Assert.NotEmpty(pages);
        foreach (var path in pages)
        {
            using var gzip = new GZipStream(File.OpenRead(path), CompressionMode.Decompress);
            using var reader = new StreamReader(gzip, Encoding.UTF8);
            var html = reader.ReadToEnd();
            Assert.True(Shape(HtmlFormat.Parse(html, stripScripts: false)) == Shape(HtmlFormat.Parse(html)), path);
        }
    }

    /// <summary>Every node in document order (name, attributes, text), leaving out the text inside script and style.</summary>
    private static string Shape(IDocument document)
    {
        using (document)
        {
            var shape = new StringBuilder();
            var stack = new Stack<INode>();
            stack.Push(document);
            while (stack.Count > 0)
            {
                var node = stack.Pop();
                switch (node)
                {
                    case IElement element:
                        shape.Append('<').Append(element.NamespaceUri).Append(':').Append(element.LocalName);
                        foreach (var attribute in element.Attributes)
                        {
                            shape.Append(' ').Append(attribute.Name).Append('=').Append(attribute.Value);
                        }

                        shape.Append('>');
                        break;
                    case IText text when node.ParentElement?.LocalName is not ("script" or "style"):
                        shape.Append('[').Append(text.Data).Append(']');
                        break;
                    case IText:
                        continue;
                    default:
                        shape.Append('{').Append(node.NodeType).Append('}');
                        break;
                }

                if (node is not IElement { LocalName: "script" or "style" })
                {
                    shape.Append(node.ChildNodes.Length);
                }

                shape.Append(';');
                for (var c = node.ChildNodes.Length - 1; c >= 0; c--)
                {
                    stack.Push(node.ChildNodes[c]);
                }
            }

            return shape.ToString();
        }
    }
}
