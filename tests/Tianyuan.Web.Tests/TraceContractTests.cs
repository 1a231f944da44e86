namespace Tianyuan.Web.Tests;

using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Tianyuan.Kernel.Demo;
using Tianyuan.Trace.Contracts;

/// <summary>ITraceRecords as the Market module calls it: resolved from the running app's services, in a scope.</summary>
public class TraceContractTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    readonly TestApp app = fixture.App;

    const string Gtin = "09521141012345";
    const string Buyer = "9521141000021";

    async Task<T> WithRecords<T>(Func<ITraceRecords, Task<T>> use)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await use(scope.ServiceProvider.GetRequiredService<ITraceRecords>());
    }

    [Fact]
    public async Task A_product_is_traceable_once_an_event_names_it()
    {
        var lot = "C" + Guid.NewGuid().ToString("N")[..8];
        // 9521141099995 is a valid GTIN-13 (check digit 5) no test records events for.
        Assert.Null(await WithRecords(r => r.FindProductRecordAsync("9521141099995", null, default)));
        Assert.Null(await WithRecords(r => r.FindProductRecordAsync(Gtin, lot, default)));

        using var farmer = await app.SignedInAsync(DemoAccounts.Farmer);
        using var harvest = await farmer.PostAsJsonAsync("/api/trace/record/harvest", new { gtin = Gtin, lot, kilograms = 50, at = "2026-09-12T06:30:00" });
        harvest.EnsureSuccessStatusCode();
        using var input = await farmer.PostAsJsonAsync("/api/trace/record/input", new { gtin = Gtin, lot, product = "有机肥", dose = "1 kg", at = "2026-06-01T09:00:00" });
        input.EnsureSuccessStatusCode();

        // GTIN-13 or -14: the same product.
        var found = await WithRecords(r => r.FindProductRecordAsync(Gtin[1..], lot, default));
        Assert.NotNull(found);
        Assert.Equal($"/01/{Gtin}/10/{lot}", found.Path);
        Assert.Equal(2, found.EventCount);
        Assert.Equal(new DateTimeOffset(2026, 6, 1, 9, 0, 0, TimeSpan.FromHours(8)), found.FirstEventTime);
        Assert.Equal(new DateTimeOffset(2026, 9, 12, 6, 30, 0, TimeSpan.FromHours(8)), found.LastEventTime);
        var product = await WithRecords(r => r.FindProductRecordAsync(Gtin, null, default));
        Assert.Equal($"/01/{Gtin}", product!.Path);
        Assert.True(product.EventCount >= 2);
    }

    [Fact]
    public async Task A_shipment_recorded_twice_with_one_reference_is_one_event()
    {
        var lot = "S" + Guid.NewGuid().ToString("N")[..8];
        var shipment = new TraceShipment($"test:order:{lot}", Gtin, lot, Quantity: 12.5m, Unit: "KGM", Serials: ["7001", "7002"], DestinationGln: Buyer);
        var first = await WithRecords(r => r.RecordShipmentAsync(shipment, default));
        // A retry without ShippedAt carries another time, so only the reference can tell it is the same shipment.
        await Task.Delay(1100);
        var second = await WithRecords(r => r.RecordShipmentAsync(shipment, default));
        Assert.Equal(first, second);

        using var client = app.Client();
        var lotClass = Uri.EscapeDataString($"https://id.gs1.org/01/{Gtin}/10/{lot}");
        var events = (await client.GetFromJsonAsync<JsonElement>($"/epcis/events?MATCH_epcClass={lotClass}"))
            .GetProperty("epcisBody").GetProperty("queryResults").GetProperty("resultsBody").GetProperty("eventList").EnumerateArray().ToList();
        var shipped = Assert.Single(events);
        Assert.Equal(first, shipped.GetProperty("eventID").GetString());
        Assert.EndsWith("shipping", shipped.GetProperty("bizStep").GetString(), StringComparison.Ordinal);
        Assert.EndsWith("in_transit", shipped.GetProperty("disposition").GetString(), StringComparison.Ordinal);
        Assert.Equal(2, shipped.GetProperty("epcList").GetArrayLength());
        Assert.Equal(12.5m, shipped.GetProperty("quantityList")[0].GetProperty("quantity").GetDecimal());
        Assert.Equal(1, (await WithRecords(r => r.FindProductRecordAsync(Gtin, lot, default)))!.EventCount);
    }

    [Fact]
    public async Task Malformed_keys_are_programming_errors()
    {
        var bad = await Assert.ThrowsAsync<ArgumentException>(() => WithRecords(r => r.FindProductRecordAsync("09521141012346", null, default)));
        Assert.Contains("check digit", bad.Message, StringComparison.OrdinalIgnoreCase);
        await Assert.ThrowsAsync<ArgumentException>(() => WithRecords(r => r.RecordShipmentAsync(new TraceShipment("", Gtin, "L1"), default)));
        await Assert.ThrowsAsync<ArgumentException>(() => WithRecords(r => r.RecordShipmentAsync(new TraceShipment("x:1", Gtin, "L1", DestinationGln: "9521141000022"), default)));
    }
}
