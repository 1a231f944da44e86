namespace Tianyuan.Market.Features.Orders;

using System.Security.Cryptography;
using Tianyuan.Kernel;

/// <summary>The references people read and type: order numbers, pickup codes, parcel tokens.</summary>
static class OrderNumbers
{
    /// <summary>M + China date + 8 hex digits of the id's random part: short enough to read out, unique in practice (2^32 a day).</summary>
    public static string For(Guid id, DateTimeOffset now) =>
        $"M{now.ToChinaTime():yyMMdd}-{id.ToString("N")[^8..].ToUpperInvariant()}";

    /// <summary>Six digits the customer shows or says at the pickup point; the leader matches it within the point's orders.</summary>
    public static string PickupCode() => RandomNumberGenerator.GetInt32(0, 1_000_000).ToString("D6", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>An unguessable token for links that open without signing in (the parcel QR).</summary>
    public static string Token() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
}
