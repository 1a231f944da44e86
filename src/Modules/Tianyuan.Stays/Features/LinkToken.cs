namespace Tianyuan.Stays.Features;

using System.Security.Cryptography;
using Microsoft.AspNetCore.WebUtilities;

/// <summary>
/// The unguessable token in a link that works without signing in: a unit type's iCal export URL (the OTAs poll it)
/// and a cleaner's task link. 32 random bytes; only the SHA-256 is stored, so a database leak opens nothing.
/// </summary>
static class LinkToken
{
    public static string New() => WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(32));

    public static byte[] Hash(string token) => SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(token));

    public static string CalendarUrl(Guid unitTypeId, string token) => $"/api/stays/units/{unitTypeId}/calendar.ics?token={token}";
}
