namespace Tianyuan.Trace.Tests;

using System.Text.Json;
using System.Text.Json.Nodes;
using Tianyuan.Trace.Epcis;

/// <summary>
/// The EPCIS Event Hash ID against the GS1 examples in ../shared/benchmarks/epcis/gs1-json.
/// </summary>
/// <remarks>
/// The eventIDs printed in those GS1 examples are not reproducible: none of the 24 matches this implementation,
/// and the CBV 2.0 reference implementation (RalphTro/epcis-event-hash-generator) does not reproduce them either —
/// its own test vector epcisDocWithSingleEvent is Example 9.6.1's first event with only the year changed, and hashes
/// to 3e0f2437…, while the example's 2005 event carries df7bb3c3…, which that implementation's pre-hash does not give.
/// So the exact assertion is that published vector (its pre-hash string and hash); the GS1 files give the
/// invariance checks.
/// </remarks>
public class EventHashTests
{
    static readonly string Folder = SharedBenchmarks.Folder("epcis", "gs1-json");

    static (JsonElement Event, IReadOnlyDictionary<string, string> Prefixes) Event(string file, int index = 0)
    {
        var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(Folder, file))).RootElement;
        return (document.GetProperty("epcisBody").GetProperty("eventList")[index], JsonLdPrefixes.Of(document));
    }

    static JsonElement Changed(JsonElement e, Action<JsonObject> change)
    {
        var node = JsonNode.Parse(e.GetRawText())!.AsObject();
        change(node);
        return JsonDocument.Parse(node.ToJsonString()).RootElement;
    }

    [Fact]
    public void The_reference_implementations_published_vector_is_reproduced_exactly()
    {
        var (e, p) = Event("Example_9.6.1-ObjectEvent.jsonld");
        var reference = Changed(e, o => o["eventTime"] = "2022-02-16T20:33:31.116000-06:00");
        Assert.Equal(
            "eventType=ObjectEventeventTime=2022-02-17T02:33:31.116ZeventTimeZoneOffset=-06:00"
            + "epcListepc=https://id.gs1.org/01/10614141073464/21/2017epc=https://id.gs1.org/01/10614141073464/21/2018"
            + "action=OBSERVEbizStep=https://ref.gs1.org/cbv/BizStep-shippingdisposition=https://ref.gs1.org/cbv/Disp-in_transit"
            + "readPointid=https://id.gs1.org/414/0614141073467/254/1234"
            + "bizTransactionListbizTransaction=http://transaction.acme.com/po/12345678type=https://ref.gs1.org/cbv/BTT-po",
            EventHash.PreHash(reference, p));
        Assert.Equal("ni:///sha-256;3e0f2437f4cb5e8a1b832b769c0eed1bf3e1421f14061132e9800ded03f10182?ver=CBV2.0", EventHash.Compute(reference, p));
    }

    public static TheoryData<string> Documents() => [.. Directory.GetFiles(Folder, "*.jsonld").Select(Path.GetFileName).Where(f => f != "EPCISQueryDocument.jsonld").Cast<string>()];

    [Theory]
    [MemberData(nameof(Documents))]
    public void Every_GS1_example_event_hashes_to_a_stable_ni_URI_independent_of_property_order(string file)
    {
        var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(Folder, file))).RootElement;
        var prefixes = JsonLdPrefixes.Of(document);
        foreach (var e in document.GetProperty("epcisBody").GetProperty("eventList").EnumerateArray())
        {
            var hash = EventHash.Compute(e, prefixes);
            Assert.Matches("^ni:///sha-256;[0-9a-f]{64}\\?ver=CBV2\\.0$", hash);
            // The same object with its properties in reverse order, and eventID/recordTime changed, is the same event.
            var reordered = JsonNode.Parse("{}")!.AsObject();
            foreach (var property in e.EnumerateObject().Reverse())
            {
                reordered[property.Name] = JsonNode.Parse(property.Value.GetRawText());
            }

            reordered["eventID"] = "urn:uuid:00000000-0000-4000-8000-000000000000";
            reordered["recordTime"] = "2030-01-01T00:00:00Z";
            Assert.Equal(hash, EventHash.Compute(JsonDocument.Parse(reordered.ToJsonString()).RootElement, prefixes));
        }
    }

    [Fact]
    public void The_same_instant_in_another_offset_and_more_fraction_digits_hashes_the_same()
    {
        var (e, p) = Event("Example_9.6.1-ObjectEvent.jsonld");
        var utc = Changed(e, o => o["eventTime"] = "2005-04-04T02:33:31.1169Z");
        var east = Changed(e, o => o["eventTime"] = "2005-04-04T10:33:31.116+08:00");
        Assert.Equal(EventHash.Compute(e, p), EventHash.Compute(utc, p));
        Assert.Equal(EventHash.Compute(e, p), EventHash.Compute(east, p));
    }

    [Fact]
    public void EPCs_as_Digital_Links_of_any_host_hash_the_same_as_their_URNs()
    {
        var (e, p) = Event("Example_9.6.1-ObjectEvent.jsonld");
        var links = Changed(e, o =>
        {
            o["epcList"] = new JsonArray("https://trace.tianyuan.example/01/10614141073464/21/2018?linkType=all", "https://id.gs1.org/01/10614141073464/21/2017");
            o["readPoint"] = new JsonObject { ["id"] = "https://example.com/414/0614141073467/254/1234" };
            o["bizStep"] = "urn:epcglobal:cbv:bizstep:shipping";
            o["disposition"] = "https://ref.gs1.org/cbv/Disp-in_transit";
        });
        Assert.Equal(EventHash.Compute(e, p), EventHash.Compute(links, p));
    }

    [Fact]
    public void User_extensions_are_named_by_namespace_not_by_the_prefix_a_partner_chose()
    {
        var (e, p) = Event("Example_9.6.1-ObjectEvent.jsonld", 1);
        Assert.Contains("{http://ns.example.com/epcis/}myField=Example of a vendor/user extension", EventHash.PreHash(e, p), StringComparison.Ordinal);
        var renamed = Changed(e, o =>
        {
            o["other:myField"] = o["example:myField"]!.DeepClone();
            o.Remove("example:myField");
        });
        var otherPrefixes = new Dictionary<string, string>(p) { ["other"] = "http://ns.example.com/epcis/" };
        Assert.Equal(EventHash.Compute(e, p), EventHash.Compute(renamed, otherPrefixes));
    }

    [Theory]
    [InlineData("action", "ADD")]
    [InlineData("bizStep", "shipping")]
    [InlineData("eventTime", "2005-04-03T20:33:31.117-06:00")]
    [InlineData("eventTimeZoneOffset", "+08:00")]
    [InlineData("example:myField", "changed")]
    public void Any_changed_field_changes_the_hash(string field, string value)
    {
        var (e, p) = Event("Example_9.6.1-ObjectEvent.jsonld", 1);
        Assert.NotEqual(EventHash.Compute(e, p), EventHash.Compute(Changed(e, o => o[field] = value), p));
    }

    [Fact]
    public void An_added_or_removed_EPC_or_quantity_changes_the_hash_but_their_order_does_not()
    {
        var (e, p) = Event("Example_9.6.1-ObjectEvent.jsonld");
        var swapped = Changed(e, o => o["epcList"] = new JsonArray("urn:epc:id:sgtin:0614141.107346.2018", "urn:epc:id:sgtin:0614141.107346.2017"));
        var fewer = Changed(e, o => o["epcList"] = new JsonArray("urn:epc:id:sgtin:0614141.107346.2017"));
        Assert.Equal(EventHash.Compute(e, p), EventHash.Compute(swapped, p));
        Assert.NotEqual(EventHash.Compute(e, p), EventHash.Compute(fewer, p));

        var (agg, ap) = Event("aggregation_event_all_possible_fields.jsonld");
        var sameQuantityAsDecimal = Changed(agg, o => {
            o["childQuantityList"]![0]!["quantity"] = JsonNode.Parse("10.000");
            o["childQuantityList"]![1]!["quantity"] = JsonNode.Parse("200.50");
        });
        var otherQuantity = Changed(agg, o => o["childQuantityList"]![1]!["quantity"] = 200.6);
        Assert.Equal(EventHash.Compute(agg, ap), EventHash.Compute(sameQuantityAsDecimal, ap));
        Assert.NotEqual(EventHash.Compute(agg, ap), EventHash.Compute(otherQuantity, ap));
    }
}
