namespace Tianyuan.Trace.Domain;

/// <summary>
/// A SimpleEventQuery saved under a name (POST /epcis/queries): its parameters as given, validated when saved and
/// read again with the same rules whenever it runs, so a saved query means what the same GET /epcis/events would.
/// </summary>
sealed class NamedQuery
{
    /// <summary>The name clients use in URLs; unique.</summary>
    public required string Name { get; set; }

    /// <summary>The parameters as a JSON object of name → array of values.</summary>
    public required string ParametersJson { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public Guid? CreatedBy { get; set; }

    public List<QuerySubscription> Subscriptions { get; set; } = [];
}

/// <summary>
/// A webhook for a named query: new matching events are POSTed to <see cref="Dest"/> as EPCISQueryDocuments signed
/// with <see cref="SignatureToken"/>. The cursor (<see cref="AfterRecordTime"/>, <see cref="AfterHashId"/>) is the
/// last event delivered in (recordTime, hash) order, so each event goes out once, after a failure too.
/// </summary>
sealed class QuerySubscription
{
    public Guid Id { get; set; }

    public required string QueryName { get; set; }

    public required string Dest { get; set; }

    /// <summary>The HMAC key for the GS1-Signature header; never shown again after the subscription is made.</summary>
    public required string SignatureToken { get; set; }

    /// <summary>Also send an empty document on a run that found nothing new (not with <see cref="Stream"/>).</summary>
    public bool ReportIfEmpty { get; set; }

    /// <summary>Deliver as soon as events arrive, rather than once per delivery interval.</summary>
    public bool Stream { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset AfterRecordTime { get; set; }

    public string AfterHashId { get; set; } = "";

    public DateTimeOffset? LastDeliveredAt { get; set; }

    public int LastDeliveredCount { get; set; }

    /// <summary>Failed attempts in a row; the next attempt waits 2^n intervals (at most an hour).</summary>
    public int Failures { get; set; }

    public DateTimeOffset NextAttemptAt { get; set; }

    public string? LastError { get; set; }
}
