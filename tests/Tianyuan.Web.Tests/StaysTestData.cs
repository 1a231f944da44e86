namespace Tianyuan.Web.Tests;

using System.Net.Http.Json;
using System.Text.Json;

/// <summary>Fresh listings for Stays tests, so each test owns its inventory whatever the demo booked.</summary>
static class StaysTestData
{
    public static DateOnly ChinaToday => DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));

    /// <summary>A new stay of the demo host's business with one room type of <paramref name="units"/> units; its id and the type's.</summary>
    public static async Task<(Guid Stay, Guid UnitType, string CalendarUrl)> NewUnitTypeAsync(HttpClient host, int units = 1, object? rates = null,
        string policy = "moderate", bool instantBook = true)
    {
        var first = (await host.GetFromJsonAsync<JsonElement>("/api/stays/hosting"))[0];
        using var created = await host.PostAsJsonAsync("/api/stays/listings", new
        {
            organisationId = first.GetProperty("organisationId").GetGuid(), villageCode = first.GetProperty("regionCode").GetString(),
            kind = "homestay", nameZh = $"测试民宿{Guid.NewGuid().ToString("N")[..6]}", cancellationPolicy = policy, instantBook,
            arrivalInstructions = "从村口右转，门口有木牌。", amenities = new[] { "wifi" },
        });
        created.EnsureSuccessStatusCode();
        var stay = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        using var type = await host.PostAsJsonAsync($"/api/stays/{stay}/unit-types",
            rates ?? new { nameZh = "大床房", maxGuests = 3, baseOccupancy = 2, units, baseNightly = 300m, weekendNightly = 360m, extraGuestNightly = 50m });
        type.EnsureSuccessStatusCode();
        var body = await type.Content.ReadFromJsonAsync<JsonElement>();
        return (stay, body.GetProperty("id").GetGuid(), body.GetProperty("calendarUrl").GetString()!);
    }

    public static object Booking(Guid unitType, DateOnly checkIn, int nights, int guests = 2) => new
    {
        unitTypeId = unitType, checkIn = checkIn.ToString("yyyy-MM-dd"), checkOut = checkIn.AddDays(nights).ToString("yyyy-MM-dd"),
        guests, guestName = "李晓明", guestPhone = "13800138000",
    };

    public static async Task<HttpResponseMessage> BookAsync(HttpClient guest, object booking, string? idempotencyKey = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/stays/bookings") { Content = JsonContent.Create(booking) };
        if (idempotencyKey is not null)
            request.Headers.Add("Idempotency-Key", idempotencyKey);
        return await guest.SendAsync(request);
    }
}
