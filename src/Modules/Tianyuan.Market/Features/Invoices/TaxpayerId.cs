namespace Tianyuan.Market.Features.Invoices;

/// <summary>
/// The unified social credit code (统一社会信用代码, GB 32100-2015) companies put on a fapiao as taxpayer id: 18
/// characters from a 31-character alphabet (no I, O, S, V, Z), the 3rd to 8th the administrative division, the last
/// a check character over the first 17 (weights 3^i mod 31). A typo in it makes the tax bureau reject the invoice,
/// so it is checked when the customer types it rather than when the cooperative tries to issue.
/// </summary>
static class TaxpayerId
{
    const string Alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    static readonly int[] Weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

    public static bool IsValid(string? code)
    {
        if (code is not { Length: 18 })
            return false;
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            var value = Alphabet.IndexOf(code[i], StringComparison.Ordinal);
            if (value < 0 || (i is >= 2 and <= 7 && !char.IsAsciiDigit(code[i])))
                return false;
            sum += value * Weights[i];
        }

        return code[17] == Alphabet[(31 - (sum % 31)) % 31];
    }
}
