namespace Tianyuan.Web.Tests;

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

/// <summary>The agronomy calculators as integrators call them (Farm issue's stable API surface).</summary>
public class AgronomyApiTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    readonly TestApp app = fixture.App;

    [Fact]
    public async Task Daily_ET0_for_FAO_example_18_is_3_88_mm_with_its_intermediates()
    {
        using var client = app.Client();
        using var response = await client.PostAsJsonAsync("/api/farm/agronomy/et0", new
        {
            date = "2026-07-06", latitudeDeg = 50.8, elevationM = 100, tMinC = 12.3, tMaxC = 21.5,
            rhMinPct = 63, rhMaxPct = 84, windSpeedMs = 2.78, windHeightM = 10, sunshineHours = 9.25,
        });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(3.88, body.GetProperty("et0MmPerDay").GetDouble(), 2);
        Assert.Equal(13.28, body.GetProperty("intermediates").GetProperty("netRadiationMJ").GetDouble(), 2);
        Assert.Equal(0, body.GetProperty("fallbacks").GetArrayLength());
    }

    [Fact]
    public async Task Hourly_ET0_for_FAO_example_19_afternoon_is_0_63_mm()
    {
        using var client = app.Client();
        using var response = await client.PostAsJsonAsync("/api/farm/agronomy/et0", new
        {
            date = "2026-10-01", hour = 14, latitudeDeg = 16.2167, longitudeDeg = -16.25, tzMeridianDeg = -15, elevationM = 8,
            tC = 38, rhPct = 52, windSpeedMs = 3.3, solarRadiationMJ = 2.45,
        });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(0.63, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("et0MmPerHour").GetDouble(), 2);
    }

    [Fact]
    public async Task Temperatures_alone_give_an_answer_that_lists_the_papers_assumptions()
    {
        using var client = app.Client();
        var body = await (await client.PostAsJsonAsync("/api/farm/agronomy/et0", new { date = "2026-07-15", latitudeDeg = 45.72, elevationM = 200, tMinC = 14.8, tMaxC = 26.6 }))
            .Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(4.56, body.GetProperty("et0MmPerDay").GetDouble(), 2);
        Assert.Equal(3, body.GetProperty("fallbacks").GetArrayLength());
    }

    [Fact]
    public async Task Missing_or_impossible_weather_is_a_400_naming_each_field()
    {
        using var client = app.Client();
        using var response = await client.PostAsJsonAsync("/api/farm/agronomy/et0", new { date = "2026-07-15", elevationM = 200, tMinC = 30, tMaxC = 20, rhMinPct = 140 });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Equal(["latitudeDeg", "rhMinPct", "tMinC"], errors.EnumerateObject().Select(e => e.Name).Order());
    }

    [Fact]
    public async Task Degree_days_accumulate_day_by_day()
    {
        using var client = app.Client();
        using var response = await client.PostAsJsonAsync("/api/farm/agronomy/degree-days", new
        {
            lowerThreshold = 50, upperThreshold = 70, method = "single-sine", cutoff = "horizontal",
            days = new[]
            {
                new { date = "2020-01-02", min = 36, max = 67 },
                new { date = "2020-01-03", min = 33, max = 59 },
                new { date = "2020-01-04", min = 37, max = 59 },
            },
        });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        var daily = body.GetProperty("daily").EnumerateArray().ToList();
        Assert.Equal([5.71, 2.34, 2.56], daily.Select(d => d.GetProperty("degreeDays").GetDouble()));
        // The running total adds the unrounded daily values (5.709 + 2.340 + 2.556), so it is 10.60, not 10.61.
        Assert.Equal(10.60, daily[^1].GetProperty("cumulative").GetDouble(), 2);
        Assert.Equal("singleSine", body.GetProperty("method").GetString());
    }

    [Fact]
    public async Task Degree_day_requests_with_gaps_unknown_methods_or_no_days_are_refused()
    {
        using var client = app.Client();
        using var gap = await client.PostAsJsonAsync("/api/farm/agronomy/degree-days", new
        {
            lowerThreshold = 10, days = new[] { new { date = "2026-05-01", min = 8, max = 20 }, new { date = "2026-05-03", min = 9, max = 22 } },
        });
        using var unknown = await client.PostAsJsonAsync("/api/farm/agronomy/degree-days", new { lowerThreshold = 10, method = "cubic", days = Array.Empty<object>() });
        Assert.Equal(HttpStatusCode.BadRequest, gap.StatusCode);
        Assert.True((await gap.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("days", out _));
        var errors = (await unknown.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("method", out _));
        Assert.True(errors.TryGetProperty("days", out _));
    }
}

/// <summary>The pest and disease calculators over HTTP.</summary>
public class PestApiTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    readonly TestApp app = fixture.App;

    [Fact]
    public async Task Codling_moth_stage_from_celsius_weather_names_the_treatment_date()
    {
        using var client = app.Client();
        var days = Enumerable.Range(0, 30).Select(i => new { date = new DateOnly(2026, 4, 1).AddDays(i).ToString("yyyy-MM-dd"), min = 10.0, max = 22.0 }).ToArray();
        using var response = await client.PostAsJsonAsync("/api/farm/agronomy/pest-stage", new { model = "codling-moth", biofix = "2026-04-01", unit = "C", days });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("苹果蠹蛾", body.GetProperty("name").GetString());
        // 10–22 °C is 50–71.6 °F: 10.8 °F degree-days a day, so 250 is passed on the 24th day (23.1 days).
        Assert.Equal(324, body.GetProperty("degreeDaysF").GetDouble(), 0);
        var hatch = body.GetProperty("stages").EnumerateArray().Single(s => s.GetProperty("key").GetString() == "first-egg-hatch");
        Assert.Equal("2026-04-24", hatch.GetProperty("reachedOn").GetString());
    }

    [Fact]
    public async Task Late_blight_periods_and_unknown_days_and_bad_input()
    {
        using var client = app.Client();
        using var response = await client.PostAsJsonAsync("/api/farm/agronomy/late-blight", new
        {
            days = new[]
            {
                new { date = "2026-06-01", minTemperatureC = 11.0, hoursHumid = 7, hoursObserved = 24 },
                new { date = "2026-06-02", minTemperatureC = 10.2, hoursHumid = 6, hoursObserved = 24 },
                new { date = "2026-06-03", minTemperatureC = 12.0, hoursHumid = 12, hoursObserved = 20 },
            },
        });
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        var period = Assert.Single(body.GetProperty("periods").EnumerateArray());
        Assert.Equal("hutton", period.GetProperty("rule").GetString());
        Assert.Equal("2026-06-02", period.GetProperty("endsOn").GetString());
        Assert.Equal("2026-06-03", body.GetProperty("unknownDays")[0].GetString());

        using var bad = await client.PostAsJsonAsync("/api/farm/agronomy/late-blight", new { days = new[] { new { date = "2026-06-01", minTemperatureC = 11.0, hoursHumid = 30, hoursObserved = 24 } } });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        using var unknownModel = await client.PostAsJsonAsync("/api/farm/agronomy/pest-stage", new { model = "locust", biofix = "2026-04-01", days = Array.Empty<object>() });
        Assert.Equal(HttpStatusCode.BadRequest, unknownModel.StatusCode);
    }
}
