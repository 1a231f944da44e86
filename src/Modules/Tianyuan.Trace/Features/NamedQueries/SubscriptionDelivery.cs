namespace Tianyuan.Trace.Features.NamedQueries;

using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using Tianyuan.Kernel.Jobs;
using Tianyuan.Trace.Data;
using Tianyuan.Trace.Domain;
using Tianyuan.Trace.Features.Query;

/// <summary>
/// Delivers subscriptions, on one node, every <c>Trace:Subscriptions:Seconds</c> (5): for each subscription that is
/// due, the named query's events recorded since its cursor (at most <see cref="MaxEvents"/>, oldest first) are POSTed
/// to its dest as an EPCISQueryDocument with header <c>GS1-Signature</c>: the lowercase hex HMAC-SHA256 of the exact
/// body bytes, keyed with the subscription's signature token. A 2xx moves the cursor; anything else is retried after
/// 2, 4, 8 … intervals (at most an hour), from the same cursor, so delivery is at least once and in recordTime order.
/// Events younger than <c>Trace:Subscriptions:SettleSeconds</c> (2) wait for the next run: a capture committing late
/// with an earlier recordTime would otherwise fall behind the cursor.
/// </summary>
sealed class SubscriptionDelivery(IServiceProvider services, TimeProvider clock, IConfiguration configuration, IHttpClientFactory http, ILogger<SubscriptionDelivery> logger)
    : ScheduledJob<TraceDb>(services, clock, logger)
{
    public const string Client = "trace-subscriptions";
    public const string SignatureHeader = "GS1-Signature";
    public const int MaxEvents = 500;
    const int MaxSubscriptionsPerRun = 50;

    /// <summary>Longer than one delivery can take (the client times out after 10 s).</summary>
    static readonly TimeSpan ClaimFor = TimeSpan.FromMinutes(1);

    readonly TimeSpan settle = TimeSpan.FromSeconds(Seconds(configuration, "SettleSeconds", 2));

    protected override string Name => "subscription-delivery";

    protected override TimeSpan Interval { get; } = TimeSpan.FromSeconds(Math.Max(1, Seconds(configuration, "Seconds", 5)));

    protected override async Task RunAsync(TraceDb db, CancellationToken ct)
    {
        var now = Clock.GetUtcNow();
        var due = await db.QuerySubscriptions.Where(s => s.NextAttemptAt <= now).OrderBy(s => s.NextAttemptAt).Take(MaxSubscriptionsPerRun).ToListAsync(ct);
        if (due.Count == 0)
            return;
        var names = due.Select(s => s.QueryName).Distinct().ToList();
        var queries = await db.NamedQueries.AsNoTracking().Where(q => names.Contains(q.Name)).ToDictionaryAsync(q => q.Name, q => q.ParametersJson, ct);
        using var client = http.CreateClient(Client);
        foreach (var subscription in due)
        {
            // Claimed first, so a run that read the same due list (a manual run, a node whose lease ran out) skips it
            // instead of delivering the same events twice.
            var seen = subscription.NextAttemptAt;
            if (await db.QuerySubscriptions.Where(x => x.Id == subscription.Id && x.NextAttemptAt == seen)
                    .ExecuteUpdateAsync(u => u.SetProperty(x => x.NextAttemptAt, now + ClaimFor), ct) == 0)
                continue;
            await DeliverAsync(db, client, subscription, queries[subscription.QueryName], now, ct);
            db.Entry(subscription).Property(x => x.NextAttemptAt).IsModified = true;
        }

        await db.SaveChangesAsync(ct);
    }

    async Task DeliverAsync(TraceDb db, HttpClient client, QuerySubscription s, string parameters, DateTimeOffset now, CancellationToken ct)
    {
        // Saved queries were validated when saved, with the same rules.
        var query = EventQuery.Parse(StoredParameters.Pairs(parameters)).Query!;
        var upTo = now - settle;
        var (after, afterHash) = (s.AfterRecordTime, s.AfterHashId);
        var events = await query.Apply(db.Events.AsNoTracking(), db)
            .Where(e => e.RecordTime <= upTo && (e.RecordTime > after || (e.RecordTime == after && string.Compare(e.HashId, afterHash) > 0)))
            .OrderBy(e => e.RecordTime).ThenBy(e => e.HashId)
            .Take(MaxEvents)
            .Select(e => new { e.RecordTime, e.HashId, e.Json })
            .ToListAsync(ct);
        s.NextAttemptAt = now;
        if (events.Count == 0 && !s.ReportIfEmpty)
            return;

        var document = EventJson.QueryDocument(events.Select(e => e.Json), now);
        document["epcisBody"]!["queryResults"]!["subscriptionID"] = s.Id.ToString();
        var body = Encoding.UTF8.GetBytes(document.ToJsonString());
        using var request = new HttpRequestMessage(HttpMethod.Post, s.Dest) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new("application/ld+json");
        request.Headers.Add(SignatureHeader, Signature(s.SignatureToken, body));
        try
        {
            using var response = await client.SendAsync(request, ct);
            response.EnsureSuccessStatusCode();
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException && !ct.IsCancellationRequested)
        {
            s.Failures++;
            s.LastError = e.Message.Length > 500 ? e.Message[..500] : e.Message;
            s.NextAttemptAt = now + TimeSpan.FromTicks(Math.Min(Interval.Ticks << Math.Min(s.Failures, 20), TimeSpan.FromHours(1).Ticks));
            logger.LogWarning(e, "Subscription {Subscription} to {Dest} failed ({Failures} in a row); retrying at {Next}", s.Id, s.Dest, s.Failures, s.NextAttemptAt);
            return;
        }

        if (events.Count > 0)
            (s.AfterRecordTime, s.AfterHashId) = (events[^1].RecordTime, events[^1].HashId);
        s.LastDeliveredAt = now;
        s.LastDeliveredCount = events.Count;
        s.Failures = 0;
        s.LastError = null;
    }

    /// <summary>What a receiver recomputes to trust a delivery: hex HMAC-SHA256 of the body bytes under the shared token.</summary>
    public static string Signature(string token, byte[] body) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(token), body));

    static int Seconds(IConfiguration configuration, string key, int fallback) =>
        int.TryParse(configuration[$"Trace:Subscriptions:{key}"], NumberStyles.None, CultureInfo.InvariantCulture, out var s) ? s : fallback;
}
