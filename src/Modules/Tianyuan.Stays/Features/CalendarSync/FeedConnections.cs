namespace Tianyuan.Stays.Features.CalendarSync;

using System.Net;
using System.Net.Sockets;

/// <summary>
/// Feed URLs are typed by hosts, so the server must not fetch its own network for them (cloud metadata at
/// 169.254.169.254, an admin port on localhost, the database next door). Connections go only to public addresses,
/// checked after DNS resolution, so a public name that resolves inward (or a redirect to one) is refused too.
/// <c>Stays:CalendarSync:AllowPrivateAddresses</c> lifts this for a channel manager on the LAN, and for tests.
/// </summary>
static class FeedConnections
{
    public static SocketsHttpHandler Handler(bool allowPrivate) => new()
    {
        AllowAutoRedirect = true,
        MaxAutomaticRedirections = 5,
        AutomaticDecompression = DecompressionMethods.All,
        ConnectCallback = allowPrivate ? null : ConnectPublicAsync,
    };

    static async ValueTask<Stream> ConnectPublicAsync(SocketsHttpConnectionContext context, CancellationToken ct)
    {
        var addresses = await Dns.GetHostAddressesAsync(context.DnsEndPoint.Host, ct);
        var target = addresses.FirstOrDefault(IsPublic)
            ?? throw new HttpRequestException(HttpRequestError.ConnectionError, $"{context.DnsEndPoint.Host} is not a public address");
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(target, context.DnsEndPoint.Port, ct);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    /// <summary>False for loopback, private (RFC 1918), carrier-grade NAT, link-local, unique-local, multicast and unspecified addresses.</summary>
    public static bool IsPublic(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6)
            address = address.MapToIPv4();
        if (IPAddress.IsLoopback(address) || address.IsIPv6LinkLocal || address.IsIPv6SiteLocal || address.IsIPv6UniqueLocal || address.IsIPv6Multicast)
            return false;
        if (address.AddressFamily != AddressFamily.InterNetwork)
            return !address.Equals(IPAddress.IPv6Any);
        var b = address.GetAddressBytes();
        return !(b[0] is 0 or 10 or 127 or >= 224
            || (b[0] == 169 && b[1] == 254)
            || (b[0] == 172 && b[1] is >= 16 and < 32)
            || (b[0] == 192 && b[1] == 168)
            || (b[0] == 100 && b[1] is >= 64 and < 128));
    }
}
