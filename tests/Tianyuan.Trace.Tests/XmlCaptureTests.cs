namespace Tianyuan.Trace.Tests;

using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Xml;
using Tianyuan.Trace.Epcis;
using Tianyuan.Trace.Epcis.Xml;

/// <summary>
/// The EPCIS XML binding read into the JSON-LD the capture path stores: GS1's XML examples against their JSON twins in
/// ../shared/benchmarks/epcis, EPCIS 1.2 extension wrappers, and the parser refusing DTD tricks.
/// </summary>
public class XmlCaptureTests
{
    static readonly string XmlFolder = SharedBenchmarks.Folder("epcis", "gs1-xml");
    static readonly string JsonFolder = SharedBenchmarks.Folder("epcis", "gs1-json");

    static JsonElement FromXml(string xml) => EpcisXml.ToJson(Encoding.UTF8.GetBytes(xml)).RootElement;

    static JsonElement XmlFile(string name) => EpcisXml.ToJson(File.ReadAllBytes(Path.Combine(XmlFolder, name))).RootElement;

    static JsonElement JsonFile(string name) => JsonDocument.Parse(File.ReadAllText(Path.Combine(JsonFolder, name))).RootElement;

    static JsonElement Event(JsonElement document, int index) => document.GetProperty("epcisBody").GetProperty("eventList")[index];

    static JsonNode? Node(JsonElement e, string property) => JsonNode.Parse(e.GetProperty(property).GetRawText());

    static void SameField(JsonElement expected, JsonElement actual, string property) =>
        Assert.True(JsonNode.DeepEquals(Node(expected, property), Node(actual, property)), $"{property}: expected {expected.GetProperty(property)}, got {actual.GetProperty(property)}");

    [Fact]
    public void Example_9_6_1_in_XML_reads_field_for_field_like_its_JSON_twin_and_hashes_the_same()
    {
        var xml = XmlFile("Example_9.6.1-ObjectEvent-2020_06_18a.xml");
        var json = JsonFile("Example_9.6.1-ObjectEvent.jsonld");
        Assert.Empty(EpcisSchema.Check(xml));
        for (var i = 0; i < 2; i++)
        {
            var (x, j) = (Event(xml, i), Event(json, i));
            foreach (var field in new[] { "type", "action", "bizStep", "disposition", "epcList", "eventTimeZoneOffset", "readPoint", "bizTransactionList" })
                SameField(j, x, field);
        }

        Assert.Equal("Example of a vendor/user extension", Event(xml, 1).GetProperty("example:myField").GetString());
        Assert.Equal(EventHash.Compute(Event(json, 0), JsonLdPrefixes.Of(json)), EventHash.Compute(Event(xml, 0), JsonLdPrefixes.Of(xml)));

        // GS1's two files bind "example" to different namespaces (the XML one has no trailing slash), which are two
        // different extension fields to the hash. With the JSON bound to the XML's namespace, the events hash the same.
        Assert.Equal("http://ns.example.com/epcis", JsonLdPrefixes.Of(xml)["example"]);
        var aligned = new Dictionary<string, string>(JsonLdPrefixes.Of(json)) { ["example"] = "http://ns.example.com/epcis" };
        Assert.Equal(EventHash.Compute(Event(json, 1), aligned), EventHash.Compute(Event(xml, 1), JsonLdPrefixes.Of(xml)));
    }

