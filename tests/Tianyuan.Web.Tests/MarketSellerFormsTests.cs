namespace Tianyuan.Web.Tests;

using System.Net;
using Tianyuan.Kernel.Demo;
using static MarketTestData;

/// <summary>The seller's forms over plain HTTP with a sign-in cookie: what a farmer sees to choose from, and who is turned away.</summary>
public class MarketSellerFormsTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    readonly TestApp app = fixture.App;

    [Fact]
    public async Task The_product_form_offers_the_villages_of_the_cooperatives_township()
    {
        using var api = await app.SignedInAsync(DemoAccounts.Farmer);
        var (organisation, village) = await SellerAsync(api);
        using var browser = await app.CookieClientAsync(DemoAccounts.Farmer);
        var html = WebUtility.HtmlDecode(await browser.GetStringAsync("/market/farmer/products/new"));
        Assert.Contains($"value=\"{village}\"", html);
        Assert.Contains($"name=\"Input.OrganisationId\" value=\"{organisation}\"", html);
        Assert.Contains("name=\"Input.Offers[2].UnitPrice\"", html);
        Assert.Contains("斤", html);
    }

    [Fact]
    public async Task My_products_shows_what_open_orders_hold_and_finds_by_name()
    {
        using var api = await app.SignedInAsync(DemoAccounts.Farmer);
        var offer = await NewOfferAsync(api, available: 10, name: "表单库存番茄");
        using var customer = await app.SignedInAsync(DemoAccounts.Visitor);
        using var placed = await OrderAsync(customer, offer, 2);
        Assert.Equal(HttpStatusCode.Created, placed.StatusCode);

        using var browser = await app.CookieClientAsync(DemoAccounts.Farmer);
        var html = WebUtility.HtmlDecode(await browser.GetStringAsync($"/market/farmer/products?q={Uri.EscapeDataString("表单库存番茄")}"));
        Assert.Contains("表单库存番茄", html);
        Assert.Matches(@"可售 8\D+ · 已预留 2\D", html);
        Assert.Contains($"action=\"/api/market/offers/{offer}/stock\"", html);
        Assert.Contains($"action=\"/api/market/offers/{offer}/lots\"", html);
        var none = WebUtility.HtmlDecode(await browser.GetStringAsync("/market/farmer/products?q=no-such-product-here&page=abc"));
        Assert.Contains("没有找到匹配的商品", none);
    }

    [Fact]
    public async Task The_campaign_form_lists_the_sellers_own_offers()
    {
        using var api = await app.SignedInAsync(DemoAccounts.Farmer);
        var offer = await NewOfferAsync(api, available: 10, name: "表单团购番茄");
        using var browser = await app.CookieClientAsync(DemoAccounts.Farmer);
        var html = WebUtility.HtmlDecode(await browser.GetStringAsync("/market/campaigns/new"));
        Assert.Contains($"value=\"{offer}\"", html);
        Assert.Contains("type=\"datetime-local\"", html);
        Assert.Contains("href=\"/market/campaigns/new\"", WebUtility.HtmlDecode(await browser.GetStringAsync("/market/campaigns")));
        Assert.Contains("href=\"/market/farmer/products\"", WebUtility.HtmlDecode(await browser.GetStringAsync("/market/farmer")));
    }

    [Fact]
    public async Task The_campaign_form_posted_with_a_ticked_offer_creates_the_group_buy()
    {
        using var api = await app.SignedInAsync(DemoAccounts.Farmer);
        var offer = await NewOfferAsync(api, available: 10, name: "表单提交番茄");
        var (organisation, _) = await SellerAsync(api);
        using var browser = await app.CookieClientAsync(DemoAccounts.Farmer);
        var form = WebUtility.HtmlDecode(await browser.GetStringAsync("/market/campaigns/new"));
        var token = System.Text.RegularExpressions.Regex.Match(form, "__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"").Groups[1].Value;
        var cutOff = DateTimeOffset.UtcNow.AddHours(3).ToOffset(TimeSpan.FromHours(8));
        // Post every row as a browser would: the other offers' rows go with an empty price and no tick.
        var fields = new List<KeyValuePair<string, string>>
        {
            new("_handler", "new-campaign"), new("__RequestVerificationToken", token), new("Input.OrganisationId", organisation.ToString()),
            new("Input.TitleZh", "表单提交团"), new("Input.CutOffAt", cutOff.ToString("yyyy-MM-dd'T'HH:mm", System.Globalization.CultureInfo.InvariantCulture)),
            new("Input.PickupDate", cutOff.AddDays(1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)), new("Input.MinGroupSize", "1"),
        };
        foreach (System.Text.RegularExpressions.Match row in System.Text.RegularExpressions.Regex.Matches(form, "name=\"Input.Items\\[(\\d+)\\].OfferId\" value=\"([^\"]+)\""))
        {
            var (i, id) = (row.Groups[1].Value, row.Groups[2].Value);
            fields.Add(new($"Input.Items[{i}].OfferId", id));
            if (id == offer.ToString())
                fields.Add(new($"Input.Items[{i}].Chosen", "true"));
            fields.Add(new($"Input.Items[{i}].GroupPrice", id == offer.ToString() ? "8.5" : ""));
        }

        using var posted = await browser.PostAsync("/market/campaigns/new", new FormUrlEncodedContent(fields));
        var body = await posted.Content.ReadAsStringAsync();
        Assert.True(posted.StatusCode == HttpStatusCode.Redirect, $"{posted.StatusCode} {token.Length} {body[Math.Max(0, body.IndexOf("<main", StringComparison.Ordinal))..]}");
        Assert.Matches("/market/campaigns/[0-9a-f-]{36}$", posted.Headers.Location!.ToString());
    }

    [Theory]
    [InlineData("/market/farmer/products/new")]
    [InlineData("/market/campaigns/new")]
    [InlineData("/market/farmer/coupons")]
    [InlineData("/market/farmer/presales/new")]
    [InlineData("/market/farmer/presales")]
    public async Task A_customer_gets_no_seller_form(string path)
    {
        using var browser = await app.CookieClientAsync(DemoAccounts.Visitor);
        var html = WebUtility.HtmlDecode(await browser.GetStringAsync(path));
        Assert.Contains("你还不是农户或合作社管理员", html);
        Assert.DoesNotContain("id=\"new-product\"", html);
        Assert.DoesNotContain("id=\"new-campaign\"", html);
        Assert.DoesNotContain("id=\"coupon-form\"", html);
        Assert.DoesNotContain("id=\"new-presale\"", html);
    }

    [Fact]
    public async Task A_visitor_who_is_not_signed_in_is_sent_to_sign_in()
    {
        using var anonymous = app.Client();
        using var page = await anonymous.GetAsync("/market/farmer/products/new");
        Assert.Contains("/account/login", page.RequestMessage!.RequestUri!.ToString() + page.Headers.Location);
    }
}
