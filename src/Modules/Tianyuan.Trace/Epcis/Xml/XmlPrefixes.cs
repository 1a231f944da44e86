namespace Tianyuan.Trace.Epcis.Xml;

using System.Text.Json.Nodes;
using System.Xml.Linq;

/// <summary>
/// Extension elements and attributes are XML names in a namespace ({http://example.com/ext1/}float); JSON-LD writes
/// them as prefixed keys ("ext1:float") with the prefix declared in @context. The sender's own prefix is kept when it
/// is free, so the stored event reads like the XML; a clash (the same prefix bound to two namespaces in different
/// places, or no prefix at all) gets a numbered one. The event hash expands keys back to their namespace, so the
/// prefix chosen never changes an event's identity.
/// </summary>
sealed class XmlPrefixes
{
    readonly Dictionary<string, string> byNamespace = JsonLdPrefixes.Standard.ToDictionary(p => p.Value, p => p.Key);
    readonly HashSet<string> taken = [.. JsonLdPrefixes.Standard.Keys];
    readonly Dictionary<string, string> declared = [];

    /// <summary>"prefix:localName" for an element or attribute name in a namespace.</summary>
    public string Key(XName name, XElement scope)
    {
        var ns = name.NamespaceName;
        if (!byNamespace.TryGetValue(ns, out var prefix))
        {
            var wanted = scope.GetPrefixOfNamespace(name.Namespace) is { Length: > 0 } p ? p : "ns";
            prefix = wanted;
            for (var n = 1; taken.Contains(prefix); n++)
                prefix = wanted + n;
            byNamespace[ns] = prefix;
            taken.Add(prefix);
            declared[prefix] = ns;
        }

        return prefix + ":" + name.LocalName;
    }

    /// <summary>The document's @context: the EPCIS 2.0 context, then the prefixes the extensions needed.</summary>
    public JsonArray Context()
    {
        var context = new JsonArray(EpcisDocument.StandardContext);
        if (declared.Count > 0)
            context.Add(new JsonObject(declared.Select(d => KeyValuePair.Create(d.Key, (JsonNode?)d.Value))));
        return context;
    }
}
