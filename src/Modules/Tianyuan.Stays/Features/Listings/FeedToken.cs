namespace Tianyuan.Stays.Features.Listings;

using System.Security.Cryptography;
using Microsoft.AspNetCore.WebUtilities;

/// <summary>
/// The unguessable token in a unit type's iCal export URL (the OTAs poll it without signing in). 32 random bytes;
/// only the SHA-256 is stored, so a database leak does not expose every host's calendar.
/// </summary>
static class FeedToken
{
    public static string New() => WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(32));

    public static byte[] Hash(string token) => SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(token));

    public static string Url(Guid unitTypeId, string token) => $"/api/stays/units/{unitTypeId}/calendar.ics?token={token}";
}
