namespace Tianyuan.Web.Tests;

using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Channels;
using Tianyuan.Kernel.Demo;
using static TraceTestData;

/// <summary>
/// EPCIS named queries (/epcis/queries) and their webhook subscriptions: a loopback listener receives the delivery and
/// checks its GS1-Signature the way a partner would.
/// </summary>
public class NamedQueryTests : IAsyncLifetime
{
    TestApp app = default!;

    // Deliveries consider events at once (no settling delay), so the test need not wait.
    public async Task InitializeAsync() => app = await TestApp.StartAsync(new Dictionary<string, string?> { ["Trace:Subscriptions:SettleSeconds"] = "0" });

    public async Task DisposeAsync() => await app.DisposeAsync();

    static JsonObject Shipped(string lot, int minute) => new()
    {
        ["type"] = "ObjectEvent", ["eventTime"] = $"2026-09-13T08:{minute:00}:00+08:00", ["eventTimeZoneOffset"] = "+08:00", ["action"] = "OBSERVE",
        ["bizStep"] = "shipping", ["disposition"] = "in_transit",
        ["quantityList"] = new JsonArray(new JsonObject { ["epcClass"] = $"https://id.gs1.org/01/09521141012345/10/{lot}" }),
    };

    /// <summary>Parameters keep their exact names (an anonymous object would be camel-cased to eQ_bizStep).</summary>
    static Dictionary<string, object> Query(params (string Name, object Value)[] parameters) => parameters.ToDictionary(p => p.Name, p => p.Value);

    static JsonArray EventList(JsonNode document) => document["epcisBody"]!["queryResults"]!["resultsBody"]!["eventList"]!.AsArray();

    [Fact]
    public async Task A_named_query_is_saved_validated_run_and_deleted()
    {
        var lot = "Q" + Guid.NewGuid().ToString("N")[..8];
        using var farmer = await app.SignedInAsync(DemoAccounts.Farmer);
        await CaptureAsync(farmer, Document(Shipped(lot, 0), Shipped(lot, 1), Shipped(lot, 2)));

        using var bad = await farmer.PostAsJsonAsync("/epcis/queries", new { name = "bad", query = Query(("EQ_bizStep", "shipping"), ("GE_eventTime", "yesterday")) });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("GE_eventTime", await bad.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var name = "lot-" + lot;
        using var created = await farmer.PostAsJsonAsync("/epcis/queries", new { name, query = Query(("EQ_bizStep", "shipping"), ("MATCH_epcClass", new[] { $"https://id.gs1.org/01/09521141012345/10/{lot}" })) });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal($"/epcis/queries/{name}", created.Headers.Location!.OriginalString);
        using var again = await farmer.PostAsJsonAsync("/epcis/queries", new { name, query = Query(("EQ_bizStep", "shipping")) });
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);

        Assert.Contains((await farmer.GetFromJsonAsync<JsonElement>("/epcis/queries")).EnumerateArray(), q => q.GetProperty("name").GetString() == name);
        Assert.Equal("shipping", (await farmer.GetFromJsonAsync<JsonElement>($"/epcis/queries/{name}")).GetProperty("query").GetProperty("EQ_bizStep")[0].GetString());

        using var anyone = app.Client();
        using var first = await anyone.GetAsync($"/epcis/queries/{name}/events?perPage=2");
        first.EnsureSuccessStatusCode();
        Assert.Equal(2, EventList(JsonNode.Parse(await first.Content.ReadAsStringAsync())!).Count);
        var next = first.Headers.GetValues("Link").Single().Split('<', '>')[1];
        Assert.Single(EventList(JsonNode.Parse(await anyone.GetStringAsync(next))!));
        using var extra = await anyone.GetAsync($"/epcis/queries/{name}/events?EQ_action=ADD");
        Assert.Equal(HttpStatusCode.BadRequest, extra.StatusCode);

        using var deleted = await farmer.DeleteAsync($"/epcis/queries/{name}");
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        using var gone = await anyone.GetAsync($"/epcis/queries/{name}/events");
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
    }

