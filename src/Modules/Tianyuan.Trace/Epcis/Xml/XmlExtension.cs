namespace Tianyuan.Trace.Epcis.Xml;

using System.Text.Json.Nodes;
using System.Xml.Linq;

/// <summary>
/// User extensions and the other open content of the XML binding (ILMD, extra fields in readPoint, sensorElement,
/// errorDeclaration) as JSON-LD: an element with children becomes an object, a leaf its text, a repeated element an
/// array, as the EPCIS 2.0 JSON-LD binding maps them. Values stay strings (xsi:type is not read): the GS1 JSON
/// examples of the same extensions hold strings too, and the event hash writes a value the same either way.
/// </summary>
static class XmlExtension
{
    static readonly XNamespace Xsi = "http://www.w3.org/2001/XMLSchema-instance";

    /// <summary>Adds one field; a name seen before turns into an array, which is how JSON holds a repeated element.</summary>
    public static void Add(JsonObject target, string key, JsonNode? value)
    {
        if (!target.TryGetPropertyValue(key, out var existing))
        {
            target[key] = value;
            return;
        }

        if (existing is not JsonArray list)
        {
            target.Remove(key);
            list = new JsonArray(existing);
            target[key] = list;
        }

        list.Add(value);
    }

    /// <summary>An extension element under its prefixed key.</summary>
    public static void AddElement(JsonObject target, XElement element, XmlPrefixes prefixes) =>
        Add(target, prefixes.Key(element.Name, element), Value(element, prefixes));

    /// <summary>An element's attributes beyond the namespace declarations and xsi:, under their (prefixed) names.</summary>
    public static IEnumerable<(string Key, string Value)> Attributes(XElement element, XmlPrefixes prefixes) =>
        element.Attributes()
            .Where(a => !a.IsNamespaceDeclaration && a.Name.Namespace != Xsi)
            .Select(a => (a.Name.Namespace == XNamespace.None ? a.Name.LocalName : prefixes.Key(a.Name, element), a.Value));

    static JsonNode Value(XElement element, XmlPrefixes prefixes)
    {
        var attributes = Attributes(element, prefixes).ToList();
        if (!element.HasElements && attributes.Count == 0)
            return JsonValue.Create(element.Value.Trim());
        var value = new JsonObject();
        foreach (var (key, text) in attributes)
            value[key] = text;
        if (!element.HasElements && element.Value.Trim().Length > 0)
            value["#text"] = element.Value.Trim();
        foreach (var child in element.Elements())
        {
            var key = child.Name.Namespace == XNamespace.None ? child.Name.LocalName : prefixes.Key(child.Name, child);
            Add(value, key, Value(child, prefixes));
        }

        return value;
    }
}
