namespace Tianyuan.Trace.Features.Resolver;

using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;

/// <summary>
/// Who scanned, coarsely: SHA-256 of the client's network (IPv4 /24, IPv6 /48) and user agent. Enough to tell a
/// hundred phones from one phone scanning twice; the address itself is never stored, and a /24 names a provider's
/// block, not a person.
/// </summary>
static class ScanSource
{
    public static string Of(HttpContext context)
    {
        var network = Network(context.Connection.RemoteIpAddress);
        var agent = context.Request.Headers.UserAgent.ToString();
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{network}|{agent}")))[..32];
    }

    static string Network(IPAddress? address)
    {
        if (address is null)
            return "";
        if (address.IsIPv4MappedToIPv6)
            address = address.MapToIPv4();
        var bytes = address.GetAddressBytes();
        var keep = address.AddressFamily == AddressFamily.InterNetwork ? 3 : 6;
        for (var i = keep; i < bytes.Length; i++)
            bytes[i] = 0;
        return new IPAddress(bytes).ToString();
    }
}
