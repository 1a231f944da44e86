namespace Tianyuan.Stays.Features.CalendarSync;

using Tianyuan.Stays.Calendar;

/// <summary>
/// Fetches a feed over HTTP with the named client <see cref="ClientName"/> (20 s timeout, our User-Agent; see
/// <see cref="StaysModule"/>), so a deployment or a test can reconfigure it. Never throws for the feed's faults:
/// an unreachable host, a timeout, a non-2xx answer or an oversized body come back as the error the host reads.
/// </summary>
/// <remarks>Errors are stored on the feed and shown in either language, so they carry both, as the parser's do.</remarks>
sealed class FeedDownload(IHttpClientFactory clients)
{
    public const string ClientName = "stays-calendar";

    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(20);

    public async Task<(string? Text, string? Error)> GetAsync(string url, CancellationToken ct)
    {
        var client = clients.CreateClient(ClientName);
        try
        {
            using var response = await client.GetAsync(url, HttpCompletionOption.ResponseHeadersRead, ct);
            if (!response.IsSuccessStatusCode)
            {
                var status = (int)response.StatusCode;
                return (null, IcalParseResult.Message($"日历服务器返回 HTTP {status}", $"the calendar server answered HTTP {status}"));
            }

            if (response.Content.Headers.ContentLength > IcalImport.MaxBytes)
                return (null, IcalFile.TooLarge);
            await using var body = await response.Content.ReadAsStreamAsync(ct);
            return await IcalFile.ReadAsync(body, ct) is { } text ? (text, null) : (null, IcalFile.TooLarge);
        }
        catch (TaskCanceledException) when (!ct.IsCancellationRequested)
        {
            return (null, IcalParseResult.Message($"日历服务器 {Timeout.TotalSeconds:0} 秒内没有响应", $"the calendar server did not answer within {Timeout.TotalSeconds:0} s"));
        }
        catch (Exception e) when (e is HttpRequestException or IOException or InvalidOperationException)
        {
            var reason = e is HttpRequestException { HttpRequestError: var kind } ? kind.ToString() : e.GetType().Name;
            return (null, IcalParseResult.Message($"无法连接日历服务器 ({reason})", $"the calendar server could not be reached ({reason})"));
        }
    }
}