    [Fact]
    public async Task A_subscription_receives_new_matching_events_signed_with_its_token()
    {
        var lot = "W" + Guid.NewGuid().ToString("N")[..8];
        using var farmer = await app.SignedInAsync(DemoAccounts.Farmer);
        await CaptureAsync(farmer, Document(Shipped(lot, 0))); // before the subscription: not delivered
        var name = "hook-" + lot;
        (await farmer.PostAsJsonAsync("/epcis/queries", new { name, query = Query(("MATCH_epcClass", $"https://id.gs1.org/01/09521141012345/10/{lot}")) })).EnsureSuccessStatusCode();

        using var listener = new HttpListener();
        var url = $"http://127.0.0.1:{TestApp.FreePort()}/hook/";
        listener.Prefixes.Add(url);
        listener.Start();
        const string Token = "a-shared-secret-of-32-characters";
        using var refused = await farmer.PostAsJsonAsync($"/epcis/queries/{name}/subscriptions", new { dest = "ftp://example.com/", signatureToken = Token });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        using var subscribed = await farmer.PostAsJsonAsync($"/epcis/queries/{name}/subscriptions", new { dest = url, signatureToken = Token, stream = true });
        Assert.Equal(HttpStatusCode.Created, subscribed.StatusCode);
        var id = (await subscribed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("subscriptionID").GetString()!;

        await Task.Delay(20); // recordTime of the next capture after the subscription's start
        await CaptureAsync(farmer, Document(Shipped(lot, 1), Shipped(lot, 2)));
        var deliveries = Channel.CreateUnbounded<(string? Signature, byte[] Body)>();
        var serving = ServeAsync(listener, deliveries.Writer);
        Assert.True(await app.RunJobAsync("SubscriptionDelivery"));
        using var wait = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        var (signature, body) = await deliveries.Reader.ReadAsync(wait.Token);

        Assert.Equal(Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(Token), body)), signature);
        var document = JsonNode.Parse(body)!;
        Assert.Equal("EPCISQueryDocument", document["type"]!.GetValue<string>());
        Assert.Equal(id, document["epcisBody"]!["queryResults"]!["subscriptionID"]!.GetValue<string>());
        Assert.Equal(["2026-09-13T08:01:00+08:00", "2026-09-13T08:02:00+08:00"], EventList(document).Select(e => e!["eventTime"]!.GetValue<string>()).Order());

        // Delivered once: the next run finds nothing new and, as a stream, sends nothing.
        Assert.True(await app.RunJobAsync("SubscriptionDelivery"));
        await Task.Delay(500);
        Assert.False(deliveries.Reader.TryRead(out var again), $"delivered again: {(again.Body is null ? "" : Encoding.UTF8.GetString(again.Body))}");
        listener.Stop();
        await serving;
        var state = (await farmer.GetFromJsonAsync<JsonElement>($"/epcis/queries/{name}")).GetProperty("subscriptions")[0];
        Assert.Equal(2, state.GetProperty("lastDeliveredCount").GetInt32());
        Assert.Equal(0, state.GetProperty("failures").GetInt32());
        Assert.False(state.TryGetProperty("signatureToken", out _));

        using var ended = await farmer.DeleteAsync($"/epcis/queries/{name}/subscriptions/{id}");
        Assert.Equal(HttpStatusCode.NoContent, ended.StatusCode);
        Assert.Equal(0, (await farmer.GetFromJsonAsync<JsonElement>($"/epcis/queries/{name}")).GetProperty("subscriptions").GetArrayLength());
    }

    /// <summary>Answers every delivery with 204 and hands over its signature header and body bytes, until the listener stops.</summary>
    static async Task ServeAsync(HttpListener listener, ChannelWriter<(string? Signature, byte[] Body)> deliveries)
    {
        while (true)
        {
            HttpListenerContext context;
            try
            {
                context = await listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException)
            {
                return;
            }

            using var body = new MemoryStream();
            await context.Request.InputStream.CopyToAsync(body);
            deliveries.TryWrite((context.Request.Headers["GS1-Signature"], body.ToArray()));
            context.Response.StatusCode = 204;
            context.Response.Close();
        }
    }

    [Fact]
    public async Task A_failed_delivery_is_recorded_and_retried_later()
    {
        var lot = "F" + Guid.NewGuid().ToString("N")[..8];
        using var farmer = await app.SignedInAsync(DemoAccounts.Farmer);
        var name = "down-" + lot;
        (await farmer.PostAsJsonAsync("/epcis/queries", new { name, query = Query(("EQ_bizStep", "shipping")) })).EnsureSuccessStatusCode();
        // Nothing listens on this port.
        (await farmer.PostAsJsonAsync($"/epcis/queries/{name}/subscriptions", new { dest = $"http://127.0.0.1:{TestApp.FreePort()}/", signatureToken = "another-secret-token-1234", reportIfEmpty = true })).EnsureSuccessStatusCode();
        Assert.True(await app.RunJobAsync("SubscriptionDelivery"));
        var state = (await farmer.GetFromJsonAsync<JsonElement>($"/epcis/queries/{name}")).GetProperty("subscriptions")[0];
        Assert.Equal(1, state.GetProperty("failures").GetInt32());
        Assert.False(string.IsNullOrEmpty(state.GetProperty("lastError").GetString()));
        Assert.Equal(JsonValueKind.Null, state.GetProperty("lastDeliveredAt").ValueKind);
    }
}
