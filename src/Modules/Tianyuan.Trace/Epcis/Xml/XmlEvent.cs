namespace Tianyuan.Trace.Epcis.Xml;

using System.Globalization;
using System.Text.Json.Nodes;
using System.Xml.Linq;

/// <summary>
/// One event element of the EPCIS XML binding as the JSON-LD event object the JSON capture path consumes: lists
/// lose their item wrappers (epcList/epc → "epcList": [...]), typed entries keep their type (bizTransaction type="po"),
/// standard vocabulary becomes the bare CBV term, and namespaced elements become prefixed extension keys. EPCIS 1.2
/// documents put newer fields inside &lt;extension&gt; and &lt;baseExtension&gt; wrappers; those are read through.
/// </summary>
static class XmlEvent
{
    public static readonly HashSet<string> Types = ["ObjectEvent", "AggregationEvent", "TransactionEvent", "TransformationEvent", "AssociationEvent"];

    static readonly Dictionary<string, string> EpcLists = new()
    {
        ["epcList"] = "epc", ["childEPCs"] = "epc", ["inputEPCList"] = "epc", ["outputEPCList"] = "epc",
    };

    static readonly HashSet<string> QuantityLists = ["quantityList", "childQuantityList", "inputQuantityList", "outputQuantityList"];

    static readonly Dictionary<string, (string Item, (string Urn, string Web) Vocabulary)> TypedLists = new()
    {
        ["bizTransactionList"] = ("bizTransaction", CbvTerms.BizTransactionType),
        ["sourceList"] = ("source", CbvTerms.SourceDestType),
        ["destinationList"] = ("destination", CbvTerms.SourceDestType),
    };

    public static JsonObject From(XElement element, XmlPrefixes prefixes)
    {
        var json = new JsonObject { ["type"] = element.Name.LocalName };
        foreach (var field in Fields(element))
        {
            var name = field.Name.Namespace == XNamespace.None ? field.Name.LocalName : null;
            switch (name)
            {
                case not null when EpcLists.TryGetValue(name, out var item):
                    json[name] = new JsonArray([.. Items(field, item).Select(e => JsonValue.Create(e.Value.Trim()))]);
                    break;
                case not null when QuantityLists.Contains(name):
                    json[name] = new JsonArray([.. Items(field, "quantityElement").Select(Quantity)]);
                    break;
                case not null when TypedLists.TryGetValue(name, out var typed):
                    json[name] = new JsonArray([.. Items(field, typed.Item).Select(e => TypedEntry(e, typed.Item, typed.Vocabulary))]);
                    break;
                case "bizStep":
                    json[name] = CbvTerms.Short(field.Value, CbvTerms.BizStep);
                    break;
                case "disposition":
                    json[name] = CbvTerms.Short(field.Value, CbvTerms.Disposition);
                    break;
                case "persistentDisposition":
                    json[name] = PersistentDisposition(field);
                    break;
                case "readPoint" or "bizLocation" or "ilmd":
                    json[name] = Open(field, prefixes);
                    break;
                case "errorDeclaration":
                    json[name] = ErrorDeclaration(field, prefixes);
                    break;
                case "sensorElementList":
                    json[name] = new JsonArray([.. Items(field, "sensorElement").Select(e => XmlSensorElement.From(e, prefixes))]);
                    break;
                default:
                    AddOther(json, field, prefixes);
                    break;
            }
        }

        return json;
    }

    /// <summary>An element's children with 1.2's &lt;extension&gt;/&lt;baseExtension&gt; wrappers opened (they nest).</summary>
    public static IEnumerable<XElement> Fields(XElement element) =>
        element.Elements().SelectMany(e => e.Name == "extension" || e.Name == "baseExtension" ? Fields(e) : [e]);

    /// <summary>
    /// A scalar field of the standard (eventTime, action, parentID, certificationInfo…) as text, a namespaced one as a
    /// user extension. An unknown unqualified element is passed on under its own name, so the schema refuses it by name.
    /// </summary>
    public static void AddOther(JsonObject json, XElement field, XmlPrefixes prefixes)
    {
        if (field.Name.Namespace != XNamespace.None)
            XmlExtension.AddElement(json, field, prefixes);
        else
            XmlExtension.Add(json, field.Name.LocalName, field.HasElements ? Open(field, prefixes) : JsonValue.Create(field.Value.Trim()));
    }

    static IEnumerable<XElement> Items(XElement list, string item) => list.Elements().Where(e => e.Name.LocalName == item);

    static JsonObject Quantity(XElement element)
    {
        var json = new JsonObject();
        foreach (var field in Fields(element))
        {
            var text = field.Value.Trim();
            // A quantity that is not a number stays text, so the schema names /quantity rather than it vanishing.
            json[field.Name.LocalName] = field.Name.LocalName == "quantity" && decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var q)
                ? JsonValue.Create(q)
                : JsonValue.Create(text);
        }

        return json;
    }

    /// <summary>&lt;source type="urn:epcglobal:cbv:sdt:location"&gt;urn:epc:id:sgln:…&lt;/source&gt; → {"type": "location", "source": "…"}.</summary>
    static JsonObject TypedEntry(XElement element, string item, (string Urn, string Web) vocabulary)
    {
        var json = new JsonObject();
        if (element.Attribute("type") is { } type)
            json["type"] = CbvTerms.Short(type.Value, vocabulary);
        json[item] = element.Value.Trim();
        return json;
    }

    static JsonObject PersistentDisposition(XElement element)
    {
        var json = new JsonObject();
        foreach (var part in new[] { "set", "unset" })
        {
            var values = element.Elements(part).Select(e => JsonValue.Create(CbvTerms.Short(e.Value, CbvTerms.Disposition))).ToArray();
            if (values.Length > 0)
                json[part] = new JsonArray(values);
        }

        return json;
    }

    /// <summary>readPoint, bizLocation, ilmd: standard children as text, anything else as extensions.</summary>
    static JsonObject Open(XElement element, XmlPrefixes prefixes)
    {
        var json = new JsonObject();
        foreach (var field in Fields(element))
            AddOther(json, field, prefixes);
        return json;
    }

    static JsonObject ErrorDeclaration(XElement element, XmlPrefixes prefixes)
    {
        var json = new JsonObject();
        foreach (var field in Fields(element))
        {
            switch (field.Name.Namespace == XNamespace.None ? field.Name.LocalName : null)
            {
                case "reason":
                    json["reason"] = CbvTerms.Short(field.Value, CbvTerms.ErrorReason);
                    break;
                case "correctiveEventIDs":
                    json["correctiveEventIDs"] = new JsonArray([.. Items(field, "correctiveEventID").Select(e => JsonValue.Create(e.Value.Trim()))]);
                    break;
                default:
                    AddOther(json, field, prefixes);
                    break;
            }
        }

        return json;
    }
}
