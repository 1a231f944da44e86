namespace Tianyuan.Web.Tests;

using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Tianyuan.Kernel.Demo;

/// <summary>
/// SenML telemetry over HTTP into the real database (SQLite, then PostgreSQL in test.sh's second pass): readings
/// counted once however often they are resent, impossible ones quarantined, bad ones refused with the reason,
/// and the hourly/daily rollups equal to the raw readings.
/// </summary>
public class TelemetryTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    readonly TestApp app = fixture.App;
    /// <summary>10:00 in China two days ago, whatever the machine's own time zone.</summary>
    static readonly DateTimeOffset Base = new(DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(8)).Date.AddDays(-2).AddHours(10), TimeSpan.FromHours(8));

    async Task<(HttpClient Farmer, Guid Device, string Key)> NewDeviceAsync()
    {
        var farmer = await app.SignedInAsync(DemoAccounts.Farmer);
        var (_, device, key) = await app.RegisterDeviceAsync(farmer, "测试节点");
        return (farmer, device, key);
    }

    [Fact]
    public async Task Retention_forgets_raw_readings_past_their_days_but_keeps_the_rollups()
    {
        using var farmer = await app.SignedInAsync(DemoAccounts.Farmer);
        var (_, id, key) = await app.RegisterDeviceAsync(farmer, "保留期测试");
        var old = DateTimeOffset.UtcNow.AddDays(-200).ToUnixTimeSeconds();
        var recent = DateTimeOffset.UtcNow.AddDays(-2).ToUnixTimeSeconds();
        await SendAsync(key, $"[{{\"n\":\"{id}:temperature\",\"u\":\"Cel\",\"v\":11.5,\"t\":{old}}},{{\"n\":\"{id}:temperature\",\"u\":\"Cel\",\"v\":12.5,\"t\":{recent}}}]");
        var range = $"quantity=temperature&from={DateTimeOffset.UtcNow.AddDays(-365):yyyy-MM-ddTHH:mm:ssZ}";
        Assert.Equal(2, (await farmer.GetFromJsonAsync<JsonElement>($"/api/farm/sensors/{id}/series?{range}&resolution=raw")).GetProperty("points").GetArrayLength());

        Assert.True(await app.RunJobAsync("ReadingRetention"));

        var raw = (await farmer.GetFromJsonAsync<JsonElement>($"/api/farm/sensors/{id}/series?{range}&resolution=raw")).GetProperty("points");
        Assert.Equal(12.5, raw.EnumerateArray().Single().GetProperty("v").GetDouble()); // 90 days of raw data by default
        Assert.Equal(2, (await farmer.GetFromJsonAsync<JsonElement>($"/api/farm/sensors/{id}/series?{range}&resolution=hour")).GetProperty("points").GetArrayLength());
    }

    async Task<JsonElement> SendAsync(string key, string senml, HttpStatusCode expected = HttpStatusCode.Accepted)
    {
        using var response = await app.SendTelemetryAsync(key, senml);
        Assert.Equal(expected, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    static string Pack(Guid device, params (string Quantity, string Unit, double Value, DateTimeOffset Time)[] readings) =>
        JsonSerializer.Serialize(readings.Select((r, i) => i == 0
            ? (object)new { bn = $"{device}:", n = r.Quantity, u = r.Unit, v = r.Value, t = r.Time.ToUnixTimeMilliseconds() / 1000.0 }
            : new { n = r.Quantity, u = r.Unit, v = r.Value, t = r.Time.ToUnixTimeMilliseconds() / 1000.0 }));

    [Fact]
    public async Task Readings_are_stored_once_however_often_they_are_resent_and_rollups_match()
    {
        var (farmer, device, key) = await NewDeviceAsync();
        var pack = Pack(device,
            ("soil-moisture", "%VWC", 20, Base.AddMinutes(5)),
            ("soil-moisture", "%VWC", 30, Base.AddMinutes(35)),
            ("soil-moisture", "%VWC", 40, Base.AddMinutes(70)),
            ("temperature", "°C", 18.5, Base.AddMinutes(5)));

        var first = await SendAsync(key, pack);
        Assert.Equal(4, first.GetProperty("accepted").GetInt32());
        var again = await SendAsync(key, pack);
        Assert.Equal(0, again.GetProperty("accepted").GetInt32());
        Assert.Equal(4, again.GetProperty("duplicates").GetInt32());

        var from = Uri.EscapeDataString(Base.AddHours(-1).ToString("O"));
        var to = Uri.EscapeDataString(Base.AddHours(3).ToString("O"));
        var raw = await farmer.GetFromJsonAsync<JsonElement>($"/api/farm/sensors/{device}/series?quantity=soil-moisture&from={from}&to={to}");
        Assert.Equal([20.0, 30.0, 40.0], raw.GetProperty("points").EnumerateArray().Select(p => p.GetProperty("v").GetDouble()));

        var hourly = (await farmer.GetFromJsonAsync<JsonElement>($"/api/farm/sensors/{device}/series?quantity=soil-moisture&resolution=hour&from={from}&to={to}"))
            .GetProperty("points").EnumerateArray().ToList();
        Assert.Equal(2, hourly.Count);
        Assert.Equal((20.0, 30.0, 25.0, 2L), (hourly[0].GetProperty("min").GetDouble(), hourly[0].GetProperty("max").GetDouble(), hourly[0].GetProperty("avg").GetDouble(), hourly[0].GetProperty("count").GetInt64()));
        Assert.Equal(1, hourly[1].GetProperty("count").GetInt64());

        var daily = (await farmer.GetFromJsonAsync<JsonElement>($"/api/farm/sensors/{device}/series?quantity=soil-moisture&resolution=day&from={Uri.EscapeDataString(Base.AddDays(-1).ToString("O"))}&to={to}"))
            .GetProperty("points").EnumerateArray().Single();
        Assert.Equal(3, daily.GetProperty("count").GetInt64());
        Assert.Equal(30, daily.GetProperty("avg").GetDouble(), 6);

        var temperature = await farmer.GetFromJsonAsync<JsonElement>($"/api/farm/sensors/{device}/series?quantity=temperature&from={from}&to={to}");
        Assert.Equal(18.5, temperature.GetProperty("points")[0].GetProperty("v").GetDouble());

        using var csv = await farmer.GetAsync($"/api/farm/sensors/{device}/series?quantity=soil-moisture&from={from}&to={to}&format=csv");
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        Assert.Equal(4, (await csv.Content.ReadAsStringAsync()).Trim().Split('\n').Length);
    }

    [Fact]
    public async Task Gateways_retrying_in_parallel_never_lose_or_double_count_a_reading()
    {
        var (farmer, device, key) = await NewDeviceAsync();
        // 12 requests of 50 readings each, every reading sent by three different requests: 200 distinct readings.
        var packs = Enumerable.Range(0, 12).Select(i => Pack(device, [.. Enumerable.Range(0, 50)
            .Select(j => ("soil-moisture", "%VWC", (double)(((i % 4) * 50) + j) % 100, Base.AddMinutes(((i % 4) * 50) + j)))])).ToList();
        var results = await Task.WhenAll(packs.Select(p => SendAsync(key, p)));

        Assert.Equal(200, results.Sum(r => r.GetProperty("accepted").GetInt32()));
        Assert.Equal(400, results.Sum(r => r.GetProperty("duplicates").GetInt32()));
        var from = Uri.EscapeDataString(Base.AddHours(-1).ToString("O"));
        var to = Uri.EscapeDataString(Base.AddDays(1).ToString("O"));
        var raw = await farmer.GetFromJsonAsync<JsonElement>($"/api/farm/sensors/{device}/series?quantity=soil-moisture&from={from}&to={to}");
        Assert.Equal(200, raw.GetProperty("points").GetArrayLength());
        var hourly = await farmer.GetFromJsonAsync<JsonElement>($"/api/farm/sensors/{device}/series?quantity=soil-moisture&resolution=hour&from={from}&to={to}");
        Assert.Equal(200, hourly.GetProperty("points").EnumerateArray().Sum(p => p.GetProperty("count").GetInt64()));
    }

    [Fact]
    public async Task Impossible_values_are_quarantined_and_bad_records_refused_with_their_reason()
    {
        var (farmer, device, key) = await NewDeviceAsync();
        var stranger = Guid.NewGuid();
        var senml = $$"""
            [{"bn":"{{device}}:","n":"humidity","u":"%RH","v":130,"t":-60},
             {"n":"humidity","u":"%RH","v":65,"t":-60},
             {"bn":"{{stranger}}:","n":"humidity","u":"%RH","v":60},
             {"bn":"{{device}}:","n":"humidity","u":"furlong","v":1},
             {"n":"humidity","u":"%RH","v":60,"t":{{DateTimeOffset.UtcNow.AddDays(2).ToUnixTimeSeconds()}}},
             {"n":"humidity","u":"%RH","v":"wet"}]
            """;
        var body = await SendAsync(key, senml);
        Assert.Equal(1, body.GetProperty("accepted").GetInt32());
        Assert.Equal(1, body.GetProperty("quarantined").GetInt32());
        Assert.Equal(4, body.GetProperty("rejected").GetInt32());
        // Errors point at the records as sent: #2 another device, #3 unknown unit, #4 future, #5 not a number.
        Assert.Equal([2, 3, 4, 5], body.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("index").GetInt32()).Order());
        var reasons = body.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("reason").GetString()!).ToList();
        Assert.Contains(reasons, r => r.Contains("not this device's", StringComparison.Ordinal));
        Assert.Contains(reasons, r => r.Contains("furlong", StringComparison.Ordinal));
        Assert.Contains(reasons, r => r.Contains("future", StringComparison.Ordinal));
        Assert.Contains(reasons, r => r.Contains("number", StringComparison.Ordinal));

        var series = await farmer.GetFromJsonAsync<JsonElement>($"/api/farm/sensors/{device}/series?quantity=humidity");
        Assert.Equal([65.0], series.GetProperty("points").EnumerateArray().Select(p => p.GetProperty("v").GetDouble()));
    }

    [Fact]
    public async Task Records_that_could_break_storage_or_mix_meanings_are_refused_and_do_not_block_others()
    {
        var (_, device, key) = await NewDeviceAsync();
        var poison = $$"""
            [{"bn":"{{device}}:","n":"temperature","u":"Cel","v":20,"bt":-62135596800},
             {"bn":"{{device}}:","bt":0,"n":"temp\u0000","u":"Cel","v":20},
             {"n":"temperature","u":"%RH","v":80},
             {"n":"humidity","u":"/","v":0.5}]
            """;
        var refused = await SendAsync(key, poison, HttpStatusCode.BadRequest);
        Assert.True(refused.TryGetProperty("errors", out var errors), refused.ToString());
        var reasons = errors.ToString();
        Assert.Contains("before 2000", reasons);
        Assert.Contains("a-z", reasons);
        Assert.Contains("measures humidity, not temperature", reasons);

        var fine = await SendAsync(key, Pack(device, ("soil-temperature", "Cel", 12.5, DateTimeOffset.UtcNow.AddMinutes(-1))));
        Assert.Equal(1, fine.GetProperty("accepted").GetInt32());
    }

    [Fact]
    public async Task Wrong_keys_wrong_content_and_all_bad_packs_change_nothing()
    {
        var (_, device, key) = await NewDeviceAsync();
        var pack = Pack(device, ("temperature", "Cel", 20, DateTimeOffset.UtcNow.AddMinutes(-1)));
        await SendAsync("dev_0000000000_notarealkeynotarealkeynotarealkey", pack, HttpStatusCode.Unauthorized);
        await SendAsync(key, "[{\"n\":", HttpStatusCode.BadRequest);
        await SendAsync(key, "{\"n\":\"x\",\"v\":1}", HttpStatusCode.BadRequest);
        var allBad = await SendAsync(key, "[{\"n\":\"nobody:temperature\",\"u\":\"Cel\",\"v\":20}]", HttpStatusCode.BadRequest);
        Assert.Contains("#0", allBad.GetProperty("errors").GetProperty("records")[0].GetString());

        using var client = app.Client();
        using var plain = new HttpRequestMessage(HttpMethod.Post, "/api/farm/telemetry") { Content = new StringContent(pack, Encoding.UTF8, "text/plain") };
        plain.Headers.Add("X-Device-Key", key);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, (await client.SendAsync(plain)).StatusCode);
    }

    [Fact]
    public async Task A_revoked_device_is_refused_and_its_readings_stay()
    {
        var (farmer, device, key) = await NewDeviceAsync();
        await SendAsync(key, Pack(device, ("temperature", "K", 293.15, DateTimeOffset.UtcNow.AddMinutes(-1))));
        var listed = (await farmer.GetFromJsonAsync<JsonElement>("/api/farm/devices")).EnumerateArray().Single(d => d.GetProperty("id").GetGuid() == device);
        Assert.Equal(JsonValueKind.Null, listed.GetProperty("revokedAt").ValueKind);

        using (var revoked = await farmer.DeleteAsync($"/api/farm/devices/{device}"))
            Assert.Equal(HttpStatusCode.NoContent, revoked.StatusCode);
        await SendAsync(key, Pack(device, ("temperature", "Cel", 21, DateTimeOffset.UtcNow)), HttpStatusCode.Unauthorized);

        // Kelvin was stored as Celsius, so the series has one unit.
        var series = await farmer.GetFromJsonAsync<JsonElement>($"/api/farm/sensors/{device}/series?quantity=temperature");
        Assert.Equal(20.0, series.GetProperty("points")[0].GetProperty("v").GetDouble(), 6);

        using var host = await app.SignedInAsync(DemoAccounts.Host);
        Assert.Equal(HttpStatusCode.Forbidden, (await host.DeleteAsync($"/api/farm/devices/{device}")).StatusCode);
    }

    [Fact]
    public async Task Only_the_farms_own_people_read_its_series()
    {
        var (_, device, _) = await NewDeviceAsync();
        using var host = await app.SignedInAsync(DemoAccounts.Host);
        Assert.Equal(HttpStatusCode.Forbidden, (await host.GetAsync($"/api/farm/sensors/{device}/series?quantity=temperature")).StatusCode);
        using var op = await app.SignedInAsync(DemoAccounts.Operator);
        Assert.Equal(HttpStatusCode.OK, (await op.GetAsync($"/api/farm/sensors/{device}/series?quantity=temperature")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await op.GetAsync($"/api/farm/sensors/{Guid.NewGuid()}/series?quantity=temperature")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await op.GetAsync($"/api/farm/sensors/{device}/series?quantity=temperature&resolution=minute")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await op.GetAsync($"/api/farm/sensors/{device}/series?quantity=temperature&to=0001-01-01T00:00:00Z&resolution=day")).StatusCode);
    }
}

