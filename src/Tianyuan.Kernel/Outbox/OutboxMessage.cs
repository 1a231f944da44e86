namespace Tianyuan.Kernel.Outbox;

using System.Text.Json;
using Microsoft.EntityFrameworkCore;

/// <summary>One integration event waiting in (or delivered from) a module's outbox table.</summary>
public sealed class OutboxMessage
{
    public Guid Id { get; init; }

    /// <summary>The event's CLR type name; the registry maps it back to a type and its handlers.</summary>
    public required string Type { get; init; }

    public required string Payload { get; init; }

    public DateTimeOffset OccurredAt { get; init; }

    public DateTimeOffset NextAttemptAt { get; set; }

    public DateTimeOffset? ProcessedAt { get; set; }

    public int Attempts { get; set; }

    public string? LastError { get; set; }

    /// <summary>A node that claimed the message holds it until then; a crashed node's claim simply runs out.</summary>
    public DateTimeOffset? LockedUntil { get; set; }

    public string? LockedBy { get; set; }
}

public static class OutboxPublishing
{
    /// <summary>
    /// Adds the event to this context's outbox; it is saved by the caller's SaveChanges, so the event exists
    /// exactly when the change it describes was committed.
    /// </summary>
    public static void Publish<TEvent>(this DbContext db, TEvent integrationEvent, TimeProvider clock)
        where TEvent : IIntegrationEvent
    {
        var now = clock.GetUtcNow();
        db.Set<OutboxMessage>().Add(new OutboxMessage
        {
            Id = Guid.CreateVersion7(now),
            Type = IntegrationEventRegistry.NameOf(typeof(TEvent)),
            Payload = JsonSerializer.Serialize(integrationEvent),
            OccurredAt = now,
            NextAttemptAt = now,
        });
    }
}
