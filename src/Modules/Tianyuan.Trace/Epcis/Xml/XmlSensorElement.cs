namespace Tianyuan.Trace.Epcis.Xml;

using System.Globalization;
using System.Text.Json.Nodes;
using System.Xml.Linq;

/// <summary>
/// One sensorElement of the XML binding, where sensorMetadata and sensorReport carry their fields as attributes, as
/// the JSON-LD object whose numbers are numbers and booleanValue a boolean (the JSON schema checks both).
/// </summary>
static class XmlSensorElement
{
    static readonly HashSet<string> Numbers = ["value", "minValue", "maxValue", "meanValue", "sDev", "percRank", "percValue"];

    public static JsonObject From(XElement element, XmlPrefixes prefixes)
    {
        var json = new JsonObject();
        foreach (var child in XmlEvent.Fields(element))
        {
            switch (child.Name.Namespace == XNamespace.None ? child.Name.LocalName : null)
            {
                case "sensorMetadata":
                    json["sensorMetadata"] = Attributes(child, prefixes, typed: false);
                    break;
                case "sensorReport":
                    if (json["sensorReport"] is not JsonArray reports)
                        json["sensorReport"] = reports = [];
                    reports.Add(Attributes(child, prefixes, typed: true));
                    break;
                default:
                    XmlEvent.AddOther(json, child, prefixes);
                    break;
            }
        }

        return json;
    }

    static JsonObject Attributes(XElement element, XmlPrefixes prefixes, bool typed)
    {
        var json = new JsonObject();
        foreach (var (key, text) in XmlExtension.Attributes(element, prefixes))
            json[key] = typed ? ReportValue(key, text.Trim()) : text.Trim();
        return json;
    }

    /// <summary>A value that does not parse stays text, so the schema names the attribute instead of it vanishing.</summary>
    static JsonValue ReportValue(string key, string text) => key switch
    {
        _ when Numbers.Contains(key) && decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) => JsonValue.Create(number),
        "booleanValue" when text is "true" or "1" or "false" or "0" => JsonValue.Create(text is "true" or "1"),
        "type" or "exception" => JsonValue.Create(CbvTerms.Short(text, CbvTerms.Gs1Vocabulary)),
        _ => JsonValue.Create(text),
    };
}
