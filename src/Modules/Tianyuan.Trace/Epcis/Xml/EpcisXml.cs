namespace Tianyuan.Trace.Epcis.Xml;

using System.Text.Json;
using System.Text.Json.Nodes;
using System.Xml;
using System.Xml.Linq;

/// <summary>
/// Capture in the EPCIS XML binding: an EPCISDocument (2.0, or 1.2 with its extension wrappers), an
/// EPCISQueryDocument handed in for replication, or one event for POST /epcis/events, turned into the JSON-LD the JSON
/// capture path already validates, hashes and stores. There is one capture path, and an event's hash ID is the same
/// whichever binding it came in.
/// </summary>
/// <remarks>
/// Parsing is safe by construction: a DOCTYPE is skipped without being read (GS1's own examples carry an empty one),
/// so no entity is ever defined or expanded and nothing is fetched; the body is already size-limited by the caller.
/// Anything unreadable is an <see cref="XmlException"/> carrying the line, which the caller answers with 400.
/// </remarks>
static class EpcisXml
{
    public static readonly string[] MediaTypes = ["application/xml", "text/xml"];

    /// <summary>
    /// Deeper than any EPCIS document needs (nested extensions included), and shallow enough that the converted JSON
    /// stays within System.Text.Json's depth of 64 even when every level repeats (element → array → object).
    /// </summary>
    const int MaxDepth = 24;

    static readonly HashSet<string> EpcisNamespaces =
        ["urn:epcglobal:epcis:xsd:2", "urn:epcglobal:epcis:xsd:1", "urn:epcglobal:epcis-query:xsd:2", "urn:epcglobal:epcis-query:xsd:1"];

    static readonly XmlReaderSettings Safe = new()
    {
        DtdProcessing = DtdProcessing.Ignore,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        IgnoreWhitespace = true,
    };

    public static JsonDocument ToJson(byte[] body)
    {
        RefuseDeepNesting(body);
        using var reader = XmlReader.Create(new MemoryStream(body), Safe);
        var root = XDocument.Load(reader, LoadOptions.SetLineInfo).Root!;
        var prefixes = new XmlPrefixes();
        JsonObject json;
        if (root.Name.Namespace == XNamespace.None && XmlEvent.Types.Contains(root.Name.LocalName))
        {
            json = XmlEvent.From(root, prefixes);
            json.Insert(0, "@context", prefixes.Context());
        }
        else
        {
            json = Document(root, prefixes);
        }

        return JsonSerializer.SerializeToDocument(json);
    }

    static JsonObject Document(XElement root, XmlPrefixes prefixes)
    {
        if (!EpcisNamespaces.Contains(root.Name.NamespaceName) || root.Name.LocalName is not ("EPCISDocument" or "EPCISQueryDocument"))
            throw Refused(root, $"The root element is <{root.Name.LocalName}> in '{root.Name.NamespaceName}'; capture takes an EPCISDocument (urn:epcglobal:epcis:xsd:2) or a single event.");
        var body = root.Element("EPCISBody") ?? throw Refused(root, "The document has no <EPCISBody>.");
        var json = new JsonObject
        {
            ["type"] = root.Name.LocalName,
            // 1.x content is held to the 2.0 rules once converted, so it is captured as the 2.0 document it now is.
            ["schemaVersion"] = root.Attribute("schemaVersion")?.Value is { } v && v.StartsWith("1.", StringComparison.Ordinal) ? "2.0" : root.Attribute("schemaVersion")?.Value,
            ["creationDate"] = root.Attribute("creationDate")?.Value,
        };
        if (root.Name.LocalName == "EPCISDocument")
        {
            json["epcisBody"] = new JsonObject { ["eventList"] = Events(body.Element("EventList"), prefixes) };
        }
        else
        {
            var results = body.Elements().FirstOrDefault(e => e.Name.LocalName == "QueryResults") ?? throw Refused(body, "The query document has no <QueryResults>.");
            json["epcisBody"] = new JsonObject
            {
                ["queryResults"] = new JsonObject
                {
                    ["queryName"] = results.Element("queryName")?.Value.Trim(),
                    ["resultsBody"] = new JsonObject { ["eventList"] = Events(results.Element("resultsBody")?.Element("EventList"), prefixes) },
                },
            };
        }

        json.Insert(0, "@context", prefixes.Context());
        return json;
    }

    /// <summary>The events in document order; 1.2 puts TransformationEvent inside &lt;extension&gt;, which is read through.</summary>
    static JsonArray Events(XElement? list, XmlPrefixes prefixes)
    {
        var events = new JsonArray();
        foreach (var element in list is null ? [] : XmlEvent.Fields(list))
        {
            if (element.Name.Namespace != XNamespace.None || !XmlEvent.Types.Contains(element.Name.LocalName))
                throw Refused(element, $"<{element.Name.LocalName}> is not an EPCIS 2.0 event ({string.Join(", ", XmlEvent.Types)}).");
            events.Add(XmlEvent.From(element, prefixes));
        }

        return events;
    }

    /// <summary>
    /// A cheap streaming pass before the tree is built: a few megabytes of nested tags would otherwise recurse the
    /// converter deep enough to end the process.
    /// </summary>
    static void RefuseDeepNesting(byte[] body)
    {
        using var scan = XmlReader.Create(new MemoryStream(body), Safe);
        while (scan.Read())
        {
            if (scan.Depth > MaxDepth)
            {
                var at = (IXmlLineInfo)scan;
                throw new XmlException($"Elements nest deeper than {MaxDepth} levels.", null, at.LineNumber, at.LinePosition);
            }
        }
    }

    static XmlException Refused(XElement at, string message)
    {
        var line = (IXmlLineInfo)at;
        return new XmlException(message, null, line.LineNumber, line.LinePosition);
    }
}