    [Fact]
    public void The_all_fields_XML_example_keeps_lists_sensor_data_and_nested_extensions()
    {
        var xml = XmlFile("object_event_all_possible_fields.xml");
        var json = JsonFile("object_event_all_possible_fields.jsonld");
        Assert.Empty(EpcisSchema.Check(xml));
        var (x, j) = (Event(xml, 0), Event(json, 0));
        foreach (var field in new[] { "bizStep", "disposition", "readPoint", "bizLocation", "bizTransactionList", "quantityList", "sourceList", "destinationList", "persistentDisposition" })
            SameField(j, x, field);

        var report = x.GetProperty("sensorElementList")[0].GetProperty("sensorReport")[0];
        Assert.Equal("Temperature", report.GetProperty("type").GetString());
        Assert.Equal(26.2m, report.GetProperty("maxValue").GetDecimal());
        Assert.True(report.GetProperty("booleanValue").GetBoolean());
        Assert.Equal("someText", report.GetProperty("ext1:someFurtherReportData").GetString());
        var metadata = x.GetProperty("sensorElementList")[0].GetProperty("sensorMetadata");
        Assert.Equal(DateTimeOffset.Parse("2019-04-02T13:05:00.000Z", System.Globalization.CultureInfo.InvariantCulture),
            DateTimeOffset.Parse(metadata.GetProperty("time").GetString()!, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("stringInObjectInObject", x.GetProperty("sensorElementList")[0].GetProperty("ext1:object").GetProperty("ext2:object").GetProperty("ext3:string").GetString());

        var prefixes = JsonLdPrefixes.Of(xml);
        Assert.Equal("http://example.com/ext3/", prefixes["ext3"]);
        Assert.False(prefixes.ContainsKey("cbvmda"), "only the namespaces the events use are declared");
        // The sensor report and lists hash the same as the JSON twin's: only the fields the two files hold differently differ.
        static string Part(string preHash, string from, string to) => preHash[preHash.IndexOf(from, StringComparison.Ordinal)..preHash.IndexOf(to, StringComparison.Ordinal)];
        Assert.Equal(Part(EventHash.PreHash(j, JsonLdPrefixes.Of(json)), "quantityList", "action="), Part(EventHash.PreHash(x, prefixes), "quantityList", "action="));
        Assert.Equal(Part(EventHash.PreHash(j, JsonLdPrefixes.Of(json)), "bizTransactionList", "sensorElementList"), Part(EventHash.PreHash(x, prefixes), "bizTransactionList", "sensorElementList"));
    }

    [Fact]
    public void An_EPCIS_1_2_document_with_extension_wrappers_reads_as_the_same_2_0_events()
    {
        const string Body = """
            <epcis:EPCISDocument xmlns:epcis="urn:epcglobal:epcis:xsd:{0}" xmlns:t="https://tianyuan.example.cn/epcis/" schemaVersion="{1}" creationDate="2026-07-22T04:00:00Z">
              <EPCISBody><EventList>
                <ObjectEvent>
                  <eventTime>2026-07-22T12:00:00+08:00</eventTime><eventTimeZoneOffset>+08:00</eventTimeZoneOffset>
                  {2}
                  <epcList/><action>ADD</action><bizStep>urn:epcglobal:cbv:bizstep:commissioning</bizStep>
                  {3}
                </ObjectEvent>
                {4}
              </EventList></EPCISBody>
            </epcis:EPCISDocument>
            """;
        const string Transformation = """
            <TransformationEvent>
              <eventTime>2026-07-22T13:00:00+08:00</eventTime><eventTimeZoneOffset>+08:00</eventTimeZoneOffset>
              <inputEPCList><epc>urn:epc:id:sgtin:9521141.001234.1</epc></inputEPCList>
              <outputQuantityList><quantityElement><epcClass>urn:epc:class:lgtin:9521141.001234.L1</epcClass><quantity>12.5</quantity><uom>KGM</uom></quantityElement></outputQuantityList>
            </TransformationEvent>
            """;
        const string Lists = """
            <quantityList><quantityElement><epcClass>urn:epc:class:lgtin:9521141.001234.L1</epcClass><quantity>20</quantity><uom>KGM</uom></quantityElement></quantityList>
            <ilmd><t:harvestDate>2026-07-21</t:harvestDate></ilmd>
            """;
        var v12 = FromXml(string.Format(System.Globalization.CultureInfo.InvariantCulture, Body, 1, "1.2",
            "<baseExtension><eventID>urn:uuid:7f7e2b1c-0d6a-4c55-9a55-2b6c7b1d0e01</eventID></baseExtension>", $"<extension>{Lists}</extension>", $"<extension>{Transformation}</extension>"));
        var v20 = FromXml(string.Format(System.Globalization.CultureInfo.InvariantCulture, Body, 2, "2.0",
            "<eventID>urn:uuid:7f7e2b1c-0d6a-4c55-9a55-2b6c7b1d0e01</eventID>", Lists, Transformation));

        Assert.Empty(EpcisSchema.Check(v12));
        Assert.Equal("2.0", v12.GetProperty("schemaVersion").GetString());
        Assert.Equal("urn:uuid:7f7e2b1c-0d6a-4c55-9a55-2b6c7b1d0e01", Event(v12, 0).GetProperty("eventID").GetString());
        Assert.Equal("2026-07-21", Event(v12, 0).GetProperty("ilmd").GetProperty("t:harvestDate").GetString());
        Assert.Equal("TransformationEvent", Event(v12, 1).GetProperty("type").GetString());
        Assert.Equal(12.5m, Event(v12, 1).GetProperty("outputQuantityList")[0].GetProperty("quantity").GetDecimal());
        for (var i = 0; i < 2; i++)
            Assert.Equal(EventHash.Compute(Event(v20, i), JsonLdPrefixes.Of(v20)), EventHash.Compute(Event(v12, i), JsonLdPrefixes.Of(v12)));
    }

    [Fact]
    public void One_event_alone_becomes_the_event_object_with_its_extension_context()
    {
        var e = FromXml("""
            <ObjectEvent xmlns:farm="https://tianyuan.example.cn/farm/">
              <eventTime>2026-07-22T12:00:00+08:00</eventTime><eventTimeZoneOffset>+08:00</eventTimeZoneOffset>
              <epcList><epc>urn:epc:id:sgtin:9521141.001234.7</epc></epcList><action>OBSERVE</action>
              <disposition>https://ref.gs1.org/cbv/Disp-in_transit</disposition>
              <farm:plot>A3</farm:plot><farm:plot>A4</farm:plot>
            </ObjectEvent>
            """);
        Assert.Equal("ObjectEvent", e.GetProperty("type").GetString());
        Assert.Equal("in_transit", e.GetProperty("disposition").GetString());
        Assert.Equal(["A3", "A4"], e.GetProperty("farm:plot").EnumerateArray().Select(p => p.GetString()));
        Assert.Equal("https://tianyuan.example.cn/farm/", JsonLdPrefixes.Of(e)["farm"]);
    }

    [Fact]
    public void Entities_and_external_references_are_never_expanded_and_bad_XML_names_its_line()
    {
        var secret = Path.GetTempFileName();
        File.WriteAllText(secret, "TOP-SECRET");
        try
        {
            var external = $"""<?xml version="1.0"?><!DOCTYPE d [<!ENTITY x SYSTEM "file://{secret}">]><epcis:EPCISDocument xmlns:epcis="urn:epcglobal:epcis:xsd:2"><EPCISBody><EventList><ObjectEvent><eventTime>&x;</eventTime></ObjectEvent></EventList></EPCISBody></epcis:EPCISDocument>""";
            var e1 = Assert.Throws<XmlException>(() => FromXml(external));
            Assert.DoesNotContain("TOP-SECRET", e1.Message, StringComparison.Ordinal);

            var laughs = """<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><d>&b;</d>""";
            Assert.Throws<XmlException>(() => FromXml(laughs));

            var broken = Assert.Throws<XmlException>(() => FromXml("<epcis:EPCISDocument xmlns:epcis=\"urn:epcglobal:epcis:xsd:2\">\n<EPCISBody>\n<EventList>\n</EPCISBody>"));
            Assert.Equal(4, broken.LineNumber);

            var deep = string.Concat(Enumerable.Repeat("<t:x>", 100_000)) + string.Concat(Enumerable.Repeat("</t:x>", 100_000));
            var tooDeep = Assert.Throws<XmlException>(() => FromXml($"<ObjectEvent xmlns:t=\"urn:t\">\n{deep}</ObjectEvent>"));
            Assert.Equal(2, tooDeep.LineNumber);

            var notEpcis = Assert.Throws<XmlException>(() => FromXml("<order>\n  <id>1</id>\n</order>"));
            Assert.Contains("Line 1", notEpcis.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(secret);
        }
    }
}
