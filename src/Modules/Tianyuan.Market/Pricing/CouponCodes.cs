namespace Tianyuan.Market.Pricing;

using System.Security.Cryptography;

/// <summary>Coupon codes as people type them (upper case, 6–20 letters and digits) and as the system makes them.</summary>
static class CouponCodes
{
    /// <summary>No 0/O or 1/I: the codes are read off parcels and phones and typed in again.</summary>
    const string Alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    public static string Normalise(string? code) => (code ?? "").Trim().ToUpperInvariant();

    public static bool IsValid(string code) => code.Length is >= 6 and <= 20 && code.All(c => char.IsAsciiLetterUpper(c) || char.IsAsciiDigit(c));

    /// <summary>A prefix saying where it came from (HG = 回购, ZG = 住过, TC = 套餐) and 8 random characters.</summary>
    public static string New(string prefix) =>
        prefix + new string([.. Enumerable.Range(0, 8).Select(_ => Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)])]);
}
