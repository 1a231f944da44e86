namespace Tianyuan.Web.Tests;

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Tianyuan.Kernel.Demo;

/// <summary>An install outside demo mode: no demo accounts; the first admin and the county come from create-admin.</summary>
public sealed class FirstRunTests : IAsyncLifetime
{
    TestApp app = default!;

    public async Task InitializeAsync() => app = await TestApp.StartAsync(new Dictionary<string, string?> { ["Demo:Enabled"] = "false" });

    public async Task DisposeAsync() => await app.DisposeAsync();

    [Fact]
    public async Task Without_demo_mode_there_are_no_demo_accounts_and_create_admin_makes_the_first_one()
    {
        using var client = app.Client();
        using (var demo = await client.PostAsJsonAsync("/api/auth/login", new { email = DemoAccounts.Admin, password = DemoAccounts.Password }))
            Assert.Equal(HttpStatusCode.Unauthorized, demo.StatusCode);
        Assert.Equal(0, (await client.GetFromJsonAsync<JsonElement>("/api/regions")).GetArrayLength());

        Assert.Equal(1, await app.RunCommandAsync("create-admin", "--email", "chief@jinyun.example.cn", "--password", "short"));
        Assert.Equal(0, await app.RunCommandAsync("create-admin", "--email", "chief@jinyun.example.cn", "--password", "Jinyun-County-2026",
            "--name", "张建国", "--region", "331122", "--region-name", "缙云县", "--region-name-en", "Jinyun County"));
        Assert.Equal(1, await app.RunCommandAsync("create-admin", "--email", "chief@jinyun.example.cn", "--password", "Jinyun-County-2026"));

        var token = await app.TokenAsync("chief@jinyun.example.cn", "Jinyun-County-2026");
        client.DefaultRequestHeaders.Authorization = new("Bearer", token);
        using var created = await client.PostAsJsonAsync("/api/regions", new { parentCode = "331122", nameZh = "壶镇镇", nameEn = "Huzhen Town" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var tree = await client.GetFromJsonAsync<JsonElement>("/api/regions");
        Assert.Equal("缙云县", tree[0].GetProperty("nameZh").GetString());
        Assert.Equal("壶镇镇", tree[0].GetProperty("children")[0].GetProperty("nameZh").GetString());
    }
}
