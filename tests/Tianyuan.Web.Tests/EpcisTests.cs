namespace Tianyuan.Web.Tests;

using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Tianyuan.Kernel.Demo;
using Tianyuan.Trace.Epcis;
using Tianyuan.Trace.Tests;
using static TraceTestData;

/// <summary>
/// The EPCIS 2.0 repository over HTTP: the GS1 examples captured and queried back, the OpenEPCIS invalid documents
/// refused, the gs1-xml examples captured in XML and read back like their JSON twins, duplicates stored once,
/// SimpleEventQuery filters, paging, limits and who may capture.
/// </summary>
public class EpcisTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    const string Gtin = "09521141012345";

    readonly TestApp app = fixture.App;

    /// <summary>A serial, lot or time offset no other test (or earlier run) uses.</summary>
    static readonly string Run = Guid.NewGuid().ToString("N")[..8];

    [Fact]
    public async Task Every_GS1_example_is_captured_and_its_events_come_back_intact()
    {
        using var farmer = await app.SignedInAsync(DemoAccounts.Farmer);
        var files = Directory.GetFiles(SharedBenchmarks.Folder("epcis", "gs1-json"), "*.jsonld").Order().ToArray();
        Assert.Equal(18, files.Length);
        foreach (var file in files)
        {
            var job = await CaptureAsync(farmer, await File.ReadAllTextAsync(file), expect: HttpStatusCode.Accepted, mediaType: "application/ld+json");
            Assert.True(job.GetProperty("success").GetBoolean(), $"{Path.GetFileName(file)}: {job}");
            Assert.False(job.GetProperty("running").GetBoolean());
        }

        using var anonymous = app.Client();
        foreach (var file in files)
        {
            foreach (var original in EventsOf(JsonNode.Parse(await File.ReadAllTextAsync(file))!))
            {
                var type = original["type"]!.GetValue<string>();
                var time = DateTimeOffset.Parse(original["eventTime"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture);
                var found = await QueryAsync(anonymous,
                    $"eventType={type}&GE_eventTime={Esc(time)}&LT_eventTime={Esc(time.AddMilliseconds(1))}&perPage=100");
                var match = found.FirstOrDefault(e => SameEvent(original, e));
                Assert.True(match is not null, $"{Path.GetFileName(file)}: no stored event like {original["eventID"]} at {time:O}");
                Assert.Equal(original["eventTime"]!.GetValue<string>(), match["eventTime"]!.GetValue<string>());
                Assert.Equal(original["bizStep"]?.GetValue<string>(), match["bizStep"]?.GetValue<string>());
                Assert.Equal(original["epcList"]?.AsArray().Count, match["epcList"]?.AsArray().Count);
                Assert.NotNull(match["recordTime"]);
            }
        }
    }

    [Fact]
    public async Task The_GS1_XML_examples_are_captured_and_read_back_like_their_JSON_twins()
    {
        using var farmer = await app.SignedInAsync(DemoAccounts.Farmer);
        var xmlFolder = SharedBenchmarks.Folder("epcis", "gs1-xml");
        var twinText = await File.ReadAllTextAsync(Path.Combine(SharedBenchmarks.Folder("epcis", "gs1-json"), "Example_9.6.1-ObjectEvent.jsonld"));
        await CaptureAsync(farmer, twinText, mediaType: "application/ld+json");
        // The XML document's first event is the JSON twin's first event, so it is recognised and not stored twice; its
        // second binds "example" to another namespace (no trailing slash), which makes it another event.
        var example = await CaptureAsync(farmer, await File.ReadAllTextAsync(Path.Combine(xmlFolder, "Example_9.6.1-ObjectEvent-2020_06_18a.xml")), mediaType: "application/xml");
        Assert.True(example.GetProperty("success").GetBoolean(), example.ToString());
        Assert.Equal((1, 1), (example.GetProperty("storedCount").GetInt32(), example.GetProperty("duplicateCount").GetInt32()));
        var allFields = await CaptureAsync(farmer, await File.ReadAllTextAsync(Path.Combine(xmlFolder, "object_event_all_possible_fields.xml")), mediaType: "text/xml");
        Assert.True(allFields.GetProperty("success").GetBoolean(), allFields.ToString());

        // The Event Hash ID of the JSON twin's first event names the event the XML document carried.
        var twin = JsonDocument.Parse(twinText).RootElement;
        var hash = EventHash.Compute(twin.GetProperty("epcisBody").GetProperty("eventList")[0], JsonLdPrefixes.Of(twin));
        using var anonymous = app.Client();
        var shipped = JsonNode.Parse(await anonymous.GetStringAsync("/epcis/events/" + Esc(hash)))!;
        Assert.Equal("shipping", shipped["bizStep"]!.GetValue<string>());
        Assert.Equal("in_transit", shipped["disposition"]!.GetValue<string>());
        Assert.Equal(["urn:epc:id:sgtin:0614141.107346.2017", "urn:epc:id:sgtin:0614141.107346.2018"], shipped["epcList"]!.AsArray().Select(e => e!.GetValue<string>()));
        Assert.Equal("po", shipped["bizTransactionList"]![0]!["type"]!.GetValue<string>());

        var received = await QueryAsync(anonymous, "eventType=ObjectEvent&EQ_bizStep=receiving&GE_eventTime=2005-04-05T02:33:31.116Z&LT_eventTime=2005-04-05T02:33:31.117Z&perPage=100");
        var extended = received.Single(e => e["example:myField"] is not null && e["@context"]!.ToJsonString().Contains("http://ns.example.com/epcis\"", StringComparison.Ordinal));
        Assert.Equal("Example of a vendor/user extension", extended["example:myField"]!.GetValue<string>());
        var full = received.Single(e => e["sensorElementList"] is not null && e["action"]!.GetValue<string>() == "OBSERVE");
        Assert.Equal(200m, full["quantityList"]![0]!["quantity"]!.GetValue<decimal>());
        Assert.Equal("KGM", full["quantityList"]![0]!["uom"]!.GetValue<string>());
        Assert.Equal(["location", "possessing_party", "owning_party"], full["destinationList"]!.AsArray().Select(d => d!["type"]!.GetValue<string>()));
        var report = full["sensorElementList"]![0]!["sensorReport"]![0]!;
        Assert.Equal(("Temperature", 26m, "CEL"), (report["type"]!.GetValue<string>(), report["value"]!.GetValue<decimal>(), report["uom"]!.GetValue<string>()));
        Assert.Equal("stringInObjectInObject", full["sensorElementList"]![0]!["ext1:object"]!["ext2:object"]!["ext3:string"]!.GetValue<string>());
        Assert.Equal(["completeness_verified"], full["persistentDisposition"]!["set"]!.AsArray().Select(d => d!.GetValue<string>()));
        Assert.Contains("http://example.com/ext1/", full["@context"]!.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task One_event_posted_in_XML_is_created_and_served_as_JSON_LD()
    {
        using var farmer = await app.SignedInAsync(DemoAccounts.Farmer);
        var xml = $"""
            <ObjectEvent xmlns:farm="https://tianyuan.example.cn/farm/">
              <eventTime>{At(800)}</eventTime><eventTimeZoneOffset>+08:00</eventTimeZoneOffset>
              <epcList><epc>{Dl($"xml{Run}")}</epc></epcList><action>ADD</action>
              <bizStep>urn:epcglobal:cbv:bizstep:commissioning</bizStep>
              <farm:plot>茶园三号地</farm:plot>
            </ObjectEvent>
            """;
        using var created = await PostAsync(farmer, "/epcis/events", xml, "application/xml");
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        using var again = await PostAsync(farmer, "/epcis/events", xml, "text/xml");
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        using var anonymous = app.Client();
        var stored = JsonNode.Parse(await anonymous.GetStringAsync(created.Headers.Location))!;
        Assert.Equal("commissioning", stored["bizStep"]!.GetValue<string>());
        Assert.Equal("茶园三号地", stored["farm:plot"]!.GetValue<string>());
    }

    [Fact]
    public async Task Every_OpenEPCIS_invalid_document_is_refused_with_its_reasons_and_nothing_else()
    {
        using var farmer = await app.SignedInAsync(DemoAccounts.Farmer);
        // Each file's mistakes, one per error: a rule that failed without failing the document (an "if" that did not
        // match, the other branch of a satisfied anyOf) must not be listed, or the real reason drowns in noise.
        var reasons = new Dictionary<string, string[]>
        {
            ["EPCISDocument_without_context.json"] = ["\"@context\""],
            ["ObjectEvent_with_invalid_action.json"] = ["/action:"],
            ["ObjectEvent_with_invalid_eventTime_format.json"] = ["/eventTime:"],
            ["ObjectEvent_with_quantity_as_text.json"] = ["/quantity:"],
            ["ObjectEvent_without_action_and_eventTime.json"] = ["\"eventTime\"", "\"action\""],
            ["ObjectEvent_without_identifier_list.json"] = ["\"epcList\"", "\"quantityList\""],
        };
        foreach (var file in Directory.GetFiles(SharedBenchmarks.Folder("epcis", "openepcis-invalid"), "*.json"))
        {
            using var response = await PostAsync(farmer, "/epcis/capture", await File.ReadAllTextAsync(file));
            var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
            var name = Path.GetFileName(file);
            Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{name}: {(int)response.StatusCode} {problem}");
            Assert.Equal("epcisException:ValidationException", problem.GetProperty("type").GetString());
            var details = problem.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("detail").GetString()!).ToList();
            Assert.True(details.Count == reasons[name].Length, $"{name}: {string.Join(" | ", details)}");
            foreach (var reason in reasons[name])
                Assert.True(details.Any(d => d.Contains(reason, StringComparison.Ordinal)), $"{name} should say {reason}: {string.Join(" | ", details)}");
        }
    }

    [Fact]
    public async Task Capturing_a_document_twice_stores_its_events_once()
    {
        using var farmer = await app.SignedInAsync(DemoAccounts.Farmer);
        var serial = $"dup{Run}";
        var document = Document(Event(At(0), Dl(serial), "commissioning"), Event(At(1), Dl(serial), "shipping", action: "OBSERVE"));
        var first = await CaptureAsync(farmer, document);
        Assert.Equal(2, first.GetProperty("storedCount").GetInt32());
        var second = await CaptureAsync(farmer, document);
        Assert.True(second.GetProperty("success").GetBoolean());
        Assert.Equal(0, second.GetProperty("storedCount").GetInt32());
        Assert.Equal(2, second.GetProperty("duplicateCount").GetInt32());
        using var anonymous = app.Client();
        Assert.Equal(2, (await QueryAsync(anonymous, $"MATCH_epc={Esc(Dl(serial))}")).Count);
    }

    [Fact]
    public async Task The_same_document_captured_by_eight_clients_at_once_is_stored_once()
    {
        // The insert itself decides what is new (unique hash, ON CONFLICT DO NOTHING): no look-up-then-insert window.
        using var farmer = await app.SignedInAsync(DemoAccounts.Farmer);
        var serial = $"race{Run}";
        var document = Document(Event(At(0), Dl(serial), "commissioning"), Event(At(1), Dl(serial), "shipping", action: "OBSERVE"));
        var jobs = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => CaptureAsync(farmer, document)));
        Assert.All(jobs, j => Assert.Equal(2, j.GetProperty("storedCount").GetInt32() + j.GetProperty("duplicateCount").GetInt32()));
        Assert.Equal(2, jobs.Sum(j => j.GetProperty("storedCount").GetInt32()));
        using var anonymous = app.Client();
        Assert.Equal(2, (await QueryAsync(anonymous, $"MATCH_epc={Esc(Dl(serial))}")).Count);
    }

    [Fact]
    public async Task Query_parameters_select_exactly_the_matching_events()
    {
        using var farmer = await app.SignedInAsync(DemoAccounts.Farmer);
        string s1 = $"q1{Run}", s2 = $"q2{Run}", sscc = $"urn:epc:id:sscc:9521141.{Random.Shared.NextInt64(1_000_000_000, 9_999_999_999)}";
        var lot = $"urn:epc:class:lgtin:9521141.001234.L{Run}";
        var e1 = Event(At(0), Dl(s1), "commissioning", eventId: $"urn:uuid:{Guid.NewGuid()}");
        var e2 = Event(At(60), Urn(s1), "https://ref.gs1.org/cbv/BizStep-shipping", action: "OBSERVE");
        var e3 = new JsonObject
        {
            ["type"] = "AggregationEvent", ["eventTime"] = At(120), ["eventTimeZoneOffset"] = "+08:00", ["action"] = "ADD",
            ["bizStep"] = "packing", ["parentID"] = sscc, ["childEPCs"] = new JsonArray(Dl(s2)),
        };
        var e4 = new JsonObject
        {
            ["type"] = "ObjectEvent", ["eventTime"] = At(180), ["eventTimeZoneOffset"] = "+08:00", ["action"] = "OBSERVE",
            ["bizStep"] = "urn:epcglobal:cbv:bizstep:receiving", ["quantityList"] = new JsonArray(new JsonObject { ["epcClass"] = lot, ["quantity"] = 20, ["uom"] = "KGM" }),
        };
        await CaptureAsync(farmer, Document(e1, e2, e3, e4));

        using var client = app.Client();
        var window = $"GE_eventTime={Esc(At(0))}&LT_eventTime={Esc(At(240))}";
        async Task<string[]> Times(string query) => [.. (await QueryAsync(client, query)).Select(e => e["eventTime"]!.GetValue<string>()).Order()];

        Assert.Equal([At(0), At(60)], await Times($"MATCH_epc={Esc(Dl(s1))}"));
        Assert.Equal([At(0), At(60)], await Times($"MATCH_epc={Esc(Urn(s1))}"));
        Assert.Equal([At(60)], await Times($"EQ_bizStep=shipping&{window}"));
        Assert.Equal([At(60), At(180)], await Times($"EQ_bizStep=shipping|receiving&{window}"));
        Assert.Equal([At(60), At(120)], await Times($"GE_eventTime={Esc(At(60))}&LT_eventTime={Esc(At(180))}"));
        Assert.Equal([At(120)], await Times($"eventType=AggregationEvent&{window}"));
        Assert.Equal([At(0), At(120)], await Times($"EQ_action=ADD&{window}"));
        Assert.Equal([At(120)], await Times($"MATCH_parentID={Esc(sscc)}"));
        Assert.Equal([At(120)], await Times($"MATCH_anyEPC={Esc(Dl(s2))}"));
        Assert.Equal([At(180)], await Times($"MATCH_epcClass={Esc(lot)}"));
        Assert.Empty(await Times($"MATCH_epc={Esc(Dl(s2))}&EQ_bizStep=shipping"));

        var byEpc = JsonNode.Parse(await client.GetStringAsync($"/epcis/epcs/{Esc(Urn(s1))}/events"))!;
        Assert.Equal(2, byEpc["epcisBody"]!["queryResults"]!["resultsBody"]!["eventList"]!.AsArray().Count);
        Assert.Equal("EPCISQueryDocument", byEpc["type"]!.GetValue<string>());

        var one = JsonNode.Parse(await client.GetStringAsync($"/epcis/events/{Esc(e1["eventID"]!.GetValue<string>())}"))!;
        Assert.Equal(At(0), one["eventTime"]!.GetValue<string>());
        using var missing = await client.GetAsync($"/epcis/events/{Esc("urn:uuid:" + Guid.NewGuid())}");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal("epcisException:NoSuchResourceException", (await missing.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("type").GetString());

        var steps = await client.GetStringAsync("/epcis/bizSteps");
        Assert.Contains("https://ref.gs1.org/cbv/BizStep-shipping", steps, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_single_event_is_created_once_and_served_at_its_location()
    {
        using var farmer = await app.SignedInAsync(DemoAccounts.Farmer);
        var single = Event(At(300), Dl($"one{Run}"), "inspecting", action: "OBSERVE", eventId: $"urn:uuid:{Guid.NewGuid()}");
        single["@context"] = Context;
        using var created = await PostAsync(farmer, "/epcis/events", single.ToJsonString());
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        using var again = await PostAsync(farmer, "/epcis/events", single.ToJsonString());
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(created.Headers.Location, again.Headers.Location);

        using var client = app.Client();
        var served = JsonNode.Parse(await client.GetStringAsync(created.Headers.Location))!;
        Assert.Equal(single["eventID"]!.GetValue<string>(), served["eventID"]!.GetValue<string>());
        Assert.Equal(Context, served["@context"]![0]!.GetValue<string>());
    }

    [Fact]
    public async Task Error_behaviour_rollback_stores_nothing_and_proceed_stores_the_valid_events()
    {
        using var farmer = await app.SignedInAsync(DemoAccounts.Farmer);
        string good = $"ok{Run}", badLink = $"https://id.gs1.org/01/09521141012346/21/bad{Run}";
        var document = Document(Event(At(400), Dl(good), "commissioning"), Event(At(401), badLink, "commissioning"));

        using var refused = await PostAsync(farmer, "/epcis/capture", document);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var problem = await refused.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("check digit", problem.GetProperty("detail").GetString(), StringComparison.OrdinalIgnoreCase);
        var failed = await farmer.GetFromJsonAsync<JsonElement>($"/epcis/capture/{problem.GetProperty("captureID").GetString()}");
        Assert.False(failed.GetProperty("success").GetBoolean());
        Assert.Equal(1, failed.GetProperty("errors").GetArrayLength());
        using var client = app.Client();
        Assert.Empty(await QueryAsync(client, $"MATCH_epc={Esc(Dl(good))}"));

        var proceeded = await CaptureAsync(farmer, document, headers: ("GS1-Capture-Error-Behaviour", "proceed"));
        Assert.False(proceeded.GetProperty("success").GetBoolean());
        Assert.Equal("proceed", proceeded.GetProperty("captureErrorBehaviour").GetString());
        Assert.Equal(1, proceeded.GetProperty("storedCount").GetInt32());
        Assert.Equal(1, proceeded.GetProperty("errors")[0].GetProperty("eventIndex").GetInt32());
        Assert.Single(await QueryAsync(client, $"MATCH_epc={Esc(Dl(good))}"));
    }

    [Fact]
    public async Task Pages_walk_every_result_once()
    {
        using var farmer = await app.SignedInAsync(DemoAccounts.Farmer);
        var location = "urn:epc:id:sgln:9521141.00007." + Run;
        var events = Enumerable.Range(0, 7).Select(i =>
        {
            var e = Event(At(500 + (i % 3)), Dl($"p{i}{Run}"), "storing", action: "OBSERVE");
            e["bizLocation"] = new JsonObject { ["id"] = location };
            return e;
        }).ToArray();
        await CaptureAsync(farmer, Document(events));

        using var client = app.Client();
        var seen = new List<string>();
        var pages = 0;
        for (var next = $"/epcis/events?EQ_bizLocation={Esc(location)}&perPage=3&orderDirection=ASC"; next is not null; pages++)
        {
            using var page = await client.GetAsync(next);
            page.EnsureSuccessStatusCode();
            seen.AddRange(EventsOf(JsonNode.Parse(await page.Content.ReadAsStringAsync())!).Select(e => e["epcList"]![0]!.GetValue<string>()));
            next = page.Headers.TryGetValues("Link", out var link) ? link.Single().Split('<', '>')[1] : null;
        }

        Assert.Equal(3, pages);
        Assert.Equal(7, seen.Distinct().Count());
        Assert.Equal(7, seen.Count);

        var limited = 0;
        for (var next = $"/epcis/events?EQ_bizLocation={Esc(location)}&perPage=2&eventCountLimit=5"; next is not null;)
        {
            using var page = await client.GetAsync(next);
            limited += EventsOf(JsonNode.Parse(await page.Content.ReadAsStringAsync())!).Count();
            next = page.Headers.TryGetValues("Link", out var link) ? link.Single().Split('<', '>')[1] : null;
        }

        Assert.Equal(5, limited);
    }

    [Fact]
    public async Task Bad_requests_get_the_EPCIS_exception_that_says_why()
    {
        using var farmer = await app.SignedInAsync(DemoAccounts.Farmer);
        using var client = app.Client();
        using (var unknown = await client.GetAsync("/epcis/events?EQ_colour=red"))
        {
            Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
            var problem = await unknown.Content.ReadFromJsonAsync<JsonElement>();
            Assert.Equal("epcisException:QueryParameterException", problem.GetProperty("type").GetString());
            Assert.Contains("EQ_colour", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        }

        using (var badTime = await client.GetAsync("/epcis/events?GE_eventTime=yesterday"))
            Assert.Equal(HttpStatusCode.BadRequest, badTime.StatusCode);
        using (var badToken = await client.GetAsync("/epcis/events?nextPageToken=nonsense"))
            Assert.Equal(HttpStatusCode.BadRequest, badToken.StatusCode);

        using (var text = await PostAsync(farmer, "/epcis/capture", "ObjectEvent at noon", "text/plain"))
            Assert.Equal(HttpStatusCode.UnsupportedMediaType, text.StatusCode);

        using (var brokenXml = await PostAsync(farmer, "/epcis/capture", "<epcis:EPCISDocument xmlns:epcis=\"urn:epcglobal:epcis:xsd:2\">\n<EPCISBody>\n</EventList>", "application/xml"))
        {
            Assert.Equal(HttpStatusCode.BadRequest, brokenXml.StatusCode);
            var problem = await brokenXml.Content.ReadFromJsonAsync<JsonElement>();
            Assert.Equal("epcisException:ValidationException", problem.GetProperty("type").GetString());
            Assert.Contains("Line 3", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        }

        const string Entity = """<?xml version="1.0"?><!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]><epcis:EPCISDocument xmlns:epcis="urn:epcglobal:epcis:xsd:2"><EPCISBody><EventList><ObjectEvent><eventTime>&x;</eventTime></ObjectEvent></EventList></EPCISBody></epcis:EPCISDocument>""";
        using (var entity = await PostAsync(farmer, "/epcis/capture", Entity, "application/xml"))
        {
            Assert.Equal(HttpStatusCode.BadRequest, entity.StatusCode);
            Assert.DoesNotContain("root:", await entity.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        using (var malformed = await PostAsync(farmer, "/epcis/capture", "{\"type\": \"EPCISDocument\", "))
        {
            Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
            Assert.Equal("epcisException:ValidationException", (await malformed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("type").GetString());
        }

        var tooMany = Document([.. Enumerable.Range(0, 501).Select(i => Event(At(600), Dl($"many{i}{Run}"), "commissioning"))]);
        using (var overLimit = await PostAsync(farmer, "/epcis/capture", tooMany))
        {
            Assert.Equal(HttpStatusCode.RequestEntityTooLarge, overLimit.StatusCode);
            Assert.Equal("epcisException:CaptureLimitExceededException", (await overLimit.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("type").GetString());
        }

        var huge = Document(Event(At(601), Dl($"big{Run}"), "commissioning")).Replace("\"schemaVersion\"", $"\"example:pad\":\"{new string('x', 5 * 1024 * 1024)}\",\"schemaVersion\"", StringComparison.Ordinal);
        using (var overSize = await PostAsync(farmer, "/epcis/capture", huge))
            Assert.Equal(HttpStatusCode.RequestEntityTooLarge, overSize.StatusCode);
    }

    [Fact]
    public async Task Capture_needs_a_capturing_role_or_key_and_queries_are_public()
    {
        var document = Document(Event(At(700), Dl($"auth{Run}"), "commissioning"));
        using var anonymous = app.Client();
        using (var refused = await PostAsync(anonymous, "/epcis/capture", document))
            Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        using var visitor = await app.SignedInAsync(DemoAccounts.Visitor);
        using (var forbidden = await PostAsync(visitor, "/epcis/capture", document))
            Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);

        using var admin = await app.SignedInAsync(DemoAccounts.Admin);
        using var created = await admin.PostAsJsonAsync("/api/auth/api-keys", new { name = "packing-line", scopes = new[] { "epcis:capture" } });
        using var machine = app.Client();
        machine.DefaultRequestHeaders.Add("X-Api-Key", (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("key").GetString());
        await CaptureAsync(machine, document);

        using var options = await anonymous.SendAsync(new HttpRequestMessage(HttpMethod.Options, "/epcis/capture"));
        Assert.Equal(HttpStatusCode.NoContent, options.StatusCode);
        Assert.Equal("2.0.0", options.Headers.GetValues("GS1-EPCIS-Version").Single());
        Assert.Equal("2.0.0", options.Headers.GetValues("GS1-CBV-Version").Single());
        Assert.Equal("500", options.Headers.GetValues("GS1-EPCIS-Capture-Limit").Single());
        Assert.Contains("POST", options.Content.Headers.Allow);
    }

    // ---- helpers ----

    /// <summary>A minute after 2031-01-01T08:00+08:00 shifted by this run, so each run's events have their own window.</summary>
    static string At(int minutes) =>
        new DateTimeOffset(2031, 1, 1, 8, 0, 0, TimeSpan.FromHours(8)).AddMinutes(minutes + (Math.Abs(Run.GetHashCode(StringComparison.Ordinal)) % 100_000 * 1000))
            .ToString("yyyy-MM-dd'T'HH:mm:ss.fffzzz", System.Globalization.CultureInfo.InvariantCulture);

    static string Dl(string serial) => $"https://id.gs1.org/01/{Gtin}/21/{serial}";

    static string Urn(string serial) => $"urn:epc:id:sgtin:9521141.001234.{serial}";

    static string Esc(string value) => Uri.EscapeDataString(value);

    static string Esc(DateTimeOffset time) => Uri.EscapeDataString(time.ToString("O", System.Globalization.CultureInfo.InvariantCulture));

    static JsonObject Event(string time, string epc, string bizStep, string action = "ADD", string? eventId = null)
    {
        var e = new JsonObject
        {
            ["type"] = "ObjectEvent", ["eventTime"] = time, ["eventTimeZoneOffset"] = "+08:00", ["epcList"] = new JsonArray(epc),
            ["action"] = action, ["bizStep"] = bizStep, ["readPoint"] = new JsonObject { ["id"] = "urn:epc:id:sgln:9521141.00001.0" },
        };
        if (eventId is not null)
            e["eventID"] = eventId;
        return e;
    }

    static IEnumerable<JsonNode> EventsOf(JsonNode document)
    {
        var body = document["epcisBody"]!;
        return (body["eventList"] ?? body["queryResults"]!["resultsBody"]!["eventList"])!.AsArray().Select(e => e!);
    }

    /// <summary>The stored copy of an original: same type, time and eventID (when it had one) and bizStep.</summary>
    static bool SameEvent(JsonNode original, JsonNode stored) =>
        original["type"]!.GetValue<string>() == stored["type"]!.GetValue<string>()
        && (original["eventID"] is null || original["eventID"]!.GetValue<string>() == stored["eventID"]!.GetValue<string>())
        && original["bizStep"]?.GetValue<string>() == stored["bizStep"]?.GetValue<string>();

    static async Task<List<JsonNode>> QueryAsync(HttpClient client, string query)
    {
        var document = JsonNode.Parse(await client.GetStringAsync("/epcis/events?" + query))!;
        return [.. EventsOf(document)];
    }
}
