using System.Xml;
using System.Xml.Linq;

namespace Corroborate.Ingest.Feeds;

/// <summary>
/// Builds an element tree from XML with a hardened <see cref="XmlReader"/>: no DTD processing (entity
/// expansion attacks stay inert), no resolver (no external fetches), a character cap and a nesting cap.
/// In tolerant mode it keeps whatever was built before the first well-formedness error.
/// </summary>
internal static class FeedTreeBuilder
{
    private static readonly XNamespace XmlnsNamespace = "http://www.w3.org/2000/xmlns/";

    /// <summary>The root element (possibly partial), and the first error when the text was not well-formed.</summary>
    public static (XElement? Root, XmlException? Error, string? DocType) Build(string text, ReadLimits limits, bool tolerant)
    {
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Ignore,
            XmlResolver = null,
            MaxCharactersInDocument = limits.MaxDocumentBytes,
            MaxCharactersFromEntities = 1 << 16,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
            CheckCharacters = !tolerant,
        };

        XElement? root = null;
        XElement? current = null;
        string? docType = null;
        var depth = 0;
        using var stringReader = new StringReader(text);
        using var reader = XmlReader.Create(stringReader, settings);
        try
        {
            while (reader.Read())
            {
                switch (reader.NodeType)
                {
                    case XmlNodeType.DocumentType:
                        docType = reader.GetAttribute("PUBLIC") ?? reader.Name;
                        break;
                    case XmlNodeType.Element:
                        var element = new XElement(XName.Get(reader.LocalName, reader.NamespaceURI));
                        CopyAttributes(reader, element);
                        if (current is null)
                        {
                            root ??= element;
                            if (!ReferenceEquals(root, element))
                            {
                                throw new XmlException("content after the root element", null);
                            }
                        }
                        else
                        {
                            current.Add(element);
                        }

                        if (!reader.IsEmptyElement)
                        {
                            if (++depth > limits.MaxNestingDepth)
                            {
                                throw new XmlException($"elements nested deeper than {limits.MaxNestingDepth}", null);
                            }

                            current = element;
                        }

                        break;
                    case XmlNodeType.EndElement:
                        depth--;
                        current = current?.Parent;
                        break;
                    case XmlNodeType.Text:
                    case XmlNodeType.Whitespace:
                    case XmlNodeType.SignificantWhitespace:
                        current?.Add(new XText(reader.Value));
                        break;
                    case XmlNodeType.CDATA:
                        current?.Add(new XCData(reader.Value));
                        break;
                }
            }

            return (root, null, docType);
        }
        catch (XmlException e)
        {
            // The caller decides whether a partial tree is acceptable; the error is returned, never dropped.
            return (root, e, docType);
        }
    }

    private static void CopyAttributes(XmlReader reader, XElement element)
    {
        if (!reader.MoveToFirstAttribute())
        {
            return;
        }

        do
        {
            XName name = reader.NamespaceURI == XmlnsNamespace.NamespaceName
                ? reader.LocalName == "xmlns" ? "xmlns" : XNamespace.Xmlns + reader.LocalName
                : XName.Get(reader.LocalName, reader.NamespaceURI);
            if (element.Attribute(name) is null)
            {
                element.Add(new XAttribute(name, reader.Value));
            }
        }
        while (reader.MoveToNextAttribute());
        reader.MoveToElement();
    }
}
