namespace Tianyuan.Trace.Tests;

using Tianyuan.Trace.Gs1;

/// <summary>
/// GS1 keys, EPC URNs and Digital Links. The pairs below are the examples the GS1 standards themselves use
/// (company prefix 0614141 from the EPC Tag Data Standard, 09506000134352 from Digital Link 1.2), so a mismatch
/// means this code disagrees with GS1, not with itself.
/// </summary>
public class Gs1Tests
{
    [Theory]
    [InlineData("96385074", "00000096385074")]
    [InlineData("036000291452", "00036000291452")]
    [InlineData("4006381333931", "04006381333931")]
    [InlineData("09506000134352", "09506000134352")]
    [InlineData("4006-3813 33931", "04006381333931")]
    public void Every_GTIN_length_normalises_to_GTIN_14(string input, string gtin14)
    {
        var result = Gtin.Parse(input);
        Assert.True(result.Ok, result.Error);
        Assert.Equal(gtin14, result.Value.Value);
    }

    [Theory]
    [InlineData("4006381333932", "GTIN-13 check digit should be 1, not 2")]
    [InlineData("96385075", "GTIN-8 check digit should be 4, not 5")]
    [InlineData("12345", "a GTIN has 8, 12, 13 or 14 digits, this has 5")]
    [InlineData("40063813339A1", "GTIN-13 must contain only digits 0-9")]
    public void A_wrong_GTIN_says_what_is_wrong(string input, string error)
    {
        var result = Gtin.Parse(input);
        Assert.False(result.Ok);
        Assert.Equal(error, result.Error);
        Assert.Throws<InvalidOperationException>(() => result.Value);
    }

    [Fact]
    public void Check_digits_of_GLN_and_SSCC_and_the_shortest_GTIN_form()
    {
        Assert.True(Gln.Parse("0614141073467").Ok);
        Assert.Equal("GLN check digit should be 7, not 8", Gln.Parse("0614141073468").Error);
        Assert.True(Sscc.Parse("106141412345678908").Ok);
        Assert.Equal("SSCC check digit should be 8, not 9", Sscc.Parse("106141412345678909").Error);
        Assert.Equal("an SSCC has 18 digits, this has 3", Sscc.Parse("123").Error);
        Assert.Equal("4006381333931", Gtin.Parse("04006381333931").Value.Shortest());
        Assert.Equal("96385074", Gtin.Parse("00000096385074").Value.Shortest());
        Assert.Equal("4006381333931", Gtin.FromBody("400638133393").Value.Shortest());
    }

    [Theory]
    [InlineData("urn:epc:id:sgtin:0614141.107346.2017", "https://id.gs1.org/01/10614141073464/21/2017")]
    [InlineData("urn:epc:class:lgtin:0614141.107346.LOT-7", "https://id.gs1.org/01/10614141073464/10/LOT-7")]
    [InlineData("urn:epc:id:sscc:0614141.1234567890", "https://id.gs1.org/00/106141412345678908")]
    [InlineData("urn:epc:id:sgln:0614141.07346.1234", "https://id.gs1.org/414/0614141073467/254/1234")]
    [InlineData("urn:epc:id:sgln:0614141.07346.0", "https://id.gs1.org/414/0614141073467")]
    [InlineData("urn:epc:id:pgln:4012345.00000", "https://id.gs1.org/417/4012345000009")]
    [InlineData("urn:epc:id:gdti:4012345.11111.123", "https://id.gs1.org/253/4012345111118123")]
    [InlineData("urn:epc:id:grai:0614141.12345.400", "https://id.gs1.org/8003/00614141123452400")]
    [InlineData("urn:epc:id:giai:0614141.12345400", "https://id.gs1.org/8004/061414112345400")]
    [InlineData("urn:epc:id:sgtin:0614141.107346.A%2FB%25%3F", "https://id.gs1.org/01/10614141073464/21/A%2FB%25%3F")]
    public void EPC_URNs_convert_to_Digital_Links_and_back(string urn, string digitalLink)
    {
        var forward = EpcUrn.ToDigitalLink(urn);
        Assert.True(forward.Ok, forward.Error);
        Assert.Equal(digitalLink, forward.Value);

        var back = EpcUrn.FromDigitalLink(digitalLink, companyPrefixLength: 7);
        Assert.True(back.Ok, back.Error);
        Assert.Equal(urn, back.Value);
    }

