namespace Tianyuan.Web.Tests;

using System.Net;
using Tianyuan.Kernel.Demo;

/// <summary>The farm pages read in English when asked, down to what was stored in Chinese from a fixed list.</summary>
public class FarmPagesInEnglishTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task A_plots_soil_texture_is_named_in_the_pages_language()
    {
        using var farmer = await fixture.App.CookieClientAsync(DemoAccounts.Farmer);
        foreach (var path in new[] { "/farm", "/farm/setup" })
        {
            // The demo plots were set up on a Chinese page (壤土, 粉砂壤土); an English reader sees Loam, Silt loam.
            Assert.Matches("(壤土|砂土|黏土)", WebUtility.HtmlDecode(await farmer.GetStringAsync(path)));
            var english = WebUtility.HtmlDecode(await farmer.GetStringAsync($"{path}?culture=en"));
            Assert.Matches("(Loam|Silt loam|Sand|Clay)", english);
            Assert.DoesNotMatch("(壤土|砂土|黏土)", english);
        }
    }
}
