namespace Tianyuan.Web.Tests;

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Tianyuan.Kernel.Demo;
using static StaysTestData;

/// <summary>"Stayed here → buy the farm's products": a check-out in Stays issues one Market coupon, however often the event arrives.</summary>
public class MarketCouponStayTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    readonly TestApp app = fixture.App;

    [Fact]
    public async Task Checking_out_issues_exactly_one_stayed_here_coupon_even_when_the_event_is_delivered_twice()
    {
        using var host = await app.SignedInAsync(DemoAccounts.Host);
        var (_, type, _) = await NewUnitTypeAsync(host, units: 1);
        using var guest = await app.SignedInAsync(DemoAccounts.Visitor);
        using var booked = await BookAsync(guest, Booking(type, ChinaToday, 1));
        Assert.Equal(HttpStatusCode.Created, booked.StatusCode);
        var booking = (await booked.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.OK, (await guest.PostAsync($"/api/stays/bookings/{booking}/check-in", null)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await guest.PostAsync($"/api/stays/bookings/{booking}/check-out", null)).StatusCode);

        async Task<JsonElement[]> StayedHereAsync() => [.. (await guest.GetFromJsonAsync<JsonElement>("/api/market/coupons/mine")).EnumerateArray()
            .Where(c => c.GetProperty("source").GetString() == "stayed-here")];
        await UntilAsync(async () => (await StayedHereAsync()).Length > 0);
        var coupon = Assert.Single(await StayedHereAsync());
        Assert.StartsWith("ZG", coupon.GetProperty("code").GetString());
        Assert.Equal(9, coupon.GetProperty("scopeRegionCode").GetString()!.Length);
        using var browser = await app.CookieClientAsync(DemoAccounts.Visitor);
        Assert.Contains("住过的村子", WebUtility.HtmlDecode(await browser.GetStringAsync("/market/coupons")));

        // Deliver the same event again, as an outbox does after a crash between handling and marking it done.
        await ExecuteAsync($"UPDATE {app.Table("stays", "stays_outbox")} SET \"ProcessedAt\" = NULL WHERE \"Type\" LIKE '%GuestCheckedOut'");
        await UntilAsync(async () => await ScalarAsync($"SELECT COUNT(*) FROM {app.Table("stays", "stays_outbox")} WHERE \"ProcessedAt\" IS NULL") == 0);
        Assert.Equal(1, await ScalarAsync($"SELECT COUNT(*) FROM {app.Table("market", "market_coupon")} WHERE \"Source\" = 'stayed-here' AND \"SourceKey\" = '{booking:N}'"));
    }

    static async Task UntilAsync(Func<Task<bool>> condition)
    {
        for (var i = 0; i < 100; i++)
        {
            if (await condition())
                return;
            await Task.Delay(200);
        }

        throw new TimeoutException("The outbox did not deliver within 20 s.");
    }

    async Task ExecuteAsync(string sql)
    {
        await using var connection = await app.OpenDatabaseAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        Assert.True(await command.ExecuteNonQueryAsync() >= 1);
    }

    async Task<long> ScalarAsync(string sql)
    {
        await using var connection = await app.OpenDatabaseAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
