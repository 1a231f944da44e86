namespace Tianyuan.Bench;

using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

/// <summary>The Stays calls the benchmark makes, as the host's dashboard and a guest's browser make them.</summary>
static class StaysApi
{
    public const string Password = "Tianyuan-demo-2026";

    static readonly string[] Amenities = ["wifi"];

    /// <summary>The app's "today" for bookings: China time.</summary>
    public static DateOnly ChinaToday => DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));

    /// <summary>
    /// A client for many requests at once: no cap on connections per server, so 200 simultaneous bookings are
    /// 200 simultaneous requests and not a queue in front of a connection pool.
    /// </summary>
    public static HttpClient Client(string url) =>
        new(new SocketsHttpHandler { MaxConnectionsPerServer = int.MaxValue, PooledConnectionLifetime = TimeSpan.FromMinutes(10) })
        {
            BaseAddress = new Uri(url), Timeout = TimeSpan.FromMinutes(2),
        };

    public static async Task<HttpClient> SignInAsync(string url, string email)
    {
        var http = Client(url);
        using var login = await http.PostAsJsonAsync("/api/auth/login", new { email, password = Password });
        login.EnsureSuccessStatusCode();
        var token = (await login.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return http;
    }

    /// <summary>A new published, instant-book stay of the demo host's first business, in that business's village.</summary>
    public static async Task<Guid> NewStayAsync(HttpClient host, string name)
    {
        var first = (await host.GetFromJsonAsync<JsonElement>("/api/stays/hosting"))[0];
        using var created = await host.PostAsJsonAsync("/api/stays/listings", new
        {
            organisationId = first.GetProperty("organisationId").GetGuid(), villageCode = first.GetProperty("regionCode").GetString(),
            kind = "homestay", nameZh = name, cancellationPolicy = "moderate", instantBook = true,
            arrivalInstructions = "从村口右转，门口有木牌。", amenities = Amenities,
        });
        created.EnsureSuccessStatusCode();
        return (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    public static async Task<Guid> AddUnitTypeAsync(HttpClient host, Guid stay, string name, int units)
    {
        using var type = await host.PostAsJsonAsync($"/api/stays/{stay}/unit-types",
            new { nameZh = name, maxGuests = 3, baseOccupancy = 2, units, baseNightly = 300m, weekendNightly = 360m, extraGuestNightly = 50m });
        type.EnsureSuccessStatusCode();
        return (await type.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    public static async Task<HttpStatusCode> BookAsync(HttpClient guest, Guid unitType, DateOnly checkIn, DateOnly checkOut)
    {
        using var response = await guest.PostAsJsonAsync("/api/stays/bookings", new
        {
            unitTypeId = unitType, checkIn = checkIn.ToString("yyyy-MM-dd"), checkOut = checkOut.ToString("yyyy-MM-dd"),
            guests = 2, guestName = "李晓明", guestPhone = "13800138000",
        });
        return response.StatusCode;
    }
}
