namespace Tianyuan.Trace.Domain;

/// <summary>
/// One POST /epcis/capture (or POST /epcis/events). Capture runs inside the request, so a job is finished by the
/// time its 202 is sent; the job stays for the capturer to read what was stored and what was refused.
/// </summary>
sealed class CaptureJob
{
    public Guid Id { get; set; }

    public bool Running { get; set; }

    public bool Success { get; set; }

    /// <summary>"rollback" (nothing stored when any event fails) or "proceed" (the valid events are stored).</summary>
    public required string ErrorBehaviour { get; set; }

    /// <summary>The refusals as a JSON array of <see cref="CaptureError"/>.</summary>
    public string? ErrorsJson { get; set; }

    public int EventCount { get; set; }

    public int StoredCount { get; set; }

    public int DuplicateCount { get; set; }

    /// <summary>Who captured: the user or API key id.</summary>
    public Guid? CapturedBy { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? FinishedAt { get; set; }
}

/// <summary>Why one event (by its index in the eventList, or none for the document) was refused, and where.</summary>
sealed record CaptureError(int? EventIndex, string Pointer, string Detail);
