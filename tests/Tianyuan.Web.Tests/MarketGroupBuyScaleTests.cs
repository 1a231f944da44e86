namespace Tianyuan.Web.Tests;

using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using Tianyuan.Kernel.Demo;
using static MarketGroupBuyTestData;
using static MarketTestData;

/// <summary>
/// The cut-off at county scale: 50 000 orders across 200 pickup points frozen and aggregated well under 10 s. The
/// orders are written straight into the tables (placing 50 000 through HTTP would measure the test, not the job).
/// </summary>
public class MarketGroupBuyScaleTests(AppFixture fixture, Xunit.Abstractions.ITestOutputHelper output) : IClassFixture<AppFixture>
{
    const int Orders = 50_000;
    const int Points = 200;

    readonly TestApp app = fixture.App;

    [Fact]
    public async Task Fifty_thousand_orders_across_two_hundred_points_are_frozen_into_the_manifest_in_under_ten_seconds()
    {
        using var farmer = await app.SignedInAsync(DemoAccounts.Farmer);
        var (organisation, _) = await SellerAsync(farmer);
        var offer = await NewOfferAsync(farmer, available: 100, name: "测试规模橙子");
        var (campaign, _) = await NewCampaignAsync(farmer, offer, 5m, DateTimeOffset.UtcNow.AddHours(2), minGroupSize: 10);
        var product = (await app.Client().GetFromJsonAsync<JsonElement>($"/api/market/campaigns/{campaign}")).GetProperty("items")[0].GetProperty("productId").GetGuid();

        await SeedAsync(campaign, offer, product, organisation);
        await CutOffPassedAsync(app, campaign);
        var watch = Stopwatch.StartNew();
        Assert.True(await app.RunJobAsync("CampaignCutOffJob"));
        watch.Stop();
        // The figure for docs/benchmarks.md: run this test alone with --logger "console;verbosity=detailed".
        output.WriteLine($"cut-off of {Orders} orders across {Points} points ({(app.IsPostgres ? "PostgreSQL" : "SQLite")}): {watch.Elapsed.TotalSeconds:0.00} s");
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), $"the cut-off took {watch.Elapsed}");

        var csv = await farmer.GetStringAsync($"/api/market/campaigns/{campaign}/manifest.csv?kind=points");
        Assert.Equal(Points + 1, csv.TrimEnd().Split("\r\n").Length);
        var farms = await farmer.GetStringAsync($"/api/market/campaigns/{campaign}/manifest.csv?kind=farms");
        Assert.Contains($",{Orders * 1.5m:0.###},{Orders}", farms);
        Assert.Equal(Orders, await CountAsync(app, $"SELECT COUNT(*) FROM {app.Table("market", "market_order")} WHERE \"Status\" = 'Picking'"));
    }

    /// <summary>200 points and 50 000 orders of 1.5 kg each, in three set-based statements per provider.</summary>
    async Task SeedAsync(Guid campaign, Guid offer, Guid product, Guid organisation)
    {
        var pg = app.IsPostgres;
        string Series(int count) => pg ? $"generate_series(0, {count - 1}) AS s(i)" : "s";
        string Prefix(int count) => pg ? "" : $"WITH RECURSIVE s(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM s WHERE i < {count - 1}) ";
        string Guid(string prefix, string number) => pg
            ? $"('{prefix}-0000-0000-0000-' || lpad(({number})::text, 12, '0'))::uuid"
            : $"upper(printf('{prefix}-0000-0000-0000-%012d', {number}))";
        string Literal(Guid id) => pg ? $"'{id}'::uuid" : $"'{id.ToString().ToUpperInvariant()}'";
        string Text(string number) => pg ? $"({number})::text" : $"CAST({number} AS TEXT)";
        var now = pg ? "now()" : DateTimeOffset.UtcNow.UtcTicks.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var yes = pg ? "true" : "1";
        var money = (string value) => pg ? value : $"'{value}'";

        await RunAsync(Prefix(Points) + $"""
            INSERT INTO {app.Table("market", "market_pickup_point")} ("Id", "OrganisationId", "RegionCode", "NameZh", "Community", "Address", "Latitude", "Longitude",
                "OpeningHours", "Capacity", "LeaderName", "LeaderPhone", "CommissionRate", "Active")
            SELECT {Guid("5ca1e000", "i")}, {Guid("5ca1e001", "i")}, '331199', '规模测试点' || {Text("i")}, '规模小区', '规模小区' || {Text("i")} || '幢',
                30.0, 120.0, '每日 8:00–20:00', 500, '测试团长', '13800138000', {money("0.05")}, {yes} FROM {Series(Points)}
            """);
        await RunAsync(Prefix(Orders) + $"""
            INSERT INTO {app.Table("market", "market_order")} ("Id", "Number", "CustomerUserId", "Status", "CampaignId", "PickupPointId", "Subtotal", "Discount",
                "Total", "Refunded", "PaymentMethod", "PickupCode", "ParcelToken", "CreatedAt")
            SELECT {Guid("5ca1e002", "i")}, 'S' || {Text("i")}, {Guid("5ca1e003", "i % 997")}, 'Placed', {Literal(campaign)}, {Guid("5ca1e000", $"i % {Points}")},
                {money("7.5")}, {money("0")}, {money("7.5")}, {money("0")}, 'pay-at-pickup', '123456', 'scale' || {Text("i")}, {now} FROM {Series(Orders)}
            """);
        await RunAsync(Prefix(Orders) + $"""
            INSERT INTO {app.Table("market", "market_order_line")} ("Id", "OrderId", "OfferId", "ProductId", "OrganisationId", "NameZh", "Unit", "Quantity",
                "UnitPrice", "LineTotal", "ReturnedQuantity")
            SELECT {Guid("5ca1e004", "i")}, {Guid("5ca1e002", "i")}, {Literal(offer)}, {Literal(product)}, {Literal(organisation)}, '测试规模橙子 · 一级', 'kg', 1500,
                {money("5")}, {money("7.5")}, 0 FROM {Series(Orders)}
            """);
    }

    async Task RunAsync(string sql)
    {
        await using var connection = await app.OpenDatabaseAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.CommandTimeout = 120;
        await command.ExecuteNonQueryAsync();
    }
}