    [Fact]
    public void Digital_Link_values_are_percent_encoded_and_decoded_in_character_set_82()
    {
        var key = new Gs1Key("01", "09506000134352", new Gs1Element("10", "AB/12"), new Gs1Element("21", "x&y=(1)!"));
        var uri = DigitalLink.Format(key, "https://trace.tianyuan.example/");
        Assert.Equal("https://trace.tianyuan.example/01/09506000134352/10/AB%2F12/21/x%26y%3D%281%29%21", uri);
        var read = DigitalLink.Parse(uri + "?linkType=all");
        Assert.True(read.Ok, read.Error);
        Assert.Equal(key, read.Value);
        Assert.Equal("x&y=(1)!", read.Value.Qualifier("21"));
        Assert.Equal("urn:epc:id:sgtin:9506000.013435.x%26y=(1)!", EpcUrn.Format(read.Value, 7).Value);
    }

    [Fact]
    public void A_Digital_Link_may_carry_a_path_prefix_and_a_short_GTIN()
    {
        var read = DigitalLink.Parse("https://example.com/shop/products/01/4006381333931/21/77");
        Assert.True(read.Ok, read.Error);
        Assert.Equal("(01)04006381333931(21)77", read.Value.ToString());
    }

    [Theory]
    [InlineData("https://id.gs1.org/01/09506000134353/21/1", "GTIN-14 check digit should be 2, not 3")]
    [InlineData("https://id.gs1.org/01/09506000134352/21/1/10/L", "AI 10 is out of order or repeated (the order is 22, 10, 21)")]
    [InlineData("https://id.gs1.org/01/09506000134352/254/1", "AI 254 cannot qualify a GTIN (AI 01)")]
    [InlineData("https://id.gs1.org/01/09506000134352/21", "AI 21 has no value after it")]
    [InlineData("https://id.gs1.org/01/09506000134352/21/%E4%B8%AD", "serial may not contain '中' (GS1 character set 82)")]
    [InlineData("https://id.gs1.org/01/09506000134352/21/123456789012345678901", "a serial has 1 to 20 characters, this has 21")]
    [InlineData("https://id.gs1.org/414/0614141073468", "GLN check digit should be 7, not 8")]
    [InlineData("https://id.gs1.org/products/42", "no GS1 key found in the path (expected e.g. /01/{GTIN}, /414/{GLN} or /00/{SSCC})")]
    [InlineData("ftp://id.gs1.org/01/09506000134352", "a Digital Link starts with https:// or http://")]
    [InlineData("https://id.gs1.org/01/09506000134352/21/A%2", "the value of AI 21 has a broken %-escape")]
    public void A_wrong_Digital_Link_says_what_is_wrong(string uri, string error) =>
        Assert.Equal(error, DigitalLink.Parse(uri).Error);

    [Theory]
    [InlineData("urn:epc:id:sgtin:0614141.107346", "a sgtin URN has 3 dot-separated parts, this has 2")]
    [InlineData("urn:epc:id:sgtin:0614141.10734.1", "the company prefix and reference of a sgtin URN have 13 digits together (prefix 6 to 12), these have 12")]
    [InlineData("urn:epc:id:sgtin:061414A.107346.1", "the company prefix and reference of a sgtin URN are digits only")]
    [InlineData("urn:epc:id:bic:CSQU3054383", "EPC scheme 'bic' is not one this system reads")]
    [InlineData("urn:uuid:374d95fc-9457-4a51-bd6a-0bba133845a8", "an EPC URN starts with urn:epc:id: or urn:epc:class:lgtin:")]
    public void A_wrong_EPC_URN_says_what_is_wrong(string urn, string error) =>
        Assert.Equal(error, EpcUrn.Parse(urn).Error);

    [Fact]
    public void Writing_a_URN_needs_a_plausible_company_prefix_length_and_a_serial_or_lot()
    {
        Assert.Equal("a GS1 Company Prefix has 6 to 12 digits, not 5", EpcUrn.FromDigitalLink("https://id.gs1.org/01/10614141073464/21/1", 5).Error);
        Assert.Equal("a GTIN needs a serial (sgtin) or a lot (lgtin) to have an EPC URN", EpcUrn.FromDigitalLink("https://id.gs1.org/01/10614141073464", 7).Error);
        // The same GTIN under another prefix length is a different (and still valid) split of the digits.
        Assert.Equal("urn:epc:id:sgtin:061414107.1134.1", EpcUrn.FromDigitalLink("https://id.gs1.org/01/10614141071347/21/1", 9).Value);
    }
}
