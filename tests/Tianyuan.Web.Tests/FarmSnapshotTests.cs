namespace Tianyuan.Web.Tests;

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Tianyuan.Kernel.Demo;
using static FarmSnapshotTestData;

/// <summary>
/// Camera snapshots for adopters: a plot's camera (by its device key) and the farmer (signed in) send photos; the
/// adopting family and the farm's people see them, nobody else; a plot keeps its newest 30.
/// </summary>
public class FarmSnapshotTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    readonly TestApp app = fixture.App;

    [Fact]
    public async Task A_cameras_and_a_farmers_photos_reach_the_adopting_family_and_nobody_else()
    {
        using var farmer = await app.SignedInAsync(DemoAccounts.Farmer);
        using var family = await FamilyAsync(app);
        var adopted = await AdoptedPlotAsync(farmer, family);

        using var fromCamera = await CameraPostAsync(app, adopted.Camera, adopted.CameraKey, Upload(Jpeg()));
        Assert.Equal(HttpStatusCode.Created, fromCamera.StatusCode);
        using var fromFarmer = await farmer.PostAsync($"/api/farm/plots/{adopted.Plot}/snapshots", Upload(MarketTestData.Png(), "image/png"));
        Assert.Equal(HttpStatusCode.Created, fromFarmer.StatusCode);

        var watched = await family.GetFromJsonAsync<JsonElement>($"/api/farm/adoptions/{adopted.Adoption}");
        var snapshots = watched.GetProperty("snapshots").EnumerateArray().ToList();
        Assert.Equal(2, snapshots.Count);
        Assert.True(snapshots[0].GetProperty("takenAt").GetDateTimeOffset() >= snapshots[1].GetProperty("takenAt").GetDateTimeOffset(), "newest first");
        var url = snapshots[1].GetProperty("url").GetString()!;
        using (var photo = await family.GetAsync(url))
        {
            Assert.Equal(HttpStatusCode.OK, photo.StatusCode);
            Assert.Equal("image/jpeg", photo.Content.Headers.ContentType?.MediaType);
            Assert.Equal([0xFF, 0xD8], (await photo.Content.ReadAsByteArrayAsync())[..2]);
            Assert.Contains("private", photo.Headers.CacheControl?.ToString() ?? "", StringComparison.Ordinal);
        }

        Assert.Equal(HttpStatusCode.OK, (await farmer.GetAsync(snapshots[0].GetProperty("thumbnailUrl").GetString())).StatusCode);
        // Another family (signed in, no adoption on this plot) and an anonymous visitor do not get it.
        using var otherFamily = await app.SignedInAsync(DemoAccounts.Host);
        Assert.Equal(HttpStatusCode.NotFound, (await otherFamily.GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await otherFamily.GetAsync($"/api/farm/adoptions/{adopted.Adoption}")).StatusCode);
        using var anonymous = app.Client();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync(url)).StatusCode);
        // Nor may they upload to the plot.
        Assert.Equal(HttpStatusCode.NotFound, (await otherFamily.PostAsync($"/api/farm/plots/{adopted.Plot}/snapshots", Upload(Jpeg()))).StatusCode);
    }

    [Fact]
    public async Task Wrong_keys_types_sizes_and_non_images_are_refused_with_problem_details()
    {
        using var farmer = await app.SignedInAsync(DemoAccounts.Farmer);
        using var family = await FamilyAsync(app);
        var adopted = await AdoptedPlotAsync(farmer, family);

        using var wrongKey = await CameraPostAsync(app, adopted.Camera, "dev_nope_nope", Upload(Jpeg()));
        Assert.Equal(HttpStatusCode.Unauthorized, wrongKey.StatusCode);
        Assert.Equal("application/problem+json", wrongKey.Content.Headers.ContentType?.MediaType);
        var (_, soilSensor, soilKey) = await app.RegisterDeviceAsync(farmer, "土壤");
        Assert.Equal(HttpStatusCode.Unauthorized, (await CameraPostAsync(app, adopted.Camera, soilKey, Upload(Jpeg()))).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await CameraPostAsync(app, soilSensor, soilKey, Upload(Jpeg()))).StatusCode);

        using var text = await CameraPostAsync(app, adopted.Camera, adopted.CameraKey, Upload("hello"u8.ToArray(), "text/plain"));
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, text.StatusCode);
        using var huge = await CameraPostAsync(app, adopted.Camera, adopted.CameraKey, Upload(new byte[(8 * 1024 * 1024) + 1]));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, huge.StatusCode);
        using var garbage = await farmer.PostAsync($"/api/farm/plots/{adopted.Plot}/snapshots", Upload(new byte[2048]));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, garbage.StatusCode);
        Assert.True((await garbage.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("file", out _), "the 422 names the file field");

        var watched = await family.GetFromJsonAsync<JsonElement>($"/api/farm/adoptions/{adopted.Adoption}");
        Assert.Empty(watched.GetProperty("snapshots").EnumerateArray());
    }

    [Fact]
    public async Task A_plot_keeps_its_newest_thirty_snapshots()
    {
        using var farmer = await app.SignedInAsync(DemoAccounts.Farmer);
        using var family = await FamilyAsync(app);
        var adopted = await AdoptedPlotAsync(farmer, family);
        var small = Jpeg(64, 48);

        using var first = await CameraPostAsync(app, adopted.Camera, adopted.CameraKey, Upload(small));
        var firstUrl = (await first.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("url").GetString();
        for (var i = 0; i < 29; i++)
            Assert.Equal(HttpStatusCode.Created, (await CameraPostAsync(app, adopted.Camera, adopted.CameraKey, Upload(small))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await family.GetAsync(firstUrl)).StatusCode);

        using var thirtyFirst = await CameraPostAsync(app, adopted.Camera, adopted.CameraKey, Upload(small));
        Assert.Equal(HttpStatusCode.Created, thirtyFirst.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await family.GetAsync(firstUrl)).StatusCode);
        var watched = await family.GetFromJsonAsync<JsonElement>($"/api/farm/adoptions/{adopted.Adoption}");
        Assert.Equal(12, watched.GetProperty("snapshots").GetArrayLength());
    }
}
