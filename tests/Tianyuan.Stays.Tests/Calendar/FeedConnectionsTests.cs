namespace Tianyuan.Stays.Tests.Calendar;

using System.Net;
using Tianyuan.Stays.Features.CalendarSync;

/// <summary>Feed pulls reach only public addresses, whatever name the host typed.</summary>
public class FeedConnectionsTests
{
    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("10.1.2.3")]
    [InlineData("172.20.0.5")]
    [InlineData("192.168.1.10")]
    [InlineData("169.254.169.254")]
    [InlineData("100.64.0.1")]
    [InlineData("0.0.0.0")]
    [InlineData("::1")]
    [InlineData("fe80::1")]
    [InlineData("fd00::1")]
    [InlineData("::ffff:127.0.0.1")]
    public void Inward_addresses_are_refused(string address) => Assert.False(FeedConnections.IsPublic(IPAddress.Parse(address)));

    [Theory]
    [InlineData("93.184.216.34")]
    [InlineData("172.32.0.1")]
    [InlineData("2606:4700::6810:85e5")]
    public void Public_addresses_are_allowed(string address) => Assert.True(FeedConnections.IsPublic(IPAddress.Parse(address)));
}
