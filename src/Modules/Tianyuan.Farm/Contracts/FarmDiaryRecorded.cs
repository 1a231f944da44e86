namespace Tianyuan.Farm.Contracts;

using Tianyuan.Kernel.Outbox;

/// <summary>
/// A farmer wrote a diary entry. Published in the entry's own transaction, so the Trace record that follows it (for
/// irrigation, fertilization, spraying and harvest) is retried by the outbox until it is made, and never made for an
/// entry that was not saved.
/// </summary>
public sealed record FarmDiaryRecorded(Guid EntryId, Guid FarmId, string Kind, DateTimeOffset At) : IIntegrationEvent;
