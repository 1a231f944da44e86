namespace Tianyuan.Web.Tests;

using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Tianyuan.Kernel.Demo;
using static TraceTestData;

/// <summary>
/// The GS1 Digital Link resolver over HTTP: linkset for machines, the consumer page for people, 400 with the GS1
/// rule for a mistyped code, scan counting with the counterfeit warning, and the label CSV for bulk printers.
/// </summary>
public class DigitalLinkTests(DigitalLinkTests.Fixture fixture) : IClassFixture<DigitalLinkTests.Fixture>
{
    const string Gtin = "09521141012345";

    /// <summary>A lot and serial no other test (or earlier run) uses.</summary>
    static readonly string Run = Guid.NewGuid().ToString("N")[..8];

    readonly TestApp app = fixture.App;

    [Fact]
    public async Task A_captured_item_answers_a_linkset_with_the_page_and_its_EPCIS_queries()
    {
        using var farmer = await app.SignedInAsync(DemoAccounts.Farmer);
        await CaptureAsync(farmer, ItemStory(Gtin, "L" + Run, "S" + Run));

        using var client = app.Client();
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/01/{Gtin}/10/L{Run}/21/S{Run}");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/linkset+json"));
        using var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/linkset+json", response.Content.Headers.ContentType!.MediaType);
        var set = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("linkset")[0];
        Assert.Equal($"{app.BaseUrl}/01/{Gtin}/10/L{Run}/21/S{Run}", set.GetProperty("anchor").GetString());
        Assert.Equal(set.GetProperty("anchor").GetString(), set.GetProperty("https://gs1.org/voc/defaultLink")[0].GetProperty("href").GetString());
        Assert.Equal("text/html", set.GetProperty("https://gs1.org/voc/pip")[0].GetProperty("type").GetString());

        // Each traceability link is a working EPCIS query: together they return the whole story.
        var found = 0;
        foreach (var link in set.GetProperty("https://gs1.org/voc/traceability").EnumerateArray())
        {
            var document = await client.GetFromJsonAsync<JsonElement>(link.GetProperty("href").GetString());
            found += document.GetProperty("epcisBody").GetProperty("queryResults").GetProperty("resultsBody").GetProperty("eventList").GetArrayLength();
        }

        Assert.Equal(3, found);
    }

    [Fact]
    public async Task A_wrong_check_digit_is_400_saying_why_to_machines_and_to_people()
    {
        using var client = app.Client();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/01/09521141012346/21/X1");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        using var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("urn:tianyuan:problem:invalid-digital-link", problem.GetProperty("type").GetString());
        Assert.Contains("check digit should be 5", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);

        using var page = await client.GetAsync("/01/09521141012346/21/X1");
        Assert.Equal(HttpStatusCode.BadRequest, page.StatusCode);
        var html = WebUtility.HtmlDecode(await page.Content.ReadAsStringAsync());
        Assert.Contains("这不是有效的商品编码", html, StringComparison.Ordinal);
        Assert.Contains("check digit should be 5", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_item_gets_the_page_with_an_honest_empty_state()
    {
        using var client = app.Client();
        using var response = await client.GetAsync($"/01/{Gtin}/10/NONE{Run}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType!.MediaType);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("这个编码还没有溯源记录", html, StringComparison.Ordinal);
        Assert.DoesNotContain("trace-timeline", html, StringComparison.Ordinal);

        var english = WebUtility.HtmlDecode(await client.GetStringAsync($"/01/{Gtin}/10/NONE{Run}?culture=en"));
        Assert.Contains("There is no traceability record for this code yet", english, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Scans_are_counted_and_many_distinct_scanners_bring_the_counterfeit_warning()
    {
        var path = $"/01/{Gtin}/21/C{Run}";
        using var client = app.Client();
        for (var phone = 1; phone <= Fixture.Threshold; phone++)
        {
            var html = await PageAsync(client, path, $"Phone {phone}");
            Assert.Contains($"已被查询 {phone} 次", html, StringComparison.Ordinal);
            Assert.DoesNotContain("counterfeit-warning", html, StringComparison.Ordinal);
        }

        // The same phone again is not a new source; one more phone crosses the threshold.
        Assert.DoesNotContain("counterfeit-warning", await PageAsync(client, path, "Phone 1"), StringComparison.Ordinal);
        var warned = await PageAsync(client, path, "Phone X");
        Assert.Contains("这个编码被异常多次扫描", warned, StringComparison.Ordinal);
        Assert.Contains($"已被查询 {Fixture.Threshold + 2} 次", warned, StringComparison.Ordinal);

        // A lot page is not a serialised item: nothing to count.
        Assert.DoesNotContain("scan-count", await PageAsync(client, $"/01/{Gtin}/10/L{Run}", "Phone 1"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Label_CSV_lists_one_Digital_Link_per_serial_for_producers_only()
    {
        var query = $"/api/trace/labels.csv?gtin=9521141012345&lot=L{Run}&from=7&count=25";
        using var anonymous = app.Client();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync(query)).StatusCode);
        using var visitor = await app.SignedInAsync(DemoAccounts.Visitor);
        Assert.Equal(HttpStatusCode.Forbidden, (await visitor.GetAsync(query)).StatusCode);

        using var farmer = await app.SignedInAsync(DemoAccounts.Farmer);
        var lines = (await farmer.GetStringAsync(query)).TrimEnd('\n').Split('\n');
        Assert.Equal("serial,uri", lines[0]);
        Assert.Equal(25, lines.Length - 1);
        Assert.Equal($"7,\"{app.BaseUrl}/01/{Gtin}/10/L{Run}/21/7\"", lines[1]);
        Assert.StartsWith("31,", lines[^1], StringComparison.Ordinal);

        using var bad = await farmer.GetAsync("/api/trace/labels.csv?gtin=9521141012346&count=2");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("check digit", await bad.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, (await farmer.GetAsync($"/api/trace/labels.csv?gtin={Gtin}&count=501")).StatusCode);
    }

    [Fact]
    public async Task The_label_sheet_prints_QR_codes_and_names_a_bad_GTIN()
    {
        using var farmer = await app.CookieClientAsync(DemoAccounts.Farmer);
        var html = WebUtility.HtmlDecode(await farmer.GetStringAsync($"/trace/labels?gtin={Gtin}&lot=L{Run}&from=1&count=12&size=50x30"));
        Assert.Equal(12, html.Split("class=\"trace-label\"").Length - 1);
        Assert.Contains("label-50x30", html, StringComparison.Ordinal);
        Assert.Contains("<svg", html, StringComparison.Ordinal);

        var bad = WebUtility.HtmlDecode(await farmer.GetStringAsync("/trace/labels?gtin=9521141012346&count=3"));
        Assert.Contains("labels-error", bad, StringComparison.Ordinal);
        Assert.Contains("check digit should be 5", bad, StringComparison.Ordinal);
    }

    static async Task<string> PageAsync(HttpClient client, string path, string userAgent)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.TryAddWithoutValidation("User-Agent", userAgent);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/html"));
        using var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }

    /// <summary>An app whose counterfeit threshold a test can cross in a few requests.</summary>
    public sealed class Fixture : IAsyncLifetime
    {
        public const int Threshold = 3;

        public TestApp App { get; private set; } = default!;

        public async Task InitializeAsync() =>
            App = await TestApp.StartAsync(new Dictionary<string, string?> { ["Trace:Scans:Threshold"] = Threshold.ToString(System.Globalization.CultureInfo.InvariantCulture) });

        public async Task DisposeAsync() => await App.DisposeAsync();
    }
}
