namespace Tianyuan.Web.Tests;

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Tianyuan.Kernel;

/// <summary>Group-buy campaigns, points and clock moves for the group-buy tests, made through the module's API where one exists.</summary>
static class MarketGroupBuyTestData
{
    /// <summary>A campaign of the farmer's cooperative for one offer at <paramref name="groupPrice"/>; returns its id and share token.</summary>
    public static async Task<(Guid Id, string Token)> NewCampaignAsync(HttpClient farmer, Guid offer, decimal groupPrice, DateTimeOffset cutOff,
        int minGroupSize = 1)
    {
        var (organisation, _) = await MarketTestData.SellerAsync(farmer);
        var pickup = DateOnly.FromDateTime(cutOff.ToChinaTime().DateTime).AddDays(1);
        using var created = await farmer.PostAsJsonAsync("/api/market/campaigns", new
        {
            organisationId = organisation, titleZh = "测试团 · 早上摘下午到", cutOffAt = cutOff, pickupDate = pickup, minGroupSize,
            items = new[] { new { offerId = offer, groupPrice } },
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var campaign = await created.Content.ReadFromJsonAsync<JsonElement>();
        return (campaign.GetProperty("id").GetGuid(), campaign.GetProperty("shareToken").GetString()!);
    }

    /// <summary>The leader's own point and another active point.</summary>
    public static async Task<(Guid Mine, Guid Other)> PointsAsync(TestApp app, HttpClient leader)
    {
        var mine = (await leader.GetFromJsonAsync<JsonElement>("/api/market/points/mine"))[0].GetProperty("id").GetGuid();
        using var anonymous = app.Client();
        var all = await anonymous.GetFromJsonAsync<JsonElement>("/api/market/points");
        return (mine, all.EnumerateArray().Select(p => p.GetProperty("id").GetGuid()).First(id => id != mine));
    }

    /// <summary>Plays the clock forward for one campaign: its cut-off (and opening) moved into the past.</summary>
    public static Task CutOffPassedAsync(TestApp app, Guid campaign) =>
        ExecuteAsync(app, $"UPDATE {app.Table("market", "market_campaign")} SET \"OpensAt\" = @a, \"CutOffAt\" = @b WHERE \"Id\" = @id",
            ("a", Instant(app, DateTimeOffset.UtcNow.AddHours(-2))), ("b", Instant(app, DateTimeOffset.UtcNow.AddMinutes(-1))), ("id", Id(app, campaign)));

    public static Task PickupDateAsync(TestApp app, Guid campaign, DateOnly day) =>
        ExecuteAsync(app, $"UPDATE {app.Table("market", "market_campaign")} SET \"PickupDate\" = @d WHERE \"Id\" = @id",
            ("d", app.IsPostgres ? day : day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)), ("id", Id(app, campaign)));

    /// <summary>Marks an order paid online (the payment providers are another part of the module).</summary>
    public static Task PaidAsync(TestApp app, Guid order) =>
        ExecuteAsync(app, $"UPDATE {app.Table("market", "market_order")} SET \"PaidAt\" = @p, \"PaymentMethod\" = 'sandbox' WHERE \"Id\" = @id",
            ("p", Instant(app, DateTimeOffset.UtcNow)), ("id", Id(app, order)));

    public static async Task<int> CountAsync(TestApp app, string sql)
    {
        await using var connection = await app.OpenDatabaseAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt32(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    static object Instant(TestApp app, DateTimeOffset at) => app.IsPostgres ? at : at.UtcTicks;

    /// <summary>Guids as the database holds them: uuid on PostgreSQL, upper-case text on SQLite.</summary>
    public static object Id(TestApp app, Guid id) => app.IsPostgres ? id : id.ToString().ToUpperInvariant();

    static async Task ExecuteAsync(TestApp app, string sql, params (string Name, object Value)[] parameters)
    {
        await using var connection = await app.OpenDatabaseAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            var p = command.CreateParameter();
            p.ParameterName = name;
            p.Value = value;
            command.Parameters.Add(p);
        }

        Assert.Equal(1, await command.ExecuteNonQueryAsync());
    }
}
