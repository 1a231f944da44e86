namespace Tianyuan.Kernel.Outbox;

/// <summary>
/// A fact one module tells the others ("a village was created"). Events are records in a module's
/// <c>Contracts</c> namespace; they are written to the module's outbox in the same transaction as the change
/// and delivered after commit, at least once.
/// </summary>
public interface IIntegrationEvent;

/// <summary>Delivery details a handler uses to stay idempotent: the same MessageId may arrive twice.</summary>
public sealed record IntegrationEventContext(Guid MessageId, DateTimeOffset OccurredAt, int Attempt);

/// <summary>Reacts to an integration event. Must be idempotent: delivery is at least once.</summary>
public interface IIntegrationEventHandler<in TEvent>
    where TEvent : IIntegrationEvent
{
    Task HandleAsync(TEvent integrationEvent, IntegrationEventContext context, CancellationToken ct);
}