/// <summary>PostgreSQL storage of readings: partitioned by month, BRIN on time, months created ahead.</summary>
public class ReadingStorageOnPostgresTests
{
    [PostgresFact]
    public async Task Readings_live_in_a_partitioned_table_with_this_and_next_months_ready()
    {
        await using var app = await TestApp.StartAsync();
        await using var connection = new Npgsql.NpgsqlConnection(app.Database);
        await connection.OpenAsync();
        await using (var kind = new Npgsql.NpgsqlCommand("SELECT relkind::text FROM pg_class WHERE oid = 'farm.farm_reading'::regclass", connection))
            Assert.Equal("p", await kind.ExecuteScalarAsync());
        await using (var brin = new Npgsql.NpgsqlCommand("SELECT count(*) FROM pg_indexes WHERE schemaname = 'farm' AND indexdef LIKE '%USING brin%'", connection))
            Assert.True((long)(await brin.ExecuteScalarAsync())! >= 1);

        var month = DateTime.UtcNow;
        var expected = new[] { month, month.AddMonths(1) }.Select(m => $"farm_reading_{m:yyyy_MM}").ToList();
        var found = new List<string>();
        for (var i = 0; i < 50 && found.Count < expected.Count; i++)
        {
            found.Clear();
            await using var partitions = new Npgsql.NpgsqlCommand(
                "SELECT c.relname FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid WHERE i.inhparent = 'farm.farm_reading'::regclass", connection);
            await using var reader = await partitions.ExecuteReaderAsync();
            while (await reader.ReadAsync())
                if (expected.Contains(reader.GetString(0)))
                    found.Add(reader.GetString(0));
            if (found.Count < expected.Count)
                await Task.Delay(100);
        }

        Assert.Equal(expected.Order(), found.Order());
    }
}
